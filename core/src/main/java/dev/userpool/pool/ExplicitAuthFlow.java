package dev.userpool.pool;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/** A sign-in flow an app client allows. Mirrors {@code ExplicitAuthFlowsType}, legacy values included. */
public enum ExplicitAuthFlow {
  /** Legacy name of {@link #ALLOW_ADMIN_USER_PASSWORD_AUTH}. */
  ADMIN_NO_SRP_AUTH,
  /** Legacy: only custom authentication. */
  CUSTOM_AUTH_FLOW_ONLY,
  /** Legacy name of {@link #ALLOW_USER_PASSWORD_AUTH}. */
  USER_PASSWORD_AUTH,
  /** AdminInitiateAuth with ADMIN_USER_PASSWORD_AUTH. */
  ALLOW_ADMIN_USER_PASSWORD_AUTH,
  /** Custom authentication. */
  ALLOW_CUSTOM_AUTH,
  /** InitiateAuth with USER_PASSWORD_AUTH. */
  ALLOW_USER_PASSWORD_AUTH,
  /** Secure remote password. */
  ALLOW_USER_SRP_AUTH,
  /** Refresh tokens. */
  ALLOW_REFRESH_TOKEN_AUTH,
  /** Choice-based authentication. */
  ALLOW_USER_AUTH;

  /** What a client allows when created without ExplicitAuthFlows (the API's documented default). */
  public static Set<ExplicitAuthFlow> defaults() {
    return HashSet.of(ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH);
  }
}
