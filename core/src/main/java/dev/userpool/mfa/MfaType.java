package dev.userpool.mfa;

/**
 * A second factor, by the name Cognito gives it in {@code UserMFASettingList}, {@code PreferredMfaSetting} and as the
 * challenge that asks for it.
 */
public enum MfaType {
  /** A code sent by SMS. */
  SMS_MFA,
  /** A code from an authenticator app. */
  SOFTWARE_TOKEN_MFA,
  /** A code sent by email (Essentials tier and up). */
  EMAIL_OTP
}
