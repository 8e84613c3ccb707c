package dev.userpool.pool;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** An OAuth 2.0 grant an app client allows on the hosted endpoints. Mirrors {@code OAuthFlowType}. */
public enum OAuthFlow {
  /** The authorization code grant ({@code response_type=code}). */
  CODE("code"),
  /** The implicit grant ({@code response_type=token}). */
  IMPLICIT("implicit"),
  /** Machine-to-machine tokens for the client itself ({@code grant_type=client_credentials}). */
  CLIENT_CREDENTIALS("client_credentials");

  private final String wireName;

  OAuthFlow(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, for example {@code client_credentials}. */
  public String wireName() {
    return wireName;
  }

  /** The flow with this wire name, if there is one. */
  public static Option<OAuthFlow> ofWireName(String name) {
    return List.of(values()).find(f -> f.wireName.equals(name));
  }
}
