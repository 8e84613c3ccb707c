package dev.userpool.user;

import dev.userpool.error.CognitoError;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A sign-up confirmed as it happens, when the pre sign-up trigger answers {@code autoConfirmUser}: the new user is
 * CONFIRMED (the lifecycle table's CONFIRM_SIGN_UP), no code is pending and none is sent, and the user is still the
 * unsaved one SignUp decided (same version), so that the store creates it.
 */
public final class AutoConfirmation {

  private AutoConfirmation() {}

  /** SignUp's transition, confirmed. */
  public static Either<CognitoError, Transition> confirm(Transition signedUp, Context ctx) {
    User user = signedUp.after();
    return user.adminConfirmSignUp(ctx)
        .map(c -> new Transition(c.after().withVersion(user.version()), signedUp.event(), Option.none()));
  }
}
