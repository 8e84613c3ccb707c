package dev.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.LambdaConfig;
import dev.userpool.pool.Trigger;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class TriggerRulesTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:f";

  private static Json json(String text) {
    return Json.parse(text).get();
  }

  @Test
  void shouldReadThePreSignUpFlagsAndRefuseOtherTypes() {
    assertThat(PreSignUpAnswer.read(json("{\"response\":{\"autoConfirmUser\":true,\"autoVerifyPhone\":null}}")).get())
        .isEqualTo(new PreSignUpAnswer(true, false, false));
    assertThat(PreSignUpAnswer.read(json("{\"response\":null}")).get()).isEqualTo(PreSignUpAnswer.DEFAULT);
    assertThat(PreSignUpAnswer.read(json("{\"response\":{\"autoConfirmUser\":\"true\"}}")).getLeft().kind())
        .isEqualTo(TriggerFailure.Kind.INVALID_RESPONSE);
    assertThat(PreSignUpAnswer.read(json("[1]")).getLeft().error(Trigger.PRE_SIGN_UP).message()).isEqualTo("Unrecognizable lambda output");
  }

  @Test
  void shouldWordEachFailureAsCognitoDoes() {
    assertThat(TriggerFailure.functionError("Registration is closed").error(Trigger.PRE_SIGN_UP))
        .satisfies(e -> {
          assertThat(e.cognitoError()).isEqualTo("UserLambdaValidationException");
          assertThat(e.message()).isEqualTo("PreSignUp failed with error Registration is closed.");
          assertThat(e.httpStatus()).isEqualTo(400);
        });
    assertThat(TriggerFailure.timeout().error(Trigger.POST_AUTHENTICATION).message())
        .isEqualTo("PostAuthentication invocation failed due to error Socket timeout while invoking Lambda function.");
    assertThat(TriggerFailure.notInvoked("AccessDeniedException").error(Trigger.PRE_SIGN_UP).cognitoError())
        .isEqualTo("UnexpectedLambdaException");
  }

  @Test
  void shouldRefuseEveryUnimplementedMemberInOneMessage() {
    CognitoError e = LambdaConfig.parse(LinkedHashMap.of("CustomEmailSender", ARN, "PreSignUp", ARN, "CustomSMSSender", ARN),
        Option.none(), Option.none(), false).getLeft();

    assertThat(e.cognitoError()).isEqualTo("InvalidParameterException");
    assertThat(e.message()).startsWith("LambdaConfig members not supported by the userpool library: CustomSMSSender, CustomEmailSender.");
  }

  @Test
  void shouldTakeThePreTokenGenerationConfigsArnAndVersion() {
    LambdaConfig config = LambdaConfig.parse(LinkedHashMap.empty(), Option.some("V2_0"), Option.some(ARN), true).get();

    assertThat(config.function(Trigger.PRE_TOKEN_GENERATION)).contains(ARN);
    assertThat(config.preTokenGenerationVersion()).isEqualTo(LambdaConfig.PreTokenGenerationVersion.V2_0);
    assertThat(LambdaConfig.parse(LinkedHashMap.of("PreSignUp", "not-an-arn"), Option.none(), Option.none(), false).getLeft().message())
        .isEqualTo("Invalid Lambda function ARN for PreSignUp.");
  }

  @Test
  void shouldRefuseWhatIsNotJson() {
    assertThat(Json.parse("{\"a\":}").isLeft()).isTrue();
    assertThat(Json.parse("{\"a\":1} x").isLeft()).isTrue();
    assertThat(Json.parse("[\"\\u00e9\", -1.5e3, null]").get().render()).isEqualTo("[\"é\",-1.5e3,null]");
  }
}
