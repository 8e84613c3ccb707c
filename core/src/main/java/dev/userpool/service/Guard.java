package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.port.RateLimits;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every service operation runs inside: the rate limit first (TooManyRequestsException), then the
 * body. A port that throws yields InternalErrorException, which keeps the exception as its cause, so a bug
 * shows in a debugger or a log rather than vanishing. Ports may throw any unchecked exception (a store's
 * driver, a fault a test injects), so the catch cannot tell them from a bug by type.
 */
final class Guard {

  private final RateLimits rateLimits;

  Guard(RateLimits rateLimits) {
    this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits is null");
  }

  <T> Either<CognitoError, T> run(Operation op, Supplier<Either<CognitoError, T>> body) {
    try {
      if (!rateLimits.permits(op)) {
        return Either.left(new CognitoError.TooManyRequests());
      }
      return body.get();
    } catch (RuntimeException e) {
      return Either.left(new CognitoError.InternalError(Option.some(e)));
    }
  }
}
