package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.TokenService;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TestUser;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.user.Sub;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

class InProcessCognitoTokensTest {

  private static final String PASSWORD = "Final-Passw0rd!";

  // Fixed: the tests pin token times to the clock's instant.
  private final InProcessCognito cognito = InProcessCognito.builder().clock(ControllableClock.fixed()).build();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private String poolId;
  private String clientId;

  @BeforeEach
  void createPoolClientAndUser() {
    poolId = client.createUserPool(b -> b.poolName("app")).userPool().id();
    clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS").userAttributes(
        a -> a.name("email").value("jane@example.com"), a -> a.name("email_verified").value("true")));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(PASSWORD).permanent(true));
  }

  private AuthenticationResultType signIn() {
    return client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult();
  }

  private JWTClaimsSet verify(String token) throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
        new ImmutableJWKSet<>(JWKSet.parse(cognito.jwks()))));
    processor.setJWTClaimsSetVerifier((claims, context) -> {}); // the library's clock, not the JVM's, decides expiry
    return processor.process(token, null);
  }

  private static void refused(Runnable call, Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(call::run).isInstanceOf(type).hasMessageStartingWith(message + " (Service");
  }

  @Test
  void shouldIssueJwtsThatVerifyAgainstTheJwksWithCognitosClaims() throws Exception {
    client.createGroup(b -> b.userPoolId(poolId).groupName("readers").precedence(5));
    client.createGroup(b -> b.userPoolId(poolId).groupName("admins").precedence(1));
    client.adminAddUserToGroup(b -> b.userPoolId(poolId).username("jane").groupName("readers"));
    client.adminAddUserToGroup(b -> b.userPoolId(poolId).username("jane").groupName("admins"));

    AuthenticationResultType tokens = signIn();
    JWTClaimsSet id = verify(tokens.idToken());
    JWTClaimsSet access = verify(tokens.accessToken());

    assertThat(id.getIssuer()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + poolId);
    assertThat(id.getAudience()).containsExactly(clientId);
    assertThat(id.getStringClaim("token_use")).isEqualTo("id");
    assertThat(id.getStringClaim("cognito:username")).isEqualTo("jane");
    assertThat(id.getClaim("email_verified")).isEqualTo(true);
    assertThat(id.getStringListClaim("cognito:groups")).containsExactly("admins", "readers");
    assertThat(access.getStringClaim("token_use")).isEqualTo("access");
    assertThat(access.getStringClaim("client_id")).isEqualTo(clientId);
    assertThat(access.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin");
    assertThat(access.getStringListClaim("cognito:groups")).containsExactly("admins", "readers");
    assertThat(access.getSubject()).isEqualTo(id.getSubject());
    assertThat(access.getExpirationTime().toInstant()).isEqualTo(cognito.clock().instant().plus(Duration.ofHours(1)));
    assertThat(tokens.refreshToken()).doesNotContain(".");
  }

  @Test
  void shouldRefuseAnExpiredAccessTokenAndRenewItFromTheRefreshToken() throws Exception {
    AuthenticationResultType first = signIn();
    cognito.clock().advance(Duration.ofMinutes(61));

    refused(() -> client.getUser(b -> b.accessToken(first.accessToken())), NotAuthorizedException.class, "Access Token has expired");

    AuthenticationResultType renewed = client.initiateAuth(b -> b.clientId(clientId).authFlow("REFRESH_TOKEN_AUTH")
        .authParameters(Map.of("REFRESH_TOKEN", first.refreshToken()))).authenticationResult();
    assertThat(renewed.refreshToken()).isNull();
    assertThat(verify(renewed.accessToken()).getStringClaim("origin_jti"))
        .isEqualTo(verify(first.accessToken()).getStringClaim("origin_jti"));
    assertThat(client.getUser(b -> b.accessToken(renewed.accessToken())).username()).isEqualTo("jane");
  }

  @Test
  void shouldTakeTheAccessTokenLifetimeFromTheAppClient() throws Exception {
    String shortLived = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("short")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
        .accessTokenValidity(5).tokenValidityUnits(u -> u.accessToken("minutes"))).userPoolClient().clientId();
    AuthenticationResultType tokens = client.initiateAuth(b -> b.clientId(shortLived).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult();
    JWTClaimsSet access = verify(tokens.accessToken());

    assertThat(access.getExpirationTime().getTime() - access.getIssueTime().getTime()).isEqualTo(300_000L);
    assertThat(tokens.expiresIn()).isEqualTo(300);
    assertThat(client.describeUserPoolClient(b -> b.userPoolId(poolId).clientId(shortLived)).userPoolClient()
        .tokenValidityUnits().accessTokenAsString()).isEqualTo("minutes");
    cognito.clock().advance(Duration.ofMinutes(6));

    refused(() -> client.getUser(b -> b.accessToken(tokens.accessToken())), NotAuthorizedException.class,
        "Access Token has expired");
  }

  @Test
  void shouldRefuseAnAccessTokenLifetimeLongerThanTheRefreshToken() {
    refused(() -> client.updateUserPoolClient(b -> b.userPoolId(poolId).clientId(clientId).accessTokenValidity(2)
        .refreshTokenValidity(60).tokenValidityUnits(u -> u.accessToken("hours").refreshToken("minutes"))),
        InvalidParameterException.class, "Invalid range for token validity");
  }

  @Test
  void shouldRevokeEveryTokenOnGlobalSignOut() {
    AuthenticationResultType tokens = signIn();

    client.globalSignOut(b -> b.accessToken(tokens.accessToken()));

    refused(() -> client.getUser(b -> b.accessToken(tokens.accessToken())), NotAuthorizedException.class,
        "Access Token has been revoked");
    refused(() -> client.initiateAuth(b -> b.clientId(clientId).authFlow("REFRESH_TOKEN_AUTH")
        .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken()))), NotAuthorizedException.class,
        "Refresh Token has been revoked");
    assertThat(client.getUser(b -> b.accessToken(signIn().accessToken())).username()).isEqualTo("jane");
  }

  @Test
  void shouldRevokeOneSignInWithRevokeToken() {
    AuthenticationResultType revoked = signIn();
    AuthenticationResultType kept = signIn();

    client.revokeToken(b -> b.clientId(clientId).token(revoked.refreshToken()));

    refused(() -> client.getUser(b -> b.accessToken(revoked.accessToken())), NotAuthorizedException.class,
        "Access Token has been revoked");
    assertThat(client.getUser(b -> b.accessToken(kept.accessToken())).username()).isEqualTo("jane");
    refused(() -> client.revokeToken(b -> b.clientId(clientId).token(kept.accessToken())), UnsupportedTokenTypeException.class,
        "Unsupported token type. Only refresh tokens can be revoked.");
  }

  @Test
  void shouldRefuseForgedAndIdTokens() {
    AuthenticationResultType tokens = signIn();
    String forged = RsaTokenSigner.seeded(cognito.seed() + 99).sign(cognito.signer().verify(tokens.accessToken()).get());

    refused(() -> client.getUser(b -> b.accessToken(forged)), NotAuthorizedException.class, "Invalid Access Token");
    refused(() -> client.getUser(b -> b.accessToken(tokens.idToken())), NotAuthorizedException.class, "Invalid Access Token");
    assertThatThrownBy(() -> verify(forged)).isInstanceOf(BadJOSEException.class);
  }

  @Test
  void shouldHandASignedInUsersTokensToTests() throws Exception {
    TestPool pool = TestPool.create(cognito);
    TestUser bob = pool.user("bob").password("Passw0rd!x").confirmed();

    TokenService.Issued tokens = bob.tokens();

    JWTClaimsSet id = verify(tokens.idToken());
    assertThat(id.getIssuer()).isEqualTo(pool.issuer());
    assertThat(id.getStringClaim("cognito:username")).isEqualTo("bob");
    assertThat(pool.jwks()).isEqualTo(cognito.jwks());
    assertThat(tokens.refreshToken()).isNotEmpty();
  }

  @Test
  void shouldServeTheGroupOperations() {
    GroupType created = client.createGroup(b -> b.userPoolId(poolId).groupName("admins").description("Admins").precedence(1)
        .roleArn("arn:aws:iam::123456789012:role/admins")).group();
    assertThat(created.groupName()).isEqualTo("admins");
    assertThat(created.userPoolId()).isEqualTo(poolId);
    assertThat(created.creationDate()).isEqualTo(cognito.clock().instant());
    refused(() -> client.createGroup(b -> b.userPoolId(poolId).groupName("admins")), GroupExistsException.class,
        "A group with the name admins already exists.");

    assertThat(client.updateGroup(b -> b.userPoolId(poolId).groupName("admins").precedence(0)).group().description())
        .isEqualTo("Admins");
    client.createGroup(b -> b.userPoolId(poolId).groupName("readers"));
    ListGroupsResponse first = client.listGroups(b -> b.userPoolId(poolId).limit(1));
    assertThat(first.groups()).extracting(GroupType::groupName).containsExactly("admins");
    assertThat(client.listGroups(b -> b.userPoolId(poolId).limit(1).nextToken(first.nextToken())).groups())
        .extracting(GroupType::groupName).containsExactly("readers");

    client.adminAddUserToGroup(b -> b.userPoolId(poolId).username("jane").groupName("admins"));
    assertThat(client.adminListGroupsForUser(b -> b.userPoolId(poolId).username("jane")).groups())
        .extracting(GroupType::groupName).containsExactly("admins");
    assertThat(client.listUsersInGroup(b -> b.userPoolId(poolId).groupName("admins")).users())
        .extracting(u -> u.username()).containsExactly("jane");
    refused(() -> client.adminAddUserToGroup(b -> b.userPoolId(poolId).username("nobody").groupName("admins")),
        UserNotFoundException.class, "User does not exist.");

    client.adminRemoveUserFromGroup(b -> b.userPoolId(poolId).username("jane").groupName("admins"));
    assertThat(client.listUsersInGroup(b -> b.userPoolId(poolId).groupName("admins")).users()).isEmpty();
    client.deleteGroup(b -> b.userPoolId(poolId).groupName("admins"));
    refused(() -> client.getGroup(b -> b.userPoolId(poolId).groupName("admins")), ResourceNotFoundException.class,
        "Group not found.");
    assertThat(client.listGroups(b -> b.userPoolId(poolId)).groups()).extracting(GroupType::groupName)
        .isEqualTo(List.of("readers"));

    client.adminAddUserToGroup(b -> b.userPoolId(poolId).username("jane").groupName("readers"));
    String sub = client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userAttributes().stream()
        .filter(a -> a.name().equals("sub")).findFirst().get().value();
    client.adminDeleteUser(b -> b.userPoolId(poolId).username("jane"));
    assertThat(cognito.groups().groupsOf(new UserPoolId(poolId), new Sub(sub))).isEmpty();
    client.deleteUserPool(b -> b.userPoolId(poolId));
    assertThat(cognito.groups().list(new UserPoolId(poolId), Option.none(), 60)).isEmpty();
  }
}
