package dev.userpool.mfa;

/** Mirrors {@code EmailSendingAccountType}: who sends the pool's email. */
public enum EmailSendingAccount {
  /** Cognito's own sender; the default. */
  COGNITO_DEFAULT,
  /** The developer's Amazon SES identity; email MFA needs it. */
  DEVELOPER
}
