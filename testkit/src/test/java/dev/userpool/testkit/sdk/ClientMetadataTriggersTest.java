package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerEvent;
import io.vavr.control.Option;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/**
 * A request's ClientMetadata reaches the triggers its operation runs as {@code clientMetadata} (the API reference of each
 * operation: ConfirmSignUp and ConfirmForgotPassword to PostConfirmation, ForgotPassword and ResendConfirmationCode to
 * CustomMessage), and is left out when the request has none.
 */
class ClientMetadataTriggersTest {

  private static final String PASSWORD = "Passw0rd!x";
  private static final String CUSTOM_MESSAGE = "arn:aws:lambda:us-east-1:123456789012:function:custom-message";
  private static final String POST_CONFIRMATION = "arn:aws:lambda:us-east-1:123456789012:function:post-confirmation";
  private static final Map<String, String> METADATA = Map.of("campaign", "spring");
  private static final Json.Obj SENT = Json.Obj.empty().with("campaign", Json.text("spring"));

  private final InProcessCognito cognito = InProcessCognito.builder().fixedCode("123456").clock(ControllableClock.fixed()).build();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private final String poolId = client.createUserPool(b -> b.poolName("app").autoVerifiedAttributesWithStrings("email")
      .lambdaConfig(LambdaConfigType.builder().customMessage(CUSTOM_MESSAGE).postConfirmation(POST_CONFIRMATION).build())).userPool().id();
  private final String clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
      .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH")).userPoolClient().clientId();

  ClientMetadataTriggersTest() {
    cognito.functions().register(CUSTOM_MESSAGE, TriggerEvent::toJson);
    cognito.functions().register(POST_CONFIRMATION, TriggerEvent::toJson);
    client.signUp(b -> b.clientId(clientId).username("jane").password(PASSWORD).userAttributes(a -> a.name("email").value("j@x.io")));
  }

  private Option<Json> lastMetadata(String source) {
    TriggerEvent event = cognito.functions().invocations().last().event();
    assertThat(event.source().name()).isEqualTo(source);
    return event.request().get("clientMetadata");
  }

  @Test
  void shouldSendResendConfirmationCodesMetadataToCustomMessage() {
    client.resendConfirmationCode(b -> b.clientId(clientId).username("jane").clientMetadata(METADATA));
    assertThat(lastMetadata("CustomMessage_ResendCode")).contains(SENT);

    client.resendConfirmationCode(b -> b.clientId(clientId).username("jane"));
    assertThat(lastMetadata("CustomMessage_ResendCode")).isEmpty();
  }

  @Test
  void shouldSendConfirmSignUpsMetadataToPostConfirmation() {
    client.confirmSignUp(b -> b.clientId(clientId).username("jane").confirmationCode("123456").clientMetadata(METADATA));

    assertThat(lastMetadata("PostConfirmation_ConfirmSignUp")).contains(SENT);
  }

  @Test
  void shouldSendTheForgotPasswordFlowsMetadataToCustomMessageAndPostConfirmation() {
    client.confirmSignUp(b -> b.clientId(clientId).username("jane").confirmationCode("123456"));
    assertThat(lastMetadata("PostConfirmation_ConfirmSignUp")).isEmpty();

    client.forgotPassword(b -> b.clientId(clientId).username("jane").clientMetadata(METADATA));
    assertThat(lastMetadata("CustomMessage_ForgotPassword")).contains(SENT);

    client.confirmForgotPassword(b -> b.clientId(clientId).username("jane").confirmationCode("123456").password("N3w-Passw0rd!")
        .clientMetadata(Map.of("campaign", "reset")));
    assertThat(lastMetadata("PostConfirmation_ConfirmForgotPassword")).contains(Json.Obj.empty().with("campaign", Json.text("reset")));
  }
}
