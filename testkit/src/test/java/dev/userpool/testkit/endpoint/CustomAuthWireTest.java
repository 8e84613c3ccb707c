package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.Trigger;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

/** CUSTOM_AUTH over the wire: the endpoint invokes the three custom-auth functions through a Lambda runner the test starts. */
class CustomAuthWireTest {

  private LambdaRunner runner;
  private LocalEndpoint endpoint;
  private CognitoIdentityProviderClient sdk;
  private String clientId;

  @BeforeEach
  void start() throws Exception {
    runner = LambdaRunner.start();
    MathChallenge.register(runner);
    endpoint = Wire.start(LocalEndpoint.builder()
        .cognito(InProcessCognito.builder().triggers(LambdaInvokeApi.at(runner.uri(), Trigger.TIME_LIMIT)).build()));
    sdk = Wire.sdk(endpoint.uri());
    String pool = sdk.createUserPool(b -> b.poolName("app").lambdaConfig(l -> l.defineAuthChallenge(MathChallenge.arn("define"))
        .createAuthChallenge(MathChallenge.arn("create")).verifyAuthChallengeResponse(MathChallenge.arn("verify")))).userPool().id();
    clientId = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").explicitAuthFlowsWithStrings("ALLOW_CUSTOM_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));
  }

  @AfterEach
  void stop() {
    sdk.close();
    endpoint.close();
    runner.close();
  }

  private InitiateAuthResponse initiate() {
    return sdk.initiateAuth(b -> b.clientId(clientId).authFlow("CUSTOM_AUTH").authParameters(Map.of("USERNAME", "jane")));
  }

  private RespondToAuthChallengeResponse answer(String session, String answer) {
    return sdk.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("CUSTOM_CHALLENGE").session(session)
        .challengeResponses(Map.of("USERNAME", "jane", "ANSWER", answer)));
  }

  @Test
  void shouldSignInWithTheRightAnswer() {
    InitiateAuthResponse challenge = initiate();

    assertThat(challenge.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
    assertThat(challenge.challengeParameters()).containsEntry("question", "2+3").doesNotContainKey("answer");
    assertThat(answer(challenge.session(), MathChallenge.ANSWER).authenticationResult().accessToken()).isNotBlank();
    assertThat(runner.received()).hasSize(4).allSatisfy(payload -> assertThat(payload).contains("\"userName\":\"jane\""));
    assertThat(runner.received().get(2)).contains("\"triggerSource\":\"VerifyAuthChallengeResponse_Authentication\"")
        .contains("\"privateChallengeParameters\":{\"answer\":\"5\"},\"challengeAnswer\":\"5\"");
  }

  @Test
  void shouldFailTheSignInAfterThreeWrongAnswers() {
    String session = answer(answer(initiate().session(), "1").session(), "2").session();

    assertThatThrownBy(() -> answer(session, "3")).isInstanceOfSatisfying(NotAuthorizedException.class,
        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Incorrect username or password."));
  }

  @Test
  void shouldReturnAFunctionErrorAsCognitoDoes() {
    runner.function("verify", payload -> {
      throw new IllegalStateException("The answer service is down");
    });
    String session = initiate().session();

    assertThatThrownBy(() -> answer(session, "5")).isInstanceOfSatisfying(UserLambdaValidationException.class,
        e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("VerifyAuthChallengeResponse failed with error The answer service is down."));
  }
}
