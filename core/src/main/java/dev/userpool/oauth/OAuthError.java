package dev.userpool.oauth;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * An error of the hosted endpoints, as OAuth 2.0 words it (RFC 6749 section 5.2 for the token endpoint, 4.1.2.1
 * for the authorize endpoint's redirect): {@code {"error":"invalid_grant"}}, not AWS JSON (AWS developer guide,
 * "Token endpoint": the error responses are {@code invalid_request}, {@code invalid_client}, {@code invalid_grant},
 * {@code unauthorized_client}, {@code unsupported_grant_type} and {@code invalid_scope}, each with HTTP 400).
 *
 * @param kind which error
 * @param description an {@code error_description}, or none (Cognito sends none on the token endpoint)
 */
public record OAuthError(Kind kind, Option<String> description) {

  /** The errors, with their wire names and HTTP statuses. */
  public enum Kind {
    /** A missing, repeated or malformed parameter (token endpoint, authorize endpoint). */
    INVALID_REQUEST("invalid_request", 400),
    /** The client could not be authenticated: unknown, missing or wrong secret (token endpoint). */
    INVALID_CLIENT("invalid_client", 400),
    /** A code or refresh token that is unknown, used, expired, for another client or redirect URI, or whose PKCE fails. */
    INVALID_GRANT("invalid_grant", 400),
    /** A grant or response type the client is not allowed to use. */
    UNAUTHORIZED_CLIENT("unauthorized_client", 400),
    /** A grant type the token endpoint does not know. */
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),
    /** A scope the client may not have. */
    INVALID_SCOPE("invalid_scope", 400),
    /** A response type the authorize endpoint does not know (authorize endpoint's redirect). */
    UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type", 400),
    /** An ID or access token given to the revoke endpoint, which revokes refresh tokens (RFC 7009 section 2.2.1). */
    UNSUPPORTED_TOKEN_TYPE("unsupported_token_type", 400),
    /** {@code prompt=none} without a sign-in session (authorize endpoint's redirect, OpenID Connect Core section 3.1.2.6). */
    LOGIN_REQUIRED("login_required", 400),
    /** An access token that the userInfo endpoint does not take (RFC 6750 section 3.1: HTTP 401). */
    INVALID_TOKEN("invalid_token", 401);

    private final String wireName;
    private final int httpStatus;

    Kind(String wireName, int httpStatus) {
      this.wireName = wireName;
      this.httpStatus = httpStatus;
    }

    /** The {@code error} value. */
    public String wireName() {
      return wireName;
    }

    /** The HTTP status of a response carrying it. */
    public int httpStatus() {
      return httpStatus;
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public OAuthError {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(description, "description is null");
  }

  /** The error without a description. */
  public static OAuthError of(Kind kind) {
    return new OAuthError(kind, Option.none());
  }

  /** The error with a description (never quoting a secret, code or token). */
  public static OAuthError of(Kind kind, String description) {
    return new OAuthError(kind, Option.some(description));
  }

  /** The {@code error} value. */
  public String error() {
    return kind.wireName();
  }
}
