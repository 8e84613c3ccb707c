package dev.userpool.service;

import java.util.List;
import java.util.Map;

/**
 * Cognito requests as they arrive, member for member, before validation: any member may be null or
 * malformed, and the service reports it as Cognito would. Records that carry a password, session or code
 * override {@code toString} so the secret never shows.
 */
public final class Requests {

  private static final String HIDDEN = "***";

  private Requests() {}

  /** {@code PasswordPolicyType} inside {@code Policies}. */
  public record PasswordPolicyType(Integer minimumLength, Boolean requireUppercase, Boolean requireLowercase,
      Boolean requireNumbers, Boolean requireSymbols, Integer passwordHistorySize, Integer temporaryPasswordValidityDays) {}

  /** An {@code AttributeType}: a name and a value. */
  public record AttributeType(String name, String value) {
    @Override
    public String toString() {
      return "AttributeType[name=" + name + ", value=" + HIDDEN + "]";
    }
  }

  /** {@code StringAttributeConstraintsType}: numbers as strings. */
  public record StringAttributeConstraintsType(String minLength, String maxLength) {}

  /** {@code NumberAttributeConstraintsType}: numbers as strings. */
  public record NumberAttributeConstraintsType(String minValue, String maxValue) {}

  /** A {@code SchemaAttributeType}: an element of CreateUserPool's Schema or of AddCustomAttributes' CustomAttributes. */
  public record SchemaAttributeType(String name, String attributeDataType, Boolean developerOnlyAttribute, Boolean mutable,
      Boolean required, StringAttributeConstraintsType stringAttributeConstraints,
      NumberAttributeConstraintsType numberAttributeConstraints) {}

  /**
   * CreateUserPool. A null policy means Cognito's default policy; {@code attributesRequireVerificationBeforeUpdate} is
   * {@code UserAttributeUpdateSettings}' one member; a null schema means the standard attributes alone.
   */
  public record CreateUserPool(String poolName, PasswordPolicyType passwordPolicy, String userPoolTier,
      List<String> usernameAttributes, List<String> aliasAttributes, List<String> autoVerifiedAttributes, Boolean caseSensitive,
      List<String> attributesRequireVerificationBeforeUpdate, List<SchemaAttributeType> schema, Boolean allowAdminCreateUserOnly) {

    /** Without AdminCreateUserConfig. */
    public CreateUserPool(String poolName, PasswordPolicyType passwordPolicy, String userPoolTier, List<String> usernameAttributes,
        List<String> aliasAttributes, List<String> autoVerifiedAttributes, Boolean caseSensitive,
        List<String> attributesRequireVerificationBeforeUpdate,
        List<SchemaAttributeType> schema) {
      this(poolName, passwordPolicy, userPoolTier, usernameAttributes, aliasAttributes, autoVerifiedAttributes, caseSensitive,
          attributesRequireVerificationBeforeUpdate, schema, null);
    }

    /** Without UserAttributeUpdateSettings and Schema. */
    public CreateUserPool(String poolName, PasswordPolicyType passwordPolicy, String userPoolTier, List<String> usernameAttributes,
        List<String> aliasAttributes, List<String> autoVerifiedAttributes, Boolean caseSensitive) {
      this(poolName, passwordPolicy, userPoolTier, usernameAttributes, aliasAttributes, autoVerifiedAttributes, caseSensitive, null, null);
    }

    /** A pool with this name and every other member absent. */
    public static CreateUserPool named(String poolName) {
      return new CreateUserPool(poolName, null, null, null, null, null, null);
    }
  }

  /** AddCustomAttributes. */
  public record AddCustomAttributes(String userPoolId, List<SchemaAttributeType> customAttributes) {}

  /** DescribeUserPool. */
  public record DescribeUserPool(String userPoolId) {}

  /**
   * UpdateUserPool. As in Cognito, an absent policy resets the policy to the default, and absent
   * UserAttributeUpdateSettings clear {@code AttributesRequireVerificationBeforeUpdate}; an absent tier keeps the tier.
   */
  public record UpdateUserPool(String userPoolId, PasswordPolicyType passwordPolicy, String userPoolTier,
      List<String> attributesRequireVerificationBeforeUpdate, Boolean allowAdminCreateUserOnly) {

    /** Without AdminCreateUserConfig (absent resets AllowAdminCreateUserOnly to false, as in Cognito). */
    public UpdateUserPool(String userPoolId, PasswordPolicyType passwordPolicy, String userPoolTier,
        List<String> attributesRequireVerificationBeforeUpdate) {
      this(userPoolId, passwordPolicy, userPoolTier, attributesRequireVerificationBeforeUpdate, null);
    }

    /** Without UserAttributeUpdateSettings. */
    public UpdateUserPool(String userPoolId, PasswordPolicyType passwordPolicy, String userPoolTier) {
      this(userPoolId, passwordPolicy, userPoolTier, null, null);
    }
  }

  /** DeleteUserPool. */
  public record DeleteUserPool(String userPoolId) {}

  /**
   * A {@code TokenValidityUnitsType}: the unit ({@code seconds}, {@code minutes}, {@code hours} or {@code days}) of
   * each token validity amount; a unit left out is hours for access and ID tokens and days for refresh tokens.
   */
  public record TokenValidityUnitsType(String accessToken, String idToken, String refreshToken) {}

  /**
   * A {@code RefreshTokenRotationType}: {@code Feature} ({@code ENABLED} or {@code DISABLED}, required) and
   * {@code RetryGracePeriodSeconds} (0..60). The library does not rotate refresh tokens: {@code ENABLED} is refused.
   */
  public record RefreshTokenRotationType(String feature, Integer retryGracePeriodSeconds) {}

  /** CreateUserPoolClient; token validity amounts left out take Cognito's defaults (60 minutes, 60 minutes, 30 days). */
  public record CreateUserPoolClient(String userPoolId, String clientName, List<String> explicitAuthFlows,
      String preventUserExistenceErrors, Integer authSessionValidity, Boolean generateSecret, Integer accessTokenValidity,
      Integer idTokenValidity, Integer refreshTokenValidity, TokenValidityUnitsType tokenValidityUnits, List<String> readAttributes,
      List<String> writeAttributes, RefreshTokenRotationType refreshTokenRotation) {
    /** Without ReadAttributes, WriteAttributes and RefreshTokenRotation: the client reads and writes the standard attributes. */
    public CreateUserPoolClient(String userPoolId, String clientName, List<String> explicitAuthFlows,
        String preventUserExistenceErrors, Integer authSessionValidity, Boolean generateSecret, Integer accessTokenValidity,
        Integer idTokenValidity, Integer refreshTokenValidity, TokenValidityUnitsType tokenValidityUnits) {
      this(userPoolId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, generateSecret,
          accessTokenValidity, idTokenValidity, refreshTokenValidity, tokenValidityUnits, null, null, null);
    }

    /** Without RefreshTokenRotation. */
    public CreateUserPoolClient(String userPoolId, String clientName, List<String> explicitAuthFlows,
        String preventUserExistenceErrors, Integer authSessionValidity, Boolean generateSecret, Integer accessTokenValidity,
        Integer idTokenValidity, Integer refreshTokenValidity, TokenValidityUnitsType tokenValidityUnits, List<String> readAttributes,
        List<String> writeAttributes) {
      this(userPoolId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, generateSecret,
          accessTokenValidity, idTokenValidity, refreshTokenValidity, tokenValidityUnits, readAttributes, writeAttributes, null);
    }

    /** Without ReadAttributes and WriteAttributes. */
    public CreateUserPoolClient(String userPoolId, String clientName, List<String> explicitAuthFlows,
        String preventUserExistenceErrors, Integer authSessionValidity, Boolean generateSecret, Integer accessTokenValidity,
        Integer idTokenValidity, Integer refreshTokenValidity, TokenValidityUnitsType tokenValidityUnits,
        RefreshTokenRotationType refreshTokenRotation) {
      this(userPoolId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, generateSecret,
          accessTokenValidity, idTokenValidity, refreshTokenValidity, tokenValidityUnits, null, null, refreshTokenRotation);
    }

    /** Without token validity: Cognito's default lifetimes. */
    public CreateUserPoolClient(String userPoolId, String clientName, List<String> explicitAuthFlows,
        String preventUserExistenceErrors, Integer authSessionValidity, Boolean generateSecret) {
      this(userPoolId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, generateSecret,
          null, null, null, null);
    }

  }

  /** DescribeUserPoolClient. */
  public record DescribeUserPoolClient(String userPoolId, String clientId) {}

  /** SignUp. */
  public record SignUp(String clientId, String username, String password, List<AttributeType> userAttributes,
      String secretHash) {
    /** Without SECRET_HASH. */
    public SignUp(String clientId, String username, String password, List<AttributeType> userAttributes) {
      this(clientId, username, password, userAttributes, null);
    }

    @Override
    public String toString() {
      return "SignUp[clientId=" + clientId + ", username=" + username + ", password=" + HIDDEN + ", userAttributes=" + userAttributes + "]";
    }
  }

  /** ConfirmSignUp. */
  public record ConfirmSignUp(String clientId, String username, String confirmationCode, String secretHash) {
    /** Without SECRET_HASH. */
    public ConfirmSignUp(String clientId, String username, String confirmationCode) {
      this(clientId, username, confirmationCode, null);
    }

    @Override
    public String toString() {
      return "ConfirmSignUp[clientId=" + clientId + ", username=" + username + ", confirmationCode=" + HIDDEN + "]";
    }
  }

  /** AdminConfirmSignUp. */
  public record AdminConfirmSignUp(String userPoolId, String username) {}

  /** AdminCreateUser. */
  public record AdminCreateUser(String userPoolId, String username, String temporaryPassword,
      List<AttributeType> userAttributes, String messageAction) {
    @Override
    public String toString() {
      return "AdminCreateUser[userPoolId=" + userPoolId + ", username=" + username + ", temporaryPassword=" + HIDDEN
          + ", userAttributes=" + userAttributes + ", messageAction=" + messageAction + "]";
    }
  }

  /** AdminSetUserPassword; a null {@code permanent} is false, as in the API. */
  public record AdminSetUserPassword(String userPoolId, String username, String password, Boolean permanent) {
    @Override
    public String toString() {
      return "AdminSetUserPassword[userPoolId=" + userPoolId + ", username=" + username + ", password=" + HIDDEN
          + ", permanent=" + permanent + "]";
    }
  }

  /** InitiateAuth; {@code authParameters} holds USERNAME and PASSWORD. */
  public record InitiateAuth(String clientId, String authFlow, Map<String, String> authParameters) {
    @Override
    public String toString() {
      return "InitiateAuth[clientId=" + clientId + ", authFlow=" + authFlow + ", authParameters=" + keysOf(authParameters) + "]";
    }
  }

  /** AdminInitiateAuth. */
  public record AdminInitiateAuth(String userPoolId, String clientId, String authFlow, Map<String, String> authParameters) {
    @Override
    public String toString() {
      return "AdminInitiateAuth[userPoolId=" + userPoolId + ", clientId=" + clientId + ", authFlow=" + authFlow
          + ", authParameters=" + keysOf(authParameters) + "]";
    }
  }

  /** RespondToAuthChallenge; {@code challengeResponses} holds USERNAME, NEW_PASSWORD and {@code userAttributes.*}. */
  public record RespondToAuthChallenge(String clientId, String challengeName, String session, Map<String, String> challengeResponses) {
    @Override
    public String toString() {
      return "RespondToAuthChallenge[clientId=" + clientId + ", challengeName=" + challengeName + ", session=" + HIDDEN
          + ", challengeResponses=" + keysOf(challengeResponses) + "]";
    }
  }

  /** AdminRespondToAuthChallenge. */
  public record AdminRespondToAuthChallenge(String userPoolId, String clientId, String challengeName, String session,
      Map<String, String> challengeResponses) {
    @Override
    public String toString() {
      return "AdminRespondToAuthChallenge[userPoolId=" + userPoolId + ", clientId=" + clientId + ", challengeName="
          + challengeName + ", session=" + HIDDEN + ", challengeResponses=" + keysOf(challengeResponses) + "]";
    }
  }

  /**
   * ChangePassword, once an adapter has resolved the access token to the pool and the user's sub (token
   * issuance and checking belong to adapters).
   */
  public record ChangePassword(String userPoolId, String sub, String previousPassword, String proposedPassword) {
    @Override
    public String toString() {
      return "ChangePassword[userPoolId=" + userPoolId + ", sub=" + sub + ", previousPassword=" + HIDDEN
          + ", proposedPassword=" + HIDDEN + "]";
    }
  }

  /** AdminResetUserPassword. */
  public record AdminResetUserPassword(String userPoolId, String username) {}

  /** ForgotPassword. */
  public record ForgotPassword(String clientId, String username, String secretHash) {
    /** Without SECRET_HASH. */
    public ForgotPassword(String clientId, String username) {
      this(clientId, username, null);
    }
  }

  /** ConfirmForgotPassword. */
  public record ConfirmForgotPassword(String clientId, String username, String confirmationCode, String password,
      String secretHash) {
    /** Without SECRET_HASH. */
    public ConfirmForgotPassword(String clientId, String username, String confirmationCode, String password) {
      this(clientId, username, confirmationCode, password, null);
    }

    @Override
    public String toString() {
      return "ConfirmForgotPassword[clientId=" + clientId + ", username=" + username + ", confirmationCode=" + HIDDEN
          + ", password=" + HIDDEN + "]";
    }
  }

  /** AdminDisableUser. */
  public record AdminDisableUser(String userPoolId, String username) {}

  /** AdminEnableUser. */
  public record AdminEnableUser(String userPoolId, String username) {}

  /** AdminGetUser. */
  public record AdminGetUser(String userPoolId, String username) {}

  /** AdminDeleteUser. */
  public record AdminDeleteUser(String userPoolId, String username) {}

  /** ListUsers; {@code limit} 0..60 (0 or null means 60), {@code filter} such as {@code email = "a@b.c"} or {@code username ^= "jo"}. */
  public record ListUsers(String userPoolId, Integer limit, String paginationToken, String filter) {}

  /** ListUserPools; {@code maxResults} 1..60 is required. */
  public record ListUserPools(Integer maxResults, String nextToken) {}

  /** ListUserPoolClients; {@code maxResults} 1..60, absent means 60. */
  public record ListUserPoolClients(String userPoolId, Integer maxResults, String nextToken) {}

  /**
   * UpdateUserPoolClient. As in Cognito, a member left out goes back to its default (the flows, the
   * PreventUserExistenceErrors setting, AuthSessionValidity, the token validity amounts and units); an absent
   * name keeps the name.
   */
  public record UpdateUserPoolClient(String userPoolId, String clientId, String clientName, List<String> explicitAuthFlows,
      String preventUserExistenceErrors, Integer authSessionValidity, Integer accessTokenValidity,
      Integer idTokenValidity, Integer refreshTokenValidity, TokenValidityUnitsType tokenValidityUnits, List<String> readAttributes,
      List<String> writeAttributes, RefreshTokenRotationType refreshTokenRotation) {
    /** Without ReadAttributes, WriteAttributes and RefreshTokenRotation: they go back to the defaults. */
    public UpdateUserPoolClient(String userPoolId, String clientId, String clientName, List<String> explicitAuthFlows,
        String preventUserExistenceErrors, Integer authSessionValidity, Integer accessTokenValidity,
        Integer idTokenValidity, Integer refreshTokenValidity, TokenValidityUnitsType tokenValidityUnits) {
      this(userPoolId, clientId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, accessTokenValidity,
          idTokenValidity, refreshTokenValidity, tokenValidityUnits, null, null, null);
    }

    /** Without RefreshTokenRotation. */
    public UpdateUserPoolClient(String userPoolId, String clientId, String clientName, List<String> explicitAuthFlows,
        String preventUserExistenceErrors, Integer authSessionValidity, Integer accessTokenValidity,
        Integer idTokenValidity, Integer refreshTokenValidity, TokenValidityUnitsType tokenValidityUnits, List<String> readAttributes,
        List<String> writeAttributes) {
      this(userPoolId, clientId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, accessTokenValidity,
          idTokenValidity, refreshTokenValidity, tokenValidityUnits, readAttributes, writeAttributes, null);
    }

    /** Without ReadAttributes and WriteAttributes. */
    public UpdateUserPoolClient(String userPoolId, String clientId, String clientName, List<String> explicitAuthFlows,
        String preventUserExistenceErrors, Integer authSessionValidity, Integer accessTokenValidity,
        Integer idTokenValidity, Integer refreshTokenValidity, TokenValidityUnitsType tokenValidityUnits,
        RefreshTokenRotationType refreshTokenRotation) {
      this(userPoolId, clientId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, accessTokenValidity,
          idTokenValidity, refreshTokenValidity, tokenValidityUnits, null, null, refreshTokenRotation);
    }

    /** Without token validity: the lifetimes go back to Cognito's defaults. */
    public UpdateUserPoolClient(String userPoolId, String clientId, String clientName, List<String> explicitAuthFlows,
        String preventUserExistenceErrors, Integer authSessionValidity) {
      this(userPoolId, clientId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity,
          null, null, null, null);
    }

  }

  /** DeleteUserPoolClient. */
  public record DeleteUserPoolClient(String userPoolId, String clientId) {}

  /** AdminUpdateUserAttributes. */
  public record AdminUpdateUserAttributes(String userPoolId, String username, List<AttributeType> userAttributes) {}

  /** AdminDeleteUserAttributes. */
  public record AdminDeleteUserAttributes(String userPoolId, String username, List<String> userAttributeNames) {}

  /** UpdateUserAttributes, once an adapter has resolved the access token to the pool and the user's sub. */
  public record UpdateUserAttributes(String userPoolId, String sub, List<AttributeType> userAttributes) {}

  /** DeleteUser, once an adapter has resolved the access token to the pool and the user's sub. */
  public record DeleteUser(String userPoolId, String sub) {}

  /** ResendConfirmationCode; {@code secretHash} is required for an app client with a secret. */
  public record ResendConfirmationCode(String clientId, String username, String secretHash) {
    @Override
    public String toString() {
      return "ResendConfirmationCode[clientId=" + clientId + ", username=" + username + ", secretHash=" + HIDDEN + "]";
    }
  }

  // -- operations by token (TokenOperations)

  /** ChangePassword as it arrives: the two passwords and the access token that names the user. */
  public record ChangePasswordByToken(String previousPassword, String proposedPassword, String accessToken) {
    @Override
    public String toString() {
      return "ChangePasswordByToken[previousPassword=" + HIDDEN + ", proposedPassword=" + HIDDEN + ", accessToken=" + HIDDEN + "]";
    }
  }

  /** GetUser. */
  public record GetUser(String accessToken) {
    @Override
    public String toString() {
      return "GetUser[accessToken=" + HIDDEN + "]";
    }
  }

  /** GlobalSignOut. */
  public record GlobalSignOut(String accessToken) {
    @Override
    public String toString() {
      return "GlobalSignOut[accessToken=" + HIDDEN + "]";
    }
  }

  /** AdminUserGlobalSignOut. */
  public record AdminUserGlobalSignOut(String userPoolId, String username) {}

  /** UpdateUserAttributes as it arrives: the attributes and the access token that names the user. */
  public record UpdateUserAttributesByToken(List<AttributeType> userAttributes, String accessToken) {
    @Override
    public String toString() {
      return "UpdateUserAttributesByToken[userAttributes=" + userAttributes + ", accessToken=" + HIDDEN + "]";
    }
  }

  /** DeleteUser as it arrives: the access token that names the user. */
  public record DeleteUserByToken(String accessToken) {
    @Override
    public String toString() {
      return "DeleteUserByToken[accessToken=" + HIDDEN + "]";
    }
  }

  /** RevokeToken: a refresh token, the app client it was issued to, and that client's secret if it has one. */
  public record RevokeToken(String token, String clientId, String clientSecret) {
    /** Without a {@code ClientSecret}. */
    public RevokeToken(String token, String clientId) {
      this(token, clientId, null);
    }

    @Override
    public String toString() {
      return "RevokeToken[token=" + HIDDEN + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : HIDDEN)
          + "]";
    }
  }

  // -- attribute verification (VerificationService)

  /** GetUserAttributeVerificationCode; ClientMetadata goes to Lambda triggers, which the library does not run. */
  public record GetUserAttributeVerificationCode(String accessToken, String attributeName, Map<String, String> clientMetadata) {
    @Override
    public String toString() {
      return "GetUserAttributeVerificationCode[accessToken=" + HIDDEN + ", attributeName=" + attributeName + ", clientMetadata="
          + keysOf(clientMetadata) + "]";
    }
  }

  /** VerifyUserAttribute. */
  public record VerifyUserAttribute(String accessToken, String attributeName, String code) {
    @Override
    public String toString() {
      return "VerifyUserAttribute[accessToken=" + HIDDEN + ", attributeName=" + attributeName + ", code=" + HIDDEN + "]";
    }
  }

  /**
   * GetTokensFromRefreshToken: the refresh token, the app client it was issued to, that client's secret when it has
   * one, and ClientMetadata (for Lambda triggers, which the library does not run). {@code DeviceKey} is not modelled: a
   * refresh is not tied to a device.
   */
  public record GetTokensFromRefreshToken(String refreshToken, String clientId, String clientSecret,
      Map<String, String> clientMetadata) {
    @Override
    public String toString() {
      return "GetTokensFromRefreshToken[refreshToken=" + HIDDEN + ", clientId=" + clientId + ", clientSecret="
          + (clientSecret == null ? null : HIDDEN) + ", clientMetadata=" + keysOf(clientMetadata) + "]";
    }
  }

  private static Object keysOf(Map<String, String> map) {
    return map == null ? null : map.keySet();
  }
}
