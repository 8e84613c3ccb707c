package dev.userpool.service;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Password;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Attributes;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Session;
import dev.userpool.user.Sub;
import dev.userpool.user.Username;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
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
public final class Commands implements PoolCommands, UserCommands, TokenCommands {

  static final String HIDDEN = "***";

  private Commands() {}

  // -- parsing: the commands are declared in PoolCommands, UserCommands and TokenCommands

  /** CreateUserPool's command, or every member violation, or the UsernameAttributes/AliasAttributes conflict. */
  public static Either<CognitoError, CreateUserPool> parse(Requests.CreateUserPool r) {
    return valid(Members.flat(Validation.combine(
        Members.string(Members.POOL_NAME, r.poolName()),
        PoolMembers.policy(r.passwordPolicy()),
        Members.optionalEnum("userPoolTier", r.userPoolTier(), Members.TIERS),
        Members.enumList("usernameAttributes", r.usernameAttributes(), Members.CONTACTS),
        Members.enumList("aliasAttributes", r.aliasAttributes(), Members.ALIASES),
        Members.enumList("autoVerifiedAttributes", r.autoVerifiedAttributes(), Members.CONTACTS),
        Members.enumList(VERIFY_BEFORE_UPDATE, r.attributesRequireVerificationBeforeUpdate(), Members.CONTACTS),
        SchemaMembers.definitions("schema", r.schema(), SchemaMembers.MAX_SCHEMA))
        .ap((name, policy, tier, usernames, aliases, verified, beforeUpdate, schema) -> new CreateUserPool(name, policy,
            tier.getOrElse(Tier.ESSENTIALS), usernames, aliases, verified,
            Boolean.FALSE.equals(r.caseSensitive()) ? CaseSensitivity.CASE_INSENSITIVE : CaseSensitivity.CASE_SENSITIVE, beforeUpdate,
            schema, Boolean.TRUE.equals(r.allowAdminCreateUserOnly())))))
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
        PoolMembers.policy(r.passwordPolicy()),
        Members.optionalEnum("userPoolTier", r.userPoolTier(), Members.TIERS),
        Members.enumList(VERIFY_BEFORE_UPDATE, r.attributesRequireVerificationBeforeUpdate(), Members.CONTACTS))
        .ap((id, p, tier, before) -> new UpdateUserPool(id, p, tier, before, Boolean.TRUE.equals(r.allowAdminCreateUserOnly())))));
  }

  /** CreateUserPoolClient's command. */
  public static Either<CognitoError, CreateUserPoolClient> parse(Requests.CreateUserPoolClient r) {
    return valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()),
        Members.string(Members.CLIENT_NAME, r.clientName()),
        PoolMembers.clientSettings(r.explicitAuthFlows(), r.preventUserExistenceErrors(), r.authSessionValidity(), r.accessTokenValidity(),
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
        PoolMembers.clientSettings(r.explicitAuthFlows(), r.preventUserExistenceErrors(), r.authSessionValidity(), r.accessTokenValidity(),
            r.idTokenValidity(), r.refreshTokenValidity(), r.tokenValidityUnits(), r.refreshTokenRotation()))
        .ap((pool, client, name, settings) -> settings.tokens().map(tokens -> new UpdateUserPoolClient(pool, client, name,
            settings.flows(), settings.prevent(), settings.authSessionValidity(), tokens, SchemaMembers.names(r.readAttributes()),
            SchemaMembers.names(r.writeAttributes()))))))
        .flatMap(Function.identity());
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

  static <T> Validation<Seq<ParameterViolation>, T> required(String member, T value) {
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

  static <T> Either<CognitoError, T> valid(Validation<Seq<ParameterViolation>, T> parsed) {
    return parsed.toEither().mapLeft(CognitoError.RequestInvalid::new);
  }

  private static Validation<Seq<ParameterViolation>, Option<Session>> session(String raw) {
    return raw == null ? Validation.valid(Option.none()) : Session.parse(raw).map(Option::some);
  }

}
