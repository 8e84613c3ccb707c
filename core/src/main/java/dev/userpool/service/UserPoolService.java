package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError.ResourceNotFound;
import dev.userpool.error.CognitoError.UserNotFound;
import dev.userpool.error.Operation;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.ConfirmationCodes;
import dev.userpool.port.Deliveries;
import dev.userpool.port.Events;
import dev.userpool.port.RateLimits;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.user.Attributes;
import dev.userpool.user.AuthOutcome;
import dev.userpool.user.Authentication;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Message;
import dev.userpool.user.MessageAction;
import dev.userpool.user.Naming;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Session;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import dev.userpool.user.Username;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The application service: one method per Cognito operation. Each validates the request as Cognito
 * does (every member violation, in member order), finds the pool and the user through the ports, lets
 * the domain decide, saves the result conditionally and retries from the start when another writer got
 * there first. A refused operation writes nothing; a port that throws yields
 * {@code InternalErrorException} and nothing half-done.
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
  private final PasswordHasher hasher;
  private final Randomness randomness;
  private final ConfirmationCodes codes;
  private final Deliveries deliveries;
  private final Events events;
  private final RateLimits rateLimits;
  private final Clock clock;
  private final String region;

  private UserPoolService(Builder b) {
    this.pools = Objects.requireNonNull(b.pools, "pools is null");
    this.randomness = Objects.requireNonNull(b.randomness, "randomness is null");
    this.clock = Objects.requireNonNull(b.clock, "clock is null");
    this.hasher = b.hasher == null ? Pbkdf2PasswordHasher.withDefaultCost() : b.hasher;
    this.codes = b.codes == null ? () -> ConfirmationCode.sixDigits(randomness) : b.codes;
    this.deliveries = b.deliveries == null ? (pool, message) -> { } : b.deliveries;
    this.events = b.events == null ? Events.NONE : b.events;
    this.rateLimits = b.rateLimits == null ? RateLimits.NONE : b.rateLimits;
    this.region = b.region == null ? "us-east-1" : b.region;
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

    private Builder() {}

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

  // -- pools and clients

  /** CreateUserPool. */
  public Either<CognitoError, UserPool> createUserPool(Requests.CreateUserPool r) {
    return guarded(Operation.CREATE_USER_POOL, () -> {
      Seq<ParameterViolation> problems = Members.POOL_NAME.check(r.poolName())
          .appendAll(policyDraft(r.passwordPolicy()).validate().fold(v -> v, p -> List.empty()))
          .appendAll(Members.optionalEnum("userPoolTier", r.userPoolTier(), Members.TIERS))
          .appendAll(Members.enumList("usernameAttributes", r.usernameAttributes(), Members.CONTACTS))
          .appendAll(Members.enumList("aliasAttributes", r.aliasAttributes(), Members.ALIASES))
          .appendAll(Members.enumList("autoVerifiedAttributes", r.autoVerifiedAttributes(), Members.CONTACTS));
      if (!problems.isEmpty()) {
        return Either.left(new CognitoError.RequestInvalid(problems));
      }
      if (!nullToEmpty(r.usernameAttributes()).isEmpty() && !nullToEmpty(r.aliasAttributes()).isEmpty()) {
        return Either.left(InvalidParameter.of(InvalidParameter.Reason.USERNAME_AND_ALIAS_ATTRIBUTES));
      }
      PasswordPolicy policy = policyDraft(r.passwordPolicy()).validate().get();
      Tier tier = r.userPoolTier() == null ? Tier.ESSENTIALS : Tier.valueOf(r.userPoolTier());
      return tierAllows(tier, policy).flatMap(ok -> {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          UserPool pool = UserPool.builder()
              .id(UserPoolId.generate(region, randomness))
              .name(r.poolName())
              .passwordPolicy(policy)
              .tier(tier)
              .usernameAttributes(HashSet.ofAll(nullToEmpty(r.usernameAttributes())).map(UserPoolService::contactOf))
              .aliasAttributes(HashSet.ofAll(nullToEmpty(r.aliasAttributes())).map(a -> AliasAttribute.valueOf(a.toUpperCase(Locale.ROOT))))
              .autoVerifiedAttributes(HashSet.ofAll(nullToEmpty(r.autoVerifiedAttributes())).map(UserPoolService::contactOf))
              .caseSensitivity(Boolean.FALSE.equals(r.caseSensitive()) ? CaseSensitivity.CASE_INSENSITIVE : CaseSensitivity.CASE_SENSITIVE)
              .creationDate(now)
              .lastModifiedDate(now)
              .version(1)
              .build();
          if (pools.save(pool).isRight()) {
            return Either.right(pool);
          }
        }
        return Either.left(new CognitoError.InternalError());
      });
    });
  }

  /** DescribeUserPool. */
  public Either<CognitoError, Results.PoolDescription> describeUserPool(Requests.DescribeUserPool r) {
    return guarded(Operation.DESCRIBE_USER_POOL, () -> valid(UserPoolId.MEMBER.check(r.userPoolId()))
        .flatMap(ok -> pool(r.userPoolId()))
        .map(pool -> new Results.PoolDescription(pool, pools.users(pool.id()).count())));
  }

  /** UpdateUserPool: the policy (absent means the default policy, as in Cognito) and the tier (absent keeps it). */
  public Either<CognitoError, UserPool> updateUserPool(Requests.UpdateUserPool r) {
    return guarded(Operation.UPDATE_USER_POOL, () -> {
      Seq<ParameterViolation> problems = UserPoolId.MEMBER.check(r.userPoolId())
          .appendAll(policyDraft(r.passwordPolicy()).validate().fold(v -> v, p -> List.empty()))
          .appendAll(Members.optionalEnum("userPoolTier", r.userPoolTier(), Members.TIERS));
      return valid(problems).flatMap(ok -> updatePool(r.userPoolId(), pool -> {
        PasswordPolicy policy = policyDraft(r.passwordPolicy()).validate().get();
        Tier tier = r.userPoolTier() == null ? pool.tier() : Tier.valueOf(r.userPoolTier());
        return tierAllows(tier, policy).map(allowed -> pool.withPasswordPolicy(policy).withTier(tier));
      }));
    });
  }

  /** DeleteUserPool: the pool and all its users. */
  public Either<CognitoError, UserPoolId> deleteUserPool(Requests.DeleteUserPool r) {
    return guarded(Operation.DELETE_USER_POOL, () -> valid(UserPoolId.MEMBER.check(r.userPoolId())).flatMap(ok -> {
      UserPoolId id = new UserPoolId(r.userPoolId());
      return pools.delete(id) ? Either.right(id) : Either.left(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, id.value()));
    }));
  }

  /** CreateUserPoolClient. Client secrets are not implemented. */
  public Either<CognitoError, AppClient> createUserPoolClient(Requests.CreateUserPoolClient r) {
    return guarded(Operation.CREATE_USER_POOL_CLIENT, () -> {
      Seq<ParameterViolation> problems = UserPoolId.MEMBER.check(r.userPoolId())
          .appendAll(Members.CLIENT_NAME.check(r.clientName()))
          .appendAll(Members.enumList("explicitAuthFlows", r.explicitAuthFlows(), List.of(ExplicitAuthFlow.values()).map(Enum::name)))
          .appendAll(Members.optionalEnum("preventUserExistenceErrors", r.preventUserExistenceErrors(), Members.EXISTENCE_ERRORS))
          .appendAll(Members.range("authSessionValidity", r.authSessionValidity(), AppClient.MIN_AUTH_SESSION_VALIDITY,
              AppClient.MAX_AUTH_SESSION_VALIDITY));
      if (!problems.isEmpty()) {
        return Either.left(new CognitoError.RequestInvalid(problems));
      }
      if (Boolean.TRUE.equals(r.generateSecret())) {
        return Either.left(new CognitoError.UnsupportedOperation("GenerateSecret (app clients with a secret)"));
      }
      AppClient client = AppClient.builder()
          .clientId(ClientId.generate(randomness))
          .clientName(r.clientName())
          .explicitAuthFlows(r.explicitAuthFlows() == null || r.explicitAuthFlows().isEmpty()
              ? ExplicitAuthFlow.defaults()
              : HashSet.ofAll(r.explicitAuthFlows()).map(ExplicitAuthFlow::valueOf))
          .preventUserExistenceErrors(r.preventUserExistenceErrors() == null
              ? PreventUserExistenceErrors.LEGACY
              : PreventUserExistenceErrors.valueOf(r.preventUserExistenceErrors()))
          .authSessionValidity(r.authSessionValidity() == null ? AppClient.DEFAULT_AUTH_SESSION_VALIDITY : r.authSessionValidity())
          .build();
      return updatePool(r.userPoolId(), pool -> Either.right(pool.withClients(pool.clients().put(client.clientId(), client))))
          .map(pool -> client);
    });
  }

  /** DescribeUserPoolClient. */
  public Either<CognitoError, AppClient> describeUserPoolClient(Requests.DescribeUserPoolClient r) {
    return guarded(Operation.DESCRIBE_USER_POOL_CLIENT, () ->
        valid(UserPoolId.MEMBER.check(r.userPoolId()).appendAll(ClientId.MEMBER.check(r.clientId())))
            .flatMap(ok -> pool(r.userPoolId()))
            .flatMap(pool -> client(pool, r.clientId())));
  }

  // -- sign-up and creation

  /** SignUp. */
  public Either<CognitoError, Results.SignedUp> signUp(Requests.SignUp r) {
    return guarded(Operation.SIGN_UP, () -> {
      Seq<ParameterViolation> shape = ClientId.MEMBER.check(r.clientId())
          .appendAll(Username.MEMBER.check(r.username()))
          .appendAll(Password.MEMBER.check(r.password()));
      return valid(shape)
          .flatMap(ok -> poolOfClient(r.clientId()))
          .flatMap(pc -> attributes(r.userAttributes()).flatMap(UserPoolService::writableByClients).flatMap(attributes -> write(Operation.SIGN_UP, pc._1, ctx ->
              User.signUp(new Username(r.username()), Password.of(r.password()), attributes, ctx)
                  .map(t -> Step.save(t, new Results.SignedUp(t.after(), t.message().flatMap(Message::delivery)))))));
    });
  }

  /** ConfirmSignUp. */
  public Either<CognitoError, User> confirmSignUp(Requests.ConfirmSignUp r) {
    return guarded(Operation.CONFIRM_SIGN_UP, () -> valid(ClientId.MEMBER.check(r.clientId())
            .appendAll(Username.MEMBER.check(r.username()))
            .appendAll(ConfirmationCode.MEMBER.check(r.confirmationCode())))
        .flatMap(ok -> poolOfClient(r.clientId()))
        .flatMap(pc -> write(Operation.CONFIRM_SIGN_UP, pc._1, ctx -> existing(pc._1, r.username(), pc._2.hidesUnknownUsers()
                ? new CognitoError.CodeMismatch()
                : new UserNotFound(UserNotFound.Reason.USERNAME_CLIENT_ID_NOT_FOUND))
            .flatMap(user -> user.confirmSignUp(ConfirmationCode.parse(r.confirmationCode()).get(), ctx))
            .map(Step::saveAfter))));
  }

  /** AdminConfirmSignUp. */
  public Either<CognitoError, User> adminConfirmSignUp(Requests.AdminConfirmSignUp r) {
    return adminChange(Operation.ADMIN_CONFIRM_SIGN_UP, r.userPoolId(), r.username(), List.empty(), (user, ctx) -> user.adminConfirmSignUp(ctx));
  }

  /** AdminCreateUser, or with MessageAction RESEND a new invitation for an existing user. */
  public Either<CognitoError, User> adminCreateUser(Requests.AdminCreateUser r) {
    return guarded(Operation.ADMIN_CREATE_USER, () -> {
      Seq<ParameterViolation> shape = UserPoolId.MEMBER.check(r.userPoolId())
          .appendAll(Username.MEMBER.check(r.username()))
          .appendAll(Password.MEMBER.named("temporaryPassword").checkIfPresent(r.temporaryPassword()))
          .appendAll(Members.optionalEnum("messageAction", r.messageAction(), Members.MESSAGE_ACTIONS));
      Option<MessageAction> action = Option.of(r.messageAction()).filter(Members.MESSAGE_ACTIONS::contains).map(MessageAction::valueOf);
      Option<Password> temporary = Option.of(r.temporaryPassword()).map(Password::of);
      return valid(shape).flatMap(ok -> pool(r.userPoolId())).flatMap(pool -> attributes(r.userAttributes()).flatMap(attributes ->
          action.contains(MessageAction.RESEND)
              ? write(Operation.ADMIN_CREATE_USER, pool, ctx -> existing(pool, r.username(), new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST))
                  .flatMap(user -> user.resendInvitation(temporary, ctx))
                  .map(Step::saveAfter))
              : write(Operation.ADMIN_CREATE_USER, pool, ctx ->
                  User.adminCreateUser(new Username(r.username()), temporary, attributes, action, ctx).map(Step::saveAfter))));
    });
  }

  // -- passwords

  /** AdminSetUserPassword. */
  public Either<CognitoError, User> adminSetUserPassword(Requests.AdminSetUserPassword r) {
    PasswordKind kind = PasswordKind.ofPermanent(Boolean.TRUE.equals(r.permanent()));
    return adminChange(Operation.ADMIN_SET_USER_PASSWORD, r.userPoolId(), r.username(), Password.MEMBER.check(r.password()),
        (user, ctx) -> user.adminSetUserPassword(Password.of(r.password()), kind, ctx));
  }

  /** ChangePassword, for the pool and sub an adapter read from a valid access token. */
  public Either<CognitoError, User> changePassword(Requests.ChangePassword r) {
    return guarded(Operation.CHANGE_PASSWORD, () -> {
      Seq<ParameterViolation> shape = Password.MEMBER.named("previousPassword").check(r.previousPassword())
          .appendAll(Password.MEMBER.named("proposedPassword").check(r.proposedPassword()));
      CognitoError invalidToken = new NotAuthorized(NotAuthorized.Reason.INVALID_ACCESS_TOKEN);
      return valid(shape).flatMap(ok -> {
        if (r.userPoolId() == null || !UserPoolId.MEMBER.accepts(r.userPoolId()) || r.sub() == null || !dev.userpool.user.Sub.isSub(r.sub())) {
          return Either.left(invalidToken);
        }
        return pools.find(new UserPoolId(r.userPoolId())).toEither(invalidToken).flatMap(pool -> write(Operation.CHANGE_PASSWORD, pool, ctx ->
            pools.users(pool.id()).find(new LookupKey.BySub(new dev.userpool.user.Sub(r.sub()))).toEither(invalidToken)
                .flatMap(user -> user.changePassword(Password.of(r.previousPassword()), Password.of(r.proposedPassword()), ctx))
                .map(Step::saveAfter)));
      });
    });
  }

  /** AdminResetUserPassword. */
  public Either<CognitoError, User> adminResetUserPassword(Requests.AdminResetUserPassword r) {
    return adminChange(Operation.ADMIN_RESET_USER_PASSWORD, r.userPoolId(), r.username(), List.empty(), (user, ctx) -> user.adminResetUserPassword(ctx));
  }

  /**
   * ForgotPassword. With PreventUserExistenceErrors ENABLED, an unknown or disabled user, or one without a
   * verified contact, gets a simulated delivery and nothing is sent (AWS's documented behaviour).
   */
  public Either<CognitoError, Results.CodeSent> forgotPassword(Requests.ForgotPassword r) {
    return guarded(Operation.FORGOT_PASSWORD, () -> valid(ClientId.MEMBER.check(r.clientId()).appendAll(Username.MEMBER.check(r.username())))
        .flatMap(ok -> poolOfClient(r.clientId()))
        .flatMap(pc -> {
          boolean hide = pc._2.hidesUnknownUsers();
          Either<CognitoError, Results.CodeSent> outcome = write(Operation.FORGOT_PASSWORD, pc._1, ctx ->
              existing(pc._1, r.username(), new UserNotFound(UserNotFound.Reason.USERNAME_CLIENT_ID_NOT_FOUND))
                  .flatMap(user -> user.forgotPassword(ctx))
                  .map(t -> Step.save(t, new Results.CodeSent(t.message().flatMap(Message::delivery).get()))));
          return hide && outcome.isLeft() && hiddenFromForgotPassword(outcome.getLeft())
              ? Either.right(new Results.CodeSent(simulatedDelivery(r.username())))
              : outcome;
        }));
  }

  /** ConfirmForgotPassword. With PreventUserExistenceErrors ENABLED, unknown and disabled users get CodeMismatchException. */
  public Either<CognitoError, User> confirmForgotPassword(Requests.ConfirmForgotPassword r) {
    return guarded(Operation.CONFIRM_FORGOT_PASSWORD, () -> valid(ClientId.MEMBER.check(r.clientId())
            .appendAll(Username.MEMBER.check(r.username()))
            .appendAll(ConfirmationCode.MEMBER.check(r.confirmationCode()))
            .appendAll(Password.MEMBER.check(r.password())))
        .flatMap(ok -> poolOfClient(r.clientId()))
        .flatMap(pc -> {
          boolean hide = pc._2.hidesUnknownUsers();
          return write(Operation.CONFIRM_FORGOT_PASSWORD, pc._1, ctx ->
              existing(pc._1, r.username(), hide ? new CognitoError.CodeMismatch() : new UserNotFound(UserNotFound.Reason.USERNAME_CLIENT_ID_NOT_FOUND))
                  .flatMap(user -> user.confirmForgotPassword(ConfirmationCode.parse(r.confirmationCode()).get(), Password.of(r.password()), ctx)
                      .mapLeft(e -> hide && isDisabled(e) ? new CognitoError.CodeMismatch() : e))
                  .map(Step::saveAfter));
        }));
  }

  // -- sign-in

  /** InitiateAuth; the library implements USER_PASSWORD_AUTH. */
  public Either<CognitoError, Results.SignIn> initiateAuth(Requests.InitiateAuth r) {
    return guarded(Operation.INITIATE_AUTH, () -> valid(ClientId.MEMBER.check(r.clientId())
            .appendAll(Members.requiredEnum("authFlow", r.authFlow(), Members.AUTH_FLOWS)))
        .flatMap(ok -> poolOfClient(r.clientId()))
        .flatMap(pc -> {
          if (r.authFlow().startsWith("ADMIN_")) {
            return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_METHOD_NOT_SUPPORTED));
          }
          if (!r.authFlow().equals("USER_PASSWORD_AUTH")) {
            return Either.left(new CognitoError.UnsupportedOperation(r.authFlow()));
          }
          if (!pc._2.allowsUserPasswordAuth()) {
            return Either.left(InvalidParameter.of(InvalidParameter.Reason.USER_PASSWORD_AUTH_NOT_ENABLED));
          }
          return signIn(Operation.INITIATE_AUTH, pc._1, pc._2, r.authParameters());
        }));
  }

  /** AdminInitiateAuth; the library implements ADMIN_USER_PASSWORD_AUTH and its legacy name ADMIN_NO_SRP_AUTH. */
  public Either<CognitoError, Results.SignIn> adminInitiateAuth(Requests.AdminInitiateAuth r) {
    return guarded(Operation.ADMIN_INITIATE_AUTH, () -> valid(UserPoolId.MEMBER.check(r.userPoolId())
            .appendAll(ClientId.MEMBER.check(r.clientId()))
            .appendAll(Members.requiredEnum("authFlow", r.authFlow(), Members.AUTH_FLOWS)))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> client(pool, r.clientId()).flatMap(client -> {
          if (r.authFlow().equals("USER_PASSWORD_AUTH")) {
            return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_METHOD_NOT_SUPPORTED));
          }
          if (!r.authFlow().equals("ADMIN_USER_PASSWORD_AUTH") && !r.authFlow().equals("ADMIN_NO_SRP_AUTH")) {
            return Either.left(new CognitoError.UnsupportedOperation(r.authFlow()));
          }
          if (!client.allowsAdminUserPasswordAuth()) {
            return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_FLOW_NOT_ENABLED));
          }
          return signIn(Operation.ADMIN_INITIATE_AUTH, pool, client, r.authParameters());
        })));
  }

  /** RespondToAuthChallenge; the library implements NEW_PASSWORD_REQUIRED. */
  public Either<CognitoError, Results.SignIn> respondToAuthChallenge(Requests.RespondToAuthChallenge r) {
    return guarded(Operation.RESPOND_TO_AUTH_CHALLENGE, () -> valid(ClientId.MEMBER.check(r.clientId())
            .appendAll(Members.requiredEnum("challengeName", r.challengeName(), Members.CHALLENGES))
            .appendAll(Session.MEMBER.checkIfPresent(r.session())))
        .flatMap(ok -> poolOfClient(r.clientId()))
        .flatMap(pc -> answer(Operation.RESPOND_TO_AUTH_CHALLENGE, pc._1, pc._2, r.challengeName(), r.session(), r.challengeResponses())));
  }

  /** AdminRespondToAuthChallenge; the library implements NEW_PASSWORD_REQUIRED. */
  public Either<CognitoError, Results.SignIn> adminRespondToAuthChallenge(Requests.AdminRespondToAuthChallenge r) {
    return guarded(Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE, () -> valid(UserPoolId.MEMBER.check(r.userPoolId())
            .appendAll(ClientId.MEMBER.check(r.clientId()))
            .appendAll(Members.requiredEnum("challengeName", r.challengeName(), Members.CHALLENGES))
            .appendAll(Session.MEMBER.checkIfPresent(r.session())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> client(pool, r.clientId())
            .flatMap(client -> answer(Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE, pool, client, r.challengeName(), r.session(), r.challengeResponses()))));
  }

  // -- the Enabled flag, reads and deletion

  /** AdminDisableUser. */
  public Either<CognitoError, User> adminDisableUser(Requests.AdminDisableUser r) {
    return adminChange(Operation.ADMIN_DISABLE_USER, r.userPoolId(), r.username(), List.empty(), (user, ctx) -> user.adminDisableUser(ctx));
  }

  /** AdminEnableUser. */
  public Either<CognitoError, User> adminEnableUser(Requests.AdminEnableUser r) {
    return adminChange(Operation.ADMIN_ENABLE_USER, r.userPoolId(), r.username(), List.empty(), (user, ctx) -> user.adminEnableUser(ctx));
  }

  /** AdminGetUser. */
  public Either<CognitoError, User> adminGetUser(Requests.AdminGetUser r) {
    return guarded(Operation.ADMIN_GET_USER, () -> valid(UserPoolId.MEMBER.check(r.userPoolId()).appendAll(Username.MEMBER.check(r.username())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> existing(pool, r.username(), new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST))));
  }

  /** AdminDeleteUser. */
  public Either<CognitoError, User> adminDeleteUser(Requests.AdminDeleteUser r) {
    return guarded(Operation.ADMIN_DELETE_USER, () -> valid(UserPoolId.MEMBER.check(r.userPoolId()).appendAll(Username.MEMBER.check(r.username())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> write(Operation.ADMIN_DELETE_USER, pool, ctx ->
            existing(pool, r.username(), new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST)).map(user -> Step.delete(user, ctx.now())))));
  }

  /** ListUsers, ordered by username, with an optional {@code =} or {@code ^=} filter. */
  public Either<CognitoError, Results.UserPage> listUsers(Requests.ListUsers r) {
    return guarded(Operation.LIST_USERS, () -> valid(UserPoolId.MEMBER.check(r.userPoolId())
            .appendAll(Members.range("limit", r.limit(), 0, 60))
            .appendAll(Members.PAGINATION_TOKEN.checkIfPresent(r.paginationToken()))
            .appendAll(Members.FILTER.checkIfPresent(r.filter())))
        .flatMap(ok -> pool(r.userPoolId()))
        .flatMap(pool -> UserFilter.parse(r.filter()).flatMap(filter -> PageToken.decode(r.paginationToken()).map(after -> {
          int limit = r.limit() == null || r.limit() == 0 ? 60 : r.limit();
          return page(pools.users(pool.id()), pool, filter, after, limit);
        }))));
  }

  // -- shared steps

  private Either<CognitoError, Results.SignIn> signIn(Operation op, UserPool pool, AppClient client, Map<String, String> parameters) {
    Option<String> username = parameter(parameters, "USERNAME");
    Option<String> password = parameter(parameters, "PASSWORD");
    if (username.isEmpty()) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, "USERNAME"));
    }
    if (password.isEmpty()) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, "PASSWORD"));
    }
    CognitoError unknown = client.hidesUnknownUsers()
        ? new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD)
        : new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST);
    return write(op, pool, ctx -> existing(pool, username.get(), unknown)
        .flatMap(user -> user.signIn(Password.of(password.get()), client, ctx).map(auth -> Step.authenticate(user, auth, pool, client))));
  }

  private Either<CognitoError, Results.SignIn> answer(
      Operation op, UserPool pool, AppClient client, String challengeName, String rawSession, Map<String, String> responses) {
    if (!challengeName.equals("NEW_PASSWORD_REQUIRED")) {
      return Either.left(new CognitoError.UnsupportedOperation(challengeName));
    }
    Option<String> username = parameter(responses, "USERNAME");
    Option<String> newPassword = parameter(responses, "NEW_PASSWORD");
    if (username.isEmpty()) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, "USERNAME"));
    }
    if (newPassword.isEmpty()) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, "NEW_PASSWORD"));
    }
    if (rawSession == null) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
    }
    Session session = Session.parse(rawSession).get();
    List<io.vavr.Tuple2<String, String>> updates = List.ofAll(responses == null ? java.util.List.of() : responses.entrySet())
        .filter(e -> e.getKey() != null && e.getKey().startsWith("userAttributes.") && e.getValue() != null)
        .map(e -> Tuple.of(e.getKey().substring("userAttributes.".length()), e.getValue()));
    CognitoError unknown = client.hidesUnknownUsers()
        ? new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID)
        : new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST);
    return Attributes.parse("challengeResponses", updates).flatMap(UserPoolService::writableByClients).flatMap(attributes -> write(op, pool, ctx -> existing(pool, username.get(), unknown)
        .flatMap(user -> user.answerNewPasswordChallenge(session, Password.of(newPassword.get()), attributes, ctx)
            .map(auth -> Step.authenticate(user, auth, pool, client)))));
  }

  private interface AdminDecision {
    Either<CognitoError, Transition> decide(User user, Context ctx);
  }

  /** An admin operation on one user: validate pool id, username and extra members; find the pool and the user; decide; save. */
  private Either<CognitoError, User> adminChange(
      Operation op, String rawPoolId, String rawUsername, Seq<ParameterViolation> extra, AdminDecision decision) {
    return guarded(op, () -> valid(UserPoolId.MEMBER.check(rawPoolId).appendAll(Username.MEMBER.check(rawUsername)).appendAll(extra))
        .flatMap(ok -> pool(rawPoolId))
        .flatMap(pool -> write(op, pool, ctx -> existing(pool, rawUsername, new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST))
            .flatMap(user -> decision.decide(user, ctx))
            .map(Step::saveAfter))));
  }

  /** What a decision asks the store to do, and what the caller gets when it is done. */
  private record Step<T>(Option<User> save, Option<User> delete, Option<Message> message, Option<UserEvent> event, T result) {

    static Step<User> saveAfter(Transition t) {
      return new Step<>(Option.some(t.after()), Option.none(), t.message(), Option.some(t.event()), t.after());
    }

    static <T> Step<T> save(Transition t, T result) {
      return new Step<>(Option.some(t.after()), Option.none(), t.message(), Option.some(t.event()), result);
    }

    static Step<User> delete(User user, Instant now) {
      return new Step<>(Option.none(), Option.some(user), Option.none(), Option.some(new UserEvent.UserDeleted(user.username(), now)), user);
    }

    /** A sign-in that changed nothing (a plain authentication) writes nothing. */
    static Step<Results.SignIn> authenticate(User before, Authentication a, UserPool pool, AppClient client) {
      Results.SignIn result = a.outcome() instanceof AuthOutcome.NewPasswordRequired challenge
          ? new Results.NewPasswordRequired(pool, a.after(), challenge.session())
          : new Results.Authenticated(pool, client, a.after());
      Option<User> save = a.after() == before ? Option.none() : Option.some(a.after());
      return new Step<>(save, Option.none(), Option.none(), Option.some(a.event()), result);
    }
  }

  /**
   * Load, decide, write; again from the start when the store says another writer was first. The
   * decision function loads what it needs itself, so each attempt sees the latest user.
   */
  private <T> Either<CognitoError, T> write(Operation op, UserPool pool, Function<Context, Either<CognitoError, Step<T>>> decide) {
    Users users = pools.users(pool.id());
    Naming naming = Naming.of(pool);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Context ctx = new Context(clock.instant(), pool, hasher, randomness, codes::next);
      Either<CognitoError, Step<T>> decided = decide.apply(ctx);
      if (decided.isLeft()) {
        return Either.left(decided.getLeft());
      }
      Step<T> step = decided.get();
      Option<StoreConflict> conflict = step.save().isDefined()
          ? users.save(step.save().get(), naming.keysOf(step.save().get())).swap().toOption()
          : step.delete().flatMap(u -> users.delete(u).swap().toOption());
      if (conflict.isEmpty()) {
        step.event().forEach(e -> events.publish(pool.id(), e));
        step.message().forEach(m -> deliver(pool.id(), m));
        return Either.right(step.result());
      }
      if (conflict.get() instanceof StoreConflict.KeyTaken taken && !(taken.key() instanceof LookupKey.BySub)) {
        return Either.left(keyTaken(op, pool, taken.key()));
      }
    }
    return Either.left(new CognitoError.InternalError());
  }

  private void deliver(UserPoolId pool, Message message) {
    try {
      deliveries.deliver(pool, message);
    } catch (RuntimeException e) {
      // The change is saved; like a bounced email, the user asks for a new code.
    }
  }

  private static CognitoError keyTaken(Operation op, UserPool pool, LookupKey key) {
    if (key instanceof LookupKey.ByAlias alias) {
      if (pool.usernamesAreContacts()) {
        return new CognitoError.UsernameExists(alias.attribute() == AliasAttribute.EMAIL
            ? CognitoError.UsernameExists.Reason.EMAIL_TAKEN
            : CognitoError.UsernameExists.Reason.PHONE_NUMBER_TAKEN);
      }
      return new CognitoError.AliasExists(switch (alias.attribute()) {
        case EMAIL -> CognitoError.AliasExists.Reason.EMAIL;
        case PHONE_NUMBER -> CognitoError.AliasExists.Reason.PHONE_NUMBER;
        case PREFERRED_USERNAME -> CognitoError.AliasExists.Reason.PREFERRED_USERNAME;
      });
    }
    return new CognitoError.UsernameExists(op == Operation.SIGN_UP
        ? CognitoError.UsernameExists.Reason.USER_ALREADY_EXISTS
        : CognitoError.UsernameExists.Reason.USER_ACCOUNT_ALREADY_EXISTS);
  }

  /** Rate limit, then the body; a port that throws becomes InternalErrorException. */
  private <T> Either<CognitoError, T> guarded(Operation op, Supplier<Either<CognitoError, T>> body) {
    try {
      if (!rateLimits.permits(op)) {
        return Either.left(new CognitoError.TooManyRequests());
      }
      return body.get();
    } catch (RuntimeException e) {
      return Either.left(new CognitoError.InternalError());
    }
  }

  private Either<CognitoError, UserPool> updatePool(String rawId, Function<UserPool, Either<CognitoError, UserPool>> change) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Either<CognitoError, UserPool> changed = pool(rawId).flatMap(current -> change.apply(current)
          .map(next -> next.withLastModifiedDate(clock.instant()).withVersion(current.version() + 1)));
      if (changed.isLeft()) {
        return changed;
      }
      if (pools.save(changed.get()).isRight()) {
        return changed;
      }
    }
    return Either.left(new CognitoError.InternalError());
  }

  private Either<CognitoError, UserPool> pool(String rawId) {
    return pools.find(new UserPoolId(rawId)).toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, rawId));
  }

  private static Either<CognitoError, AppClient> client(UserPool pool, String rawClientId) {
    return pool.client(new ClientId(rawClientId)).toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, rawClientId));
  }

  private Either<CognitoError, Tuple2<UserPool, AppClient>> poolOfClient(String rawClientId) {
    ClientId id = new ClientId(rawClientId);
    return pools.findByClient(id)
        .flatMap(pool -> pool.client(id).map(client -> Tuple.of(pool, client)))
        .toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, rawClientId));
  }

  /** The user a request names by username, alias or sub, or {@code whenMissing}. */
  private Either<CognitoError, User> existing(UserPool pool, String name, CognitoError whenMissing) {
    Users users = pools.users(pool.id());
    for (LookupKey key : Naming.of(pool).candidates(name)) {
      Option<User> found = users.find(key);
      if (found.isDefined()) {
        return Either.right(found.get());
      }
    }
    return Either.left(whenMissing);
  }

  private static Either<CognitoError, Boolean> valid(Seq<ParameterViolation> problems) {
    return problems.isEmpty() ? Either.right(true) : Either.left(new CognitoError.RequestInvalid(problems));
  }

  private static Either<CognitoError, Attributes> attributes(java.util.List<Requests.AttributeType> raw) {
    return raw == null
        ? Either.right(Attributes.empty())
        : Attributes.parse("userAttributes", List.ofAll(raw).map(a -> a == null ? null : Tuple.of(a.name(), a.value())));
  }

  /** App clients may not mark a contact verified: only an administrator, or a code, does that. */
  private static Either<CognitoError, Attributes> writableByClients(Attributes attributes) {
    boolean setsVerification = List.of(ContactAttribute.values()).exists(c -> attributes.get(c.verifiedName()).isDefined());
    return setsVerification
        ? Either.left(new NotAuthorized(NotAuthorized.Reason.ATTRIBUTE_NOT_WRITABLE))
        : Either.right(attributes);
  }

  private static Either<CognitoError, Boolean> tierAllows(Tier tier, PasswordPolicy policy) {
    if (policy.passwordHistorySize() > 0 && !tier.allowsPasswordHistory()) {
      return Either.left(new CognitoError.FeatureUnavailableInTier(tier.name(), CognitoError.FeatureUnavailableInTier.PASSWORD_REUSE_PREVENTION));
    }
    return Either.right(true);
  }

  private static PasswordPolicy.Draft policyDraft(Requests.PasswordPolicyType p) {
    if (p == null) {
      return PasswordPolicy.draft().requireLowercase(true).requireUppercase(true).requireNumbers(true).requireSymbols(true);
    }
    return PasswordPolicy.draft()
        .minimumLength(p.minimumLength())
        .requireUppercase(p.requireUppercase())
        .requireLowercase(p.requireLowercase())
        .requireNumbers(p.requireNumbers())
        .requireSymbols(p.requireSymbols())
        .passwordHistorySize(p.passwordHistorySize())
        .temporaryPasswordValidityDays(p.temporaryPasswordValidityDays());
  }

  private static ContactAttribute contactOf(String name) {
    return name.equals("email") ? ContactAttribute.EMAIL : ContactAttribute.PHONE_NUMBER;
  }

  private static <T> java.util.List<T> nullToEmpty(java.util.List<T> list) {
    return list == null ? java.util.List.of() : list;
  }

  private static Option<String> parameter(Map<String, String> parameters, String name) {
    return parameters == null ? Option.none() : Option.of(parameters.get(name));
  }

  private static boolean isDisabled(CognitoError e) {
    return e instanceof NotAuthorized n && n.reason() == NotAuthorized.Reason.USER_DISABLED;
  }

  private static boolean hiddenFromForgotPassword(CognitoError e) {
    return e instanceof UserNotFound || isDisabled(e)
        || (e instanceof InvalidParameter p && p.reason() == InvalidParameter.Reason.NO_VERIFIED_CONTACT);
  }

  private static CodeDelivery simulatedDelivery(String username) {
    if (Attributes.isPhoneNumber(username)) {
      return new CodeDelivery(ContactAttribute.PHONE_NUMBER, username);
    }
    return new CodeDelivery(ContactAttribute.EMAIL, Attributes.isEmail(username) ? username : username + "@" + username);
  }

  private static Results.UserPage page(Users users, UserPool pool, UserFilter filter, Option<Username> after, int limit) {
    List<User> collected = List.empty();
    Option<Username> cursor = after;
    boolean more = true;
    while (collected.size() < limit && more) {
      Seq<User> batch = users.list(cursor, Math.max(limit, 60));
      more = batch.size() == Math.max(limit, 60);
      for (User u : batch) {
        cursor = Option.some(u.username());
        if (filter.accepts(u, pool)) {
          collected = collected.append(u);
          if (collected.size() == limit) {
            break;
          }
        }
      }
    }
    boolean hasNext = collected.size() == limit && !users.list(Option.some(collected.last().username()), 1).isEmpty();
    return new Results.UserPage(collected, hasNext ? Option.some(PageToken.encode(collected.last().username())) : Option.none());
  }
}
