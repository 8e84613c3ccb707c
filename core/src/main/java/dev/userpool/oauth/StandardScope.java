package dev.userpool.oauth;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The scopes Cognito defines itself (AWS developer guide, "Scopes, M2M, and resource servers"): the OpenID Connect
 * scopes and Cognito's reserved scope for the user's own API operations. Any other scope is a resource server's.
 */
public enum StandardScope {
  /** ID tokens and the userInfo endpoint. */
  OPENID("openid"),
  /** {@code email} and {@code email_verified}. */
  EMAIL("email"),
  /** {@code phone_number} and {@code phone_number_verified}. */
  PHONE("phone"),
  /** The profile attributes and the custom ones. */
  PROFILE("profile"),
  /** The user's own operations through the API (GetUser, ChangePassword...). */
  COGNITO_ADMIN("aws.cognito.signin.user.admin");

  private final String value;

  StandardScope(String value) {
    this.value = value;
  }

  /** The scope as tokens carry it. */
  public String value() {
    return value;
  }

  /** The standard scope named {@code scope}, if it is one. */
  public static Option<StandardScope> of(String scope) {
    return List.of(values()).find(s -> s.value.equals(scope));
  }
}
