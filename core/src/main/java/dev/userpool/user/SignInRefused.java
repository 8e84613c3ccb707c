package dev.userpool.user;

import dev.userpool.error.CognitoError;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A refused sign-in: the error, and the user to save when the refusal itself is recorded. Only the lockout's
 * bookkeeping is (a wrong password counts a failure, an attempt during a lockout restarts the quiet period,
 * an SRP exchange is used up); every other refusal changes nothing.
 */
public record SignInRefused(CognitoError error, Option<User> after) {

  public SignInRefused {
    Objects.requireNonNull(error, "error is null");
    Objects.requireNonNull(after, "after is null");
  }

  /** A refusal that changes nothing. */
  public static SignInRefused of(CognitoError error) {
    return new SignInRefused(error, Option.none());
  }
}
