package dev.userpool.bench;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHasher;
import dev.userpool.pool.UserPool;
import dev.userpool.user.Context;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The AdminSetUserPassword decision ({@code User.adminSetUserPassword}), accepted: policy, one key
 * derivation, comparison with every history entry, the new user value. History sizes 0, 1, 8 and 24 with
 * the policy's PasswordHistorySize equal to the number of stored entries.
 */
@Measurement(iterations = 8, time = 1)
public class AdminSetUserPasswordBenchmark extends BenchDefaults {

  @Param({ "fast", "pbkdf2" })
  String hasher;

  @Param({ "0", "1", "8", "24" })
  int history;

  User user;
  Context ctx;
  Password password = Password.of(BenchFixtures.NEW_PASSWORD);

  @Setup
  public void setUp() {
    PasswordHasher h = BenchFixtures.hasher(hasher);
    UserPool pool = BenchFixtures.pool(history);
    ctx = BenchFixtures.context(pool, h);
    user = BenchFixtures.user(1, history, h, UserStatus.CONFIRMED, BenchFixtures.seeded(3));
    if (user.passwordHistory().size() != history) {
      throw new IllegalStateException("history of " + user.passwordHistory().size() + ", not " + history);
    }
    if (user.adminSetUserPassword(password, PasswordKind.PERMANENT, ctx).isLeft()) {
      throw new IllegalStateException("the decision refuses the benchmark's password");
    }
  }

  @Benchmark
  public Either<CognitoError, Transition> adminSetUserPassword() {
    return user.adminSetUserPassword(password, PasswordKind.PERMANENT, ctx);
  }
}
