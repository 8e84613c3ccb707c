package dev.userpool.user;

import dev.userpool.error.CognitoError;

/** Why the transition table refuses an action in a status, and the error the caller gets. */
public enum Refusal {
  /** Confirming a user who is not UNCONFIRMED: {@code User cannot be confirmed. Current status is <STATUS>}. */
  CANNOT_CONFIRM,
  /** The user has not confirmed sign-up. */
  USER_NOT_CONFIRMED,
  /** The user must reset the password first. */
  PASSWORD_RESET_REQUIRED,
  /** The user has no password to sign in with (federated or retired statuses). */
  NOT_AUTHORIZED_TO_GET_AUTH_DETAILS,
  /** The user's status has no password that a reset could replace. */
  PASSWORD_CANNOT_BE_RESET,
  /** RESEND for a user who is not waiting for a first password. */
  RESEND_NOT_POSSIBLE,
  /** A challenge answer for a user who has no challenge pending. */
  SESSION_INVALID;

  /** The error for {@code user}. */
  public CognitoError error(User user) {
    return error(user.status(), user.username().value());
  }

  /** The error for a user in {@code status} called {@code username} (the conformance kit predicts it from the table). */
  public CognitoError error(UserStatus status, String username) {
    return switch (this) {
      case CANNOT_CONFIRM -> new CognitoError.CannotConfirm(status.name());
      case USER_NOT_CONFIRMED -> new CognitoError.UserNotConfirmed();
      case PASSWORD_RESET_REQUIRED -> new CognitoError.PasswordResetRequired();
      case NOT_AUTHORIZED_TO_GET_AUTH_DETAILS ->
        new CognitoError.NotAuthorized(CognitoError.NotAuthorized.Reason.NOT_AUTHORIZED_TO_GET_AUTH_DETAILS);
      case PASSWORD_CANNOT_BE_RESET -> new CognitoError.NotAuthorized(CognitoError.NotAuthorized.Reason.PASSWORD_CANNOT_BE_RESET);
      case RESEND_NOT_POSSIBLE -> new CognitoError.UnsupportedUserState(username);
      case SESSION_INVALID -> new CognitoError.NotAuthorized(CognitoError.NotAuthorized.Reason.SESSION_INVALID);
    };
  }
}
