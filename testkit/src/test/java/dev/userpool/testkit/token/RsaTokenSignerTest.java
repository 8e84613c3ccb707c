package dev.userpool.testkit.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPoolId;
import dev.userpool.token.Claims;
import dev.userpool.token.Issuer;
import dev.userpool.token.TokenClaims;
import dev.userpool.token.TokenIds;
import dev.userpool.token.TokenUse;
import dev.userpool.user.Attributes;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RsaTokenSignerTest {

  static final RsaTokenSigner SIGNER = RsaTokenSigner.seeded(42);
  static final UserPoolId POOL = new UserPoolId("us-east-1_Signer1");
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  static TokenClaims claims() {
    User user = User.builder().username(new Username("jane")).sub(new Sub("11111111-1111-4111-8111-111111111111"))
        .status(UserStatus.CONFIRMED).attributes(Attributes.empty().with("email", "jane@example.com").with("email_verified", "true"))
        .passwordHistory(PasswordHistory.start(Salt.random(b -> {}))).creationDate(NOW).lastModifiedDate(NOW).build();
    Group admins = Group.create(POOL, new GroupName("admins"), Option.none(), Option.none(), Option.some(1), NOW);
    return TokenClaims.decide(Issuer.aws(POOL), new ClientId("client0123456789"), TokenValidity.cognitoDefault(), user,
        List.of(admins), NOW, NOW, new TokenIds("a", "b", "c", "d"));
  }

  static String payload(String jws) {
    return new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  @Test
  void shouldVerifyWhatItSignedAndReadTheSameClaims() {
    TokenClaims claims = claims();

    assertThat(SIGNER.verify(SIGNER.sign(claims.id()))).contains(claims.id());
    assertThat(SIGNER.verify(SIGNER.sign(claims.access()))).contains(claims.access());
  }

  @Test
  void shouldRefuseATamperedCopyOfATokenItHasAlreadyVerified() {
    RsaTokenSigner signer = RsaTokenSigner.seeded(7);
    String token = signer.sign(claims().access());
    String[] parts = token.split("\\.");
    String otherPayload = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload(token).replace("jane", "john").getBytes(StandardCharsets.UTF_8));
    String tampered = parts[0] + "." + otherPayload + "." + parts[2];

    assertThat(signer.verify(token)).contains(claims().access());
    assertThat(signer.verify(token)).as("again, from what it kept").contains(claims().access());
    assertThat(signer.verify(tampered)).isEmpty();
    assertThat(signer.verify(token + "x")).isEmpty();
  }

  @Test
  void shouldKeepAtMostItsCapacityOfVerifiedTokens() {
    VerifiedTokens<Object> kept = new VerifiedTokens<>();
    for (int i = 0; i <= VerifiedTokens.CAPACITY * 2; i++) {
      kept.put("token-" + i, "kid", this, claims().access());
      assertThat(kept.size()).isLessThanOrEqualTo(VerifiedTokens.CAPACITY);
    }
    assertThat(kept.get("token-" + VerifiedTokens.CAPACITY * 2)).isNotNull();
  }

  @Test
  void shouldSignRs256WithADifferentKidForIdAndAccessTokens() throws Exception {
    SignedJWT id = SignedJWT.parse(SIGNER.sign(claims().id()));
    SignedJWT access = SignedJWT.parse(SIGNER.sign(claims().access()));

    assertThat(id.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(id.getHeader().getKeyID()).isEqualTo(SIGNER.keyId(TokenUse.ID));
    assertThat(access.getHeader().getKeyID()).isEqualTo(SIGNER.keyId(TokenUse.ACCESS)).isNotEqualTo(id.getHeader().getKeyID());
    assertThat(id.getHeader().toJSONObject().keySet()).containsExactlyInAnyOrder("alg", "kid");
  }

  @Test
  void shouldWriteClaimsInCognitosJsonTypes() {
    String payload = payload(SIGNER.sign(claims().id()));

    assertThat(payload).contains("\"email_verified\":true").contains("\"cognito:groups\":[\"admins\"]")
        .contains("\"exp\":" + (NOW.getEpochSecond() + 3600)).contains("\"aud\":\"client0123456789\"")
        .contains("\"token_use\":\"id\"");
  }

  @Test
  void shouldBeVerifiableByAnyJoseLibraryFromThePublishedJwks() throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
        new ImmutableJWKSet<>(JWKSet.parse(SIGNER.jwks()))));
    processor.setJWTClaimsSetVerifier((claims, context) -> {}); // expiry is the library's clock's business

    JWTClaimsSet set = processor.process(SIGNER.sign(claims().access()), null);

    assertThat(set.getSubject()).isEqualTo("11111111-1111-4111-8111-111111111111");
    assertThat(set.getStringClaim("client_id")).isEqualTo("client0123456789");
    assertThat(set.getIssuer()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Signer1");
  }

  @Test
  void shouldPublishOnlyPublicKeys() throws Exception {
    JWKSet set = JWKSet.parse(SIGNER.jwks());

    assertThat(set.getKeys()).hasSize(2).allSatisfy(k -> {
      assertThat(k.isPrivate()).isFalse();
      assertThat(k.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
      assertThat(k.getKeyUse().identifier()).isEqualTo("sig");
    });
    assertThat(SIGNER.jwks()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    assertThat(SIGNER.toString()).contains(SIGNER.keyId(TokenUse.ID)).doesNotContain("\"n\"");
  }

  @Test
  void shouldDeriveTheSameKeysFromTheSameSeed() {
    assertThat(RsaTokenSigner.seeded(42).jwks()).isEqualTo(SIGNER.jwks());
    assertThat(RsaTokenSigner.seeded(43).jwks()).isNotEqualTo(SIGNER.jwks());
  }

  @Test
  void shouldMakeTheKeysTheSeedGivesWhenFirstNeededOnWhicheverThread() throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(ByteBuffer.allocate(Long.BYTES).putLong(42).array());
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, random);
    List<String> expected = List.empty();
    for (TokenUse use : TokenUse.values()) {
      expected = expected
          .append(new RSAKey.Builder((RSAPublicKey) generator.generateKeyPair().getPublic()).build().computeThumbprint().toString());
    }

    RsaTokenSigner elsewhere = CompletableFuture.supplyAsync(() -> {
      RsaTokenSigner signer = RsaTokenSigner.generate(42);
      signer.jwks();
      return signer;
    }).get();
    List<RsaTokenSigner> fresh = List.of(RsaTokenSigner.generate(42), elsewhere);

    assertThat(List.of(TokenUse.values()).map(SIGNER::keyId)).isEqualTo(expected);
    assertThat(fresh.toJavaList()).allSatisfy(signer -> {
      assertThat(signer).isNotSameAs(SIGNER);
      assertThat(signer.jwks()).isEqualTo(SIGNER.jwks());
      assertThat(SIGNER.verify(signer.sign(claims().access()))).isNotEmpty();
    });
  }

  @Test
  void shouldRefuseForgedTamperedAndForeignTokens() throws Exception {
    String token = SIGNER.sign(claims().access());
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload(token).replace("11111111-1111", "22222222-2222").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(SIGNER.keyId(TokenUse.ACCESS)).build(),
        SignedJWT.parse(token).getJWTClaimsSet());
    hmac.sign(new MACSigner(new byte[32]));
    String unsigned = parts[0].isEmpty()
        ? ""
        : Base64.getUrlEncoder().withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

    assertThat(SIGNER.verify(tampered)).isEmpty();
    assertThat(SIGNER.verify(RsaTokenSigner.seeded(7).sign(claims().access()))).isEmpty();
    assertThat(SIGNER.verify(hmac.serialize())).isEmpty();
    assertThat(SIGNER.verify(unsigned)).isEmpty();
    assertThat(SIGNER.verify("not-a-token")).isEmpty();
    assertThat(SIGNER.verify(null)).isEmpty();
    assertThat(SIGNER.verify(token)).map(Claims::use).contains(Option.some(TokenUse.ACCESS));
  }
}
