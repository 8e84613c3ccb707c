package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.ErrorCode;

/**
 * Why a token sent to an operation that takes one (ChangePassword, GetUser, GlobalSignOut, the refresh
 * flows) is refused. Each is Cognito's {@code NotAuthorizedException} with its exact message; the access
 * token messages are core's ({@link NotAuthorized.Reason}), the refresh token ones live here because
 * token issuance is the adapter's business.
 */
public enum TokenRefusal {
  /** Not a token this client issued, or not an access token (confirmed wording). */
  INVALID_ACCESS_TOKEN(new NotAuthorized(NotAuthorized.Reason.INVALID_ACCESS_TOKEN).message()),
  /** An access token past its expiry (observed wording). */
  ACCESS_TOKEN_EXPIRED(new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_EXPIRED).message()),
  /** An access token revoked by a sign-out, or whose user was disabled or deleted (confirmed wording). */
  ACCESS_TOKEN_REVOKED(new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED).message()),
  /**
   * Not a refresh token this client issued to the app client named in the request. Real responses
   * quoted in aws-sdk-js-v3#7162 (2025) and aws-sdk-java-v2#1687 end with a period.
   */
  INVALID_REFRESH_TOKEN("Invalid Refresh Token."),
  /** A refresh token past its 30 days (the library's wording; AWS publishes none). */
  REFRESH_TOKEN_EXPIRED("Refresh Token has expired"),
  /** A refresh token revoked by a sign-out, or whose user was deleted (observed: aws-sdk-net#1936). */
  REFRESH_TOKEN_REVOKED("Refresh Token has been revoked");

  private final String message;

  TokenRefusal(String message) {
    this.message = message;
  }

  /** Cognito's error code: always {@code NotAuthorizedException}. */
  public ErrorCode code() {
    return ErrorCode.NOT_AUTHORIZED;
  }

  /** The code's wire name. */
  public String cognitoError() {
    return code().wireName();
  }

  /** The exact message. */
  public String message() {
    return message;
  }

  /** The HTTP status: 400. */
  public int httpStatus() {
    return code().httpStatus();
  }
}
