package dev.userpool.service;

/**
 * Cognito's {@code AuthFlowType}: every value the {@code authFlow} member accepts, in the API model's
 * order (the order an invalid value's message lists them in). The library implements the password flows.
 */
public enum AuthFlowType {
  /** SRP sign-in (not implemented). */
  USER_SRP_AUTH,
  /** Refresh-token sign-in (not implemented here). */
  REFRESH_TOKEN_AUTH,
  /** The legacy name of REFRESH_TOKEN_AUTH. */
  REFRESH_TOKEN,
  /** Custom challenges (not implemented). */
  CUSTOM_AUTH,
  /** The legacy name of ADMIN_USER_PASSWORD_AUTH. */
  ADMIN_NO_SRP_AUTH,
  /** Username and password sent to InitiateAuth. */
  USER_PASSWORD_AUTH,
  /** Username and password sent to AdminInitiateAuth. */
  ADMIN_USER_PASSWORD_AUTH,
  /** Choice-based sign-in (not implemented). */
  USER_AUTH;

  /** Whether only the admin operation takes this flow. */
  public boolean isAdminFlow() {
    return this == ADMIN_NO_SRP_AUTH || this == ADMIN_USER_PASSWORD_AUTH;
  }
}
