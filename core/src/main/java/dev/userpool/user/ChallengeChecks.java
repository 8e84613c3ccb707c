package dev.userpool.user;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.srp.SrpRefusal;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/** The checks of {@link User}'s sign-in challenges: the NEW_PASSWORD_REQUIRED session, and a refused SRP_A. */
final class ChallengeChecks {

  private ChallengeChecks() {}

  /** The user's NEW_PASSWORD_REQUIRED session that {@code given} names: issued, not answered, not expired. */
  static Either<CognitoError, ChallengeSession> open(User user, Session given, Instant now) {
    Option<ChallengeSession> issued = user.challenge().filter(c -> c.session().matches(given));
    if (issued.isEmpty()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
    }
    if (issued.get().answeredAt().isDefined()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_USED));
    }
    if (issued.get().hasExpired(now)) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_EXPIRED));
    }
    return Either.right(issued.get());
  }

  /** The error of an SRP_A the verifier refuses. */
  static CognitoError srpError(SrpRefusal refusal) {
    return InvalidParameter.of(InvalidParameter.Reason.INVALID_SRP_A);
  }
}
