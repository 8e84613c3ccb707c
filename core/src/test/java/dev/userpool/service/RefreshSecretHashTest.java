package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Issuer;
import dev.userpool.user.User;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * REFRESH_TOKEN_AUTH for an app client with a secret needs SECRET_HASH, the hash of the refresh token's user's username
 * (reports: aws/aws-sdk-java#1917, aws/aws-sdk-net-extensions-cognito#122): missing or of another name, Cognito's
 * SECRET_HASH refusals; a client without a secret ignores one sent. GetTokensFromRefreshToken takes the secret itself.
 */
class RefreshSecretHashTest {

  private final SimpleUserPools pools = new SimpleUserPools();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final UserPoolService service = UserPoolService.builder().pools(pools).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(8))
      .clock(clock).build();
  private final TokenService tokens = new TokenService(pools, new SimpleGroups(), new SimpleTokenFamilies(), new FakeSigner(),
      Fixtures.seeded(4), clock, Issuer::aws);
  private final TokenOperations operations = new TokenOperations(service, tokens, pools, new SimpleGroups(), RateLimits.NONE);
  private final UserPool pool = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("refresh")).get();
  private final AppClient confidential = client("server", true);
  private final AppClient open = client("browser", false);
  private final User jane;

  RefreshSecretHashTest() {
    service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", null, null, "SUPPRESS")).get();
    jane = service.adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "jane", Fixtures.PASSWORD, true)).get();
  }

  private AppClient client(String name, boolean secret) {
    return service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), name,
        List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), null, null, secret)).get();
  }

  private String hashOf(String username) {
    return confidential.clientSecret().get().secretHash(username, confidential.clientId());
  }

  private Either<CognitoError, TokenService.Issued> refresh(AppClient client, String token,
      String secretHash) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("REFRESH_TOKEN", token);
    if (secretHash != null) {
      parameters.put("SECRET_HASH", secretHash);
    }
    return operations.refreshTokenAuth(new Requests.InitiateAuth(client.clientId().value(), "REFRESH_TOKEN_AUTH", parameters));
  }

  @Test
  void shouldRenewWithTheHashOfTheUsersUsername() {
    String token = tokens.issue(pool, confidential, jane).refreshToken().get();

    assertThat(refresh(confidential, token, hashOf("jane")).isRight()).isTrue();
  }

  @Test
  void shouldRefuseAMissingSecretHash() {
    String token = tokens.issue(pool, confidential, jane).refreshToken().get();

    assertThat(message(refresh(confidential, token, null)))
        .isEqualTo(
            "NotAuthorizedException: Client " + confidential.clientId().value() + " is configured for secret but secret was not received");
  }

  @Test
  void shouldRefuseTheHashOfAnotherNameWithoutShowingTheSecret() {
    String token = tokens.issue(pool, confidential, jane).refreshToken().get();

    String refused = message(refresh(confidential, token, hashOf("JANE")));
    assertThat(refused).isEqualTo("NotAuthorizedException: Unable to verify secret hash for client " + confidential.clientId().value());
    assertThat(refused).doesNotContain(confidential.clientSecret().get().reveal());
  }

  @Test
  void shouldSayTheTokenIsInvalidBeforeLookingAtTheHash() {
    assertThat(message(refresh(confidential, "no-such-token", null))).isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
  }

  @Test
  void shouldIgnoreASecretHashSentForAClientWithoutASecret() {
    String token = tokens.issue(pool, open, jane).refreshToken().get();

    assertThat(refresh(open, token, "bm90IGEgaGFzaA==").isRight()).isTrue();
  }
}
