package dev.userpool.error;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * Cognito's error codes as data: the name on the wire ({@code __type} in AWS JSON 1.1, the SDK's
 * exception class name) and the HTTP status of the response. Every code the library, its adapters or the
 * SDK mapping can name is here, so no code is spelled twice.
 */
public enum ErrorCode {
  /** A verified alias another user holds. */
  ALIAS_EXISTS("AliasExistsException"),
  /** A code could not be delivered. */
  CODE_DELIVERY_FAILURE("CodeDeliveryFailureException"),
  /** A code that does not match. */
  CODE_MISMATCH("CodeMismatchException"),
  /** A software token whose first code did not match. */
  ENABLE_SOFTWARE_TOKEN_MFA("EnableSoftwareTokenMFAException"),
  /** A software token the user has not associated. */
  SOFTWARE_TOKEN_MFA_NOT_FOUND("SoftwareTokenMFANotFoundException"),
  /** A code past its validity. */
  EXPIRED_CODE("ExpiredCodeException"),
  /** A setting the pool's feature plan does not include. */
  FEATURE_UNAVAILABLE_IN_TIER("FeatureUnavailableInTierException"),
  /** A group name the pool already has. */
  GROUP_EXISTS("GroupExistsException"),
  /** A failure inside the service; the only 500. */
  INTERNAL_ERROR("InternalErrorException"),
  /** A request Cognito cannot take. */
  INVALID_PARAMETER("InvalidParameterException"),
  /** OAuth flows an app client cannot have together, or without a secret. */
  INVALID_OAUTH_FLOW("InvalidOAuthFlowException"),
  /** An OAuth scope that is neither standard nor a resource server's. */
  SCOPE_DOES_NOT_EXIST("ScopeDoesNotExistException"),
  /** A password the pool's policy refuses. */
  INVALID_PASSWORD("InvalidPasswordException"),
  /** A pool configured so that the operation cannot run. */
  INVALID_USER_POOL_CONFIGURATION("InvalidUserPoolConfigurationException"),
  /** A limit on resources. */
  LIMIT_EXCEEDED("LimitExceededException"),
  /** A refusal to authenticate or to act on the user. */
  NOT_AUTHORIZED("NotAuthorizedException"),
  /** A recent password used again. */
  PASSWORD_HISTORY_POLICY_VIOLATION("PasswordHistoryPolicyViolationException"),
  /** A sign-in by a user whose password must be reset. */
  PASSWORD_RESET_REQUIRED("PasswordResetRequiredException"),
  /** A request whose app client could not be authenticated (RevokeToken's client secret). */
  UNAUTHORIZED("UnauthorizedException"),
  /** An unknown pool or app client. */
  RESOURCE_NOT_FOUND("ResourceNotFoundException"),
  /** Too many failed attempts. */
  TOO_MANY_FAILED_ATTEMPTS("TooManyFailedAttemptsException"),
  /** A rate limit's refusal. */
  TOO_MANY_REQUESTS("TooManyRequestsException"),
  /** A request for something the library does not implement. */
  UNSUPPORTED_OPERATION("UnsupportedOperationException"),
  /** A token of a type the operation does not take. */
  UNSUPPORTED_TOKEN_TYPE("UnsupportedTokenTypeException"),
  /** An operation the user's state does not allow. */
  UNSUPPORTED_USER_STATE("UnsupportedUserStateException"),
  /** A user who has not confirmed the sign-up. */
  USER_NOT_CONFIRMED("UserNotConfirmedException"),
  /** An unknown user. */
  USER_NOT_FOUND("UserNotFoundException"),
  /** A Lambda trigger's function raised an error. */
  USER_LAMBDA_VALIDATION("UserLambdaValidationException"),
  /** A Lambda trigger's response Cognito cannot read. */
  INVALID_LAMBDA_RESPONSE("InvalidLambdaResponseException"),
  /** A Lambda trigger that could not be invoked or did not answer in time. */
  UNEXPECTED_LAMBDA("UnexpectedLambdaException"),
  /** A username already taken. */
  USERNAME_EXISTS("UsernameExistsException"),
  /** A body that is not JSON, or a member of the wrong JSON type (the AWS JSON protocol's own error). */
  SERIALIZATION("SerializationException"),
  /** A target that names no operation (the AWS JSON protocol's own error). */
  UNKNOWN_OPERATION("UnknownOperationException"),
  /** Passkeys are not available to the pool (its feature plan, or its sign-in policy). */
  WEB_AUTHN_NOT_ENABLED("WebAuthnNotEnabledException"),
  /** The pool has neither a relying party id nor a domain. */
  WEB_AUTHN_CONFIGURATION_MISSING("WebAuthnConfigurationMissingException"),
  /** No open registration challenge answers the credential (never started, expired or used). */
  WEB_AUTHN_CHALLENGE_NOT_FOUND("WebAuthnChallengeNotFoundException"),
  /** The credential's origin is not one the relying party allows. */
  WEB_AUTHN_ORIGIN_NOT_ALLOWED("WebAuthnOriginNotAllowedException"),
  /** The credential was made for another relying party. */
  WEB_AUTHN_RELYING_PARTY_MISMATCH("WebAuthnRelyingPartyMismatchException"),
  /** The access token is another app client's than the one that started the registration. */
  WEB_AUTHN_CLIENT_MISMATCH("WebAuthnClientMismatchException"),
  /** The credential's authenticator, algorithm or attestation is not supported. */
  WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED("WebAuthnCredentialNotSupportedException");

  private static final Map<String, ErrorCode> BY_WIRE_NAME = HashMap.ofEntries(List.of(values()).map(c -> Tuple.of(c.wireName, c)));

  private final String wireName;

  ErrorCode(String wireName) {
    this.wireName = wireName;
  }

  /** The name on the wire, for example {@code NotAuthorizedException}. */
  public String wireName() {
    return wireName;
  }

  /** The HTTP status of a response carrying this error: 500 for an internal error, else 400. */
  public int httpStatus() {
    return this == INTERNAL_ERROR ? 500 : 400;
  }

  /** The code with this wire name, if the library knows it. */
  public static Option<ErrorCode> ofWireName(String wireName) {
    return BY_WIRE_NAME.get(wireName);
  }
}
