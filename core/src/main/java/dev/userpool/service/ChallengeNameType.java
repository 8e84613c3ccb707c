package dev.userpool.service;

/**
 * Cognito's {@code ChallengeNameType}: every value the {@code challengeName} member accepts, in the API
 * model's order. The library answers NEW_PASSWORD_REQUIRED.
 */
public enum ChallengeNameType {
  /** An SMS code. */
  SMS_MFA,
  /** An email code. */
  EMAIL_OTP,
  /** A TOTP code. */
  SOFTWARE_TOKEN_MFA,
  /** A choice of MFA. */
  SELECT_MFA_TYPE,
  /** MFA set-up. */
  MFA_SETUP,
  /** The SRP password verifier. */
  PASSWORD_VERIFIER,
  /** A custom challenge. */
  CUSTOM_CHALLENGE,
  /** A choice of sign-in method. */
  SELECT_CHALLENGE,
  /** Device SRP. */
  DEVICE_SRP_AUTH,
  /** Device password verifier. */
  DEVICE_PASSWORD_VERIFIER,
  /** Admin sign-in without SRP. */
  ADMIN_NO_SRP_AUTH,
  /** A user who must choose a new password. */
  NEW_PASSWORD_REQUIRED,
  /** An SMS one-time password. */
  SMS_OTP,
  /** A password. */
  PASSWORD,
  /** A passkey. */
  WEB_AUTHN,
  /** A password through SRP. */
  PASSWORD_SRP
}
