package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.trigger.Json;
import dev.userpool.user.MessageText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/**
 * One-time sign-in codes in the pool's words: SmsAuthenticationMessage for SMS_MFA and SMS_OTP, EmailMfaConfiguration's Message
 * and Subject for EMAIL_OTP, the default words otherwise, and a CustomMessage_Authentication answer over them.
 */
class SignInCodeWordsTest {

  private static final String CUSTOM_MESSAGE = "arn:aws:lambda:us-east-1:123456789012:function:custom-message";
  private static final String SES = "arn:aws:ses:us-east-1:123456789012:identity/example.com";

  private final InProcessCognito cognito = InProcessCognito.builder().fixedCode("123456").clock(ControllableClock.fixed()).build();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private String poolId;
  private String clientId;

  private void pool(LambdaConfigType lambdaConfig) {
    poolId = client.createUserPool(b -> b.poolName("app").userPoolTier("ESSENTIALS").lambdaConfig(lambdaConfig)
        .emailConfiguration(e -> e.emailSendingAccount("DEVELOPER").sourceArn(SES))
        .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP", "SMS_OTP")))).userPool().id();
    clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH")).userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(poolId).username("ann").messageAction("SUPPRESS").userAttributes(
        a -> a.name("email").value("ann@example.com"), a -> a.name("email_verified").value("true"),
        a -> a.name("phone_number").value("+15555551234"), a -> a.name("phone_number_verified").value("true")));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username("ann").password("Passw0rd!").permanent(true));
  }

  private void templates() {
    client.setUserPoolMfaConfig(b -> b.userPoolId(poolId).mfaConfiguration("OPTIONAL")
        .smsMfaConfiguration(s -> s.smsAuthenticationMessage("ACME sign-in: {####}"))
        .emailMfaConfiguration(e -> e.message("<p>Your ACME code is {####}</p>").subject("ACME code")));
  }

  private MessageText otp(String factor) {
    String challenge = client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_AUTH")
        .authParameters(Map.of("USERNAME", "ann", "PREFERRED_CHALLENGE", factor))).challengeNameAsString();
    assertThat(challenge).isEqualTo(factor);
    return last().text();
  }

  private RecordingMailbox.Delivery last() {
    List<RecordingMailbox.Delivery> all = cognito.mailbox().all();
    return all.get(all.size() - 1);
  }

  @Test
  void shouldSendEmailOtpInTheEmailMfaConfigurationsMessageAndSubject() {
    pool(LambdaConfigType.builder().build());
    templates();

    MessageText text = otp("EMAIL_OTP");

    assertThat(text.emailSubject()).isEqualTo("ACME code");
    assertThat(text.emailMessage()).isEqualTo("<p>Your ACME code is 123456</p>");
  }

  @Test
  void shouldSendSmsOtpAndSmsMfaInTheSmsAuthenticationMessage() {
    pool(LambdaConfigType.builder().build());
    templates();

    assertThat(otp("SMS_OTP").smsMessage()).isEqualTo("ACME sign-in: 123456");

    client.adminSetUserMFAPreference(b -> b.userPoolId(poolId).username("ann").smsMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    String challenge = client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "ann", "PASSWORD", "Passw0rd!"))).challengeNameAsString();
    assertThat(challenge).isEqualTo("SMS_MFA");
    assertThat(last().text().smsMessage()).isEqualTo("ACME sign-in: 123456");
  }

  @Test
  void shouldSendTheDefaultWordsWhenThePoolHasNoTemplates() {
    pool(LambdaConfigType.builder().build());

    assertThat(otp("EMAIL_OTP")).isEqualTo(new MessageText("Your authentication code", "Your authentication code is 123456.",
        "Your authentication code is 123456."));
  }

  @Test
  void shouldLetTheCustomMessageTriggerWordOverThePoolsTemplates() {
    pool(LambdaConfigType.builder().customMessage(CUSTOM_MESSAGE).build());
    templates();
    cognito.functions().register(CUSTOM_MESSAGE, event -> event.answer((Json.Obj) Json.parse(
        "{\"emailMessage\":\"" + event.source() + " {####}\",\"smsMessage\":null,\"emailSubject\":null}").get()));

    MessageText text = otp("EMAIL_OTP");

    assertThat(text.emailMessage()).isEqualTo("CustomMessage_Authentication 123456");
    assertThat(text.emailSubject()).isEqualTo("ACME code");
    assertThat(text.smsMessage()).isEqualTo("ACME sign-in: 123456");
  }
}
