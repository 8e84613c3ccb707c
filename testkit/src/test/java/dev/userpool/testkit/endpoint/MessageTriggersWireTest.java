package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.Trigger;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.trigger.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

/** CustomMessage and UserMigration over the wire, through the Lambda Invoke API of a runner the test starts. */
class MessageTriggersWireTest {

  private static final String ACCOUNT = "arn:aws:lambda:us-east-1:123456789012:function:";
  private static final String PASSWORD = "Blue-Harbor-42!";

  private LambdaRunner runner;
  private InProcessCognito cognito;
  private LocalEndpoint endpoint;
  private CognitoIdentityProviderClient sdk;
  private String pool;
  private String client;

  @BeforeEach
  void start() throws Exception {
    runner = LambdaRunner.start();
    start(Trigger.TIME_LIMIT);
  }

  private void start(Duration limit) {
    cognito = InProcessCognito.builder().fixedCode("123456").triggers(LambdaInvokeApi.at(runner.uri(), limit)).build();
    endpoint = Wire.start(LocalEndpoint.builder().cognito(cognito));
    sdk = Wire.sdk(endpoint.uri());
    pool = sdk.createUserPool(b -> b.poolName("app").autoVerifiedAttributesWithStrings("email")
        .lambdaConfig(l -> l.customMessage(ACCOUNT + "words").userMigration(ACCOUNT + "migrate"))).userPool().id();
    client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
  }

  @AfterEach
  void stop() {
    sdk.close();
    endpoint.close();
    runner.close();
  }

  private static String respond(String payload, String response) {
    return ((Json.Obj) Json.parse(payload).get()).with("response", (Json.Obj) Json.parse(response).get()).render();
  }

  @Test
  void shouldWordTheSignUpCodeAndMigrateAUserAtSignIn() {
    runner.function("words", payload -> respond(payload, "{\"emailSubject\":\"Hi\",\"emailMessage\":\"Code {####}\"}"));
    runner.function("migrate", payload -> respond(payload, "{\"userAttributes\":{\"email\":\"old@x.io\",\"email_verified\":\"true\"}}"));

    sdk.signUp(b -> b.clientId(client).username("jane").password(PASSWORD).userAttributes(a -> a.name("email").value("j@x.io")));
    String idToken = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "old-user", "PASSWORD", "legacy"))).authenticationResult().idToken();

    assertThat(cognito.mailbox().all().get(0).text().emailMessage()).isEqualTo("Code 123456");
    assertThat(idToken).isNotBlank();
    assertThat(runner.received()).hasSize(2);
    assertThat(runner.received().get(1)).contains("\"triggerSource\":\"UserMigration_Authentication\"")
        .contains("\"userName\":\"old-user\"").contains("\"request\":{\"password\":\"legacy\",\"validationData\":null}");
  }

  @Test
  void shouldAnswerAMigrationRefusalAndStoreNothing() {
    runner.function("migrate", payload -> {
      throw new IllegalStateException("Bad password");
    });

    assertThatThrownBy(() -> sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "old-user", "PASSWORD", "legacy")))).isInstanceOfSatisfying(UserLambdaValidationException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("UserMigration failed with error Bad password."));
    assertThat(sdk.listUsers(b -> b.userPoolId(pool)).users()).isEmpty();
  }

  @Test
  void shouldCallAFunctionThatTimesOutThreeTimes() throws Exception {
    stop();
    runner = LambdaRunner.start();
    start(Duration.ofMillis(300));
    runner.function("migrate", payload -> {
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return payload;
    });

    assertThatThrownBy(() -> sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "old-user", "PASSWORD", "legacy")))).isInstanceOf(UnexpectedLambdaException.class);
    List<String> received = runner.received();
    assertThat(received).hasSize(LambdaInvokeApi.ATTEMPTS);
  }
}
