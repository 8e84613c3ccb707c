package dev.userpool.mfa;

/** Cognito's {@code UserPoolMfaType}: whether the pool's users sign in with a second factor. */
public enum MfaConfiguration {
  /** No MFA; the pool's default. */
  OFF,
  /** Every user signs in with a second factor; a user without one sets up a software token (MFA_SETUP). */
  ON,
  /** Users who enabled a factor sign in with it. */
  OPTIONAL
}
