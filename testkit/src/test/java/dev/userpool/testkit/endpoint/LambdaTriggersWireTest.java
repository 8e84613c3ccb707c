package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.Trigger;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.trigger.Json;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** Lambda triggers over the wire: the endpoint invokes functions through the Lambda Invoke API of a runner the test starts. */
class LambdaTriggersWireTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";
  private static final String PASSWORD = "Blue-Harbor-42!";

  private LambdaRunner runner;
  private LocalEndpoint endpoint;
  private CognitoIdentityProviderClient sdk;
  private String pool;
  private String client;

  @BeforeEach
  void start() throws Exception {
    runner = LambdaRunner.start();
    start(runner.uri(), Trigger.TIME_LIMIT);
  }

  private void start(URI lambda, Duration limit) {
    endpoint = Wire.start(LocalEndpoint.builder()
        .cognito(InProcessCognito.builder().triggers(LambdaInvokeApi.at(lambda, limit)).build()));
    sdk = Wire.sdk(endpoint.uri());
    pool = sdk.createUserPool(b -> b.poolName("app").lambdaConfig(l -> l.preSignUp(ARN))).userPool().id();
    client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();
  }

  @AfterEach
  void stop() {
    sdk.close();
    endpoint.close();
    runner.close();
  }

  private SignUpResponse signUp() {
    return sdk.signUp(b -> b.clientId(client).username("jane").password(PASSWORD).userAttributes(a -> a.name("email").value("j@x.io")));
  }

  private void refused(Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(this::signUp).isInstanceOfSatisfying(type, e -> {
      assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
      assertThat(e.statusCode()).isEqualTo(400);
    });
    assertThatThrownBy(() -> sdk.adminGetUser(b -> b.userPoolId(pool).username("jane"))).isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void shouldInvokeTheFunctionWithTheEventAndApplyItsResponse() {
    runner.function("pre-sign-up", payload -> {
      Json.Obj event = (Json.Obj) Json.parse(payload).get();
      return event.with("response", Json.Obj.empty().with("autoConfirmUser", Json.bool(true))).render();
    });

    assertThat(signUp().userConfirmed()).isTrue();
    assertThat(runner.received()).singleElement().satisfies(payload -> assertThat(payload)
        .startsWith("{\"version\":\"1\",\"triggerSource\":\"PreSignUp_SignUp\",\"region\":\"us-east-1\",\"userPoolId\":\"" + pool + "\"")
        .contains("\"request\":{\"userAttributes\":{\"email\":\"j@x.io\"},\"validationData\":null}"));
  }

  @Test
  void shouldAnswerAFunctionErrorAsUserLambdaValidationException() {
    runner.function("pre-sign-up", payload -> {
      throw new IllegalStateException("Registration is closed");
    });

    refused(UserLambdaValidationException.class, "PreSignUp failed with error Registration is closed.");
  }

  @Test
  void shouldAnswerAnUnknownFunctionAsUnexpectedLambdaException() {
    refused(UnexpectedLambdaException.class, "PreSignUp invocation failed due to error ResourceNotFoundException.");
  }

  @Test
  void shouldAnswerAnUnreachableRunnerAsUnexpectedLambdaException() throws Exception {
    stop();
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    runner = LambdaRunner.start();
    start(URI.create("http://127.0.0.1:" + closed), Trigger.TIME_LIMIT);

    refused(UnexpectedLambdaException.class, "PreSignUp invocation failed due to error ServiceException.");
  }

  @Test
  void shouldAnswerAFunctionThatDoesNotAnswerInTimeAsUnexpectedLambdaException() throws Exception {
    stop();
    runner = LambdaRunner.start();
    start(runner.uri(), Duration.ofMillis(300));
    runner.function("pre-sign-up", payload -> {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return payload;
    });

    refused(UnexpectedLambdaException.class, "PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.");
  }
}
