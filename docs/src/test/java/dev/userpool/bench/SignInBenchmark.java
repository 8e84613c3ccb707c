package dev.userpool.bench;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHasher;
import dev.userpool.user.AuthOutcome;
import dev.userpool.user.Authentication;
import dev.userpool.user.Context;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Sign-in evaluation ({@code User.signIn}) with the fast test hasher: one key derivation each. */
public class SignInBenchmark extends BenchDefaults {

  User confirmed;
  User forceChange;
  Context ctx;
  Password right = Password.of(BenchFixtures.PASSWORD);
  Password wrong = Password.of(BenchFixtures.NEW_PASSWORD);

  @Setup
  public void setUp() {
    PasswordHasher h = BenchFixtures.hasher("fast");
    ctx = BenchFixtures.context(BenchFixtures.pool(0), h);
    confirmed = BenchFixtures.userWithPassword(1, h, UserStatus.CONFIRMED, BenchFixtures.seeded(5));
    forceChange = BenchFixtures.userWithPassword(2, h, UserStatus.FORCE_CHANGE_PASSWORD, BenchFixtures.seeded(6));
    require(confirmed.signIn(right, BenchFixtures.CLIENT, ctx).get().outcome() instanceof AuthOutcome.Authenticated);
    require(confirmed.signIn(wrong, BenchFixtures.CLIENT, ctx).isLeft());
    require(forceChange.signIn(right, BenchFixtures.CLIENT, ctx).get().outcome() instanceof AuthOutcome.NewPasswordRequired);
  }

  private static void require(boolean condition) {
    if (!condition) {
      throw new IllegalStateException("sign-in does not decide as the benchmark expects");
    }
  }

  /** CONFIRMED, right password: authenticated, the user unchanged. */
  @Benchmark
  public Either<CognitoError, Authentication> authenticated() {
    return confirmed.signIn(right, BenchFixtures.CLIENT, ctx);
  }

  /** CONFIRMED, wrong password: NotAuthorizedException. */
  @Benchmark
  public Either<CognitoError, Authentication> wrongPassword() {
    return confirmed.signIn(wrong, BenchFixtures.CLIENT, ctx);
  }

  /** FORCE_CHANGE_PASSWORD, right temporary password: the NEW_PASSWORD_REQUIRED challenge and a new session. */
  @Benchmark
  public Either<CognitoError, Authentication> newPasswordChallenge() {
    return forceChange.signIn(right, BenchFixtures.CLIENT, ctx);
  }
}
