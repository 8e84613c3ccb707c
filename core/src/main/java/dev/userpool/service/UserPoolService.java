package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError.ResourceNotFound;
import dev.userpool.error.CognitoError.UserNotFound;
import dev.userpool.error.Operation;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ClientSecret;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.ConfirmationCodes;
import dev.userpool.port.Deliveries;
import dev.userpool.port.Events;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.user.Attributes;
import dev.userpool.schema.ClientAttributes;
import dev.userpool.schema.Schema;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.trigger.Triggers;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Message;
import dev.userpool.user.MessageAction;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import dev.userpool.verification.ContactChanges;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application service: one method per Cognito operation. Each parses the request into a typed
 * command as Cognito validates it ({@link Commands}: every member violation, in member order), finds the
 * pool and the user through the ports, lets the domain decide, and hands the step to the write engine,
 * which saves conditionally and retries from the start when another writer got there first. A refused
 * operation writes nothing; a port that throws yields {@code InternalErrorException} (with the exception
 * as its cause) and nothing half-done. Sign-in flows live in {@code SignInFlows}, the
 * PreventUserExistenceErrors policy in {@code ExistenceErrors}.
 *
 * <p>Thread-safe when its ports are. Build one with {@link #builder()}.
 */
public final class UserPoolService {

  /**
   * How often a write that lost a race is decided again before giving up with InternalErrorException.
   * High enough that contention alone does not exhaust it (with 100, four threads hammering one user gave
   * up 1 to 20 times in 200,000 calls; with 10,000, never in 1,000,000), low enough that a store that always conflicts cannot
   * hang a caller for long (with the test hasher, 10,000 attempts take milliseconds).
   */
  public static final int MAX_ATTEMPTS = 10_000;

  private final UserPools pools;
  private final Randomness randomness;
  private final Guard guard;
  private final Clock clock;
  private final String region;
  private final WriteEngine engine;
  private final SignInFlows signIns;
  private final TriggerService triggers;

  private UserPoolService(Builder b) {
    this.pools = Objects.requireNonNull(b.pools, "pools is null");
    this.randomness = Objects.requireNonNull(b.randomness, "randomness is null");
    this.clock = Objects.requireNonNull(b.clock, "clock is null");
    this.guard = new Guard(b.rateLimits == null ? RateLimits.NONE : b.rateLimits);
    this.region = b.region == null ? "us-east-1" : b.region;
    PasswordHasher hasher = b.hasher == null ? Pbkdf2PasswordHasher.withDefaultCost() : b.hasher;
    ConfirmationCodes codes = b.codes == null ? () -> ConfirmationCode.sixDigits(randomness) : b.codes;
    this.engine = new WriteEngine(pools, pool -> new Context(clock.instant(), pool, hasher, randomness, codes::next),
        b.deliveries == null ? (pool, message) -> {} : b.deliveries, b.events == null ? Events.NONE : b.events, clock);
    this.triggers = new TriggerService(b.triggers == null ? Triggers.NONE : b.triggers, engine);
    this.signIns = new SignInFlows(engine, triggers);
  }

  /** A builder; pools, randomness and clock are required, the rest have defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserPoolService}. */
  public static final class Builder {
    private UserPools pools;
    private PasswordHasher hasher;
    private Randomness randomness;
    private ConfirmationCodes codes;
    private Deliveries deliveries;
    private Events events;
    private RateLimits rateLimits;
    private Clock clock;
    private String region;
    private Triggers triggers;

    private Builder() {}

    /** Where the pools' Lambda triggers run; default nowhere (a pool naming a function gets UnexpectedLambdaException). */
    public Builder triggers(Triggers triggers) {
      this.triggers = triggers;
      return this;
    }

    /** The pool store (required). */
    public Builder pools(UserPools pools) {
      this.pools = pools;
      return this;
    }

    /** The hasher; default PBKDF2-HMAC-SHA256 with 600,000 iterations. */
    public Builder hasher(PasswordHasher hasher) {
      this.hasher = hasher;
      return this;
    }

    /** The randomness (required; in production a SecureRandom). */
    public Builder randomness(Randomness randomness) {
      this.randomness = randomness;
      return this;
    }

    /** Where codes come from; default six random digits. */
    public Builder codes(ConfirmationCodes codes) {
      this.codes = codes;
      return this;
    }

    /** Where messages go; default nowhere. */
    public Builder deliveries(Deliveries deliveries) {
      this.deliveries = deliveries;
      return this;
    }

    /** Who hears events; default nobody. */
    public Builder events(Events events) {
      this.events = events;
      return this;
    }

    /** The rate limits; default none. */
    public Builder rateLimits(RateLimits rateLimits) {
      this.rateLimits = rateLimits;
      return this;
    }

    /** The clock (required). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The region new pool ids start with; default {@code us-east-1}. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * The service.
     *
     * @throws NullPointerException if pools, randomness or clock is missing
     */
    public UserPoolService build() {
      return new UserPoolService(this);
    }
  }

  /** The Lambda triggers of this service's pools. */
  public TriggerService triggers() {
    return triggers;
  }

  /** The write engine, for the services that share this one's ports ({@link VerificationService}, {@link SchemaOperations}). */
  WriteEngine engine() {
    return engine;
  }

  // -- pools and clients

  /** CreateUserPool. */
  public Either<CognitoError, UserPool> createUserPool(Requests.CreateUserPool r) {
    return guarded(Operation.CREATE_USER_POOL, () -> Commands.parse(r).flatMap(this::run));
  }

  /** CreateUserPool, parsed. */
  public Either<CognitoError, UserPool> createUserPool(Commands.CreateUserPool c) {
    return guarded(Operation.CREATE_USER_POOL, () -> run(c));
  }

  /**
   * CreateUserPool with an id chosen by the caller (a configuration that names fixed ids), checked as
   * any other; an id already used is {@code InvalidParameterException} (the library's wording).
   */
  public Either<CognitoError, UserPool> createUserPool(Commands.CreateUserPool c, UserPoolId id) {
    Objects.requireNonNull(id, "id is null");
    return guarded(Operation.CREATE_USER_POOL, () -> create(c, () -> id, 1)
        .mapLeft(e -> e instanceof CognitoError.InternalError
            ? new CognitoError.InvalidParameter(CognitoError.InvalidParameter.Reason.USER_POOL_EXISTS, id.value())
            : e));
  }

  private Either<CognitoError, UserPool> run(Commands.CreateUserPool c) {
    return create(c, () -> UserPoolId.generate(region, randomness), MAX_ATTEMPTS);
  }

  private Either<CognitoError, UserPool> create(Commands.CreateUserPool c, Supplier<UserPoolId> ids, int attempts) {
    return PoolSettings.tierAllows(c.tier(), c.passwordPolicy())
        .flatMap(ok -> PoolSettings.verifiedBeforeUpdate(HashSet.ofAll(c.attributesRequireVerificationBeforeUpdate()),
            c.autoVerifiedAttributes()))
        .flatMap(beforeUpdate -> Schema.create(c.schema()).flatMap(schema -> {
          Instant now = clock.instant();
          for (int attempt = 0; attempt < attempts; attempt++) {
            UserPool pool = UserPool.builder()
                .id(ids.get())
                .name(c.poolName())
                .passwordPolicy(c.passwordPolicy())
                .tier(c.tier())
                .usernameAttributes(HashSet.ofAll(c.usernameAttributes()))
                .aliasAttributes(HashSet.ofAll(c.aliasAttributes()))
                .autoVerifiedAttributes(HashSet.ofAll(c.autoVerifiedAttributes()))
                .attributesRequireVerificationBeforeUpdate(beforeUpdate)
                .caseSensitivity(c.caseSensitivity())
                .schema(schema)
                .creationDate(now)
                .lastModifiedDate(now)
                .version(1)
                .build();
            if (pools.save(pool).isRight()) {
              return Either.right(pool);
            }
          }
          return Either.left(new CognitoError.InternalError());
        }));
  }

  /** DescribeUserPool. */
  public Either<CognitoError, Results.PoolDescription> describeUserPool(Requests.DescribeUserPool r) {
    return guarded(Operation.DESCRIBE_USER_POOL, () -> Commands.parse(r).flatMap(this::describe));
  }

  /** DescribeUserPool, parsed. */
  public Either<CognitoError, Results.PoolDescription> describeUserPool(UserPoolId id) {
    return guarded(Operation.DESCRIBE_USER_POOL, () -> describe(id));
  }

  private Either<CognitoError, Results.PoolDescription> describe(UserPoolId id) {
    return engine.pool(id).map(pool -> new Results.PoolDescription(pool, pools.users(pool.id()).count()));
  }

  /** UpdateUserPool: the policy (absent means the default policy, as in Cognito) and the tier (absent keeps it). */
  public Either<CognitoError, UserPool> updateUserPool(Requests.UpdateUserPool r) {
    return guarded(Operation.UPDATE_USER_POOL, () -> Commands.parse(r).flatMap(this::run));
  }

  /** UpdateUserPool, parsed. */
  public Either<CognitoError, UserPool> updateUserPool(Commands.UpdateUserPool c) {
    return guarded(Operation.UPDATE_USER_POOL, () -> run(c));
  }

  private Either<CognitoError, UserPool> run(Commands.UpdateUserPool c) {
    return engine.updatePool(c.userPoolId(), pool -> {
      Tier tier = c.tier().getOrElse(pool.tier());
      return PoolSettings.tierAllows(tier, c.passwordPolicy())
          .flatMap(
              allowed -> PoolSettings.verifiedBeforeUpdate(HashSet.ofAll(c.attributesRequireVerificationBeforeUpdate()),
                  pool.autoVerifiedAttributes()))
          .map(beforeUpdate -> pool.withPasswordPolicy(c.passwordPolicy()).withTier(tier)
              .withAttributesRequireVerificationBeforeUpdate(beforeUpdate));
    });
  }

  /** DeleteUserPool: the pool and all its users. */
  public Either<CognitoError, UserPoolId> deleteUserPool(Requests.DeleteUserPool r) {
    return guarded(Operation.DELETE_USER_POOL, () -> Commands.parse(r).flatMap(this::delete));
  }

  /** DeleteUserPool, parsed. */
  public Either<CognitoError, UserPoolId> deleteUserPool(UserPoolId id) {
    return guarded(Operation.DELETE_USER_POOL, () -> delete(id));
  }

  private Either<CognitoError, UserPoolId> delete(UserPoolId id) {
    return pools.delete(id) ? Either.right(id) : Either.left(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, id.value()));
  }

  /** CreateUserPoolClient; with GenerateSecret the client gets a secret, drawn through the Randomness port. */
  public Either<CognitoError, AppClient> createUserPoolClient(Requests.CreateUserPoolClient r) {
    return guarded(Operation.CREATE_USER_POOL_CLIENT, () -> Commands.parse(r).flatMap(this::run));
  }

  /** CreateUserPoolClient, parsed. */
  public Either<CognitoError, AppClient> createUserPoolClient(Commands.CreateUserPoolClient c) {
    return guarded(Operation.CREATE_USER_POOL_CLIENT, () -> run(c));
  }

  /**
   * CreateUserPoolClient with an id chosen by the caller (a configuration that names fixed ids), checked
   * as any other; an id any pool already uses is {@code InvalidParameterException} (the library's wording).
   */
  public Either<CognitoError, AppClient> createUserPoolClient(Commands.CreateUserPoolClient c, ClientId id) {
    Objects.requireNonNull(id, "id is null");
    return guarded(Operation.CREATE_USER_POOL_CLIENT, () -> pools.findByClient(id).isDefined()
        ? Either.left(new CognitoError.InvalidParameter(CognitoError.InvalidParameter.Reason.USER_POOL_CLIENT_EXISTS, id.value()))
        : create(c, id));
  }

  private Either<CognitoError, AppClient> run(Commands.CreateUserPoolClient c) {
    return create(c, ClientId.generate(randomness));
  }

  private Either<CognitoError, AppClient> create(Commands.CreateUserPoolClient c, ClientId id) {
    AppClient client = AppClient.builder()
        .clientSecret(c.generateSecret() ? Option.some(ClientSecret.generate(randomness)) : Option.none())
        .clientId(id)
        .clientName(c.clientName())
        .explicitAuthFlows(HashSet.ofAll(c.explicitAuthFlows()))
        .preventUserExistenceErrors(c.preventUserExistenceErrors())
        .authSessionValidity(c.authSessionValidity())
        .tokenValidity(c.tokenValidity())
        .readAttributes(c.readAttributes())
        .writeAttributes(c.writeAttributes())
        .build();
    return engine.updatePool(c.userPoolId(), pool -> AttributeWrites.clientSettings(pool, client, ClientAttributes.Change.CREATE)
        .map(ok -> pool.withClients(pool.clients().put(client.clientId(), client)))).map(pool -> client);
  }

  /** DescribeUserPoolClient. */
  public Either<CognitoError, AppClient> describeUserPoolClient(Requests.DescribeUserPoolClient r) {
    return guarded(Operation.DESCRIBE_USER_POOL_CLIENT, () -> Commands.parse(r).flatMap(this::describe));
  }

  /** DescribeUserPoolClient, parsed. */
  public Either<CognitoError, AppClient> describeUserPoolClient(Commands.PoolClient c) {
    return guarded(Operation.DESCRIBE_USER_POOL_CLIENT, () -> describe(c));
  }

  private Either<CognitoError, AppClient> describe(Commands.PoolClient c) {
    return engine.pool(c.userPoolId()).flatMap(pool -> client(pool, c.clientId()));
  }

  /** ListUserPools: the pools ordered by id, {@code maxResults} at a time. */
  public Either<CognitoError, Results.PoolPage> listUserPools(Requests.ListUserPools r) {
    return guarded(Operation.LIST_USER_POOLS, () -> Commands.parse(r).map(this::run));
  }

  /** ListUserPools, parsed. */
  public Either<CognitoError, Results.PoolPage> listUserPools(Commands.ListUserPools c) {
    return guarded(Operation.LIST_USER_POOLS, () -> Either.right(run(c)));
  }

  private Results.PoolPage run(Commands.ListUserPools c) {
    Seq<UserPool> after = pools.list().sortBy(p -> p.id().value())
        .dropWhile(p -> c.after().exists(last -> p.id().value().compareTo(last.value()) <= 0));
    Seq<UserPool> page = after.take(c.maxResults());
    return new Results.PoolPage(page,
        after.size() > c.maxResults() ? Option.some(PageToken.encode(page.last().id().value())) : Option.none());
  }

  /** ListUserPoolClients: the pool's app clients ordered by id, {@code maxResults} at a time. */
  public Either<CognitoError, Results.ClientPage> listUserPoolClients(Requests.ListUserPoolClients r) {
    return guarded(Operation.LIST_USER_POOL_CLIENTS, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ListUserPoolClients, parsed. */
  public Either<CognitoError, Results.ClientPage> listUserPoolClients(Commands.ListUserPoolClients c) {
    return guarded(Operation.LIST_USER_POOL_CLIENTS, () -> run(c));
  }

  private Either<CognitoError, Results.ClientPage> run(Commands.ListUserPoolClients c) {
    return engine.pool(c.userPoolId()).flatMap(pool -> c.after().map(last -> {
      Seq<AppClient> after = pool.clients().values().toList().sortBy(a -> a.clientId().value())
          .dropWhile(a -> last.exists(l -> a.clientId().value().compareTo(l.value()) <= 0));
      Seq<AppClient> page = after.take(c.maxResults());
      return new Results.ClientPage(page,
          after.size() > c.maxResults() ? Option.some(PageToken.encode(page.last().clientId().value())) : Option.none());
    }));
  }

  /**
   * UpdateUserPoolClient: the members given replace the client's settings and the members left out go
   * back to their defaults, as in Cognito; the id (and a secret) stay.
   */
  public Either<CognitoError, AppClient> updateUserPoolClient(Requests.UpdateUserPoolClient r) {
    return guarded(Operation.UPDATE_USER_POOL_CLIENT, () -> Commands.parse(r).flatMap(this::run));
  }

  /** UpdateUserPoolClient, parsed. */
  public Either<CognitoError, AppClient> updateUserPoolClient(Commands.UpdateUserPoolClient c) {
    return guarded(Operation.UPDATE_USER_POOL_CLIENT, () -> run(c));
  }

  private Either<CognitoError, AppClient> run(Commands.UpdateUserPoolClient c) {
    return engine.updatePool(c.userPoolId(), pool -> client(pool, c.clientId()).map(current -> current.update(c.clientName(),
        c.explicitAuthFlows(), c.preventUserExistenceErrors(), c.authSessionValidity(), c.tokenValidity())
        .withAttributes(c.readAttributes(), c.writeAttributes()))
        .flatMap(next -> AttributeWrites.clientSettings(pool, next, ClientAttributes.Change.UPDATE))
        .map(next -> pool.withClients(pool.clients().put(c.clientId(), next))))
        .map(pool -> pool.client(c.clientId()).get());
  }

  /** DeleteUserPoolClient. */
  public Either<CognitoError, ClientId> deleteUserPoolClient(Requests.DeleteUserPoolClient r) {
    return guarded(Operation.DELETE_USER_POOL_CLIENT, () -> Commands.parse(r).flatMap(this::delete));
  }

  /** DeleteUserPoolClient, parsed. */
  public Either<CognitoError, ClientId> deleteUserPoolClient(Commands.PoolClient c) {
    return guarded(Operation.DELETE_USER_POOL_CLIENT, () -> delete(c));
  }

  private Either<CognitoError, ClientId> delete(Commands.PoolClient c) {
    return engine.updatePool(c.userPoolId(), pool -> client(pool, c.clientId())
        .map(found -> pool.withClients(pool.clients().remove(c.clientId()))))
        .map(pool -> c.clientId());
  }

  // -- sign-up and creation

  /** SignUp. */
  public Either<CognitoError, Results.SignedUp> signUp(Requests.SignUp r) {
    return guarded(Operation.SIGN_UP, () -> Commands.parse(r).flatMap(this::run));
  }

  /** SignUp, parsed. */
  public Either<CognitoError, Results.SignedUp> signUp(Commands.SignUp c) {
    return guarded(Operation.SIGN_UP, () -> run(c));
  }

  private Either<CognitoError, Results.SignedUp> run(Commands.SignUp c) {
    return poolOfClient(c.clientId()).flatMap(pc -> secretHash(pc, c.username(), c.secretHash()))
        .flatMap(pc -> c.userAttributes().flatMap(a -> AttributeWrites.signUp(pc._1, pc._2, c.username(), a))
            .flatMap(attributes -> triggers.preSignUp(pc._1, TriggerSource.PreSignUp_SignUp, Option.some(pc._2), c.username(), attributes)
                .flatMap(answer -> engine.write(Operation.SIGN_UP, pc._1,
                    ctx -> User.signUp(c.username(), c.password(), TriggerService.verified(answer, attributes), ctx)
                        .flatMap(t -> TriggerService.confirmed(answer, t, ctx))
                        .map(t -> Step.save(t, new Results.SignedUp(t.after(), t.message().flatMap(Message::delivery)))))))
            .flatMap(signedUp -> triggers.signedUp(pc._1, pc._2, signedUp)));
  }

  /** ConfirmSignUp. */
  public Either<CognitoError, User> confirmSignUp(Requests.ConfirmSignUp r) {
    return guarded(Operation.CONFIRM_SIGN_UP, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ConfirmSignUp, parsed. */
  public Either<CognitoError, User> confirmSignUp(Commands.ConfirmSignUp c) {
    return guarded(Operation.CONFIRM_SIGN_UP, () -> run(c));
  }

  private Either<CognitoError, User> run(Commands.ConfirmSignUp c) {
    return poolOfClient(c.clientId()).flatMap(pc -> secretHash(pc, c.username(), c.secretHash()))
        .flatMap(pc -> engine.write(Operation.CONFIRM_SIGN_UP, pc._1,
            ctx -> engine.existing(pc._1, c.username().value(), ExistenceErrors.of(pc._2).unknownUserWithCode())
                .flatMap(user -> user.confirmSignUp(c.confirmationCode(), ctx))
                .map(Step::saveAfter))
            .flatMap(user -> triggers.postConfirmation(pc._1, TriggerSource.PostConfirmation_ConfirmSignUp, Option.some(pc._2), user)));
  }

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

  /**
   * ForgotPassword. With PreventUserExistenceErrors ENABLED, an unknown or disabled user, or one without a
   * verified contact, gets a simulated delivery and nothing is sent (AWS's documented behaviour).
   */
  public Either<CognitoError, Results.CodeSent> forgotPassword(Requests.ForgotPassword r) {
    return guarded(Operation.FORGOT_PASSWORD, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ForgotPassword, parsed. */
  public Either<CognitoError, Results.CodeSent> forgotPassword(Commands.ClientUser c) {
    return guarded(Operation.FORGOT_PASSWORD, () -> run(c));
  }

  private Either<CognitoError, Results.CodeSent> run(Commands.ClientUser c) {
    return poolOfClient(c.clientId()).flatMap(pc -> secretHash(pc, c.username(), c.secretHash()))
        .flatMap(pc -> ExistenceErrors.of(pc._2).forgotPassword(c.username(),
            engine.write(Operation.FORGOT_PASSWORD, pc._1,
                ctx -> engine.existing(pc._1, c.username().value(), new UserNotFound(UserNotFound.Reason.USERNAME_CLIENT_ID_NOT_FOUND))
                    .flatMap(user -> user.forgotPassword(ctx))
                    .map(t -> Step.save(t, new Results.CodeSent(t.message().flatMap(Message::delivery).get()))))));
  }

  /** ConfirmForgotPassword. With PreventUserExistenceErrors ENABLED, unknown and disabled users get CodeMismatchException. */
  public Either<CognitoError, User> confirmForgotPassword(Requests.ConfirmForgotPassword r) {
    return guarded(Operation.CONFIRM_FORGOT_PASSWORD, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ConfirmForgotPassword, parsed. */
  public Either<CognitoError, User> confirmForgotPassword(Commands.ConfirmForgotPassword c) {
    return guarded(Operation.CONFIRM_FORGOT_PASSWORD, () -> run(c));
  }

  private Either<CognitoError, User> run(Commands.ConfirmForgotPassword c) {
    return poolOfClient(c.clientId()).flatMap(pc -> secretHash(pc, c.username(), c.secretHash())).flatMap(pc -> {
      ExistenceErrors existence = ExistenceErrors.of(pc._2);
      return engine.write(Operation.CONFIRM_FORGOT_PASSWORD, pc._1,
          ctx -> engine.existing(pc._1, c.username().value(), existence.unknownUserWithCode())
              .flatMap(user -> user.confirmForgotPassword(c.confirmationCode(), c.password(), ctx)
                  .mapLeft(existence::confirmForgotPasswordRefusal))
              .map(Step::saveAfter))
          .flatMap(
              user -> triggers.postConfirmation(pc._1, TriggerSource.PostConfirmation_ConfirmForgotPassword, Option.some(pc._2), user));
    });
  }

  // -- sign-in

  /** InitiateAuth; the library implements USER_PASSWORD_AUTH. */
  public Either<CognitoError, Results.SignIn> initiateAuth(Requests.InitiateAuth r) {
    return guarded(Operation.INITIATE_AUTH, () -> Commands.parse(r).flatMap(this::run));
  }

  /** AdminInitiateAuth; the library implements ADMIN_USER_PASSWORD_AUTH and its legacy name ADMIN_NO_SRP_AUTH. */
  public Either<CognitoError, Results.SignIn> adminInitiateAuth(Requests.AdminInitiateAuth r) {
    return guarded(Operation.ADMIN_INITIATE_AUTH, () -> Commands.parse(r).flatMap(this::run));
  }

  /** InitiateAuth, or AdminInitiateAuth when the command names a pool; parsed. */
  public Either<CognitoError, Results.SignIn> initiateAuth(Commands.InitiateAuth c) {
    return guarded(operation(c), () -> run(c));
  }

  private static Operation operation(Commands.InitiateAuth c) {
    return c.userPoolId().isDefined() ? Operation.ADMIN_INITIATE_AUTH : Operation.INITIATE_AUTH;
  }

  private Either<CognitoError, Results.SignIn> run(Commands.InitiateAuth c) {
    return poolAndClient(c.userPoolId(), c.clientId()).flatMap(pc -> signIns.initiate(operation(c), pc._1, pc._2, c))
        .flatMap(triggers::postAuthentication);
  }

  /** RespondToAuthChallenge; the library implements NEW_PASSWORD_REQUIRED. */
  public Either<CognitoError, Results.SignIn> respondToAuthChallenge(Requests.RespondToAuthChallenge r) {
    return guarded(Operation.RESPOND_TO_AUTH_CHALLENGE, () -> Commands.parse(r).flatMap(this::run));
  }

  /** AdminRespondToAuthChallenge; the library implements NEW_PASSWORD_REQUIRED. */
  public Either<CognitoError, Results.SignIn> adminRespondToAuthChallenge(Requests.AdminRespondToAuthChallenge r) {
    return guarded(Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE, () -> Commands.parse(r).flatMap(this::run));
  }

  /** RespondToAuthChallenge, or AdminRespondToAuthChallenge when the command names a pool; parsed. */
  public Either<CognitoError, Results.SignIn> respondToAuthChallenge(Commands.RespondToAuthChallenge c) {
    return guarded(operation(c), () -> run(c));
  }

  private static Operation operation(Commands.RespondToAuthChallenge c) {
    return c.userPoolId().isDefined() ? Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE : Operation.RESPOND_TO_AUTH_CHALLENGE;
  }

  private Either<CognitoError, Results.SignIn> run(Commands.RespondToAuthChallenge c) {
    return poolAndClient(c.userPoolId(), c.clientId()).flatMap(pc -> signIns.respond(operation(c), pc._1, pc._2, c))
        .flatMap(triggers::postAuthentication);
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
    return engine.pool(c.userPoolId())
        .flatMap(pool -> engine.write(Operation.ADMIN_UPDATE_USER_ATTRIBUTES, pool,
            ctx -> engine.existing(pool, c.username().value(), userDoesNotExist())
                .flatMap(user -> c.userAttributes().flatMap(a -> AttributeWrites.adminUpdate(pool, a))
                    .flatMap(attributes -> ContactChanges.adminUpdateUserAttributes(user, attributes, ctx)))
                .map(UserPoolService::attributesUpdated)));
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
    CognitoError invalidToken = new NotAuthorized(NotAuthorized.Reason.INVALID_ACCESS_TOKEN);
    return pools.find(c.userPoolId()).toEither(invalidToken)
        .flatMap(pool -> engine.write(Operation.UPDATE_USER_ATTRIBUTES, pool,
            ctx -> pools.users(pool.id()).find(new LookupKey.BySub(c.sub())).toEither(invalidToken)
                .flatMap(user -> c.userAttributes().flatMap(a -> AttributeWrites.userUpdate(pool, Option.none(), a))
                    .flatMap(attributes -> ContactChanges.updateUserAttributes(user, attributes, ctx)))
                .map(UserPoolService::attributesUpdated)));
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

  /**
   * ResendConfirmationCode. With PreventUserExistenceErrors ENABLED, an unknown user gets a simulated
   * delivery and nothing is sent, as for ForgotPassword.
   */
  public Either<CognitoError, Results.CodeSent> resendConfirmationCode(Requests.ResendConfirmationCode r) {
    return guarded(Operation.RESEND_CONFIRMATION_CODE, () -> Commands.parse(r).flatMap(this::resend));
  }

  /** ResendConfirmationCode, parsed. */
  public Either<CognitoError, Results.CodeSent> resendConfirmationCode(Commands.ClientUser c) {
    return guarded(Operation.RESEND_CONFIRMATION_CODE, () -> resend(c));
  }

  private Either<CognitoError, Results.CodeSent> resend(Commands.ClientUser c) {
    return poolOfClient(c.clientId()).flatMap(pc -> secretHash(pc, c.username(), c.secretHash()))
        .flatMap(pc -> ExistenceErrors.of(pc._2).resendConfirmationCode(c.username(),
            engine.write(Operation.RESEND_CONFIRMATION_CODE, pc._1,
                ctx -> engine.existing(pc._1, c.username().value(), new UserNotFound(UserNotFound.Reason.USERNAME_CLIENT_ID_NOT_FOUND))
                    .flatMap(user -> user.resendConfirmationCode(ctx))
                    .map(t -> Step.save(t, new Results.CodeSent(t.message().flatMap(Message::delivery).get()))))));
  }

  private static Step<Results.AttributesUpdated> attributesUpdated(Transition t) {
    return Step.save(t, new Results.AttributesUpdated(t.after(), t.message().flatMap(Message::delivery)));
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

  private static Either<CognitoError, AppClient> client(UserPool pool, ClientId id) {
    return pool.client(id).toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, id.value()));
  }

  private Either<CognitoError, Tuple2<UserPool, AppClient>> poolOfClient(ClientId id) {
    return pools.findByClient(id)
        .flatMap(pool -> pool.client(id).map(client -> Tuple.of(pool, client)))
        .toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, id.value()));
  }

  /** The pool and client, when the request's SECRET_HASH is right for {@code username} (or the client has no secret). */
  private static Either<CognitoError, Tuple2<UserPool, AppClient>> secretHash(Tuple2<UserPool, AppClient> pc, Username username,
      Option<String> secretHash) {
    return pc._2.checkSecretHash(username.value(), secretHash).<Either<CognitoError, Tuple2<UserPool, AppClient>>>map(Either::left)
        .getOrElse(Either.right(pc));
  }

  /** The pool and client an admin command names, or the pool of a client. */
  private Either<CognitoError, Tuple2<UserPool, AppClient>> poolAndClient(Option<UserPoolId> poolId, ClientId clientId) {
    return poolId.isEmpty()
        ? poolOfClient(clientId)
        : engine.pool(poolId.get()).flatMap(pool -> client(pool, clientId).map(client -> Tuple.of(pool, client)));
  }

}
