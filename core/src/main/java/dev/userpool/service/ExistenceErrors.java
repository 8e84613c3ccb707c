package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError.UserNotFound;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.user.Attributes;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.Username;
import io.vavr.control.Either;

/**
 * An app client's PreventUserExistenceErrors setting, in one place: what an unknown (or disabled, or
 * unreachable) user looks like to each self-service operation. With ENABLED the answers do not tell
 * such a user from a known one (AWS's documented behaviour); with LEGACY they say what happened.
 */
public final class ExistenceErrors {

  private final boolean hide;

  private ExistenceErrors(boolean hide) {
    this.hide = hide;
  }

  /** The policy of this app client. */
  static ExistenceErrors of(AppClient client) {
    return new ExistenceErrors(client.hidesUnknownUsers());
  }

  /** ConfirmSignUp and ConfirmForgotPassword for an unknown user. */
  CognitoError unknownUserWithCode() {
    return hide ? new CognitoError.CodeMismatch() : new UserNotFound(UserNotFound.Reason.USERNAME_CLIENT_ID_NOT_FOUND);
  }

  /** ConfirmForgotPassword's refusal as the caller sees it: a disabled user looks like a wrong code. */
  CognitoError confirmForgotPasswordRefusal(CognitoError refusal) {
    return hide && isDisabled(refusal) ? new CognitoError.CodeMismatch() : refusal;
  }

  /** A password sign-in for an unknown user. */
  CognitoError unknownUserAtSignIn() {
    return hide
        ? new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD)
        : new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST);
  }

  /** A challenge answer for an unknown user. */
  CognitoError unknownUserAtChallenge() {
    return hide ? new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID) : new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST);
  }

  /**
   * ForgotPassword's answer: an unknown or disabled user, or one without a verified contact, gets a
   * simulated delivery (and nothing is sent) when hiding.
   */
  Either<CognitoError, Results.CodeSent> forgotPassword(Username username, Either<CognitoError, Results.CodeSent> outcome) {
    return hide && outcome.isLeft() && hiddenFromForgotPassword(outcome.getLeft())
        ? Either.right(new Results.CodeSent(simulatedDelivery(username.value())))
        : outcome;
  }

  /** ResendConfirmationCode's answer: an unknown user gets a simulated delivery (and nothing is sent) when hiding. */
  Either<CognitoError, Results.CodeSent> resendConfirmationCode(Username username, Either<CognitoError, Results.CodeSent> outcome) {
    return hide && outcome.isLeft() && outcome.getLeft() instanceof UserNotFound
        ? Either.right(new Results.CodeSent(simulatedDelivery(username.value())))
        : outcome;
  }

  private static boolean isDisabled(CognitoError e) {
    return e instanceof NotAuthorized n && n.reason() == NotAuthorized.Reason.USER_DISABLED;
  }

  private static boolean hiddenFromForgotPassword(CognitoError e) {
    return e instanceof UserNotFound || isDisabled(e)
        || (e instanceof InvalidParameter p && p.reason() == InvalidParameter.Reason.NO_VERIFIED_CONTACT);
  }

  private static CodeDelivery simulatedDelivery(String username) {
    if (Attributes.isPhoneNumber(username)) {
      return new CodeDelivery(ContactAttribute.PHONE_NUMBER, username);
    }
    return new CodeDelivery(ContactAttribute.EMAIL, Attributes.isEmail(username) ? username : username + "@" + username);
  }
}
