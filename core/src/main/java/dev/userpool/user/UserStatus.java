package dev.userpool.user;

/**
 * A user's status. Mirrors {@code UserStatusType}, all eight values; being disabled is the separate
 * Enabled flag, not a status.
 */
public enum UserStatus {
  /** Signed up, not yet confirmed. */
  UNCONFIRMED,
  /** Confirmed, with a permanent password. */
  CONFIRMED,
  /** No longer used by Cognito; kept for old records. */
  ARCHIVED,
  /** No longer used by Cognito; kept for old records. */
  COMPROMISED,
  /** No longer used by Cognito; kept for old records. */
  UNKNOWN,
  /** Must reset the password before signing in (imported, or after AdminResetUserPassword). */
  RESET_REQUIRED,
  /** Has a temporary password and must choose a new one at the next sign-in. */
  FORCE_CHANGE_PASSWORD,
  /** Signed in through a federated identity provider. */
  EXTERNAL_PROVIDER
}
