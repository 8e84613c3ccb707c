package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.error.ErrorCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryFailureException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidOAuthFlowException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidUserPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnNotEnabledException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnConfigurationMissingException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnChallengeNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnOriginNotAllowedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnRelyingPartyMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnClientMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialNotSupportedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordHistoryPolicyViolationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedUserStateException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;

/**
 * Cognito's errors as the AWS SDK for Java v2 raises them: the SDK's own exception class for the
 * error code ({@link NotAuthorizedException} for {@code NotAuthorizedException}, ...), built as the
 * SDK's JSON protocol builds it from a real response: {@code awsErrorDetails()} carries the code, the
 * exact message, the service name {@value #SERVICE_NAME} and an HTTP response with the status and request
 * id; {@code statusCode()} and {@code requestId()} are set. As with the real SDK, {@code getMessage()} is
 * the exact message followed by {@code " (Service: CognitoIdentityProvider, Status Code: 400, Request ID: ...)"}.
 *
 * <p>A code the SDK has no class for becomes a plain {@link CognitoIdentityProviderException} that still
 * carries the code.
 */
public final class CognitoExceptions {

  /** The service name the SDK puts in every Cognito error ({@code AwsErrorDetails.serviceName()}). */
  public static final String SERVICE_NAME = "CognitoIdentityProvider";

  private static final Map<ErrorCode, Supplier<CognitoIdentityProviderException.Builder>> BUILDERS = new EnumMap<>(Map.ofEntries(
      Map.entry(ErrorCode.ALIAS_EXISTS, AliasExistsException::builder),
      Map.entry(ErrorCode.CODE_DELIVERY_FAILURE, CodeDeliveryFailureException::builder),
      Map.entry(ErrorCode.CODE_MISMATCH, CodeMismatchException::builder),
      Map.entry(ErrorCode.EXPIRED_CODE, ExpiredCodeException::builder),
      Map.entry(ErrorCode.ENABLE_SOFTWARE_TOKEN_MFA, EnableSoftwareTokenMfaException::builder),
      Map.entry(ErrorCode.SOFTWARE_TOKEN_MFA_NOT_FOUND, SoftwareTokenMfaNotFoundException::builder),
      Map.entry(ErrorCode.FEATURE_UNAVAILABLE_IN_TIER, FeatureUnavailableInTierException::builder),
      Map.entry(ErrorCode.GROUP_EXISTS, GroupExistsException::builder),
      Map.entry(ErrorCode.INTERNAL_ERROR, InternalErrorException::builder),
      Map.entry(ErrorCode.INVALID_PARAMETER, InvalidParameterException::builder),
      Map.entry(ErrorCode.INVALID_OAUTH_FLOW, InvalidOAuthFlowException::builder),
      Map.entry(ErrorCode.SCOPE_DOES_NOT_EXIST, ScopeDoesNotExistException::builder),
      Map.entry(ErrorCode.INVALID_PASSWORD, InvalidPasswordException::builder),
      Map.entry(ErrorCode.INVALID_USER_POOL_CONFIGURATION, InvalidUserPoolConfigurationException::builder),
      Map.entry(ErrorCode.LIMIT_EXCEEDED, LimitExceededException::builder),
      Map.entry(ErrorCode.WEB_AUTHN_NOT_ENABLED, WebAuthnNotEnabledException::builder),
      Map.entry(ErrorCode.WEB_AUTHN_CONFIGURATION_MISSING, WebAuthnConfigurationMissingException::builder),
      Map.entry(ErrorCode.WEB_AUTHN_CHALLENGE_NOT_FOUND, WebAuthnChallengeNotFoundException::builder),
      Map.entry(ErrorCode.WEB_AUTHN_ORIGIN_NOT_ALLOWED, WebAuthnOriginNotAllowedException::builder),
      Map.entry(ErrorCode.WEB_AUTHN_RELYING_PARTY_MISMATCH, WebAuthnRelyingPartyMismatchException::builder),
      Map.entry(ErrorCode.WEB_AUTHN_CLIENT_MISMATCH, WebAuthnClientMismatchException::builder),
      Map.entry(ErrorCode.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED, WebAuthnCredentialNotSupportedException::builder),
      Map.entry(ErrorCode.NOT_AUTHORIZED, NotAuthorizedException::builder),
      Map.entry(ErrorCode.PASSWORD_HISTORY_POLICY_VIOLATION, PasswordHistoryPolicyViolationException::builder),
      Map.entry(ErrorCode.PASSWORD_RESET_REQUIRED, PasswordResetRequiredException::builder),
      Map.entry(ErrorCode.RESOURCE_NOT_FOUND, ResourceNotFoundException::builder),
      Map.entry(ErrorCode.TOO_MANY_FAILED_ATTEMPTS, TooManyFailedAttemptsException::builder),
      Map.entry(ErrorCode.TOO_MANY_REQUESTS, TooManyRequestsException::builder),
      Map.entry(ErrorCode.UNAUTHORIZED, UnauthorizedException::builder),
      Map.entry(ErrorCode.UNSUPPORTED_OPERATION, UnsupportedOperationException::builder),
      Map.entry(ErrorCode.UNSUPPORTED_TOKEN_TYPE, UnsupportedTokenTypeException::builder),
      Map.entry(ErrorCode.UNSUPPORTED_USER_STATE, UnsupportedUserStateException::builder),
      Map.entry(ErrorCode.USER_NOT_CONFIRMED, UserNotConfirmedException::builder),
      Map.entry(ErrorCode.USER_NOT_FOUND, UserNotFoundException::builder),
      Map.entry(ErrorCode.USERNAME_EXISTS, UsernameExistsException::builder),
      Map.entry(ErrorCode.USER_LAMBDA_VALIDATION, UserLambdaValidationException::builder),
      Map.entry(ErrorCode.INVALID_LAMBDA_RESPONSE, InvalidLambdaResponseException::builder),
      Map.entry(ErrorCode.UNEXPECTED_LAMBDA, UnexpectedLambdaException::builder)));

  private CognitoExceptions() {}

  /**
   * The SDK exception for a library error.
   *
   * @throws NullPointerException if an argument is null
   */
  public static CognitoIdentityProviderException of(CognitoError error, String requestId) {
    Objects.requireNonNull(error, "error is null");
    return of(error.cognitoError(), error.message(), error.httpStatus(), requestId);
  }

  /**
   * The SDK exception for any Cognito error code and message.
   *
   * @throws NullPointerException if {@code errorCode}, {@code message} or {@code requestId} is null
   */
  public static CognitoIdentityProviderException of(String errorCode, String message, int httpStatus, String requestId) {
    Objects.requireNonNull(errorCode, "errorCode is null");
    Objects.requireNonNull(message, "message is null");
    Objects.requireNonNull(requestId, "requestId is null");
    SdkHttpResponse http = SdkHttpResponse.builder()
        .statusCode(httpStatus)
        .putHeader("x-amzn-RequestId", requestId)
        .putHeader("x-amzn-ErrorType", errorCode)
        .build();
    AwsErrorDetails details = AwsErrorDetails.builder()
        .errorCode(errorCode)
        .errorMessage(message)
        .serviceName(SERVICE_NAME)
        .sdkHttpResponse(http)
        .build();
    Supplier<CognitoIdentityProviderException.Builder> builder = ErrorCode.ofWireName(errorCode).map(BUILDERS::get).getOrNull();
    return (CognitoIdentityProviderException) (builder == null ? CognitoIdentityProviderException.builder() : builder.get())
        .awsErrorDetails(details)
        .message(message)
        .statusCode(httpStatus)
        .requestId(requestId)
        .build();
  }

  /** Whether {@code errorCode} has its own SDK exception class here (else the generic one carries it). */
  public static boolean hasOwnType(String errorCode) {
    return BUILDERS.containsKey(errorCode);
  }
}
