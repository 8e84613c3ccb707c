package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError.UserNotFound;
import dev.userpool.error.Operation;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.port.ConfirmationCodes;
import dev.userpool.port.Events;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.LookupKey;
import dev.userpool.user.MessageAction;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.srp.VerifierPowers;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application service: one method per Cognito operation. Each parses the request into a typed
 * command as Cognito validates it ({@link Commands}: every member violation, in member order), finds the
 * pool and the user through the ports, lets the domain decide, and hands the step to the write engine,
 * which saves conditionally and retries from the start when another writer got there first. A refused
 * operation writes nothing; a port that throws yields {@code InternalErrorException} (with the exception
 * as its cause) and nothing half-done. This service keeps the administration of users (creation by an admin,
 * passwords, the Enabled flag, reads, attributes, deletion); pools and app clients are
 * {@link PoolConfigurationService}'s, sign-up and the codes asked for without a token {@link SignUpService}'s,
 * sign-in {@link SignInService}'s (flows in {@code SignInFlows}), all built here and sharing these ports, engine and guard.
 *
 * <p>Thread-safe when its ports are. Build one with {@link #builder()}.
 */
public final class UserPoolService implements UserPoolServiceBuilder {

  /**
   * How often a write that lost a race is decided again before giving up with InternalErrorException.
   * High enough that contention alone does not exhaust it (with 100, four threads hammering one user gave
   * up 1 to 20 times in 200,000 calls; with 10,000, never in 1,000,000), low enough that a store that always conflicts cannot
   * hang a caller for long (with the test hasher, 10,000 attempts take milliseconds).
   */
  public static final int MAX_ATTEMPTS = 10_000;

  private final UserPools pools;
  private final Guard guard;
  private final WriteEngine engine;
  private final PoolConfigurationService poolConfiguration;
  private final SignUpService signUps;
  private final SignInService signIns;
  private final TriggerService triggers;
  private final AttributeUpdates attributeUpdates;

  UserPoolService(Builder b) {
    this.pools = Objects.requireNonNull(b.pools, "pools is null");
    Randomness randomness = Objects.requireNonNull(b.randomness, "randomness is null");
    Clock clock = Objects.requireNonNull(b.clock, "clock is null");
    this.guard = new Guard(b.rateLimits == null ? RateLimits.NONE : b.rateLimits);
    PasswordHasher hasher = b.hasher == null ? Pbkdf2PasswordHasher.withDefaultCost() : b.hasher;
    ConfirmationCodes codes = b.codes == null ? () -> ConfirmationCode.sixDigits(randomness) : b.codes;
    VerifierPowers verifierPowers = VerifierPowers.remembering();
    this.engine = new WriteEngine(pools, pool -> new Context(clock.instant(), pool, hasher, randomness, codes::next, verifierPowers),
        b.deliveries == null ? (pool, message) -> {} : b.deliveries, b.events == null ? Events.NONE : b.events, clock, b.triggers);
    this.triggers = new TriggerService(b.triggers, engine);
    this.attributeUpdates = new AttributeUpdates(pools, engine);
    ClientLookups clients = new ClientLookups(pools, engine);
    this.poolConfiguration = new PoolConfigurationService(pools, randomness, clock, b.region == null ? "us-east-1" : b.region, guard,
        engine);
    this.signUps = new SignUpService(engine, guard, clients, triggers);
    this.signIns = new SignInService(new SignInFlows(engine, triggers, b.passkeys,
        DeviceSignIn.over(engine, b.devices)), guard, clients, triggers);
  }

  /** A builder; pools, randomness and clock are required, the rest have defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The write engine, for the services that share this one's ports ({@link VerificationService}, {@link SchemaOperations}). */
  WriteEngine engine() {
    return engine;
  }

  /** The Lambda triggers of this service's pools. */
  public TriggerService triggers() {
    return triggers;
  }

  /** Pools and app clients: Create/Describe/Update/Delete/List of each, sharing this service's ports and guard. */
  public PoolConfigurationService poolConfiguration() {
    return poolConfiguration;
  }

  /** SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword, sharing this service's ports and guard. */
  public SignUpService signUps() {
    return signUps;
  }

  /** InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge, AdminRespondToAuthChallenge, sharing this service's ports and guard. */
  public SignInService signIns() {
    return signIns;
  }

  // -- creation and confirmation by an admin

  /** AdminConfirmSignUp. */
  public Either<CognitoError, User> adminConfirmSignUp(Requests.AdminConfirmSignUp r) {
    return guarded(Operation.ADMIN_CONFIRM_SIGN_UP,
        () -> Commands.parse(r).flatMap(this::adminConfirm));
  }

  /** AdminConfirmSignUp, parsed. */
  public Either<CognitoError, User> adminConfirmSignUp(Commands.PoolUser c) {
    return guarded(Operation.ADMIN_CONFIRM_SIGN_UP, () -> adminConfirm(c));
  }

  private Either<CognitoError, User> adminConfirm(Commands.PoolUser c) {
    return change(Operation.ADMIN_CONFIRM_SIGN_UP, c, User::adminConfirmSignUp)
        .flatMap(user -> triggers.postConfirmation(c.userPoolId(), TriggerSource.PostConfirmation_ConfirmSignUp, user));
  }

  /** AdminCreateUser, or with MessageAction RESEND a new invitation for an existing user. */
  public Either<CognitoError, User> adminCreateUser(Requests.AdminCreateUser r) {
    return guarded(Operation.ADMIN_CREATE_USER, () -> Commands.parse(r).flatMap(this::run));
  }

  /** AdminCreateUser, parsed. */
  public Either<CognitoError, User> adminCreateUser(Commands.AdminCreateUser c) {
    return guarded(Operation.ADMIN_CREATE_USER, () -> run(c));
  }

  private Either<CognitoError, User> run(Commands.AdminCreateUser c) {
    return engine.pool(c.userPoolId())
        .flatMap(pool -> c.userAttributes().flatMap(a -> AttributeWrites.adminCreateUser(pool, a))
            .flatMap(attributes -> c.messageAction().contains(MessageAction.RESEND)
                ? engine.write(Operation.ADMIN_CREATE_USER, pool, ctx -> engine.existing(pool, c.username().value(), userDoesNotExist())
                    .flatMap(user -> user.resendInvitation(c.temporaryPassword(), ctx))
                    .map(Step::saveAfter))
                : triggers.preSignUp(pool, TriggerSource.PreSignUp_AdminCreateUser, Option.none(), c.username(), attributes)
                    .flatMap(ignored -> engine.write(Operation.ADMIN_CREATE_USER, pool, ctx -> User
                        .adminCreateUser(c.username(), c.temporaryPassword(), attributes, c.messageAction(), ctx).map(Step::saveAfter)))));
  }

  // -- passwords

  /** AdminSetUserPassword. */
  public Either<CognitoError, User> adminSetUserPassword(Requests.AdminSetUserPassword r) {
    return guarded(Operation.ADMIN_SET_USER_PASSWORD, () -> Commands.parse(r).flatMap(this::run));
  }

  /** AdminSetUserPassword, parsed. */
  public Either<CognitoError, User> adminSetUserPassword(Commands.AdminSetUserPassword c) {
    return guarded(Operation.ADMIN_SET_USER_PASSWORD, () -> run(c));
  }

  private Either<CognitoError, User> run(Commands.AdminSetUserPassword c) {
    return change(Operation.ADMIN_SET_USER_PASSWORD, new Commands.PoolUser(c.userPoolId(), c.username()),
        (user, ctx) -> user.adminSetUserPassword(c.password(), c.kind(), ctx));
  }

  /** ChangePassword, for the pool and sub an adapter read from a valid access token. */
  public Either<CognitoError, User> changePassword(Requests.ChangePassword r) {
    return guarded(Operation.CHANGE_PASSWORD, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ChangePassword, parsed (see {@link Commands.ChangePassword#of}). */
  public Either<CognitoError, User> changePassword(Commands.ChangePassword c) {
    return guarded(Operation.CHANGE_PASSWORD, () -> run(c));
  }

  /** Unguarded, for {@link TokenOperations}, which runs it inside its own operation's guard. */
  Either<CognitoError, User> run(Commands.ChangePassword c) {
    CognitoError invalidToken = new NotAuthorized(NotAuthorized.Reason.INVALID_ACCESS_TOKEN);
    return pools.find(c.userPoolId()).toEither(invalidToken)
        .flatMap(pool -> engine.write(Operation.CHANGE_PASSWORD, pool,
            ctx -> pools.users(pool.id()).find(new LookupKey.BySub(c.sub())).toEither(invalidToken)
                .flatMap(user -> user.changePassword(c.previousPassword(), c.proposedPassword(), ctx))
                .map(Step::saveAfter)));
  }

  /** AdminResetUserPassword. */
  public Either<CognitoError, User> adminResetUserPassword(Requests.AdminResetUserPassword r) {
    return guarded(Operation.ADMIN_RESET_USER_PASSWORD,
        () -> Commands.parse(r).flatMap(c -> change(Operation.ADMIN_RESET_USER_PASSWORD, c, User::adminResetUserPassword)));
  }

  /** AdminResetUserPassword, parsed. */
  public Either<CognitoError, User> adminResetUserPassword(Commands.PoolUser c) {
    return guarded(Operation.ADMIN_RESET_USER_PASSWORD, () -> change(Operation.ADMIN_RESET_USER_PASSWORD, c, User::adminResetUserPassword));
  }

  // -- the Enabled flag, reads and deletion

  /** AdminDisableUser. */
  public Either<CognitoError, User> adminDisableUser(Requests.AdminDisableUser r) {
    return guarded(Operation.ADMIN_DISABLE_USER,
        () -> Commands.parse(r).flatMap(c -> change(Operation.ADMIN_DISABLE_USER, c, User::adminDisableUser)));
  }

  /** AdminDisableUser, parsed. */
  public Either<CognitoError, User> adminDisableUser(Commands.PoolUser c) {
    return guarded(Operation.ADMIN_DISABLE_USER, () -> change(Operation.ADMIN_DISABLE_USER, c, User::adminDisableUser));
  }

  /** AdminEnableUser. */
  public Either<CognitoError, User> adminEnableUser(Requests.AdminEnableUser r) {
    return guarded(Operation.ADMIN_ENABLE_USER,
        () -> Commands.parse(r).flatMap(c -> change(Operation.ADMIN_ENABLE_USER, c, User::adminEnableUser)));
  }

  /** AdminEnableUser, parsed. */
  public Either<CognitoError, User> adminEnableUser(Commands.PoolUser c) {
    return guarded(Operation.ADMIN_ENABLE_USER, () -> change(Operation.ADMIN_ENABLE_USER, c, User::adminEnableUser));
  }

  /** AdminGetUser. */
  public Either<CognitoError, User> adminGetUser(Requests.AdminGetUser r) {
    return guarded(Operation.ADMIN_GET_USER, () -> Commands.parse(r).flatMap(this::get));
  }

  /** AdminGetUser, parsed. */
  public Either<CognitoError, User> adminGetUser(Commands.PoolUser c) {
    return guarded(Operation.ADMIN_GET_USER, () -> get(c));
  }

  /** Unguarded, for {@link TokenOperations}, which runs it inside its own operation's guard. */
  Either<CognitoError, User> get(Commands.PoolUser c) {
    return engine.pool(c.userPoolId()).flatMap(pool -> engine.existing(pool, c.username().value(), userDoesNotExist()));
  }

  /** AdminDeleteUser. */
  public Either<CognitoError, User> adminDeleteUser(Requests.AdminDeleteUser r) {
    return guarded(Operation.ADMIN_DELETE_USER, () -> Commands.parse(r).flatMap(this::delete));
  }

  /** AdminDeleteUser, parsed. */
  public Either<CognitoError, User> adminDeleteUser(Commands.PoolUser c) {
    return guarded(Operation.ADMIN_DELETE_USER, () -> delete(c));
  }

  private Either<CognitoError, User> delete(Commands.PoolUser c) {
    return engine.pool(c.userPoolId()).flatMap(pool -> engine.write(Operation.ADMIN_DELETE_USER, pool,
        ctx -> engine.existing(pool, c.username().value(), userDoesNotExist()).map(user -> Step.delete(user, ctx.now()))));
  }

  /** ListUsers, ordered by username, with an optional {@code =} or {@code ^=} filter. */
  public Either<CognitoError, Results.UserPage> listUsers(Requests.ListUsers r) {
    return guarded(Operation.LIST_USERS, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ListUsers, parsed. */
  public Either<CognitoError, Results.UserPage> listUsers(Commands.ListUsers c) {
    return guarded(Operation.LIST_USERS, () -> run(c));
  }

  private Either<CognitoError, Results.UserPage> run(Commands.ListUsers c) {
    return engine.pool(c.userPoolId()).flatMap(pool -> c.filter().flatMap(filter -> c.after()
        .map(after -> UserPages.page(pools.users(pool.id()), pool, filter, after, c.limit()))));
  }

  // -- attributes, the user's own deletion, codes

  /** AdminUpdateUserAttributes. */
  public Either<CognitoError, Results.AttributesUpdated> adminUpdateUserAttributes(Requests.AdminUpdateUserAttributes r) {
    return guarded(Operation.ADMIN_UPDATE_USER_ATTRIBUTES, () -> Commands.parse(r).flatMap(this::run));
  }

  /** AdminUpdateUserAttributes, parsed. */
  public Either<CognitoError, Results.AttributesUpdated> adminUpdateUserAttributes(Commands.AdminUpdateUserAttributes c) {
    return guarded(Operation.ADMIN_UPDATE_USER_ATTRIBUTES, () -> run(c));
  }

  private Either<CognitoError, Results.AttributesUpdated> run(Commands.AdminUpdateUserAttributes c) {
    return attributeUpdates.admin(c);
  }

  /** AdminDeleteUserAttributes. */
  public Either<CognitoError, User> adminDeleteUserAttributes(Requests.AdminDeleteUserAttributes r) {
    return guarded(Operation.ADMIN_DELETE_USER_ATTRIBUTES, () -> Commands.parse(r).flatMap(this::run));
  }

  /** AdminDeleteUserAttributes, parsed. */
  public Either<CognitoError, User> adminDeleteUserAttributes(Commands.AdminDeleteUserAttributes c) {
    return guarded(Operation.ADMIN_DELETE_USER_ATTRIBUTES, () -> run(c));
  }

  private Either<CognitoError, User> run(Commands.AdminDeleteUserAttributes c) {
    return change(Operation.ADMIN_DELETE_USER_ATTRIBUTES, new Commands.PoolUser(c.userPoolId(), c.username()),
        (user, ctx) -> user.adminDeleteUserAttributes(c.userAttributeNames(), ctx));
  }

  /** UpdateUserAttributes, for the pool and sub an adapter read from a valid access token. */
  public Either<CognitoError, Results.AttributesUpdated> updateUserAttributes(Requests.UpdateUserAttributes r) {
    return guarded(Operation.UPDATE_USER_ATTRIBUTES, () -> Commands.parse(r).flatMap(this::run));
  }

  /** UpdateUserAttributes, parsed (see {@link Commands.UpdateUserAttributes#of}). */
  public Either<CognitoError, Results.AttributesUpdated> updateUserAttributes(Commands.UpdateUserAttributes c) {
    return guarded(Operation.UPDATE_USER_ATTRIBUTES, () -> run(c));
  }

  /** Unguarded, for {@link TokenOperations}, which runs it inside its own operation's guard. */
  Either<CognitoError, Results.AttributesUpdated> run(Commands.UpdateUserAttributes c) {
    return attributeUpdates.own(c);
  }

  /** DeleteUser: the access token's user deletes themself. */
  public Either<CognitoError, User> deleteUser(Requests.DeleteUser r) {
    return guarded(Operation.DELETE_USER, () -> Commands.parse(r).flatMap(this::run));
  }

  /** DeleteUser, parsed. */
  public Either<CognitoError, User> deleteUser(Commands.DeleteUser c) {
    return guarded(Operation.DELETE_USER, () -> run(c));
  }

  /** Unguarded, for {@link TokenOperations}, which runs it inside its own operation's guard. */
  Either<CognitoError, User> run(Commands.DeleteUser c) {
    CognitoError invalidToken = new NotAuthorized(NotAuthorized.Reason.INVALID_ACCESS_TOKEN);
    return pools.find(c.userPoolId()).toEither(invalidToken)
        .flatMap(pool -> engine.write(Operation.DELETE_USER, pool,
            ctx -> pools.users(pool.id()).find(new LookupKey.BySub(c.sub())).toEither(invalidToken)
                .flatMap(user -> user.enabled() ? Either.right(user) : Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED)))
                .map(user -> Step.delete(user, ctx.now()))));
  }

  // -- shared steps

  private interface AdminDecision {
    Either<CognitoError, Transition> decide(User user, Context ctx);
  }

  /** An admin operation on one user: find the pool and the user; decide; save. */
  private Either<CognitoError, User> change(Operation op, Commands.PoolUser c, AdminDecision decision) {
    return engine.pool(c.userPoolId())
        .flatMap(pool -> engine.write(op, pool, ctx -> engine.existing(pool, c.username().value(), userDoesNotExist())
            .flatMap(user -> decision.decide(user, ctx))
            .map(Step::saveAfter)));
  }

  private <T> Either<CognitoError, T> guarded(Operation op, Supplier<Either<CognitoError, T>> body) {
    return guard.run(op, body);
  }

  private static CognitoError userDoesNotExist() {
    return new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST);
  }
}
