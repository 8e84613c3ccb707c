package dev.userpool.testkit;

import dev.userpool.pool.LambdaConfig;
import dev.userpool.pool.Trigger;
import dev.userpool.testkit.inprocess.LambdaFunctions;
import dev.userpool.trigger.CustomMessageAnswer;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.MigrationAnswer;
import dev.userpool.trigger.CreateAnswer;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.trigger.PreSignUpAnswer;
import dev.userpool.trigger.TriggerEvent;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A test pool's Lambda triggers as Java functions: each registration sets the pool's LambdaConfig to a function ARN of
 * this process and registers the handler under it, so the pool runs it where Cognito runs the trigger. A handler that
 * throws refuses as a function error does ({@code PreSignUp failed with error <message>.}). {@link #events} are what
 * the functions were sent.
 *
 * <pre>{@code
 * pool.triggers().preSignUp(event -> {
 *   if (!event.userAttributes().getOrElse("email", "").endsWith("@example.com")) {
 *     throw new IllegalStateException("Registration is closed");
 *   }
 *   return new PreSignUpAnswer(true, true, false);
 * });
 * }</pre>
 */
public final class PoolTriggers {

  /** The account of the functions' ARNs (AWS's documentation account). */
  public static final String ACCOUNT = "123456789012";

  /** A typed function: the event in, a typed answer out, or an exception for a function error. */
  @FunctionalInterface
  public interface Function<R> {
    /**
     * The answer.
     *
     * @throws Exception to refuse, with the exception's message
     */
    R apply(TriggerEvent event) throws Exception;
  }

  /** A function whose answer is the event unchanged, or an exception for a function error. */
  @FunctionalInterface
  public interface Check {
    /**
     * Looks at the event.
     *
     * @throws Exception to refuse, with the exception's message
     */
    void accept(TriggerEvent event) throws Exception;
  }

  private final TestPool pool;

  PoolTriggers(TestPool pool) {
    this.pool = pool;
  }

  /** PreSignUp: the answer's flags auto-confirm and auto-verify (SignUp only). */
  public PoolTriggers preSignUp(Function<PreSignUpAnswer> function) {
    Objects.requireNonNull(function, "function is null");
    return function(Trigger.PRE_SIGN_UP, event -> event.answer(function.apply(event).toJson()));
  }

  /** PostConfirmation. */
  public PoolTriggers postConfirmation(Check check) {
    return function(Trigger.POST_CONFIRMATION, checking(check));
  }

  /** PreAuthentication. */
  public PoolTriggers preAuthentication(Check check) {
    return function(Trigger.PRE_AUTHENTICATION, checking(check));
  }

  /** PostAuthentication. */
  public PoolTriggers postAuthentication(Check check) {
    return function(Trigger.POST_AUTHENTICATION, checking(check));
  }

  /**
   * CustomMessage: the answer's words for each code and invitation the pool sends ({@link CustomMessageAnswer#NONE} keeps
   * the default words); {@code event.source()} says which message it is.
   */
  public PoolTriggers customMessage(Function<CustomMessageAnswer> function) {
    Objects.requireNonNull(function, "function is null");
    return function(Trigger.CUSTOM_MESSAGE, event -> event.answer(function.apply(event).toJson()));
  }

  /**
   * UserMigration: the user to create when a USER_PASSWORD_AUTH sign-in or ForgotPassword names one the pool does not
   * have ({@link MigrationAnswer#NONE} leaves the user unknown); the sign-in's password is the event's
   * {@code request.password}.
   */
  public PoolTriggers userMigration(Function<MigrationAnswer> function) {
    Objects.requireNonNull(function, "function is null");
    return function(Trigger.USER_MIGRATION, event -> event.answer(function.apply(event).toJson()));
  }

  /**
   * PreTokenGeneration with events of {@code version}: the function answers the response as JSON, for example
   * {@code {"claimsOverrideDetails":{"claimsToAddOrOverride":{"tenant":"acme"},"claimsToSuppress":["email"]}}}.
   */
  public PoolTriggers preTokenGeneration(LambdaConfig.PreTokenGenerationVersion version, Function<String> responseJson) {
    Objects.requireNonNull(responseJson, "responseJson is null");
    return register(Trigger.PRE_TOKEN_GENERATION, version, event -> {
      Json response = Json.parse(responseJson.apply(event)).getOrElseThrow((String problem) -> new IllegalArgumentException(problem));
      return response instanceof Json.Obj o ? event.answer(o) : response;
    });
  }

  /** DefineAuthChallenge (CUSTOM_AUTH): the next challenge, tokens, or failure, from the steps in {@code request.session}. */
  public PoolTriggers defineAuthChallenge(Function<DefineAnswer> function) {
    Objects.requireNonNull(function, "function is null");
    return function(Trigger.DEFINE_AUTH_CHALLENGE, event -> event.answer(function.apply(event).toJson()));
  }

  /** CreateAuthChallenge (CUSTOM_AUTH): the public and private parameters of a CUSTOM_CHALLENGE. */
  public PoolTriggers createAuthChallenge(Function<CreateAnswer> function) {
    Objects.requireNonNull(function, "function is null");
    return function(Trigger.CREATE_AUTH_CHALLENGE, event -> event.answer(function.apply(event).toJson()));
  }

  /** VerifyAuthChallengeResponse (CUSTOM_AUTH): whether {@code request.challengeAnswer} is right. */
  public PoolTriggers verifyAuthChallengeResponse(Function<Boolean> function) {
    Objects.requireNonNull(function, "function is null");
    return function(Trigger.VERIFY_AUTH_CHALLENGE_RESPONSE,
        event -> event.answer(Json.Obj.empty().with("answerCorrect", Json.bool(function.apply(event)))));
  }

  /** Any trigger, with the raw JSON: the handler gets the event and returns the event with its response. */
  public PoolTriggers function(Trigger trigger, LambdaFunctions.Handler handler) {
    return register(trigger, LambdaConfig.PreTokenGenerationVersion.V1_0, handler);
  }

  /** The ARN this pool's {@code trigger} invokes once registered. */
  public String arn(Trigger trigger) {
    return "arn:aws:lambda:" + pool.id().region() + ":" + ACCOUNT + ":function:" + pool.id().value() + "-" + trigger.memberName();
  }

  /** What this pool's functions were sent, oldest first. */
  public Seq<TriggerEvent> events() {
    return pool.cognito().functions().invocations().map(LambdaFunctions.Invocation::event)
        .filter(e -> e.userPoolId().equals(pool.id().value()));
  }

  /** What this pool's {@code trigger} was sent, oldest first. */
  public Seq<TriggerEvent> events(Trigger trigger) {
    return events().filter(e -> e.trigger() == trigger);
  }

  private PoolTriggers register(Trigger trigger, LambdaConfig.PreTokenGenerationVersion version, LambdaFunctions.Handler handler) {
    Objects.requireNonNull(handler, "handler is null");
    String arn = arn(trigger);
    pool.cognito().functions().register(arn, handler);
    pool.service().triggers().configure(pool.id(), trigger, arn, version).getOrElseThrow(e -> new IllegalStateException(e.message()));
    return this;
  }

  private static LambdaFunctions.Handler checking(Check check) {
    Objects.requireNonNull(check, "check is null");
    return event -> {
      check.accept(event);
      return event.toJson();
    };
  }

  @Override
  public String toString() {
    return "PoolTriggers[" + pool.id().value() + "]";
  }
}
