package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.port.UserPools;
import dev.userpool.service.Requests;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InsecureFastHasher;
import dev.userpool.testkit.inprocess.SeededRandomness;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Services on a store, and the requests the tests repeat. */
final class Services {

  private Services() {}

  /** A service as a process would build it, on {@code pools}, with the fast test hasher. */
  static UserPoolService on(UserPools pools) {
    return UserPoolService.builder()
        .pools(pools)
        .hasher(InsecureFastHasher.forTestsOnly())
        .randomness(SeededRandomness.secure())
        .clock(Clock.systemUTC())
        .build();
  }

  /** A pool that remembers {@code historySize} passwords, and a client that allows admin password sign-in. */
  static PoolAndClient poolWithClient(UserPoolService service, String name, int historySize) {
    UserPool pool = service.poolConfiguration().createUserPool(new Requests.CreateUserPool(name,
        new Requests.PasswordPolicyType(8, true, true, true, false, historySize, 7), null, null, null, null, null)).get();
    AppClient client = service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app",
        List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"), null, null, false)).get();
    return new PoolAndClient(pool.id().value(), client.clientId().value());
  }

  /** A pool's id and its client's id. */
  record PoolAndClient(String pool, String client) {}

  /** Asserts the call succeeded, naming the error if not. */
  static <T> T ok(Either<CognitoError, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }

  static Either<CognitoError, ?> create(UserPoolService s, String pool, String username, String temporary) {
    return s.adminCreateUser(new Requests.AdminCreateUser(pool, username, temporary, null, "SUPPRESS"));
  }

  static Either<CognitoError, ?> setPassword(UserPoolService s, String pool, String username, String password, boolean permanent) {
    return s.adminSetUserPassword(new Requests.AdminSetUserPassword(pool, username, password, permanent));
  }

  static Either<CognitoError, ?> signIn(UserPoolService s, String pool, String client, String username, String password) {
    return s.signIns().adminInitiateAuth(new Requests.AdminInitiateAuth(pool, client, "ADMIN_USER_PASSWORD_AUTH",
        Map.of("USERNAME", username, "PASSWORD", password)));
  }
}
