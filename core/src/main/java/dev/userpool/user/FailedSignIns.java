package dev.userpool.user;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed password sign-ins that count toward Cognito's lockout, and the rule they feed. AWS's developer
 * guide ("Lockout behavior for failed sign-in attempts",
 * https://docs.aws.amazon.com/cognito/latest/developerguide/authentication.html#authentication-flow-lockout-behavior)
 * says: after five failed sign-in attempts with a password the user is locked out for one second, doubling
 * with each further failure up to about 15 minutes, so {@code 2^(n-5)} seconds for {@code n} failures;
 * attempts during a lockout get {@code Password attempts exceeded} and do not count; the count returns to
 * zero after a successful sign-in once the lockout has expired, or after 15 minutes without any sign-in
 * attempt.
 *
 * <p>Decided where the guide is vague: the longest lockout is exactly {@link #MAX_LOCKOUT} (the guide's
 * "approximately 15 minutes"); the quiet period resets the count whether or not a lockout has happened yet;
 * a lockout runs from the failure that started it.
 *
 * @param count the failed attempts counted ({@code n}), at least 1
 * @param lastFailure when the last counted failure happened (a lockout runs from it)
 * @param lastAttempt when the last attempt happened, counted or refused during a lockout
 */
public record FailedSignIns(int count, Instant lastFailure, Instant lastAttempt) {

  /** Failures allowed before the first lockout. */
  public static final int FREE_FAILURES = 5;
  /** The longest lockout. */
  public static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
  /** A quiet period after which the count starts again from zero. */
  public static final Duration RESET_AFTER = Duration.ofMinutes(15);

  /**
   * @throws NullPointerException if an instant is null
   * @throws IllegalArgumentException if {@code count} is not positive
   */
  public FailedSignIns {
    Objects.requireNonNull(lastFailure, "lastFailure is null");
    Objects.requireNonNull(lastAttempt, "lastAttempt is null");
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
  }

  // -- the rule over an optional record (none = no failure counted)

  /** Whether a user with these failures is locked out at {@code now}: a sign-in is refused before any check. */
  public static boolean locksOut(Option<FailedSignIns> failures, Instant now) {
    return lockedUntil(failures, now).isDefined();
  }

  /** When the current lockout ends, if the user is locked out at {@code now}. */
  public static Option<Instant> lockedUntil(Option<FailedSignIns> failures, Instant now) {
    Objects.requireNonNull(now, "now is null");
    return counted(failures, now).flatMap(f -> {
      if (f.count() < FREE_FAILURES) {
        return Option.none();
      }
      Instant until = f.lastFailure().plus(lockout(f.count()));
      return now.isBefore(until) ? Option.some(until) : Option.none();
    });
  }

  /**
   * The lockout after {@code n} failures: none below {@value #FREE_FAILURES}, then {@code 2^(n-5)} seconds, at
   * most {@link #MAX_LOCKOUT}.
   */
  public static Duration lockout(int n) {
    if (n < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int exponent = n - FREE_FAILURES;
    Duration d = exponent >= 20 ? MAX_LOCKOUT : Duration.ofSeconds(1L << exponent);
    return d.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : d;
  }

  /** The record after a wrong password at {@code now} (the caller has checked the user is not locked out). */
  public static Option<FailedSignIns> afterFailure(Option<FailedSignIns> failures, Instant now) {
    int n = counted(failures, now).map(FailedSignIns::count).getOrElse(0);
    return Option.some(new FailedSignIns(n + 1, now, now));
  }

  /** The record after an attempt refused during a lockout: not counted, but it is an attempt. */
  public static Option<FailedSignIns> afterRefusedAttempt(Option<FailedSignIns> failures, Instant now) {
    return failures.map(f -> new FailedSignIns(f.count(), f.lastFailure(), now));
  }

  /** The failures still counted at {@code now}: none once {@link #RESET_AFTER} has passed without an attempt. */
  public static Option<FailedSignIns> counted(Option<FailedSignIns> failures, Instant now) {
    return failures.filter(f -> now.isBefore(f.lastAttempt().plus(RESET_AFTER)));
  }
}
