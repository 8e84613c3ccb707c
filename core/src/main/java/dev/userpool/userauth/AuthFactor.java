package dev.userpool.userauth;

/** Cognito's {@code AuthFactorType}: a first factor a pool may allow in {@code SignInPolicy.AllowedFirstAuthFactors}. */
public enum AuthFactor {
  /** A password, sent as it is (PASSWORD) or proven through SRP (PASSWORD_SRP). */
  PASSWORD,
  /** A one-time code sent by email. */
  EMAIL_OTP,
  /** A one-time code sent by SMS. */
  SMS_OTP,
  /** A passkey. */
  WEB_AUTHN
}
