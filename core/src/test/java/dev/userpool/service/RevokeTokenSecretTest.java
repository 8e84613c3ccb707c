package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.ErrorCode;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RevokeToken for an app client with a secret needs that secret as {@code ClientSecret}: missing or wrong, the answer is
 * {@code UnauthorizedException} (400) and nothing is revoked; a client without a secret ignores one sent.
 */
class RevokeTokenSecretTest {

  private final SimpleUserPools pools = new SimpleUserPools();
  private final SimpleGroups groups = new SimpleGroups();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final UserPoolService service = UserPoolService.builder().pools(pools).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(8))
      .clock(clock).build();
  private final TokenService tokens = new TokenService(pools, groups, new SimpleTokenFamilies(), new FakeSigner(), Fixtures.seeded(4),
      clock, Issuer::aws);
  private final TokenOperations operations = new TokenOperations(service, tokens, pools, groups, RateLimits.NONE);
  private final UserPool pool = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("revoke")).get();
  private final AppClient confidential = client("server", true);
  private final AppClient open = client("browser", false);
  private final User jane;

  RevokeTokenSecretTest() {
    service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", null, null, "SUPPRESS")).get();
    jane = service.adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "jane", Fixtures.PASSWORD, true)).get();
  }

  private AppClient client(String name, boolean secret) {
    return service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), name,
        List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), null, null, secret)).get();
  }

  private String refreshTokenOf(AppClient client) {
    return tokens.issue(pool, client, jane).refreshToken().get();
  }

  private boolean stillRenews(AppClient client, String refreshToken) {
    return tokens.refresh(pool, client, refreshToken).isRight();
  }

  private Either<CognitoError, Boolean> revoke(String token, AppClient client, String secret) {
    return operations.revokeToken(new Requests.RevokeToken(token, client.clientId().value(), secret));
  }

  @Test
  void shouldRefuseAMissingClientSecretAndRevokeNothing() {
    String refresh = refreshTokenOf(confidential);

    Either<CognitoError, Boolean> refused = revoke(refresh, confidential, null);

    assertThat(message(refused)).isEqualTo("UnauthorizedException: Client " + confidential.clientId().value()
        + " is configured for secret but secret was not received");
    assertThat(refused.getLeft().code()).isEqualTo(ErrorCode.UNAUTHORIZED);
    assertThat(refused.getLeft().httpStatus()).isEqualTo(400);
    assertThat(stillRenews(confidential, refresh)).isTrue();
  }

  @Test
  void shouldRefuseAWrongClientSecretAndRevokeNothing() {
    String refresh = refreshTokenOf(confidential);
    String wrong = confidential.clientSecret().get().reveal().substring(1) + "x";

    Either<CognitoError, Boolean> refused = revoke(refresh, confidential, wrong);

    assertThat(message(refused)).isEqualTo("UnauthorizedException: Unable to verify client secret for client "
        + confidential.clientId().value());
    assertThat(refused.getLeft().toString() + refused.getLeft().message()).doesNotContain(wrong)
        .doesNotContain(confidential.clientSecret().get().reveal());
    assertThat(stillRenews(confidential, refresh)).isTrue();
  }

  @Test
  void shouldRevokeWithTheClientsSecret() {
    String refresh = refreshTokenOf(confidential);

    assertThat(revoke(refresh, confidential, confidential.clientSecret().get().reveal())).isEqualTo(Either.right(true));
    assertThat(stillRenews(confidential, refresh)).isFalse();
  }

  @Test
  void shouldIgnoreASecretSentForAClientWithoutOne() {
    String refresh = refreshTokenOf(open);

    assertThat(revoke(refresh, open, "anything")).isEqualTo(Either.right(true));
    assertThat(stillRenews(open, refresh)).isFalse();
  }

  @Test
  void shouldCheckTheClientSecretsShapeWithTheOtherMembersWithoutShowingIt() {
    assertThat(message(revoke("token", confidential, "has space")))
        .isEqualTo("InvalidParameterException: 1 validation error detected: Value at 'clientSecret' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w+]+");
    assertThat(message(operations.revokeToken(new Requests.RevokeToken(null, "bad id!", "x".repeat(65)))))
        .startsWith("InvalidParameterException: 3 validation errors detected: Value null at 'token' failed to satisfy constraint")
        .contains("'clientSecret' failed to satisfy constraint: Member must have length less than or equal to 64")
        .doesNotContain("x".repeat(65));
  }

  @Test
  void shouldCheckTheSecretBeforeTheToken() {
    String access = tokens.issue(pool, confidential, jane).accessToken();

    assertThat(message(revoke(access, confidential, null))).startsWith("UnauthorizedException: ");
    assertThat(Map.of("answer", message(revoke(access, confidential, confidential.clientSecret().get().reveal()))))
        .containsEntry("answer", "UnsupportedTokenTypeException: Unsupported token type. Only refresh tokens can be revoked.");
  }
}
