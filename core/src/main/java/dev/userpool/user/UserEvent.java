package dev.userpool.user;

import io.vavr.collection.Set;
import java.time.Instant;

/** Something that happened to a user. Events carry no password, code or session. */
public sealed interface UserEvent
    permits UserEvent.SignedUp, UserEvent.UserCreated, UserEvent.SignUpConfirmed, UserEvent.InvitationResent,
    UserEvent.PasswordSet, UserEvent.NewPasswordChallengeIssued, UserEvent.NewPasswordChallengeAnswered,
    UserEvent.SignedIn, UserEvent.PasswordChanged, UserEvent.PasswordResetByAdmin, UserEvent.ResetCodeSent,
    UserEvent.ForgotPasswordConfirmed, UserEvent.UserDisabled, UserEvent.UserEnabled, UserEvent.UserDeleted,
    UserEvent.PasswordVerifierIssued, UserEvent.SignInFailed,
    UserEvent.AttributesUpdated, UserEvent.AttributesDeleted, UserEvent.ConfirmationCodeResent,
    UserEvent.VerificationCodeSent, UserEvent.AttributeVerified, UserEvent.MfaChallengeIssued, UserEvent.MfaSettingsChanged,
    UserEvent.CustomChallengeIssued {

  /** The user's username. */
  Username username();

  /** When it happened. */
  Instant at();

  /** USER_SRP_AUTH opened an exchange: the PASSWORD_VERIFIER challenge went out. */
  record PasswordVerifierIssued(Username username, Instant at) implements UserEvent {}

  /** A sign-in was refused and recorded for the lockout (a wrong password, or an attempt during a lockout). */
  record SignInFailed(Username username, Instant at) implements UserEvent {}

  /** SignUp created an UNCONFIRMED user. */
  record SignedUp(Username username, Instant at) implements UserEvent {}

  /** AdminCreateUser created a FORCE_CHANGE_PASSWORD user. */
  record UserCreated(Username username, Instant at) implements UserEvent {}

  /** ConfirmSignUp or AdminConfirmSignUp confirmed the user. */
  record SignUpConfirmed(Username username, Instant at) implements UserEvent {}

  /** AdminCreateUser RESEND gave the user a new temporary password. */
  record InvitationResent(Username username, Instant at) implements UserEvent {}

  /** AdminSetUserPassword set a permanent or temporary password. */
  record PasswordSet(Username username, PasswordKind kind, Instant at) implements UserEvent {}

  /** A password sign-in with a temporary password issued NEW_PASSWORD_REQUIRED. */
  record NewPasswordChallengeIssued(Username username, Instant at) implements UserEvent {}

  /** The user answered NEW_PASSWORD_REQUIRED and is CONFIRMED. */
  record NewPasswordChallengeAnswered(Username username, Instant at) implements UserEvent {}

  /** A password sign-in succeeded. */
  record SignedIn(Username username, Instant at) implements UserEvent {}

  /** ChangePassword replaced the password. */
  record PasswordChanged(Username username, Instant at) implements UserEvent {}

  /** AdminResetUserPassword made the user RESET_REQUIRED and sent a code. */
  record PasswordResetByAdmin(Username username, Instant at) implements UserEvent {}

  /** ForgotPassword sent a reset code. */
  record ResetCodeSent(Username username, Instant at) implements UserEvent {}

  /** ConfirmForgotPassword set a new password. */
  record ForgotPasswordConfirmed(Username username, Instant at) implements UserEvent {}

  /** AdminDisableUser turned Enabled off. */
  record UserDisabled(Username username, Instant at) implements UserEvent {}

  /** AdminEnableUser turned Enabled on. */
  record UserEnabled(Username username, Instant at) implements UserEvent {}

  /** AdminDeleteUser removed the user. */
  record UserDeleted(Username username, Instant at) implements UserEvent {}

  /** AdminUpdateUserAttributes or UpdateUserAttributes changed attributes (names only: values are sensitive). */
  record AttributesUpdated(Username username, Set<String> names, Instant at) implements UserEvent {}

  /** AdminDeleteUserAttributes removed attributes. */
  record AttributesDeleted(Username username, Set<String> names, Instant at) implements UserEvent {}

  /** ResendConfirmationCode sent a new sign-up code. */
  record ConfirmationCodeResent(Username username, Instant at) implements UserEvent {}

  /** GetUserAttributeVerificationCode sent a code to verify an email or phone number (its name only). */
  record VerificationCodeSent(Username username, String attributeName, Instant at) implements UserEvent {}

  /** VerifyUserAttribute verified an email or phone number (its name only), making a held value current. */
  record AttributeVerified(Username username, String attributeName, Instant at) implements UserEvent {}

  /** A first factor succeeded and an MFA challenge went out (its name only). */
  record MfaChallengeIssued(Username username, String challengeName, Instant at) implements UserEvent {}

  /** A custom sign-in (CUSTOM_AUTH) asked for its next challenge: CUSTOM_CHALLENGE or PASSWORD_VERIFIER. */
  record CustomChallengeIssued(Username username, String challengeName, Instant at) implements UserEvent {}

  /** The user's software token or MFA preferences changed (AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference). */
  record MfaSettingsChanged(Username username, Instant at) implements UserEvent {}
}
