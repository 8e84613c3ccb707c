package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.ResourceNotFound;
import dev.userpool.error.Operation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Devices;
import dev.userpool.port.Groups;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.user.User;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The operations that present a token: ChangePassword, GetUser, GlobalSignOut, UpdateUserAttributes and DeleteUser
 * by access token, the refresh flows of InitiateAuth and AdminInitiateAuth, GetTokensFromRefreshToken, RevokeToken,
 * and AdminUserGlobalSignOut.
 * Each runs Cognito's checks in Cognito's order (member shapes, all reported together; then the pool and client, or
 * the token; then the operation) inside the same {@link Guard} as {@link UserPoolService}, so an adapter only maps
 * shapes. It sits beside {@link TokenService} rather than in it: several of these operations are the user service's
 * writes authorized by a token, and TokenService stays the token rules that sign-in also uses.
 */
public final class TokenOperations {

  private final UserPoolService service;
  private final TokenService tokens;
  private final UserPools pools;
  private final Groups groups;
  private final Guard guard;
  private final Devices devices;

  /**
   * Operations over {@code service}'s and {@code tokens}' users, pools and tokens.
   *
   * @throws NullPointerException if an argument is null
   */
  public TokenOperations(UserPoolService service, TokenService tokens, UserPools pools, Groups groups, RateLimits rateLimits) {
    this.service = Objects.requireNonNull(service, "service is null");
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.groups = Objects.requireNonNull(groups, "groups is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
    this.devices = null;
  }

  private TokenOperations(TokenOperations base, Devices devices) {
    this.service = base.service;
    this.tokens = base.tokens;
    this.pools = base.pools;
    this.groups = base.groups;
    this.guard = base.guard;
    this.devices = devices;
  }

  /** These operations with REFRESH_TOKEN_AUTH's DEVICE_KEY checked against {@code devices} ({@link DeviceRefresh}). */
  public TokenOperations withDevices(Devices devices) {
    return new TokenOperations(this, Objects.requireNonNull(devices, "devices is null"));
  }

  /** Whether an {@code AuthFlow} is the refresh flow ({@code REFRESH_TOKEN_AUTH}, or its alias {@code REFRESH_TOKEN}). */
  public static boolean isRefresh(String authFlow) {
    return "REFRESH_TOKEN_AUTH".equals(authFlow) || "REFRESH_TOKEN".equals(authFlow);
  }

  /**
   * ChangePassword. Checks, in order: the members' shapes (PreviousPassword, ProposedPassword, AccessToken, all
   * reported together); the access token; that its user still exists and is enabled ({@code Access Token has been
   * revoked} otherwise); then the user's ChangePassword.
   */
  public Either<CognitoError, User> changePassword(Requests.ChangePasswordByToken r) {
    return guarded(Operation.CHANGE_PASSWORD, () -> Commands.parse(r)
        .flatMap(c -> tokens.authorize(c.accessToken())
            .flatMap(owner -> service.run(new Commands.ChangePassword(owner._1.id(), owner._2.sub(), c.previousPassword(),
                c.proposedPassword())))));
  }

  /** GetUser: the access token's user, checked as for ChangePassword, as stored (see {@link #getUserProfile}). */
  public Either<CognitoError, User> getUser(Requests.GetUser r) {
    return guarded(Operation.GET_USER, () -> Commands.parse(r).flatMap(c -> tokens.authorize(c.accessToken())).map(Tuple2::_2));
  }

  /** GlobalSignOut: revokes every token of the access token's user. */
  public Either<CognitoError, User> globalSignOut(Requests.GlobalSignOut r) {
    return guarded(Operation.GLOBAL_SIGN_OUT, () -> Commands.parse(r).flatMap(c -> tokens.globalSignOut(c.accessToken())));
  }

  /** AdminUserGlobalSignOut: the user, found as AdminGetUser finds them, with every token revoked. */
  public Either<CognitoError, User> adminUserGlobalSignOut(Requests.AdminUserGlobalSignOut r) {
    return guarded(Operation.ADMIN_USER_GLOBAL_SIGN_OUT, () -> Commands.parse(r)
        .flatMap(c -> service.get(c).peek(user -> tokens.signOut(c.userPoolId(), user))));
  }

  /**
   * UpdateUserAttributes. Checks, in order: the AccessToken's shape; the token and its user, as for ChangePassword;
   * then the attributes and the update, as the user service decides them.
   */
  public Either<CognitoError, Results.AttributesUpdated> updateUserAttributes(Requests.UpdateUserAttributesByToken r) {
    return guarded(Operation.UPDATE_USER_ATTRIBUTES, () -> Commands.parse(r)
        .flatMap(c -> tokens.authorizeClient(c.accessToken())
            .flatMap(owner -> Commands.UpdateUserAttributes.of(owner._1.id(), owner._2.sub(), c.userAttributes())
                .flatMap(command -> command.userAttributes()
                    .flatMap(a -> AttributeWrites.userUpdate(owner._1, owner._1.client(owner._3), a))
                    .map(checked -> command)))
            .flatMap(service::run)));
  }

  /**
   * GetUser as it answers: the access token's user, checked as for ChangePassword, with the attributes the token's app
   * client reads (its ReadAttributes, or the standard attributes).
   */
  public Either<CognitoError, Results.Profile> getUserProfile(Requests.GetUser r) {
    return guarded(Operation.GET_USER, () -> Commands.parse(r).flatMap(c -> tokens.authorizeClient(c.accessToken()))
        .map(owner -> new Results.Profile(owner._2, owner._1.client(owner._3)
            .map(client -> AttributeWrites.readable(owner._1, client, owner._2.attributes()))
            .getOrElse(owner._2::attributes))));
  }

  /** DeleteUser: the access token's user, checked as for ChangePassword; their tokens and group memberships go with them. */
  public Either<CognitoError, User> deleteUser(Requests.DeleteUserByToken r) {
    return guarded(Operation.DELETE_USER, () -> Commands.parse(r)
        .flatMap(c -> tokens.authorize(c.accessToken()))
        .flatMap(owner -> service.run(new Commands.DeleteUser(owner._1.id(), owner._2.sub()))
            .peek(deleted -> {
              tokens.signOut(owner._1.id(), deleted);
              groups.removeUser(owner._1.id(), deleted.sub());
            })));
  }

  /** InitiateAuth with REFRESH_TOKEN_AUTH: see {@link #adminRefreshTokenAuth}, with the pool found by its client. */
  public Either<CognitoError, TokenService.Issued> refreshTokenAuth(Requests.InitiateAuth r) {
    return guarded(Operation.INITIATE_AUTH, () -> Commands.parseRefresh(r).flatMap(this::refresh));
  }

  /**
   * AdminInitiateAuth with REFRESH_TOKEN_AUTH. Checks, in order: the members (UserPoolId, ClientId); the pool and the
   * app client; a REFRESH_TOKEN parameter; the refresh token, issued to this app client (and pool); its user still
   * exists ({@code Refresh Token has been revoked}) and is enabled ({@code User is disabled.}). Renews the access and
   * ID tokens, without a new refresh token.
   */
  public Either<CognitoError, TokenService.Issued> adminRefreshTokenAuth(Requests.AdminInitiateAuth r) {
    return guarded(Operation.ADMIN_INITIATE_AUTH, () -> Commands.parseRefresh(r).flatMap(this::refresh));
  }

  /**
   * RevokeToken. Checks, in order: Token, ClientId and ClientSecret shapes; the app client; its secret, if it has one
   * ({@code UnauthorizedException} when missing or wrong; nothing is revoked then); then {@link TokenService#revokeToken}.
   */
  public Either<CognitoError, Boolean> revokeToken(Requests.RevokeToken r) {
    return guarded(Operation.REVOKE_TOKEN, () -> Commands.parse(r)
        .flatMap(c -> pools.findByClient(c.clientId()).flatMap(pool -> pool.client(c.clientId()))
            .toEither(() -> (CognitoError) new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, c.clientId().value()))
            .flatMap(client -> authenticate(client, c.clientSecret()))
            .flatMap(client -> tokens.revokeToken(c.token(), c.clientId()))));
  }

  /** The client, if {@code secret} is what it asks for (nothing, for a client without a secret). */
  private static Either<CognitoError, AppClient> authenticate(AppClient client, Option<String> secret) {
    Option<CognitoError> refusal = client.checkClientSecret(secret);
    return refusal.isDefined() ? Either.left(refusal.get()) : Either.right(client);
  }

  /**
   * GetTokensFromRefreshToken. Checks, in order: the members' shapes (RefreshToken, ClientId, ClientSecret, reported
   * together); the app client; its secret, when it has one ({@link AppClient#checkClientSecretAsHash}); then the refresh
   * token and its user exactly as REFRESH_TOKEN_AUTH checks them. Renews the access and ID tokens without a new
   * refresh token: the library does not rotate refresh tokens (an app client cannot be set to). ClientMetadata is
   * accepted and unused, as it is without Lambda triggers.
   */
  public Either<CognitoError, TokenService.Issued> getTokensFromRefreshToken(Requests.GetTokensFromRefreshToken r) {
    return guarded(Operation.GET_TOKENS_FROM_REFRESH_TOKEN, () -> Commands.parse(r)
        .flatMap(c -> poolAndClient(Option.none(), c.clientId())
            .flatMap(pc -> pc._2.checkClientSecretAsHash(c.clientSecret()).<Either<CognitoError, TokenService.Issued>>map(Either::left)
                .getOrElse(() -> tokens.refresh(pc._1, pc._2, c.refreshToken())))));
  }

  private Either<CognitoError, TokenService.Issued> refresh(Commands.RefreshTokenAuth c) {
    return poolAndClient(c.userPoolId(), c.clientId())
        .flatMap(pc -> refreshToken(c.authParameters())
            .flatMap(token -> DeviceRefresh.check(devices, tokens, pc._1, pc._2, token, c.authParameters()))
            .flatMap(token -> tokens.refresh(pc._1, pc._2, token, Option.of(c.authParameters().get("SECRET_HASH")))));
  }

  /** The pool (by its id when given, else by the client) and the app client, or ResourceNotFoundException. */
  private Either<CognitoError, Tuple2<UserPool, AppClient>> poolAndClient(Option<UserPoolId> poolId, ClientId clientId) {
    Either<CognitoError, UserPool> pool = poolId.isDefined()
        ? pools.find(poolId.get()).toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, poolId.get().value()))
        : pools.findByClient(clientId).toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, clientId.value()));
    return pool.flatMap(p -> p.client(clientId)
        .toEither(() -> (CognitoError) new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, clientId.value()))
        .map(client -> Tuple.of(p, client)));
  }

  private static Either<CognitoError, String> refreshToken(Map<String, String> parameters) {
    return Option.of(parameters == null ? null : parameters.get("REFRESH_TOKEN"))
        .toEither(() -> new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, "REFRESH_TOKEN"));
  }

  private <T> Either<CognitoError, T> guarded(Operation op, Supplier<Either<CognitoError, T>> body) {
    return guard.run(op, body);
  }

  @Override
  public String toString() {
    return "TokenOperations";
  }
}
