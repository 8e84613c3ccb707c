package dev.userpool.service;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPoolId;
import dev.userpool.schema.SchemaDefinition;
import dev.userpool.user.Attributes;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.MessageAction;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Session;
import dev.userpool.user.Sub;
import dev.userpool.user.Username;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Map;
import java.util.function.Function;

/**
 * Requests turned into typed commands in one step: every member is parsed once, and every member
 * violation is reported together, in member order, as Cognito's {@code InvalidParameterException}
 * ({@code N validation error(s) detected: ...}). The service decides on commands only.
 *
 * <p>What Cognito checks only after it has found the pool (attributes, a ListUsers filter or token) stays
 * a parse result inside the command, so the order of errors does not change. Passwords, codes and
 * sessions print as {@code ***}; records that hold attributes or parameter maps leave them out of
 * {@code toString}.
 */
public final class Commands {

  private static final String HIDDEN = "***";

  private Commands() {}

  // -- the commands

  /** CreateUserPool; {@code tier} is ESSENTIALS when the request left it out. */
  public record CreateUserPool(String poolName, PasswordPolicy passwordPolicy, Tier tier, Set<ContactAttribute> usernameAttributes,
      Set<AliasAttribute> aliasAttributes, Set<ContactAttribute> autoVerifiedAttributes, CaseSensitivity caseSensitivity,
      Set<ContactAttribute> attributesRequireVerificationBeforeUpdate, Seq<SchemaDefinition> schema) {

    /** Without AttributesRequireVerificationBeforeUpdate and a Schema (the standard attributes alone). */
    public CreateUserPool(String poolName, PasswordPolicy passwordPolicy, Tier tier, Set<ContactAttribute> usernameAttributes,
        Set<AliasAttribute> aliasAttributes, Set<ContactAttribute> autoVerifiedAttributes, CaseSensitivity caseSensitivity) {
      this(poolName, passwordPolicy, tier, usernameAttributes, aliasAttributes, autoVerifiedAttributes, caseSensitivity,
          HashSet.empty(), List.empty());
    }
  }

  /** AddCustomAttributes. */
  public record AddCustomAttributes(UserPoolId userPoolId, Seq<SchemaDefinition> customAttributes) {}

  /** UpdateUserPool; an absent tier keeps the pool's. */
  public record UpdateUserPool(UserPoolId userPoolId, PasswordPolicy passwordPolicy, Option<Tier> tier,
      Set<ContactAttribute> attributesRequireVerificationBeforeUpdate) {

    /** Without AttributesRequireVerificationBeforeUpdate. */
    public UpdateUserPool(UserPoolId userPoolId, PasswordPolicy passwordPolicy, Option<Tier> tier) {
      this(userPoolId, passwordPolicy, tier, HashSet.empty());
    }
  }

  /** CreateUserPoolClient, with Cognito's defaults filled in. */
  public record CreateUserPoolClient(UserPoolId userPoolId, String clientName, Set<ExplicitAuthFlow> explicitAuthFlows,
      PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity, boolean generateSecret,
      TokenValidity tokenValidity, Option<Seq<String>> readAttributes, Option<Seq<String>> writeAttributes) {
    /** With the default ReadAttributes and WriteAttributes. */
    public CreateUserPoolClient(UserPoolId userPoolId, String clientName, Set<ExplicitAuthFlow> explicitAuthFlows,
        PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity, boolean generateSecret,
        TokenValidity tokenValidity) {
      this(userPoolId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, generateSecret, tokenValidity,
          Option.none(), Option.none());
    }

    /** With Cognito's default token lifetimes. */
    public CreateUserPoolClient(UserPoolId userPoolId, String clientName, Set<ExplicitAuthFlow> explicitAuthFlows,
        PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity, boolean generateSecret) {
      this(userPoolId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, generateSecret,
          TokenValidity.cognitoDefault());
    }
  }

  /** An operation on one app client of a pool (DescribeUserPoolClient). */
  public record PoolClient(UserPoolId userPoolId, ClientId clientId) {}

  /** An admin operation on one user and nothing else (confirm, reset, disable, enable, get, delete). */
  public record PoolUser(UserPoolId userPoolId, Username username) {}

  /** A self-service operation on one user through an app client (ForgotPassword). */
  public record ClientUser(ClientId clientId, Username username, Option<String> secretHash) {
    /** Without SECRET_HASH. */
    public ClientUser(ClientId clientId, Username username) {
      this(clientId, username, Option.none());
    }
  }

  /** SignUp. */
  public record SignUp(ClientId clientId, Username username, Password password, Either<CognitoError, Attributes> userAttributes,
      Option<String> secretHash) {
    /** Without SECRET_HASH. */
    public SignUp(ClientId clientId, Username username, Password password, Either<CognitoError, Attributes> userAttributes) {
      this(clientId, username, password, userAttributes, Option.none());
    }

    @Override
    public String toString() {
      return "SignUp[clientId=" + clientId + ", username=" + username + ", password=" + HIDDEN + "]";
    }
  }

  /** ConfirmSignUp. */
  public record ConfirmSignUp(ClientId clientId, Username username, ConfirmationCode confirmationCode, Option<String> secretHash) {
    /** Without SECRET_HASH. */
    public ConfirmSignUp(ClientId clientId, Username username, ConfirmationCode confirmationCode) {
      this(clientId, username, confirmationCode, Option.none());
    }
  }

  /** AdminCreateUser, or with MessageAction RESEND a new invitation. */
  public record AdminCreateUser(UserPoolId userPoolId, Username username, Option<Password> temporaryPassword,
      Either<CognitoError, Attributes> userAttributes, Option<MessageAction> messageAction) {
    @Override
    public String toString() {
      return "AdminCreateUser[userPoolId=" + userPoolId + ", username=" + username + ", temporaryPassword=" + HIDDEN
          + ", messageAction=" + messageAction + "]";
    }
  }

  /** AdminSetUserPassword. */
  public record AdminSetUserPassword(UserPoolId userPoolId, Username username, Password password, PasswordKind kind) {}

  /**
   * InitiateAuth, or AdminInitiateAuth when {@code userPoolId} is present. The auth parameters stay a map:
   * which ones are required depends on the flow and the client, checked after both are known.
   */
  public record InitiateAuth(Option<UserPoolId> userPoolId, ClientId clientId, AuthFlowType authFlow,
      Map<String, String> authParameters) {
    @Override
    public String toString() {
      return "InitiateAuth[userPoolId=" + userPoolId + ", clientId=" + clientId + ", authFlow=" + authFlow
          + ", authParameters=" + (authParameters == null ? null : authParameters.keySet()) + "]";
    }
  }

  /** RespondToAuthChallenge, or AdminRespondToAuthChallenge when {@code userPoolId} is present. */
  public record RespondToAuthChallenge(Option<UserPoolId> userPoolId, ClientId clientId, ChallengeNameType challengeName,
      Option<Session> session, Map<String, String> challengeResponses) {
    @Override
    public String toString() {
      return "RespondToAuthChallenge[userPoolId=" + userPoolId + ", clientId=" + clientId + ", challengeName=" + challengeName
          + ", session=" + HIDDEN + ", challengeResponses=" + (challengeResponses == null ? null : challengeResponses.keySet()) + "]";
    }
  }

  /** ChangePassword for the pool and sub an adapter read from a valid access token. */
  public record ChangePassword(UserPoolId userPoolId, Sub sub, Password previousPassword, Password proposedPassword) {

    /**
     * The command for a token's grant and the two password members as they arrived, or the members'
     * violations.
     */
    public static Either<CognitoError, ChangePassword> of(UserPoolId userPoolId, Sub sub, String previousPassword,
        String proposedPassword) {
      return valid(Members.flat(Validation.combine(
          Password.parse("previousPassword", previousPassword), Password.parse("proposedPassword", proposedPassword))
          .ap((previous, proposed) -> new ChangePassword(userPoolId, sub, previous, proposed))));
    }
  }

  /** ConfirmForgotPassword. */
  public record ConfirmForgotPassword(ClientId clientId, Username username, ConfirmationCode confirmationCode, Password password,
      Option<String> secretHash) {
    /** Without SECRET_HASH. */
    public ConfirmForgotPassword(ClientId clientId, Username username, ConfirmationCode confirmationCode, Password password) {
      this(clientId, username, confirmationCode, password, Option.none());
    }
  }

  /** ListUsers; {@code limit} 1..60; the filter and the token are parsed after the pool is found, as in Cognito. */
  public record ListUsers(UserPoolId userPoolId, int limit, Either<CognitoError, Option<Username>> after,
      Either<CognitoError, UserFilter> filter) {}

  /** ListUserPools; {@code maxResults} 1..60; {@code after} the last pool id of the previous page. */
  public record ListUserPools(int maxResults, Option<UserPoolId> after) {}

  /** ListUserPoolClients; the token is parsed after the pool is found. */
  public record ListUserPoolClients(UserPoolId userPoolId, int maxResults, Either<CognitoError, Option<ClientId>> after) {}

  /** UpdateUserPoolClient, with Cognito's defaults in place of the members left out; an absent name keeps the name. */
  public record UpdateUserPoolClient(UserPoolId userPoolId, ClientId clientId, Option<String> clientName,
      Set<ExplicitAuthFlow> explicitAuthFlows, PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity,
      TokenValidity tokenValidity, Option<Seq<String>> readAttributes, Option<Seq<String>> writeAttributes) {
    /** With the default ReadAttributes and WriteAttributes. */
    public UpdateUserPoolClient(UserPoolId userPoolId, ClientId clientId, Option<String> clientName,
        Set<ExplicitAuthFlow> explicitAuthFlows, PreventUserExistenceErrors preventUserExistenceErrors, int authSessionValidity,
        TokenValidity tokenValidity) {
      this(userPoolId, clientId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity, tokenValidity,
          Option.none(), Option.none());
    }

    /** With Cognito's default token lifetimes. */
    public UpdateUserPoolClient(UserPoolId userPoolId, ClientId clientId, Option<String> clientName,
        Set<ExplicitAuthFlow> explicitAuthFlows, PreventUserExistenceErrors preventUserExistenceErrors,
        int authSessionValidity) {
      this(userPoolId, clientId, clientName, explicitAuthFlows, preventUserExistenceErrors, authSessionValidity,
          TokenValidity.cognitoDefault());
    }
  }

  /** AdminUpdateUserAttributes; the attributes are checked after the pool and user are found. */
  public record AdminUpdateUserAttributes(UserPoolId userPoolId, Username username, Either<CognitoError, Attributes> userAttributes) {}

  /** AdminDeleteUserAttributes; the names have their shape, whether they name attributes is the user's to say. */
  public record AdminDeleteUserAttributes(UserPoolId userPoolId, Username username, Seq<String> userAttributeNames) {}

  /** UpdateUserAttributes for the pool and sub an adapter read from a valid access token. */
  public record UpdateUserAttributes(UserPoolId userPoolId, Sub sub, Either<CognitoError, Attributes> userAttributes) {

    /** The command for a token's grant and the attributes as they arrived (required). */
    public static Either<CognitoError, UpdateUserAttributes> of(UserPoolId userPoolId, Sub sub,
        java.util.List<Requests.AttributeType> userAttributes) {
      return valid(required("userAttributes", userAttributes)
          .map(list -> new UpdateUserAttributes(userPoolId, sub, Members.attributes(list))));
    }
  }

  /** DeleteUser for the pool and sub an adapter read from a valid access token. */
  public record DeleteUser(UserPoolId userPoolId, Sub sub) {}

  /**
   * An operation that names its user by access token (GetUser, GlobalSignOut, DeleteUser): the token has its shape;
   * whether it is valid is {@link TokenService#authorize}'s to say.
   */
  public record AccessToken(String accessToken) {
    @Override
    public String toString() {
      return "AccessToken[" + HIDDEN + "]";
    }
  }

  /** ChangePassword by access token, every member's shape checked; the token is checked next. */
  public record ChangePasswordByToken(Password previousPassword, Password proposedPassword, String accessToken) {
    @Override
    public String toString() {
      return "ChangePasswordByToken[previousPassword=" + HIDDEN + ", proposedPassword=" + HIDDEN + ", accessToken=" + HIDDEN + "]";
    }
  }

  /** UpdateUserAttributes by access token; the attributes are checked once the token has named the user. */
  public record UpdateUserAttributesByToken(java.util.List<Requests.AttributeType> userAttributes, String accessToken) {
    @Override
    public String toString() {
      return "UpdateUserAttributesByToken[accessToken=" + HIDDEN + "]";
    }
  }

  /** GetUserAttributeVerificationCode, its members' shapes checked; the token is checked next, then the name. */
  public record GetUserAttributeVerificationCode(String accessToken, String attributeName) {
    @Override
    public String toString() {
      return "GetUserAttributeVerificationCode[accessToken=" + HIDDEN + ", attributeName=" + attributeName + "]";
    }
  }

  /** VerifyUserAttribute, its members' shapes checked; the token is checked next, then the name and the code. */
  public record VerifyUserAttribute(String accessToken, String attributeName, ConfirmationCode code) {
    @Override
    public String toString() {
      return "VerifyUserAttribute[accessToken=" + HIDDEN + ", attributeName=" + attributeName + ", code=" + HIDDEN + "]";
    }
  }

  /** RevokeToken: a string shaped as a token, the app client it names, and the secret sent for that client if any. */
  public record RevokeToken(String token, ClientId clientId, Option<String> clientSecret) {
    @Override
    public String toString() {
      return "RevokeToken[token=" + HIDDEN + ", clientId=" + clientId + ", clientSecret=" + clientSecret.map(s -> HIDDEN) + "]";
    }
  }

  /**
   * REFRESH_TOKEN_AUTH (or REFRESH_TOKEN) of InitiateAuth, or of AdminInitiateAuth when {@code userPoolId} is present.
   * The auth parameters stay a map: REFRESH_TOKEN is required only once the pool and client are found.
   */
  public record RefreshTokenAuth(Option<UserPoolId> userPoolId, ClientId clientId, Map<String, String> authParameters) {
    @Override
    public String toString() {
      return "RefreshTokenAuth[userPoolId=" + userPoolId + ", clientId=" + clientId + ", authParameters="
          + (authParameters == null ? null : authParameters.keySet()) + "]";
    }
  }

  /** GetTokensFromRefreshToken: a string shaped as a token, the app client it names, and the client's secret if given. */
  public record GetTokensFromRefreshToken(String refreshToken, ClientId clientId, Option<String> clientSecret) {
    @Override
    public String toString() {
      return "GetTokensFromRefreshToken[refreshToken=" + HIDDEN + ", clientId=" + clientId + ", clientSecret="
          + clientSecret.map(x -> HIDDEN) + "]";
    }
  }

  // -- parsing

  /** CreateUserPool's command, or every member violation, or the UsernameAttributes/AliasAttributes conflict. */
  public static Either<CognitoError, CreateUserPool> parse(Requests.CreateUserPool r) {
    return valid(Members.flat(Validation.combine(
        Members.string(Members.POOL_NAME, r.poolName()),
        policy(r.passwordPolicy()),
        Members.optionalEnum("userPoolTier", r.userPoolTier(), Members.TIERS),
        Members.enumList("usernameAttributes", r.usernameAttributes(), Members.CONTACTS),
        Members.enumList("aliasAttributes", r.aliasAttributes(), Members.ALIASES),
        Members.enumList("autoVerifiedAttributes", r.autoVerifiedAttributes(), Members.CONTACTS),
        Members.enumList(VERIFY_BEFORE_UPDATE, r.attributesRequireVerificationBeforeUpdate(), Members.CONTACTS),
        SchemaMembers.definitions("schema", r.schema(), SchemaMembers.MAX_SCHEMA))
        .ap((name, policy, tier, usernames, aliases, verified, beforeUpdate, schema) -> new CreateUserPool(name, policy,
            tier.getOrElse(Tier.ESSENTIALS), usernames, aliases, verified,
            Boolean.FALSE.equals(r.caseSensitive()) ? CaseSensitivity.CASE_INSENSITIVE : CaseSensitivity.CASE_SENSITIVE, beforeUpdate,
            schema))))
        .flatMap(c -> !c.usernameAttributes().isEmpty() && !c.aliasAttributes().isEmpty()
            ? Either.left(InvalidParameter.of(InvalidParameter.Reason.USERNAME_AND_ALIAS_ATTRIBUTES))
            : Either.right(c));
  }

  /** The member UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate, as validation messages name it. */
  private static final String VERIFY_BEFORE_UPDATE = "userAttributeUpdateSettings.attributesRequireVerificationBeforeUpdate";

  /** DescribeUserPool's pool id. */
  public static Either<CognitoError, UserPoolId> parse(Requests.DescribeUserPool r) {
    return valid(UserPoolId.parse(r.userPoolId()));
  }

  /** DeleteUserPool's pool id. */
  public static Either<CognitoError, UserPoolId> parse(Requests.DeleteUserPool r) {
    return valid(UserPoolId.parse(r.userPoolId()));
  }

  /** UpdateUserPool's command. */
  public static Either<CognitoError, UpdateUserPool> parse(Requests.UpdateUserPool r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()),
        policy(r.passwordPolicy()),
        Members.optionalEnum("userPoolTier", r.userPoolTier(), Members.TIERS),
        Members.enumList(VERIFY_BEFORE_UPDATE, r.attributesRequireVerificationBeforeUpdate(), Members.CONTACTS))
        .ap(UpdateUserPool::new)));
  }

  /** CreateUserPoolClient's command. */
  public static Either<CognitoError, CreateUserPoolClient> parse(Requests.CreateUserPoolClient r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()),
        Members.string(Members.CLIENT_NAME, r.clientName()),
        clientSettings(r.explicitAuthFlows(), r.preventUserExistenceErrors(), r.authSessionValidity(), r.accessTokenValidity(),
            r.idTokenValidity(), r.refreshTokenValidity(), r.tokenValidityUnits(), r.refreshTokenRotation()))
        .ap((pool, name, settings) -> settings.tokens().map(tokens -> new CreateUserPoolClient(pool, name, settings.flows(),
            settings.prevent(), settings.authSessionValidity(), Boolean.TRUE.equals(r.generateSecret()), tokens,
            SchemaMembers.names(r.readAttributes()), SchemaMembers.names(r.writeAttributes()))))))
        .flatMap(Function.identity());
  }

  /** DescribeUserPoolClient's command. */
  public static Either<CognitoError, PoolClient> parse(Requests.DescribeUserPoolClient r) {
    return valid(Members.flat(Validation.combine(UserPoolId.parse(r.userPoolId()), ClientId.parse(r.clientId())).ap(PoolClient::new)));
  }

  /** SignUp's command. */
  public static Either<CognitoError, SignUp> parse(Requests.SignUp r) {
    return valid(Members.flat(Validation.combine(
        ClientId.parse(r.clientId()), Username.parse(r.username()), Password.parse("password", r.password()),
        Members.shaped(r.userAttributes()))
        .ap((client, username, password, attributes) -> new SignUp(client, username, password, attributes, Option.of(r.secretHash())))));
  }

  /** ConfirmSignUp's command. */
  public static Either<CognitoError, ConfirmSignUp> parse(Requests.ConfirmSignUp r) {
    return valid(Members.flat(Validation.combine(
        ClientId.parse(r.clientId()), Username.parse(r.username()), ConfirmationCode.parse(r.confirmationCode()))
        .ap((client, username, code) -> new ConfirmSignUp(client, username, code, Option.of(r.secretHash())))));
  }

  /** AdminConfirmSignUp's command. */
  public static Either<CognitoError, PoolUser> parse(Requests.AdminConfirmSignUp r) {
    return poolUser(r.userPoolId(), r.username());
  }

  /** AdminCreateUser's command. */
  public static Either<CognitoError, AdminCreateUser> parse(Requests.AdminCreateUser r) {
    Validation<Seq<ParameterViolation>, Option<Password>> temporary = r.temporaryPassword() == null
        ? Validation.valid(Option.none())
        : Password.parse("temporaryPassword", r.temporaryPassword()).map(Option::some);
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()), Username.parse(r.username()), temporary,
        Members.optionalEnum("messageAction", r.messageAction(), Members.MESSAGE_ACTIONS), Members.shaped(r.userAttributes()))
        .ap((pool, username, password, action, attributes) -> new AdminCreateUser(pool, username, password, attributes, action))));
  }

  /** AdminSetUserPassword's command; an absent {@code permanent} is false. */
  public static Either<CognitoError, AdminSetUserPassword> parse(Requests.AdminSetUserPassword r) {
    PasswordKind kind = PasswordKind.ofPermanent(Boolean.TRUE.equals(r.permanent()));
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()), Username.parse(r.username()), Password.parse("password", r.password()))
        .ap((pool, username, password) -> new AdminSetUserPassword(pool, username, password, kind))));
  }

  /** InitiateAuth's command. */
  public static Either<CognitoError, InitiateAuth> parse(Requests.InitiateAuth r) {
    return valid(Members.flat(Validation.combine(
        ClientId.parse(r.clientId()), Members.requiredEnum("authFlow", r.authFlow(), Members.AUTH_FLOWS))
        .ap((client, flow) -> new InitiateAuth(Option.none(), client, flow, r.authParameters()))));
  }

  /** AdminInitiateAuth's command. */
  public static Either<CognitoError, InitiateAuth> parse(Requests.AdminInitiateAuth r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()), ClientId.parse(r.clientId()),
        Members.requiredEnum("authFlow", r.authFlow(), Members.AUTH_FLOWS))
        .ap((pool, client, flow) -> new InitiateAuth(Option.some(pool), client, flow, r.authParameters()))));
  }

  /** RespondToAuthChallenge's command. */
  public static Either<CognitoError, RespondToAuthChallenge> parse(Requests.RespondToAuthChallenge r) {
    return valid(Members.flat(Validation.combine(
        ClientId.parse(r.clientId()), Members.requiredEnum("challengeName", r.challengeName(), Members.CHALLENGES),
        session(r.session()))
        .ap((client, challenge, session) -> new RespondToAuthChallenge(Option.none(), client, challenge, session,
            r.challengeResponses()))));
  }

  /** AdminRespondToAuthChallenge's command. */
  public static Either<CognitoError, RespondToAuthChallenge> parse(Requests.AdminRespondToAuthChallenge r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()), ClientId.parse(r.clientId()),
        Members.requiredEnum("challengeName", r.challengeName(), Members.CHALLENGES), session(r.session()))
        .ap((pool, client, challenge, session) -> new RespondToAuthChallenge(Option.some(pool), client, challenge, session,
            r.challengeResponses()))));
  }

  /**
   * ChangePassword's command. The password members are checked first; a pool id or sub that no token
   * could carry is then an invalid access token, as the adapter resolved them from one.
   */
  public static Either<CognitoError, ChangePassword> parse(Requests.ChangePassword r) {
    CognitoError invalidToken = new CognitoError.NotAuthorized(CognitoError.NotAuthorized.Reason.INVALID_ACCESS_TOKEN);
    return valid(Members.flat(Validation.combine(
        Password.parse("previousPassword", r.previousPassword()), Password.parse("proposedPassword", r.proposedPassword()))
        .ap(Tuple::of)))
        .flatMap(passwords -> r.userPoolId() == null || !UserPoolId.MEMBER.accepts(r.userPoolId()) || r.sub() == null
            || !Sub.isSub(r.sub())
                ? Either.left(invalidToken)
                : Either.right(new ChangePassword(new UserPoolId(r.userPoolId()), new Sub(r.sub()), passwords._1, passwords._2)));
  }

  /** AdminResetUserPassword's command. */
  public static Either<CognitoError, PoolUser> parse(Requests.AdminResetUserPassword r) {
    return poolUser(r.userPoolId(), r.username());
  }

  /** ForgotPassword's command. */
  public static Either<CognitoError, ClientUser> parse(Requests.ForgotPassword r) {
    return valid(Members.flat(Validation.combine(ClientId.parse(r.clientId()), Username.parse(r.username()))
        .ap((client, username) -> new ClientUser(client, username, Option.of(r.secretHash())))));
  }

  /** ConfirmForgotPassword's command. */
  public static Either<CognitoError, ConfirmForgotPassword> parse(Requests.ConfirmForgotPassword r) {
    return valid(Members.flat(Validation.combine(
        ClientId.parse(r.clientId()), Username.parse(r.username()), ConfirmationCode.parse(r.confirmationCode()),
        Password.parse("password", r.password()))
        .ap((client, username, code, password) -> new ConfirmForgotPassword(client, username, code, password,
            Option.of(r.secretHash())))));
  }

  /** AdminDisableUser's command. */
  public static Either<CognitoError, PoolUser> parse(Requests.AdminDisableUser r) {
    return poolUser(r.userPoolId(), r.username());
  }

  /** AdminEnableUser's command. */
  public static Either<CognitoError, PoolUser> parse(Requests.AdminEnableUser r) {
    return poolUser(r.userPoolId(), r.username());
  }

  /** AdminGetUser's command. */
  public static Either<CognitoError, PoolUser> parse(Requests.AdminGetUser r) {
    return poolUser(r.userPoolId(), r.username());
  }

  /** AdminDeleteUser's command. */
  public static Either<CognitoError, PoolUser> parse(Requests.AdminDeleteUser r) {
    return poolUser(r.userPoolId(), r.username());
  }

  /** ListUsers' command; a limit of 0 or none means 60. */
  public static Either<CognitoError, ListUsers> parse(Requests.ListUsers r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()),
        Members.range("limit", r.limit(), 0, 60),
        Members.optionalString(Members.PAGINATION_TOKEN, r.paginationToken()),
        Members.optionalString(Members.FILTER, r.filter()))
        .ap((pool, limit, token, filter) -> new ListUsers(pool, limit.filter(l -> l != 0).getOrElse(60),
            PageToken.decode(r.paginationToken()), UserFilter.parse(r.filter())))));
  }

  /** ListUserPools' command; {@code maxResults} is required. */
  public static Either<CognitoError, ListUserPools> parse(Requests.ListUserPools r) {
    return valid(Members.flat(Validation.combine(
        required("maxResults", r.maxResults()).flatMap(n -> Members.range("maxResults", n, 1, 60)),
        Members.optionalString(Members.NEXT_TOKEN, r.nextToken()))
        .ap((max, token) -> Tuple.of(max.get(), token))))
        .flatMap(t -> PageToken.decode(r.nextToken(), UserPoolId.MEMBER::accepts)
            .map(after -> new ListUserPools(t._1, after.map(UserPoolId::new))));
  }

  /** ListUserPoolClients' command; an absent {@code maxResults} means 60. */
  public static Either<CognitoError, ListUserPoolClients> parse(Requests.ListUserPoolClients r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()),
        Members.range("maxResults", r.maxResults(), 1, 60),
        Members.optionalString(Members.NEXT_TOKEN.length(1, 131072), r.nextToken()))
        .ap((pool, max, token) -> new ListUserPoolClients(pool, max.getOrElse(60),
            PageToken.decode(r.nextToken(), ClientId.MEMBER::accepts).map(o -> o.map(ClientId::new))))));
  }

  /** UpdateUserPoolClient's command, with the defaults of the members left out. */
  public static Either<CognitoError, UpdateUserPoolClient> parse(Requests.UpdateUserPoolClient r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()),
        ClientId.parse(r.clientId()),
        Members.optionalString(Members.CLIENT_NAME, r.clientName()),
        clientSettings(r.explicitAuthFlows(), r.preventUserExistenceErrors(), r.authSessionValidity(), r.accessTokenValidity(),
            r.idTokenValidity(), r.refreshTokenValidity(), r.tokenValidityUnits(), r.refreshTokenRotation()))
        .ap((pool, client, name, settings) -> settings.tokens().map(tokens -> new UpdateUserPoolClient(pool, client, name,
            settings.flows(), settings.prevent(), settings.authSessionValidity(), tokens, SchemaMembers.names(r.readAttributes()),
            SchemaMembers.names(r.writeAttributes()))))))
        .flatMap(Function.identity());
  }

  /** The settings CreateUserPoolClient and UpdateUserPoolClient share, with Cognito's defaults for those left out. */
  private record ClientSettings(Set<ExplicitAuthFlow> flows, PreventUserExistenceErrors prevent, int authSessionValidity,
      Either<CognitoError, TokenValidity> tokens) {}

  /** The shared settings' members, each checked, in member order. */
  private static Validation<Seq<ParameterViolation>, ClientSettings> clientSettings(java.util.List<String> flows, String prevent,
      Integer authSessionValidity, Integer access, Integer id, Integer refresh, Requests.TokenValidityUnitsType units,
      Requests.RefreshTokenRotationType rotation) {
    return Members.flat(Validation.combine(
        Members.enumList("explicitAuthFlows", flows, Members.EXPLICIT_AUTH_FLOWS),
        Members.optionalEnum("preventUserExistenceErrors", prevent, Members.EXISTENCE_ERRORS),
        Members.range("authSessionValidity", authSessionValidity, AppClient.MIN_AUTH_SESSION_VALIDITY,
            AppClient.MAX_AUTH_SESSION_VALIDITY),
        tokenValidity(access, id, refresh, units),
        rotation(rotation))
        .ap((f, p, validity, tokens, rotates) -> new ClientSettings(f.isEmpty() ? ExplicitAuthFlow.defaults() : f,
            p.getOrElse(PreventUserExistenceErrors.LEGACY), validity.getOrElse(AppClient.DEFAULT_AUTH_SESSION_VALIDITY),
            tokens.flatMap(t -> rotates
                ? Either.left(InvalidParameter.of(InvalidParameter.Reason.REFRESH_TOKEN_ROTATION_UNSUPPORTED))
                : Either.right(t)))));
  }

  /**
   * RefreshTokenRotation's members (Feature required, RetryGracePeriodSeconds 0..60): whether it asks for rotation,
   * which the library refuses once every member is checked; absent is no rotation.
   */
  private static Validation<Seq<ParameterViolation>, Boolean> rotation(Requests.RefreshTokenRotationType rotation) {
    if (rotation == null) {
      return Validation.valid(false);
    }
    return Members.flat(Validation.combine(
        Members.requiredEnum("refreshTokenRotation.feature", rotation.feature(), Members.FEATURES),
        Members.range("refreshTokenRotation.retryGracePeriodSeconds", rotation.retryGracePeriodSeconds(), 0,
            Members.MAX_RETRY_GRACE_PERIOD_SECONDS))
        .ap((enabled, grace) -> enabled));
  }

  /** DeleteUserPoolClient's command. */
  public static Either<CognitoError, PoolClient> parse(Requests.DeleteUserPoolClient r) {
    return valid(Members.flat(Validation.combine(UserPoolId.parse(r.userPoolId()), ClientId.parse(r.clientId())).ap(PoolClient::new)));
  }

  /** AdminUpdateUserAttributes' command; {@code userAttributes} is required. */
  public static Either<CognitoError, AdminUpdateUserAttributes> parse(Requests.AdminUpdateUserAttributes r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()), Username.parse(r.username()),
        required("userAttributes", r.userAttributes()).flatMap(Members::shaped))
        .ap(AdminUpdateUserAttributes::new)));
  }

  /** AdminDeleteUserAttributes' command; every name must have an attribute name's shape. */
  public static Either<CognitoError, AdminDeleteUserAttributes> parse(Requests.AdminDeleteUserAttributes r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()), Username.parse(r.username()), attributeNames(r.userAttributeNames()))
        .ap(AdminDeleteUserAttributes::new)));
  }

  /**
   * UpdateUserAttributes' command. A pool id or sub that no token could carry is an invalid access token,
   * as the adapter resolved them from one; then the attributes are required.
   */
  public static Either<CognitoError, UpdateUserAttributes> parse(Requests.UpdateUserAttributes r) {
    return grant(r.userPoolId(), r.sub()).flatMap(g -> UpdateUserAttributes.of(g._1, g._2, r.userAttributes()));
  }

  /** DeleteUser's command: the token's pool and sub, or an invalid access token. */
  public static Either<CognitoError, DeleteUser> parse(Requests.DeleteUser r) {
    return grant(r.userPoolId(), r.sub()).map(g -> new DeleteUser(g._1, g._2));
  }

  /** ResendConfirmationCode's command. */
  public static Either<CognitoError, ClientUser> parse(Requests.ResendConfirmationCode r) {
    return valid(Members.flat(Validation.combine(ClientId.parse(r.clientId()), Username.parse(r.username()))
        .ap((client, username) -> new ClientUser(client, username, Option.of(r.secretHash())))));
  }

  // -- shared parts

  private static Either<CognitoError, PoolUser> poolUser(String rawPoolId, String rawUsername) {
    return valid(Members.flat(Validation.combine(UserPoolId.parse(rawPoolId), Username.parse(rawUsername)).ap(PoolUser::new)));
  }

  private static <T> Validation<Seq<ParameterViolation>, T> required(String member, T value) {
    return value == null ? Validation.invalid(List.of(new ParameterViolation.Missing(member))) : Validation.valid(value);
  }

  private static Either<CognitoError, Tuple2<UserPoolId, Sub>> grant(String rawPoolId, String rawSub) {
    return rawPoolId == null || !UserPoolId.MEMBER.accepts(rawPoolId) || rawSub == null || !Sub.isSub(rawSub)
        ? Either.left(new CognitoError.NotAuthorized(CognitoError.NotAuthorized.Reason.INVALID_ACCESS_TOKEN))
        : Either.right(Tuple.of(new UserPoolId(rawPoolId), new Sub(rawSub)));
  }

  static Validation<Seq<ParameterViolation>, Seq<String>> attributeNames(java.util.List<String> raw) {
    if (raw == null) {
      return Validation.invalid(List.of(new ParameterViolation.Missing("userAttributeNames")));
    }
    Seq<ParameterViolation> problems = List.ofAll(raw).zipWithIndex()
        .flatMap(n -> Attributes.NAME.named("userAttributeNames." + (n._2 + 1) + ".member").check(n._1));
    return problems.isEmpty() ? Validation.valid(List.ofAll(raw)) : Validation.invalid(problems);
  }

  /**
   * The token validity members: each amount within the API's range (access and ID tokens 1..86400, refresh
   * tokens 0..315360000), each unit one of {@code TimeUnitsType}'s; then, once they have their shape, the
   * lifetimes' own rule ({@link TokenValidity#of}: {@code Invalid range for token validity}).
   */
  private static Validation<Seq<ParameterViolation>, Either<CognitoError, TokenValidity>> tokenValidity(Integer access,
      Integer id, Integer refresh, Requests.TokenValidityUnitsType units) {
    Option<Requests.TokenValidityUnitsType> u = Option.of(units);
    return Members.flat(Validation.combine(
        Members.range("accessTokenValidity", access, 1, 86400),
        Members.range("idTokenValidity", id, 1, 86400),
        Members.range("refreshTokenValidity", refresh, 0, 315360000),
        Members.optionalEnum("tokenValidityUnits.accessToken",
            u.map(Requests.TokenValidityUnitsType::accessToken).getOrNull(), Members.TIME_UNITS),
        Members.optionalEnum("tokenValidityUnits.idToken",
            u.map(Requests.TokenValidityUnitsType::idToken).getOrNull(), Members.TIME_UNITS),
        Members.optionalEnum("tokenValidityUnits.refreshToken",
            u.map(Requests.TokenValidityUnitsType::refreshToken).getOrNull(), Members.TIME_UNITS))
        .ap(TokenValidity::of));
  }

  // -- operations by token

  /** ChangePassword by access token: PreviousPassword, ProposedPassword and AccessToken, reported together. */
  public static Either<CognitoError, ChangePasswordByToken> parse(Requests.ChangePasswordByToken r) {
    return valid(Members.flat(Validation.combine(
        Password.parse("previousPassword", r.previousPassword()), Password.parse("proposedPassword", r.proposedPassword()),
        Members.string(Members.ACCESS_TOKEN, r.accessToken()))
        .ap(ChangePasswordByToken::new)));
  }

  /** GetUser's access token. */
  public static Either<CognitoError, AccessToken> parse(Requests.GetUser r) {
    return accessToken(r.accessToken());
  }

  /** GlobalSignOut's access token. */
  public static Either<CognitoError, AccessToken> parse(Requests.GlobalSignOut r) {
    return accessToken(r.accessToken());
  }

  /** AdminUserGlobalSignOut's pool and user. */
  public static Either<CognitoError, PoolUser> parse(Requests.AdminUserGlobalSignOut r) {
    return poolUser(r.userPoolId(), r.username());
  }

  /** UpdateUserAttributes' access token; the attributes wait for the token's user. */
  public static Either<CognitoError, UpdateUserAttributesByToken> parse(Requests.UpdateUserAttributesByToken r) {
    return accessToken(r.accessToken()).map(t -> new UpdateUserAttributesByToken(r.userAttributes(), t.accessToken()));
  }

  /** DeleteUser's access token. */
  public static Either<CognitoError, AccessToken> parse(Requests.DeleteUserByToken r) {
    return accessToken(r.accessToken());
  }

  /** GetUserAttributeVerificationCode: AccessToken, then AttributeName, reported together. */
  public static Either<CognitoError, GetUserAttributeVerificationCode> parse(Requests.GetUserAttributeVerificationCode r) {
    return valid(Members.flat(Validation.combine(Members.string(Members.ACCESS_TOKEN, r.accessToken()),
        Members.string(ATTRIBUTE_NAME, r.attributeName()))
        .ap(GetUserAttributeVerificationCode::new)));
  }

  /** VerifyUserAttribute: AccessToken, AttributeName, then Code, reported together. */
  public static Either<CognitoError, VerifyUserAttribute> parse(Requests.VerifyUserAttribute r) {
    return valid(Members.flat(Validation.combine(Members.string(Members.ACCESS_TOKEN, r.accessToken()),
        Members.string(ATTRIBUTE_NAME, r.attributeName()),
        ConfirmationCode.MEMBER.named("code").parse(r.code(), ConfirmationCode::of))
        .ap(VerifyUserAttribute::new)));
  }

  /** The AttributeName member of the verification operations ({@code AttributeNameType}). */
  private static final StringMember ATTRIBUTE_NAME = Attributes.NAME.named("attributeName");

  /** RevokeToken: Token, then ClientId, then ClientSecret, reported together. */
  public static Either<CognitoError, RevokeToken> parse(Requests.RevokeToken r) {
    return valid(Members.flat(Validation.combine(Members.string(Members.TOKEN, r.token()), ClientId.parse(r.clientId()),
        Members.optionalString(Members.CLIENT_SECRET, r.clientSecret())).ap(RevokeToken::new)));
  }

  /** GetTokensFromRefreshToken: RefreshToken, ClientId, then ClientSecret, reported together. */
  public static Either<CognitoError, GetTokensFromRefreshToken> parse(Requests.GetTokensFromRefreshToken r) {
    return valid(Members.flat(Validation.combine(Members.string(Members.REFRESH_TOKEN, r.refreshToken()), ClientId.parse(r.clientId()),
        Members.optionalString(Members.CLIENT_SECRET, r.clientSecret())).ap(GetTokensFromRefreshToken::new)));
  }

  /** InitiateAuth's REFRESH_TOKEN_AUTH: the ClientId's shape (the flow is known to be a refresh). */
  public static Either<CognitoError, RefreshTokenAuth> parseRefresh(Requests.InitiateAuth r) {
    return valid(ClientId.parse(r.clientId()).map(client -> new RefreshTokenAuth(Option.none(), client, r.authParameters())));
  }

  /** AdminInitiateAuth's REFRESH_TOKEN_AUTH: UserPoolId, then ClientId, reported together. */
  public static Either<CognitoError, RefreshTokenAuth> parseRefresh(Requests.AdminInitiateAuth r) {
    return valid(Members.flat(Validation.combine(UserPoolId.parse(r.userPoolId()), ClientId.parse(r.clientId()))
        .ap((pool, client) -> new RefreshTokenAuth(Option.some(pool), client, r.authParameters()))));
  }

  private static Either<CognitoError, AccessToken> accessToken(String raw) {
    return valid(Members.string(Members.ACCESS_TOKEN, raw).map(AccessToken::new));
  }

  private static <T> Either<CognitoError, T> valid(Validation<Seq<ParameterViolation>, T> parsed) {
    return parsed.toEither().mapLeft(CognitoError.RequestInvalid::new);
  }

  private static Validation<Seq<ParameterViolation>, Option<Session>> session(String raw) {
    return raw == null ? Validation.valid(Option.none()) : Session.parse(raw).map(Option::some);
  }

  private static Validation<Seq<ParameterViolation>, PasswordPolicy> policy(Requests.PasswordPolicyType p) {
    if (p == null) {
      return PasswordPolicy.draft().requireLowercase(true).requireUppercase(true).requireNumbers(true).requireSymbols(true).validate();
    }
    return PasswordPolicy.draft()
        .minimumLength(p.minimumLength())
        .requireUppercase(p.requireUppercase())
        .requireLowercase(p.requireLowercase())
        .requireNumbers(p.requireNumbers())
        .requireSymbols(p.requireSymbols())
        .passwordHistorySize(p.passwordHistorySize())
        .temporaryPasswordValidityDays(p.temporaryPasswordValidityDays())
        .validate();
  }
}
