package dev.userpool.error;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;

/**
 * The Cognito operations the library implements, with the error codes each can return. Every list is
 * a subset of the operation's error list in AWS's API model, apart from
 * {@code UnsupportedOperationException} where a request asks for something the library does not
 * implement, and AdminCreateUser's {@code AliasExistsException}, which the model documents but does not
 * list; a property test checks that no operation returns anything else.
 */
public enum Operation {
  /** CreateUserPool. */
  CREATE_USER_POOL("CreateUserPool", "InvalidParameterException", "FeatureUnavailableInTierException"),
  /** DescribeUserPool. */
  DESCRIBE_USER_POOL("DescribeUserPool", "InvalidParameterException", "ResourceNotFoundException"),
  /** UpdateUserPool. */
  UPDATE_USER_POOL("UpdateUserPool", "InvalidParameterException", "ResourceNotFoundException", "FeatureUnavailableInTierException"),
  /** DeleteUserPool. */
  DELETE_USER_POOL("DeleteUserPool", "InvalidParameterException", "ResourceNotFoundException"),
  /** CreateUserPoolClient. */
  CREATE_USER_POOL_CLIENT("CreateUserPoolClient", "InvalidParameterException", "ResourceNotFoundException", "UnsupportedOperationException"),
  /** DescribeUserPoolClient. */
  DESCRIBE_USER_POOL_CLIENT("DescribeUserPoolClient", "InvalidParameterException", "ResourceNotFoundException"),
  /** SignUp. */
  SIGN_UP("SignUp", "InvalidParameterException", "ResourceNotFoundException", "InvalidPasswordException", "UsernameExistsException",
      "NotAuthorizedException"),
  /** ConfirmSignUp. */
  CONFIRM_SIGN_UP("ConfirmSignUp", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException",
      "NotAuthorizedException", "CodeMismatchException", "ExpiredCodeException", "AliasExistsException"),
  /** AdminConfirmSignUp. */
  ADMIN_CONFIRM_SIGN_UP("AdminConfirmSignUp", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException",
      "NotAuthorizedException"),
  /**
   * AdminCreateUser. AliasExistsException is missing from the model's error list, but the model's
   * documentation of {@code ForceAliasCreation} says the call throws it when a verified email or phone
   * number is another user's alias.
   */
  ADMIN_CREATE_USER("AdminCreateUser", "InvalidParameterException", "ResourceNotFoundException", "InvalidPasswordException",
      "UsernameExistsException", "AliasExistsException", "UserNotFoundException", "UnsupportedUserStateException"),
  /** AdminSetUserPassword. */
  ADMIN_SET_USER_PASSWORD("AdminSetUserPassword", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException",
      "InvalidPasswordException", "PasswordHistoryPolicyViolationException"),
  /** InitiateAuth with USER_PASSWORD_AUTH. */
  INITIATE_AUTH("InitiateAuth", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException",
      "NotAuthorizedException", "UserNotConfirmedException", "PasswordResetRequiredException", "UnsupportedOperationException"),
  /** AdminInitiateAuth with ADMIN_USER_PASSWORD_AUTH. */
  ADMIN_INITIATE_AUTH("AdminInitiateAuth", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException",
      "NotAuthorizedException", "UserNotConfirmedException", "PasswordResetRequiredException", "UnsupportedOperationException"),
  /** RespondToAuthChallenge with NEW_PASSWORD_REQUIRED. */
  RESPOND_TO_AUTH_CHALLENGE("RespondToAuthChallenge", "InvalidParameterException", "ResourceNotFoundException",
      "UserNotFoundException", "NotAuthorizedException", "InvalidPasswordException", "PasswordHistoryPolicyViolationException",
      "UnsupportedOperationException"),
  /** AdminRespondToAuthChallenge with NEW_PASSWORD_REQUIRED. */
  ADMIN_RESPOND_TO_AUTH_CHALLENGE("AdminRespondToAuthChallenge", "InvalidParameterException", "ResourceNotFoundException",
      "UserNotFoundException", "NotAuthorizedException", "InvalidPasswordException", "PasswordHistoryPolicyViolationException",
      "UnsupportedOperationException"),
  /** ChangePassword. */
  CHANGE_PASSWORD("ChangePassword", "InvalidParameterException", "ResourceNotFoundException", "NotAuthorizedException",
      "InvalidPasswordException", "PasswordHistoryPolicyViolationException", "UserNotConfirmedException",
      "PasswordResetRequiredException"),
  /** AdminResetUserPassword. */
  ADMIN_RESET_USER_PASSWORD("AdminResetUserPassword", "InvalidParameterException", "ResourceNotFoundException",
      "UserNotFoundException", "NotAuthorizedException"),
  /** ForgotPassword. */
  FORGOT_PASSWORD("ForgotPassword", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException",
      "NotAuthorizedException"),
  /** ConfirmForgotPassword. */
  CONFIRM_FORGOT_PASSWORD("ConfirmForgotPassword", "InvalidParameterException", "ResourceNotFoundException",
      "UserNotFoundException", "NotAuthorizedException", "UserNotConfirmedException", "CodeMismatchException",
      "ExpiredCodeException", "InvalidPasswordException", "PasswordHistoryPolicyViolationException"),
  /** AdminDisableUser. */
  ADMIN_DISABLE_USER("AdminDisableUser", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException"),
  /** AdminEnableUser. */
  ADMIN_ENABLE_USER("AdminEnableUser", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException"),
  /** AdminGetUser. */
  ADMIN_GET_USER("AdminGetUser", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException"),
  /** AdminDeleteUser. */
  ADMIN_DELETE_USER("AdminDeleteUser", "InvalidParameterException", "ResourceNotFoundException", "UserNotFoundException"),
  /** ListUsers. */
  LIST_USERS("ListUsers", "InvalidParameterException", "ResourceNotFoundException");

  /** Errors every operation may return: a rate limit's refusal and a failed port. */
  public static final Set<String> ALWAYS_POSSIBLE = LinkedHashSet.of("TooManyRequestsException", "InternalErrorException");

  private final String cognitoName;
  private final Set<String> errors;

  Operation(String cognitoName, String... errors) {
    this.cognitoName = cognitoName;
    this.errors = LinkedHashSet.of(errors).add("TooManyRequestsException").add("InternalErrorException");
  }

  /** The operation's name in the API, for example {@code AdminSetUserPassword}. */
  public String cognitoName() {
    return cognitoName;
  }

  /** Every error code the library may return for this operation. */
  public Set<String> errors() {
    return errors;
  }
}
