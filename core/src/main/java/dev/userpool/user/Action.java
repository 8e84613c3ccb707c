package dev.userpool.user;

/**
 * A lifecycle action on an existing user: the columns of the transition table. Some Cognito operations
 * share an action (InitiateAuth and AdminInitiateAuth both sign in); AdminSetUserPassword is two.
 */
public enum Action {
  /** USER_PASSWORD_AUTH or ADMIN_USER_PASSWORD_AUTH. */
  SIGN_IN("Sign-in (InitiateAuth, AdminInitiateAuth)"),
  /** ConfirmSignUp or AdminConfirmSignUp. */
  CONFIRM_SIGN_UP("ConfirmSignUp, AdminConfirmSignUp"),
  /** AdminSetUserPassword with Permanent true. */
  ADMIN_SET_USER_PASSWORD_PERMANENT("AdminSetUserPassword (Permanent=true)"),
  /** AdminSetUserPassword with Permanent false. */
  ADMIN_SET_USER_PASSWORD_TEMPORARY("AdminSetUserPassword (Permanent=false)"),
  /** The answer to NEW_PASSWORD_REQUIRED, through RespondToAuthChallenge or AdminRespondToAuthChallenge. */
  ANSWER_NEW_PASSWORD_CHALLENGE("RespondToAuthChallenge (NEW_PASSWORD_REQUIRED)"),
  /** ChangePassword with an access token. */
  CHANGE_PASSWORD("ChangePassword"),
  /** AdminResetUserPassword. */
  ADMIN_RESET_USER_PASSWORD("AdminResetUserPassword"),
  /** ForgotPassword. */
  FORGOT_PASSWORD("ForgotPassword"),
  /** ConfirmForgotPassword. */
  CONFIRM_FORGOT_PASSWORD("ConfirmForgotPassword"),
  /** AdminCreateUser with MessageAction RESEND. */
  ADMIN_CREATE_USER_RESEND("AdminCreateUser (MessageAction=RESEND)"),
  /** AdminDisableUser. */
  ADMIN_DISABLE_USER("AdminDisableUser"),
  /** AdminEnableUser. */
  ADMIN_ENABLE_USER("AdminEnableUser");

  private final String label;

  Action(String label) {
    this.label = label;
  }

  /** The Cognito operations this action stands for, as the documentation names them. */
  public String label() {
    return label;
  }
}
