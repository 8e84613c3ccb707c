package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.that;

import dev.userpool.testkit.inprocess.LambdaFunctions;
import dev.userpool.testkit.sdk.Expect;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.sdk.ScenarioTarget;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/**
 * Lambda triggers that run a function: what its answer or its failure does. Over HTTP the kit has no function to
 * give the endpoint (an endpoint runs functions where its operator points it, such as this project's
 * {@code --lambda-endpoint}), so these rules run in process only, against an in-process Cognito whose functions the
 * rule registers; over HTTP they are not applicable. Each rule's function has an ARN of its own.
 */
final class TriggerRunRules {

  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";
  private static final String OVER_HTTP = "in process only: over HTTP the kit cannot give the endpoint a Lambda function to run";

  private TriggerRunRules() {}

  /** A rule's pool with the trigger set to its function, the functions to register it with, and the function's ARN. */
  private record Run(KitPool pool, LambdaFunctions functions, String arn) {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    rule(rules, "pre-sign-up.auto-confirm", "A PreSignUp function answering autoConfirmUser true confirms the user SignUp creates:"
        + " UserConfirmed true, status CONFIRMED (in process)", GUIDE + "user-pool-lambda-pre-sign-up.html", (l, arn) -> l.preSignUp(arn),
        run -> {
          run.functions().register(run.arn(), event -> answer(event, "{\"autoConfirmUser\":true}"));
          equal(true, run.pool().cognito.signUp(b -> b.clientId(run.pool().clientId).username(KitPool.JANE).password(KitPool.FINAL))
              .userConfirmed(), "UserConfirmed");
          equal("CONFIRMED", run.pool().status(KitPool.JANE), "UserStatus");
        });
    rule(rules, "pre-sign-up.refused", "A PreSignUp function that fails refuses SignUp with UserLambdaValidationException \"PreSignUp"
        + " failed with error <its message>.\" and no user is created (in process)", GUIDE + "user-pool-lambda-pre-sign-up.html",
        (l, arn) -> l.preSignUp(arn), run -> {
          run.functions().register(run.arn(), event -> {
            throw new IllegalStateException("Registration is closed");
          });
          Expect.refused("UserLambdaValidationException", 400, "PreSignUp failed with error Registration is closed.",
              () -> run.pool().cognito.signUp(b -> b.clientId(run.pool().clientId).username(KitPool.JANE).password(KitPool.FINAL)));
          Expect.refused("UserNotFoundException", 400, "User does not exist.", () -> run.pool().status(KitPool.JANE));
        });
    rule(rules, "post-confirmation.invoked", "AdminConfirmSignUp runs PostConfirmation with triggerSource"
        + " PostConfirmation_ConfirmSignUp (in process)", GUIDE + "user-pool-lambda-post-confirmation.html",
        (l, arn) -> l.postConfirmation(arn), run -> {
          List<String> sources = new ArrayList<>();
          run.functions().register(run.arn(), event -> {
            sources.add(event.source().name());
            return event.toJson();
          });
          run.pool().signedUp(KitPool.JANE, KitPool.FINAL);
          run.pool().cognito.adminConfirmSignUp(b -> b.userPoolId(run.pool().id).username(KitPool.JANE));
          equal(List.of("PostConfirmation_ConfirmSignUp"), sources, "the function's triggerSource");
        });
    rule(rules, "pre-authentication.refused", "A PreAuthentication function that fails refuses the sign-in with"
        + " UserLambdaValidationException \"PreAuthentication failed with error <its message>.\" (in process)",
        GUIDE + "user-pool-lambda-pre-authentication.html", (l, arn) -> l.preAuthentication(arn), run -> {
          run.pool().confirmed(KitPool.JANE, KitPool.FINAL);
          run.functions().register(run.arn(), event -> {
            throw new IllegalStateException("Account locked by the application");
          });
          Expect.refused("UserLambdaValidationException", 400, "PreAuthentication failed with error Account locked by the application.",
              () -> run.pool().signIn(KitPool.JANE, KitPool.FINAL));
        });
    rule(rules, "pre-token-generation.claim-added", "A PreTokenGeneration function's claimsToAddOrOverride appear in the ID token,"
        + " and it cannot change sub (in process)", GUIDE + "user-pool-lambda-pre-token-generation.html",
        (l, arn) -> l.preTokenGeneration(arn), run -> {
          run.pool().confirmed(KitPool.JANE, KitPool.FINAL);
          run.functions().register(run.arn(), event -> answer(event, "{\"claimsOverrideDetails\":{\"claimsToAddOrOverride\":"
              + "{\"tenant\":\"acme\",\"sub\":\"someone-else\"}}}"));
          Jwt id = Jwt.claims(run.pool().tokens(KitPool.JANE, KitPool.FINAL).idToken());
          equal("acme", id.text("tenant"), "the added claim tenant");
          that(!"someone-else".equals(id.text("sub")), "sub unchanged");
        });
    return rules;
  }

  private static Json answer(TriggerEvent event, String response) {
    return event.answer((Json.Obj) Json.parse(response).get());
  }

  private static void rule(List<ConformanceRule> rules, String name, String statement, String source,
      BiConsumer<LambdaConfigType.Builder, String> trigger, Consumer<Run> steps) {
    rules.add(new ConformanceRule("triggers." + name, Area.TRIGGERS, statement, source, target -> steps.accept(run(target, trigger))));
  }

  private static Run run(ScenarioTarget target, BiConsumer<LambdaConfigType.Builder, String> trigger) {
    if (!(target.client() instanceof InProcessCognitoClient inProcess)) {
      throw new NotApplicable(OVER_HTTP);
    }
    String arn = "arn:aws:lambda:us-east-1:123456789012:function:" + KitPool.randomName("conformance");
    KitPool pool = KitPool.create(target, p -> p.lambdaConfig(l -> trigger.accept(l, arn)), c -> {});
    return new Run(pool, inProcess.cognito().functions(), arn);
  }
}
