package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;

import dev.userpool.error.LambdaConfigRefused;
import dev.userpool.testkit.sdk.Expect;
import dev.userpool.testkit.sdk.ScenarioTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/**
 * Lambda triggers as far as the API shows them without running a function: the pool's LambdaConfig, the
 * configurations refused, and a trigger naming a function no one runs. What a function's answer does needs a
 * Lambda runner behind the endpoint, which the kit cannot assume; those rules stay in the project's own tests
 * (LambdaTriggersTest).
 */
final class TriggerRules {

  private static final String PRE_SIGN_UP = "arn:aws:lambda:us-east-1:123456789012:function:conformance-pre-sign-up";
  private static final String PRE_TOKEN = "arn:aws:lambda:us-east-1:123456789012:function:conformance-pre-token";

  private TriggerRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    rule(rules, "lambda-config.described", "The LambdaConfig of CreateUserPool is what DescribeUserPool returns, PreTokenGeneration"
        + " with PreTokenGenerationConfig V1_0", api("CreateUserPool"), target -> {
          KitPool pool = KitPool.create(target, p -> p.lambdaConfig(l -> l.preSignUp(PRE_SIGN_UP).preTokenGeneration(PRE_TOKEN)), c -> {});
          LambdaConfigType described = pool.cognito.describeUserPool(b -> b.userPoolId(pool.id)).userPool().lambdaConfig();
          equal(PRE_SIGN_UP, described.preSignUp(), "PreSignUp");
          equal(PRE_TOKEN, described.preTokenGeneration(), "PreTokenGeneration");
          equal(PRE_TOKEN, described.preTokenGenerationConfig().lambdaArn(), "PreTokenGenerationConfig LambdaArn");
          equal("V1_0", described.preTokenGenerationConfig().lambdaVersionAsString(), "PreTokenGenerationConfig LambdaVersion");
        });
    String unsupported = new LambdaConfigRefused(LambdaConfigRefused.Reason.NOT_IMPLEMENTED, "CustomSMSSender").message();
    rule(rules, "lambda-config.not-run-refused", "CreateUserPool with a LambdaConfig naming a member the endpoint does not run"
        + " (CustomSMSSender) is InvalidParameterException \"" + unsupported + "\"", decision("trigger-unimplemented-refused"),
        target -> Expect.refused("InvalidParameterException", 400, unsupported, () -> target.client().createUserPool(
            b -> b.poolName(KitPool.randomName("conformance"))
                .lambdaConfig(l -> l.customSMSSender(s -> s.lambdaArn(PRE_SIGN_UP).lambdaVersion("V1_0"))))));
    String differ = new LambdaConfigRefused(LambdaConfigRefused.Reason.PRE_TOKEN_GENERATION_ARNS_DIFFER, "").message();
    rule(rules, "lambda-config.pre-token-arns-differ", "CreateUserPool with PreTokenGeneration and a PreTokenGenerationConfig of"
        + " another ARN is InvalidParameterException \"" + differ + "\"", api("LambdaConfigType"),
        target -> Expect.refused("InvalidParameterException", 400, differ, () -> target.client().createUserPool(
            b -> b.poolName(KitPool.randomName("conformance")).lambdaConfig(l -> l.preTokenGeneration(PRE_TOKEN)
                .preTokenGenerationConfig(c -> c.lambdaArn(PRE_SIGN_UP).lambdaVersion("V2_0"))))));
    rule(rules, "pre-sign-up.no-function", "SignUp in a pool whose PreSignUp names a function that does not exist is"
        + " UnexpectedLambdaException \"PreSignUp invocation failed due to error ResourceNotFoundException.\"",
        decision("trigger-no-runner"), target -> {
          KitPool pool = KitPool.create(target, p -> p.lambdaConfig(l -> l.preSignUp(PRE_SIGN_UP)), c -> {});
          Expect.refused("UnexpectedLambdaException", 400, "PreSignUp invocation failed due to error ResourceNotFoundException.",
              () -> pool.cognito.signUp(b -> b.clientId(pool.clientId).username(KitPool.JANE).password(KitPool.FINAL)));
        });
    return rules;
  }

  private static void rule(List<ConformanceRule> rules, String name, String statement, String source, Consumer<ScenarioTarget> steps) {
    rules.add(new ConformanceRule("triggers." + name, Area.TRIGGERS, statement, source, steps::accept));
  }
}
