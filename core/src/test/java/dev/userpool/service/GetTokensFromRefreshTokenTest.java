package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Claims;
import dev.userpool.token.Issuer;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GetTokensFromRefreshToken: shapes, the app client and its secret, then REFRESH_TOKEN_AUTH's token and user checks. */
class GetTokensFromRefreshTokenTest {

  private final SimpleUserPools pools = new SimpleUserPools();
  private final SimpleGroups groups = new SimpleGroups();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final FakeSigner signer = new FakeSigner();
  private final UserPoolService service = UserPoolService.builder().pools(pools).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(1))
      .codes(() -> ConfirmationCode.of("123456")).clock(clock).build();
  private final TokenService tokens = new TokenService(pools, groups, new SimpleTokenFamilies(), signer, Fixtures.seeded(3), clock,
      Issuer::aws);
  private final TokenOperations operations = new TokenOperations(service, tokens, pools, groups, op -> true);
  private final String poolId = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();
  private final AppClient web = client("web", false);
  private final AppClient server = client("server", true);

  GetTokensFromRefreshTokenTest() {
    service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", null, null, "SUPPRESS")).get();
    service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "jane", Fixtures.PASSWORD, true)).get();
  }

  private AppClient client(String name, boolean secret) {
    return service.poolConfiguration()
        .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, name, List.of("ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH"), null, null, secret))
        .get();
  }

  private UserPool pool() {
    return pools.find(new UserPoolId(poolId)).get();
  }

  private User jane() {
    return pools.users(pool().id()).find(new LookupKey.ByUsername("jane")).get();
  }

  private String signIn(AppClient client) {
    return tokens.issue(pool(), client, jane()).refreshToken().get();
  }

  private Either<CognitoError, TokenService.Issued> get(String refreshToken, AppClient client, String secret) {
    return operations.getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken(refreshToken, client.clientId().value(), secret,
        null));
  }

  @Test
  void shouldRenewTheAccessAndIdTokensOfTheSameSignInWithoutANewRefreshToken() {
    TokenService.Issued first = tokens.issue(pool(), web, jane());
    clock.advance(Duration.ofMinutes(10));

    TokenService.Issued renewed = operations.getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken(
        first.refreshToken().get(), web.clientId().value(), null, Map.of("origin", "test"))).get();

    assertThat(renewed.refreshToken()).as("no rotation: no new refresh token").isEmpty();
    assertThat(renewed.expiresIn()).isEqualTo(Duration.ofHours(1));
    Claims access = signer.verify(renewed.accessToken()).get();
    Claims id = signer.verify(renewed.idToken()).get();
    Claims before = signer.verify(first.accessToken()).get();
    assertThat(access.text(Claims.ORIGIN_JTI)).isEqualTo(before.text(Claims.ORIGIN_JTI));
    assertThat(access.text(Claims.JTI)).isNotEqualTo(before.text(Claims.JTI));
    assertThat(access.text("client_id")).contains(web.clientId().value());
    assertThat(id.text("aud")).contains(web.clientId().value());
    assertThat(id.text("cognito:username")).contains("jane");
    assertThat(operations.getUser(new Requests.GetUser(renewed.accessToken())).map(u -> u.username().value()))
        .isEqualTo(Either.right("jane"));
  }

  @Test
  void shouldReportEveryMemberTogetherInMemberOrderWithoutShowingSecrets() {
    assertThat(
        message(operations.getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken("not a token", null, "not-a-secret", null))))
        .isEqualTo("InvalidParameterException: 3 validation errors detected: "
            + "Value at 'refreshToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [A-Za-z0-9-_=.]+; "
            + "Value null at 'clientId' failed to satisfy constraint: Member must not be null; "
            + "Value at 'clientSecret' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+");
    assertThat(message(operations.getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken(null, "web", null, null))))
        .isEqualTo("InvalidParameterException: 1 validation error detected: "
            + "Value null at 'refreshToken' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void shouldFindTheClientBeforeLookingAtTheToken() {
    assertThat(message(operations.getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken("whatever", "unknown0client", null,
        null)))).isEqualTo("ResourceNotFoundException: User pool client unknown0client does not exist.");
  }

  @Test
  void shouldRequireTheSecretOfAClientThatHasOneAndIgnoreOneSentToAClientWithout() {
    String refresh = signIn(server);
    String secret = server.clientSecret().get().reveal();
    String id = server.clientId().value();

    assertThat(message(get(refresh, server, null)))
        .isEqualTo("NotAuthorizedException: Client " + id + " is configured for secret but secret was not received");
    assertThat(message(get(refresh, server, "x".repeat(30))))
        .isEqualTo("NotAuthorizedException: Unable to verify secret hash for client " + id);
    assertThat(message(get("no-such-token", server, null)))
        .as("the secret is checked before the token").startsWith("NotAuthorizedException: Client " + id);
    assertThat(get(refresh, server, secret).isRight()).isTrue();
    assertThat(get(signIn(web), web, "y".repeat(30)).isRight()).isTrue();
  }

  @Test
  void shouldRefuseTokensAsRefreshTokenAuthDoes() {
    String refresh = signIn(web);

    assertThat(message(get("no-such-token", web, null))).isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
    assertThat(message(get(signIn(server), web, null))).as("another client's token")
        .isEqualTo("NotAuthorizedException: Invalid Refresh Token.");

    service.adminDisableUser(new Requests.AdminDisableUser(poolId, "jane")).get();
    assertThat(message(get(refresh, web, null))).isEqualTo("NotAuthorizedException: User is disabled.");
    service.adminEnableUser(new Requests.AdminEnableUser(poolId, "jane")).get();
    assertThat(get(refresh, web, null).isRight()).isTrue();

    clock.advance(Duration.ofDays(30));
    assertThat(message(get(refresh, web, null))).isEqualTo("NotAuthorizedException: Refresh Token has expired");
  }

  @Test
  void shouldRefuseARevokedTokenAndOneWhoseUserIsGone() {
    String revoked = signIn(web);
    String orphaned = signIn(web);
    assertThat(operations.revokeToken(new Requests.RevokeToken(revoked, web.clientId().value()))).isEqualTo(Either.right(true));

    assertThat(message(get(revoked, web, null))).isEqualTo("NotAuthorizedException: Refresh Token has been revoked");

    service.adminDeleteUser(new Requests.AdminDeleteUser(poolId, "jane")).get();
    assertThat(message(get(orphaned, web, null))).isEqualTo("NotAuthorizedException: Refresh Token has been revoked");
  }

  @Test
  void shouldRunInsideTheGuardAsItsOwnOperation() {
    List<Operation> asked = new ArrayList<>();
    TokenOperations counted = new TokenOperations(service, tokens, pools, groups, asked::add);

    counted.getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken(signIn(web), web.clientId().value(), null, null));

    assertThat(asked).containsExactly(Operation.GET_TOKENS_FROM_REFRESH_TOKEN);
    assertThat(message(new TokenOperations(service, tokens, pools, groups, op -> false)
        .getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken(null, null, null, null))))
        .isEqualTo("TooManyRequestsException: Rate exceeded");
  }

  @Test
  void shouldCheckRefreshTokenRotationAndRefuseItEnabled() {
    String unsupported = "InvalidParameterException: RefreshTokenRotation with Feature ENABLED is not supported by the userpool "
        + "library; GetTokensFromRefreshToken renews the ID and access tokens without rotating the refresh token.";
    assertThat(message(
        service.poolConfiguration().createUserPoolClient(rotating("rotating", new Requests.RefreshTokenRotationType("ENABLED", 10)))))
        .isEqualTo(unsupported);
    assertThat(message(
        service.poolConfiguration().updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, web.clientId().value(), "web", null,
            null, null, null, null, null, null, new Requests.RefreshTokenRotationType("ENABLED", null)))))
        .isEqualTo(unsupported);
    assertThat(message(service.poolConfiguration().createUserPoolClient(rotating("bad", new Requests.RefreshTokenRotationType("ON", 61)))))
        .isEqualTo("InvalidParameterException: 2 validation errors detected: "
            + "Value 'ON' at 'refreshTokenRotation.feature' failed to satisfy constraint: Member must satisfy enum value set: "
            + "[ENABLED, DISABLED]; "
            + "Value '61' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: "
            + "Member must have value less than or equal to 60");
    assertThat(message(service.poolConfiguration().createUserPoolClient(rotating("bad", new Requests.RefreshTokenRotationType(null, 0)))))
        .isEqualTo("InvalidParameterException: 1 validation error detected: "
            + "Value null at 'refreshTokenRotation.feature' failed to satisfy constraint: Member must not be null");
    assertThat(
        service.poolConfiguration().createUserPoolClient(rotating("plain", new Requests.RefreshTokenRotationType("DISABLED", 0))).isRight())
        .isTrue();
  }

  private Requests.CreateUserPoolClient rotating(String name, Requests.RefreshTokenRotationType rotation) {
    return new Requests.CreateUserPoolClient(poolId, name, null, null, null, false, null, null, null, null, rotation);
  }
}
