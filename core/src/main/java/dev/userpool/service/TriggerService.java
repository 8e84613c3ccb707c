package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.group.Group;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPoolId;
import dev.userpool.token.TokenClaims;
import dev.userpool.trigger.Json;
import dev.userpool.pool.LambdaConfig;
import dev.userpool.trigger.PreSignUpAnswer;
import dev.userpool.trigger.TokenCustomization;
import dev.userpool.pool.Trigger;
import dev.userpool.trigger.TriggerFailure;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.trigger.Triggers;
import dev.userpool.user.Attributes;
import dev.userpool.user.AutoConfirmation;
import dev.userpool.user.Context;
import dev.userpool.user.Transition;
import dev.userpool.user.UserStatus;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Lambda triggers, run where Cognito runs them: each method builds the trigger's event (the rules of
 * {@code dev.userpool.trigger}), invokes the pool's function through the {@link Triggers} port when the pool's
 * LambdaConfig names one, and reads what its response may change; a failed invocation is Cognito's error for it
 * ({@link TriggerFailure#error}). A pool without the trigger gets the default answer without an invocation. The other
 * services call it in one line at each place a trigger runs; it also keeps the pools' LambdaConfig
 * (CreateUserPool, UpdateUserPool).
 */
public final class TriggerService {

  private final Triggers triggers;
  private final TriggerInvocation invocation;
  private final WriteEngine engine;
  private final UserMigrations migrations;

  /** The triggers of the pools {@code engine} writes, invoked through {@code triggers}. */
  TriggerService(Triggers triggers, WriteEngine engine) {
    this.triggers = Objects.requireNonNull(triggers, "triggers is null");
    this.engine = Objects.requireNonNull(engine, "engine is null");
    this.invocation = new TriggerInvocation(triggers);
    this.migrations = new UserMigrations(invocation, engine);
  }

  /** The user migration trigger, before a sign-in or ForgotPassword looks the user up. */
  UserMigrations migrations() {
    return migrations;
  }

  // -- LambdaConfig

  /**
   * CreateUserPool with its LambdaConfig: the LambdaConfig is checked first ({@link LambdaConfig#parse}: members naming
   * triggers the library does not run are refused by name), then the pool is created as {@link UserPoolService} does
   * and given the LambdaConfig; a refused LambdaConfig creates nothing.
   */
  public Either<CognitoError, UserPool> createUserPool(UserPoolService service, Requests.CreateUserPool r,
      Either<CognitoError, LambdaConfig> lambdaConfig) {
    return lambdaConfig.flatMap(config -> tierAllows(tier(r.userPoolTier()).getOrElse(Tier.ESSENTIALS), config))
        .flatMap(config -> service.poolConfiguration().createUserPool(r)
            .flatMap(pool -> config.isEmpty() ? Either.right(pool) : configure(pool.id(), config)));
  }

  /**
   * UpdateUserPool with its LambdaConfig: as in Cognito, members left out go back to their defaults, so an absent
   * LambdaConfig removes every trigger. A refused LambdaConfig changes nothing.
   */
  public Either<CognitoError, UserPool> updateUserPool(UserPoolService service, Requests.UpdateUserPool r,
      Either<CognitoError, LambdaConfig> lambdaConfig) {
    Option<Tier> current = UserPoolId.parse(r.userPoolId()).toOption().flatMap(id -> engine.pool(id).toOption()).map(UserPool::tier);
    return lambdaConfig.flatMap(config -> tierAllows(tier(r.userPoolTier()).orElse(current).getOrElse(Tier.ESSENTIALS), config))
        .flatMap(config -> service.poolConfiguration().updateUserPool(r).flatMap(pool -> configure(pool.id(), config)));
  }

  /**
   * The tier's say on a LambdaConfig: PreTokenGenerationConfig's V2_0 and V3_0 events customize access tokens, which the
   * LITE plan does not include ("Access token customization" is an Essentials feature: AWS developer guide, "User pool
   * feature plans"); Cognito's FeatureUnavailableInTierException, the feature's name in its message the library's.
   */
  static Either<CognitoError, LambdaConfig> tierAllows(Tier tier, LambdaConfig config) {
    return tier == Tier.LITE && config.function(Trigger.PRE_TOKEN_GENERATION).isDefined()
        && config.preTokenGenerationVersion().customizesAccessToken()
            ? Either.left(new CognitoError.FeatureUnavailableInTier(tier.name(), LambdaConfig.ACCESS_TOKEN_CUSTOMIZATION))
            : Either.right(config);
  }

  private static Option<Tier> tier(String name) {
    return Option.of(name).flatMap(n -> List.of(Tier.values()).find(t -> t.name().equals(n)));
  }

  /**
   * The pool {@code id} with {@code trigger} invoking {@code arn} (and, for the pre token generation trigger, events of
   * {@code version}), its other triggers kept: how a test sets one trigger.
   */
  public Either<CognitoError, UserPool> configure(UserPoolId id, Trigger trigger, String arn,
      LambdaConfig.PreTokenGenerationVersion version) {
    return engine.updatePool(id, pool -> Either.right(pool.withLambdaConfig(new LambdaConfig(pool.lambdaConfig().functions()
        .put(trigger, arn), trigger == Trigger.PRE_TOKEN_GENERATION ? version : pool.lambdaConfig().preTokenGenerationVersion()))));
  }

  /**
   * The pool {@code id} given {@code lambdaConfig} as a whole, as the endpoint's init file sets it: checked against the
   * pool's tier ({@link #tierAllows}); a refused LambdaConfig changes nothing.
   */
  public Either<CognitoError, UserPool> configure(UserPoolId id, Either<CognitoError, LambdaConfig> lambdaConfig) {
    return lambdaConfig.flatMap(config -> engine.pool(id).flatMap(pool -> tierAllows(pool.tier(), config)))
        .flatMap(config -> configure(id, config));
  }

  private Either<CognitoError, UserPool> configure(UserPoolId id, LambdaConfig config) {
    return engine.updatePool(id, pool -> Either.right(pool.withLambdaConfig(config)));
  }

  // -- sign-up and confirmation

  /**
   * PreSignUp before SignUp ({@code PreSignUp_SignUp}) or AdminCreateUser ({@code PreSignUp_AdminCreateUser}): the
   * function sees the attributes given; its refusal refuses the operation before anything is stored.
   */
  public Either<CognitoError, PreSignUpAnswer> preSignUp(UserPool pool, TriggerSource source, Option<AppClient> client,
      Username username, Attributes attributes) {
    return preSignUp(pool, source, client, username, attributes, TriggerInput.NONE);
  }

  /** PreSignUp with the request's ValidationData ({@code validationData}, null when none) and ClientMetadata. */
  public Either<CognitoError, PreSignUpAnswer> preSignUp(UserPool pool, TriggerSource source, Option<AppClient> client,
      Username username, Attributes attributes, TriggerInput input) {
    Json.Obj request = TriggerInvocation.withClientMetadata(Json.Obj.empty()
        .with("userAttributes", Json.strings(LinkedHashMap.ofEntries(attributes.asMap())))
        .with("validationData", input.validationData().isEmpty() ? new Json.Null() : Json.strings(input.validationData())),
        input.clientMetadata());
    return run(pool, source, client, username.value(), request, PreSignUpAnswer.DEFAULT.toJson(), PreSignUpAnswer::read,
        PreSignUpAnswer.DEFAULT);
  }

  /**
   * PostConfirmation after the user is confirmed or a forgotten password replaced: the change is kept whatever the
   * function answers (its error is still returned: the library's decision, as Cognito confirms before it invokes).
   */
  public Either<CognitoError, User> postConfirmation(UserPool pool, TriggerSource source, Option<AppClient> client, User user) {
    return postConfirmation(pool, source, new Caller(client, LinkedHashMap.empty()), user);
  }

  /** PostConfirmation with the caller's ClientMetadata ({@code clientMetadata}, left out when none). */
  Either<CognitoError, User> postConfirmation(UserPool pool, TriggerSource source, Caller caller, User user) {
    Json.Obj request = TriggerInvocation.withClientMetadata(Json.Obj.empty().with("userAttributes", userAttributes(user)),
        caller.clientMetadata());
    return run(pool, source, caller.client(), user.username().value(), request, Json.Obj.empty(), answer -> Either.right(user), user);
  }

  /** The attributes SignUp stores: with {@code email_verified} and {@code phone_number_verified} as PreSignUp says. */
  static Attributes verified(PreSignUpAnswer answer, Attributes attributes) {
    Attributes email = answer.autoVerifyEmail() && attributes.get("email").isDefined()
        ? attributes.with("email_verified", "true")
        : attributes;
    return answer.autoVerifyPhone() && attributes.get("phone_number").isDefined() ? email.with("phone_number_verified", "true") : email;
  }

  /** SignUp's transition with PreSignUp's {@code autoConfirmUser}: the user confirmed, no code sent. */
  static Either<CognitoError, Transition> confirmed(PreSignUpAnswer answer, Transition signedUp, Context ctx) {
    return answer.autoConfirmUser() ? AutoConfirmation.confirm(signedUp, ctx) : Either.right(signedUp);
  }

  /** After SignUp: PostConfirmation ({@code PostConfirmation_ConfirmSignUp}) when PreSignUp confirmed the user. */
  Either<CognitoError, Results.SignedUp> signedUp(UserPool pool, AppClient client, Results.SignedUp signedUp) {
    return signedUp.user().status() != UserStatus.CONFIRMED
        ? Either.right(signedUp)
        : postConfirmation(pool, TriggerSource.PostConfirmation_ConfirmSignUp, Option.some(client), signedUp.user()).map(u -> signedUp);
  }

  /** PostConfirmation for a user of the pool {@code id}, after an admin operation. */
  Either<CognitoError, User> postConfirmation(UserPoolId id, TriggerSource source, User user) {
    return engine.pool(id).flatMap(pool -> postConfirmation(pool, source, Option.none(), user));
  }

  // -- sign-in

  /** PreAuthentication before a sign-in is decided: its refusal refuses the sign-in, which then changes nothing. */
  public Either<CognitoError, User> preAuthentication(UserPool pool, AppClient client, User user) {
    Json.Obj request = Json.Obj.empty().with("userAttributes", userAttributes(user)).with("validationData", Json.Obj.empty())
        .with("userNotFound", Json.bool(false));
    return run(pool, TriggerSource.PreAuthentication_Authentication, Option.some(client), user.username().value(), request,
        Json.Obj.empty(), answer -> Either.right(user), user);
  }

  /** PostAuthentication after a sign-in succeeded: its error means no tokens. Challenges pass through. */
  public Either<CognitoError, Results.SignIn> postAuthentication(Results.SignIn signIn) {
    if (!(signIn instanceof Results.Authenticated a)) {
      return Either.right(signIn);
    }
    Json.Obj request = Json.Obj.empty().with("userAttributes", userAttributes(a.user())).with("newDeviceUsed", Json.bool(false));
    return run(a.pool(), TriggerSource.PostAuthentication_Authentication, Option.some(a.client()), a.user().username().value(),
        request, Json.Obj.empty(), answer -> Either.right(signIn), signIn);
  }

  /**
   * PreTokenGeneration before tokens are signed: the changes its response makes to the claims (V1: the ID token; V2 and
   * V3: both tokens and the access token's scopes), as {@link TokenCustomization} applies them.
   */
  public Either<CognitoError, TokenCustomization> preTokenGeneration(UserPool pool, AppClient client, User user, Seq<Group> groups,
      TriggerSource source) {
    LambdaConfig.PreTokenGenerationVersion version = pool.lambdaConfig().preTokenGenerationVersion();
    Json.Obj groupConfiguration = Json.Obj.empty()
        .with("groupsToOverride", Json.texts(groups.map(g -> g.name().value())))
        .with("iamRolesToOverride", Json.texts(groups.flatMap(Group::roleArn)))
        .with("preferredRole", Json.textOrNull(groups.flatMap(Group::roleArn).headOption()));
    Json.Obj request = Json.Obj.empty().with("userAttributes", userAttributes(user)).with("groupConfiguration", groupConfiguration);
    if (version.customizesAccessToken()) {
      request = request.with("scopes", Json.texts(List.of(TokenClaims.SCOPE)));
    }
    Json.Obj response = Json.Obj.empty().with(version.customizesAccessToken() ? "claimsAndScopeOverrideDetails" : "claimsOverrideDetails",
        new Json.Null());
    return run(pool, source, Option.some(client), user.username().value(), request, response,
        answer -> TokenCustomization.read(answer, version), TokenCustomization.NONE, version.name().substring(1, 2));
  }

  // -- the invocation

  <T> Either<CognitoError, T> run(UserPool pool, TriggerSource source, Option<AppClient> client, String userName,
      Json.Obj request, Json.Obj response, Function<Json, Either<TriggerFailure, T>> read, T withoutFunction) {
    return invocation.run(pool, source, client, userName, request, response, read, withoutFunction, "1");
  }

  private <T> Either<CognitoError, T> run(UserPool pool, TriggerSource source, Option<AppClient> client, String userName,
      Json.Obj request, Json.Obj response, Function<Json, Either<TriggerFailure, T>> read, T withoutFunction, String version) {
    return invocation.run(pool, source, client, userName, request, response, read, withoutFunction, version);
  }

  /** The user's attributes as events carry them: {@code sub}, every attribute, and {@code cognito:user_status}. */
  static Json.Obj userAttributes(User user) {
    return TriggerInvocation.userAttributes(user);
  }

  @Override
  public String toString() {
    return "TriggerService[" + triggers + "]";
  }
}
