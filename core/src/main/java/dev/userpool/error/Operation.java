package dev.userpool.error;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;

/**
 * The Cognito operations the library implements, with the error codes each can return. Every list is
 * a subset of the operation's error list in AWS's API model, apart from
 * {@code UnsupportedOperationException} where a request asks for something the library does not
 * implement, AdminCreateUser's {@code AliasExistsException}, which the model documents but does not
 * list, and GetTokensFromRefreshToken's Lambda errors (its pre token generation trigger); a property test
 * checks that no operation returns anything else.
 */
public enum Operation {
  /** CreateUserPool. */
  CREATE_USER_POOL("CreateUserPool", ErrorCode.INVALID_PARAMETER, ErrorCode.FEATURE_UNAVAILABLE_IN_TIER),
  /** DescribeUserPool. */
  DESCRIBE_USER_POOL("DescribeUserPool", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** UpdateUserPool. */
  UPDATE_USER_POOL("UpdateUserPool", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.FEATURE_UNAVAILABLE_IN_TIER),
  /** AddCustomAttributes. */
  ADD_CUSTOM_ATTRIBUTES("AddCustomAttributes", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** DeleteUserPool. */
  DELETE_USER_POOL("DeleteUserPool", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** CreateUserPoolClient. */
  CREATE_USER_POOL_CLIENT("CreateUserPoolClient", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.UNSUPPORTED_OPERATION, ErrorCode.INVALID_OAUTH_FLOW, ErrorCode.SCOPE_DOES_NOT_EXIST),
  /** DescribeUserPoolClient. */
  DESCRIBE_USER_POOL_CLIENT("DescribeUserPoolClient", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** SignUp. */
  SIGN_UP("SignUp", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.INVALID_PASSWORD, ErrorCode.USERNAME_EXISTS,
      ErrorCode.NOT_AUTHORIZED),
  /** ConfirmSignUp. */
  CONFIRM_SIGN_UP("ConfirmSignUp", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND,
      ErrorCode.NOT_AUTHORIZED, ErrorCode.CODE_MISMATCH, ErrorCode.EXPIRED_CODE, ErrorCode.ALIAS_EXISTS),
  /** AdminConfirmSignUp. */
  ADMIN_CONFIRM_SIGN_UP("AdminConfirmSignUp", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND,
      ErrorCode.NOT_AUTHORIZED),
  /**
   * AdminCreateUser. AliasExistsException is missing from the model's error list, but the model's
   * documentation of {@code ForceAliasCreation} says the call throws it when a verified email or phone
   * number is another user's alias.
   */
  ADMIN_CREATE_USER("AdminCreateUser", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.INVALID_PASSWORD,
      ErrorCode.USERNAME_EXISTS, ErrorCode.ALIAS_EXISTS, ErrorCode.USER_NOT_FOUND, ErrorCode.UNSUPPORTED_USER_STATE),
  /** AdminSetUserPassword. */
  ADMIN_SET_USER_PASSWORD("AdminSetUserPassword", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND,
      ErrorCode.INVALID_PASSWORD, ErrorCode.PASSWORD_HISTORY_POLICY_VIOLATION),
  /** InitiateAuth with USER_PASSWORD_AUTH. */
  INITIATE_AUTH("InitiateAuth", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND,
      ErrorCode.NOT_AUTHORIZED, ErrorCode.USER_NOT_CONFIRMED, ErrorCode.PASSWORD_RESET_REQUIRED, ErrorCode.UNSUPPORTED_OPERATION),
  /** AdminInitiateAuth with ADMIN_USER_PASSWORD_AUTH. */
  ADMIN_INITIATE_AUTH("AdminInitiateAuth", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND,
      ErrorCode.NOT_AUTHORIZED, ErrorCode.USER_NOT_CONFIRMED, ErrorCode.PASSWORD_RESET_REQUIRED, ErrorCode.UNSUPPORTED_OPERATION),
  /** RespondToAuthChallenge with NEW_PASSWORD_REQUIRED. */
  RESPOND_TO_AUTH_CHALLENGE("RespondToAuthChallenge", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND, ErrorCode.NOT_AUTHORIZED, ErrorCode.INVALID_PASSWORD, ErrorCode.PASSWORD_HISTORY_POLICY_VIOLATION,
      ErrorCode.UNSUPPORTED_OPERATION, ErrorCode.CODE_MISMATCH),
  /** AdminRespondToAuthChallenge with NEW_PASSWORD_REQUIRED. */
  ADMIN_RESPOND_TO_AUTH_CHALLENGE("AdminRespondToAuthChallenge", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND, ErrorCode.NOT_AUTHORIZED, ErrorCode.INVALID_PASSWORD, ErrorCode.PASSWORD_HISTORY_POLICY_VIOLATION,
      ErrorCode.UNSUPPORTED_OPERATION, ErrorCode.CODE_MISMATCH),
  /** ChangePassword. */
  CHANGE_PASSWORD("ChangePassword", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.NOT_AUTHORIZED,
      ErrorCode.INVALID_PASSWORD, ErrorCode.PASSWORD_HISTORY_POLICY_VIOLATION, ErrorCode.USER_NOT_CONFIRMED,
      ErrorCode.PASSWORD_RESET_REQUIRED),
  /** AdminResetUserPassword. */
  ADMIN_RESET_USER_PASSWORD("AdminResetUserPassword", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND, ErrorCode.NOT_AUTHORIZED),
  /** ForgotPassword. */
  FORGOT_PASSWORD("ForgotPassword", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND,
      ErrorCode.NOT_AUTHORIZED),
  /** ConfirmForgotPassword. */
  CONFIRM_FORGOT_PASSWORD("ConfirmForgotPassword", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND, ErrorCode.NOT_AUTHORIZED, ErrorCode.USER_NOT_CONFIRMED, ErrorCode.CODE_MISMATCH,
      ErrorCode.EXPIRED_CODE, ErrorCode.INVALID_PASSWORD, ErrorCode.PASSWORD_HISTORY_POLICY_VIOLATION),
  /** AdminDisableUser. */
  ADMIN_DISABLE_USER("AdminDisableUser", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND),
  /** AdminEnableUser. */
  ADMIN_ENABLE_USER("AdminEnableUser", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND),
  /** AdminGetUser. */
  ADMIN_GET_USER("AdminGetUser", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND),
  /** AdminDeleteUser. */
  ADMIN_DELETE_USER("AdminDeleteUser", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND),
  /** ListUsers. */
  LIST_USERS("ListUsers", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** CreateGroup. */
  CREATE_GROUP("CreateGroup", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.GROUP_EXISTS),
  /** GetGroup. */
  GET_GROUP("GetGroup", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** ListGroups. */
  LIST_GROUPS("ListGroups", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** UpdateGroup. */
  UPDATE_GROUP("UpdateGroup", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** DeleteGroup. */
  DELETE_GROUP("DeleteGroup", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** AdminAddUserToGroup. */
  ADMIN_ADD_USER_TO_GROUP("AdminAddUserToGroup", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND),
  /** AdminRemoveUserFromGroup. */
  ADMIN_REMOVE_USER_FROM_GROUP("AdminRemoveUserFromGroup", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND),
  /** AdminListGroupsForUser. */
  ADMIN_LIST_GROUPS_FOR_USER("AdminListGroupsForUser", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND),
  /** ListUsersInGroup. */
  LIST_USERS_IN_GROUP("ListUsersInGroup", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** GetUser. */
  GET_USER("GetUser", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND),
  /** GlobalSignOut. */
  GLOBAL_SIGN_OUT("GlobalSignOut", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED, ErrorCode.RESOURCE_NOT_FOUND),
  /** AdminUserGlobalSignOut. */
  ADMIN_USER_GLOBAL_SIGN_OUT("AdminUserGlobalSignOut", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND),
  /** GetTokensFromRefreshToken, without refresh token rotation. */
  GET_TOKENS_FROM_REFRESH_TOKEN("GetTokensFromRefreshToken", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.NOT_AUTHORIZED),
  /** RevokeToken. */
  REVOKE_TOKEN("RevokeToken", ErrorCode.INVALID_PARAMETER, ErrorCode.UNSUPPORTED_TOKEN_TYPE, ErrorCode.UNSUPPORTED_OPERATION,
      ErrorCode.UNAUTHORIZED),
  /** ListUserPools. */
  LIST_USER_POOLS("ListUserPools", ErrorCode.INVALID_PARAMETER),
  /** ListUserPoolClients. */
  LIST_USER_POOL_CLIENTS("ListUserPoolClients", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** UpdateUserPoolClient. */
  UPDATE_USER_POOL_CLIENT("UpdateUserPoolClient", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.INVALID_OAUTH_FLOW, ErrorCode.SCOPE_DOES_NOT_EXIST),
  /** CreateUserPoolDomain. */
  CREATE_USER_POOL_DOMAIN("CreateUserPoolDomain", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** DescribeUserPoolDomain. */
  DESCRIBE_USER_POOL_DOMAIN("DescribeUserPoolDomain", ErrorCode.INVALID_PARAMETER),
  /** UpdateUserPoolDomain. */
  UPDATE_USER_POOL_DOMAIN("UpdateUserPoolDomain", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** DeleteUserPoolDomain. */
  DELETE_USER_POOL_DOMAIN("DeleteUserPoolDomain", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** CreateResourceServer. */
  CREATE_RESOURCE_SERVER("CreateResourceServer", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** DescribeResourceServer. */
  DESCRIBE_RESOURCE_SERVER("DescribeResourceServer", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** ListResourceServers. */
  LIST_RESOURCE_SERVERS("ListResourceServers", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** UpdateResourceServer. */
  UPDATE_RESOURCE_SERVER("UpdateResourceServer", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** DeleteResourceServer. */
  DELETE_RESOURCE_SERVER("DeleteResourceServer", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** DeleteUserPoolClient. */
  DELETE_USER_POOL_CLIENT("DeleteUserPoolClient", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** AdminUpdateUserAttributes. */
  ADMIN_UPDATE_USER_ATTRIBUTES("AdminUpdateUserAttributes", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND, ErrorCode.ALIAS_EXISTS),
  /** AdminDeleteUserAttributes. */
  ADMIN_DELETE_USER_ATTRIBUTES("AdminDeleteUserAttributes", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND),
  /** UpdateUserAttributes, for the user of an access token. */
  UPDATE_USER_ATTRIBUTES("UpdateUserAttributes", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.NOT_AUTHORIZED, ErrorCode.ALIAS_EXISTS),
  /** DeleteUser, for the user of an access token. */
  DELETE_USER("DeleteUser", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.NOT_AUTHORIZED),
  /** ResendConfirmationCode. */
  RESEND_CONFIRMATION_CODE("ResendConfirmationCode", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND, ErrorCode.NOT_AUTHORIZED),
  /** GetUserAttributeVerificationCode, for the user of an access token. */
  GET_USER_ATTRIBUTE_VERIFICATION_CODE("GetUserAttributeVerificationCode", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED),
  /** VerifyUserAttribute, for the user of an access token; a verified contact another user holds is AliasExistsException. */
  VERIFY_USER_ATTRIBUTE("VerifyUserAttribute", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED, ErrorCode.CODE_MISMATCH,
      ErrorCode.EXPIRED_CODE, ErrorCode.ALIAS_EXISTS),
  /** SetUserPoolMfaConfig. */
  SET_USER_POOL_MFA_CONFIG("SetUserPoolMfaConfig", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.FEATURE_UNAVAILABLE_IN_TIER),
  /** GetUserPoolMfaConfig. */
  GET_USER_POOL_MFA_CONFIG("GetUserPoolMfaConfig", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** AssociateSoftwareToken, by access token or by the MFA_SETUP session. */
  ASSOCIATE_SOFTWARE_TOKEN("AssociateSoftwareToken", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED),
  /** VerifySoftwareToken, by access token or by the MFA_SETUP session. */
  VERIFY_SOFTWARE_TOKEN("VerifySoftwareToken", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED,
      ErrorCode.ENABLE_SOFTWARE_TOKEN_MFA, ErrorCode.SOFTWARE_TOKEN_MFA_NOT_FOUND),
  /** SetUserMFAPreference, for the user of an access token. */
  SET_USER_MFA_PREFERENCE("SetUserMFAPreference", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED),
  /** AdminSetUserMFAPreference. */
  ADMIN_SET_USER_MFA_PREFERENCE("AdminSetUserMFAPreference", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND),
  /** StartWebAuthnRegistration, for the user of an access token. */
  START_WEB_AUTHN_REGISTRATION("StartWebAuthnRegistration", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED,
      ErrorCode.LIMIT_EXCEEDED, ErrorCode.WEB_AUTHN_CONFIGURATION_MISSING, ErrorCode.WEB_AUTHN_NOT_ENABLED),
  /** CompleteWebAuthnRegistration, for the user of an access token. */
  COMPLETE_WEB_AUTHN_REGISTRATION("CompleteWebAuthnRegistration", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED,
      ErrorCode.LIMIT_EXCEEDED, ErrorCode.WEB_AUTHN_CHALLENGE_NOT_FOUND, ErrorCode.WEB_AUTHN_CLIENT_MISMATCH,
      ErrorCode.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED, ErrorCode.WEB_AUTHN_NOT_ENABLED, ErrorCode.WEB_AUTHN_ORIGIN_NOT_ALLOWED,
      ErrorCode.WEB_AUTHN_RELYING_PARTY_MISMATCH),
  /** ListWebAuthnCredentials, for the user of an access token. */
  LIST_WEB_AUTHN_CREDENTIALS("ListWebAuthnCredentials", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED),
  /** DeleteWebAuthnCredential, for the user of an access token. */
  DELETE_WEB_AUTHN_CREDENTIAL("DeleteWebAuthnCredential", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED,
      ErrorCode.RESOURCE_NOT_FOUND),
  /** ConfirmDevice, by access token. */
  CONFIRM_DEVICE("ConfirmDevice", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED, ErrorCode.RESOURCE_NOT_FOUND),
  /** GetDevice, by access token. */
  GET_DEVICE("GetDevice", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED, ErrorCode.RESOURCE_NOT_FOUND),
  /** ListDevices, by access token. */
  LIST_DEVICES("ListDevices", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED, ErrorCode.RESOURCE_NOT_FOUND),
  /** UpdateDeviceStatus, by access token. */
  UPDATE_DEVICE_STATUS("UpdateDeviceStatus", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED, ErrorCode.RESOURCE_NOT_FOUND),
  /** ForgetDevice, by access token. */
  FORGET_DEVICE("ForgetDevice", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED, ErrorCode.RESOURCE_NOT_FOUND),
  /** AdminGetDevice (the model lists no UserNotFoundException: an unknown user's device does not exist). */
  ADMIN_GET_DEVICE("AdminGetDevice", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** AdminListDevices (the model lists no UserNotFoundException: an unknown user is a ResourceNotFoundException). */
  ADMIN_LIST_DEVICES("AdminListDevices", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** AdminUpdateDeviceStatus. */
  ADMIN_UPDATE_DEVICE_STATUS("AdminUpdateDeviceStatus", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND,
      ErrorCode.USER_NOT_FOUND),
  /** AdminForgetDevice. */
  ADMIN_FORGET_DEVICE("AdminForgetDevice", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND),
  /** DeleteUserAttributes, for the user of an access token. */
  DELETE_USER_ATTRIBUTES("DeleteUserAttributes", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED),
  /** TagResource, on a user pool's ARN. */
  TAG_RESOURCE("TagResource", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** UntagResource, on a user pool's ARN. */
  UNTAG_RESOURCE("UntagResource", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** ListTagsForResource, on a user pool's ARN. */
  LIST_TAGS_FOR_RESOURCE("ListTagsForResource", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND),
  /** GetUserAuthFactors, for the user of an access token. */
  GET_USER_AUTH_FACTORS("GetUserAuthFactors", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED),
  /** SetUserSettings, for the user of an access token. */
  SET_USER_SETTINGS("SetUserSettings", ErrorCode.INVALID_PARAMETER, ErrorCode.NOT_AUTHORIZED),
  /** AdminSetUserSettings. */
  ADMIN_SET_USER_SETTINGS("AdminSetUserSettings", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.USER_NOT_FOUND),
  /** GetCSVHeader. */
  GET_CSV_HEADER("GetCSVHeader", ErrorCode.INVALID_PARAMETER, ErrorCode.RESOURCE_NOT_FOUND);

  /** The operations that change attributes only: a contact another user holds is an alias that exists. */
  static final Set<Operation> ATTRIBUTE_UPDATES = LinkedHashSet.of(ADMIN_UPDATE_USER_ATTRIBUTES, UPDATE_USER_ATTRIBUTES,
      VERIFY_USER_ATTRIBUTE);

  /** Errors every operation may return: a rate limit's refusal and a failed port. */
  public static final Set<ErrorCode> ALWAYS_POSSIBLE_CODES = LinkedHashSet.of(ErrorCode.TOO_MANY_REQUESTS, ErrorCode.INTERNAL_ERROR);

  /** The same, by wire name. */
  public static final Set<String> ALWAYS_POSSIBLE = ALWAYS_POSSIBLE_CODES.map(ErrorCode::wireName);

  private final String cognitoName;
  private final Set<ErrorCode> codes;

  Operation(String cognitoName, ErrorCode... codes) {
    this.cognitoName = cognitoName;
    this.codes = LinkedHashSet.of(codes).addAll(Triggered.codes(cognitoName)).add(ErrorCode.TOO_MANY_REQUESTS)
        .add(ErrorCode.INTERNAL_ERROR);
  }

  /** The operation's name in the API, for example {@code AdminSetUserPassword}. */
  public String cognitoName() {
    return cognitoName;
  }

  /** Every error code the library may return for this operation. */
  public Set<ErrorCode> errorCodes() {
    return codes;
  }

  /** Whether the operation changes attributes only (a taken contact is then AliasExistsException). */
  public boolean updatesAttributesOnly() {
    return ATTRIBUTE_UPDATES.contains(this);
  }

  /** Every error code the library may return for this operation, by wire name. */
  public Set<String> errors() {
    return codes.map(ErrorCode::wireName);
  }

  /**
   * The operations that run a Lambda trigger the library implements: the model lists the three Lambda errors for each but
   * GetTokensFromRefreshToken, which runs the pre token generation trigger as REFRESH_TOKEN_AUTH does.
   */
  private static final class Triggered {
    private static final Set<String> OPERATIONS = LinkedHashSet.of("SignUp", "ConfirmSignUp", "AdminConfirmSignUp", "AdminCreateUser",
        "ConfirmForgotPassword", "InitiateAuth", "AdminInitiateAuth", "RespondToAuthChallenge", "AdminRespondToAuthChallenge",
        "GetTokensFromRefreshToken", "ForgotPassword", "ResendConfirmationCode", "AdminResetUserPassword", "UpdateUserAttributes",
        "AdminUpdateUserAttributes", "GetUserAttributeVerificationCode");

    static Set<ErrorCode> codes(String operation) {
      return OPERATIONS.contains(operation)
          ? LinkedHashSet.of(ErrorCode.USER_LAMBDA_VALIDATION, ErrorCode.INVALID_LAMBDA_RESPONSE, ErrorCode.UNEXPECTED_LAMBDA)
          : LinkedHashSet.empty();
    }
  }
}
