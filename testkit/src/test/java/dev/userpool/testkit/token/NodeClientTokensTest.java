package dev.userpool.testkit.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.TokenService;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TestUser;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.store.InMemoryGroups;
import dev.userpool.testkit.store.InMemoryTokenFamilies;
import dev.userpool.token.Issuer;
import dev.userpool.token.TokenUse;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code target/node-clients/tokens.json} for {@code src/test/js/verify-tokens.mjs}, which checks the
 * tokens with aws-jwt-verify ({@code mvn -Pnpm-clients verify}). The tokens are timed by the real clock,
 * since aws-jwt-verify checks expiry against it.
 */
class NodeClientTokensTest {

  static final String LOCAL = "http://127.0.0.1:9229";

  @Test
  void writesTokensInBothIssuerModesForTheNodeClients() throws Exception {
    ControllableClock clock = ControllableClock.at(Instant.now());
    InProcessCognito cognito = InProcessCognito.builder().clock(clock).build();
    TestPool pool = TestPool.create(cognito);
    TestUser jane = pool.user("jane").password("Passw0rd!").verifiedEmail("jane@example.com").confirmed();
    InMemoryGroups groups = new InMemoryGroups();
    groups.save(Group.create(pool.id(), new GroupName("admins"), Option.none(), Option.none(), Option.some(0), clock.instant()));
    groups.addMember(pool.id(), new GroupName("admins"), jane.sub());
    RsaTokenSigner signer = RsaTokenSigner.seeded(cognito.seed());
    Function<Function<UserPoolId, Issuer>, TokenService> tokens = issuer -> new TokenService(cognito.pools(), groups,
        new InMemoryTokenFamilies(), signer, cognito.randomness(), clock, issuer);

    TokenService.Issued aws = tokens.apply(Issuer::aws).issue(pool.userPool(), pool.client(), jane.user());
    TokenService.Issued local = tokens.apply(id -> Issuer.local(LOCAL, id)).issue(pool.userPool(), pool.client(), jane.user());
    TokenService.Issued expired = new TokenService(cognito.pools(), groups, new InMemoryTokenFamilies(), signer,
        cognito.randomness(), ControllableClock.at(clock.instant().minus(Duration.ofHours(2))), Issuer::aws)
        .issue(pool.userPool(), pool.client(), jane.user());
    TokenService.Issued foreign = new TokenService(cognito.pools(), groups, new InMemoryTokenFamilies(),
        RsaTokenSigner.seeded(cognito.seed() + 1), cognito.randomness(), clock, Issuer::aws)
        .issue(pool.userPool(), pool.client(), jane.user());

    Map<String, Object> awsTokens = new LinkedHashMap<>();
    awsTokens.put("accessToken", aws.accessToken());
    awsTokens.put("idToken", aws.idToken());
    awsTokens.put("expiredAccessToken", expired.accessToken());
    awsTokens.put("foreignAccessToken", foreign.accessToken());
    awsTokens.put("tamperedAccessToken", tamper(aws.accessToken()));
    Issuer localIssuer = Issuer.local(LOCAL, pool.id());
    Map<String, Object> localTokens = new LinkedHashMap<>();
    localTokens.put("issuer", localIssuer.value());
    localTokens.put("jwksUri", localIssuer.jwksUri());
    localTokens.put("accessToken", local.accessToken());
    localTokens.put("idToken", local.idToken());
    Map<String, Object> fixture = new LinkedHashMap<>();
    fixture.put("userPoolId", pool.id().value());
    fixture.put("clientId", pool.clientId().value());
    fixture.put("jwks", JSONObjectUtils.parse(signer.jwks()));
    fixture.put("aws", awsTokens);
    fixture.put("local", localTokens);
    Path file = Path.of("target", "node-clients", "tokens.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSONObjectUtils.toJSONString(fixture));

    assertThat(signer.verify(aws.accessToken()).get().use()).contains(TokenUse.ACCESS);
    assertThat(signer.verify(local.idToken()).get().text("iss")).contains(localIssuer.value());
    assertThat(signer.verify(foreign.accessToken())).isEmpty();
    assertThat(signer.verify(tamper(aws.accessToken()))).isEmpty();
    assertThat(JSONObjectUtils.parse(Files.readString(file))).containsKeys("jwks", "aws", "local");
  }

  /** The token with its payload's sub changed and the signature kept. */
  static String tamper(String jws) {
    String[] parts = jws.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String changed = payload.replaceFirst("\"sub\":\"[0-9a-f]", "\"sub\":\"x");
    return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8))
        + "." + parts[2];
  }
}
