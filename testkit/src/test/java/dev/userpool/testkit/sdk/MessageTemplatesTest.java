package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.trigger.Json;
import dev.userpool.user.MessageText;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The pool's own words: VerificationMessageTemplate (or the older Sms/EmailVerificationMessage and EmailVerificationSubject)
 * for sign-up confirmation, attribute verification and password-reset codes, InviteMessageTemplate for invitations;
 * Cognito's defaults for what the pool leaves out; an invitation without {username} and {####} refused; echoed by
 * DescribeUserPool; UpdateUserPool without them goes back to the defaults.
 */
class MessageTemplatesTest {

  private static final String PASSWORD = "Passw0rd!";

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private String poolId;
  private String clientId;

  private void pool(Consumer<CreateUserPoolRequest.Builder> pool) {
    poolId = client.createUserPool(b -> pool.accept(b.poolName("app").autoVerifiedAttributesWithStrings("email"))).userPool().id();
    clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
  }

  private RecordingMailbox.Delivery lastDelivery() {
    List<RecordingMailbox.Delivery> all = cognito.mailbox().all();
    return all.get(all.size() - 1);
  }

  private String signUp() {
    client.signUp(b -> b.clientId(clientId).username("jane").password(PASSWORD).userAttributes(a -> a.name("email").value("j@x.io")));
    return cognito.mailbox().lastCodeFor("jane").orElseThrow();
  }

  @Test
  void shouldWordTheSignUpCodeInTheTemplatesWords() {
    pool(b -> b.verificationMessageTemplate(t -> t.emailSubject("Welcome to Acme").emailMessage("Hello! Your Acme code: {####}")
        .smsMessage("Acme code {####}")));
    String code = signUp();
    assertThat(lastDelivery().text()).isEqualTo(new MessageText("Welcome to Acme", "Hello! Your Acme code: " + code, "Acme code " + code));
  }

  @Test
  void shouldKeepTheDefaultWordsOfWhatThePoolLeavesOut() {
    pool(b -> b.emailVerificationMessage("Code: {####}"));
    String code = signUp();
    assertThat(lastDelivery().text())
        .isEqualTo(new MessageText("Your verification code", "Code: " + code, "Your verification code is " + code + "."));
  }

  @Test
  void shouldPreferTheTemplateOverTheOlderMembers() {
    pool(b -> b.emailVerificationMessage("Old words {####}").verificationMessageTemplate(t -> t.emailMessage("New words {####}")));
    String code = signUp();
    assertThat(lastDelivery().text().emailMessage()).isEqualTo("New words " + code);
    UserPoolType described = client.describeUserPool(b -> b.userPoolId(poolId)).userPool();
    assertThat(described.emailVerificationMessage()).isEqualTo("New words {####}");
    assertThat(described.verificationMessageTemplate().emailMessage()).isEqualTo("New words {####}");
    assertThat(described.verificationMessageTemplate().defaultEmailOptionAsString()).isEqualTo("CONFIRM_WITH_CODE");
  }

  @Test
  void shouldWordResetAndAttributeVerificationCodesToo() {
    pool(b -> b.verificationMessageTemplate(t -> t.emailMessage("Acme: {####}")));
    client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS").userAttributes(
        AttributeType.builder().name("email").value("j@x.io").build(),
        AttributeType.builder().name("email_verified").value("true").build()));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(PASSWORD).permanent(true));

    client.forgotPassword(b -> b.clientId(clientId).username("jane"));
    assertThat(lastDelivery().text().emailMessage()).isEqualTo("Acme: " + cognito.mailbox().lastCodeFor("jane").orElseThrow());

    String token = client.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId).authFlow("ADMIN_USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult().accessToken();
    client.getUserAttributeVerificationCode(b -> b.accessToken(token).attributeName("email"));
    String code = cognito.mailbox().verificationCode(poolId, "jane", "email").orElseThrow();
    assertThat(lastDelivery().text().emailMessage()).isEqualTo("Acme: " + code);
  }

  @Test
  void shouldWordTheInvitationInItsTemplate() {
    pool(b -> b.adminCreateUserConfig(a -> a.inviteMessageTemplate(t -> t.emailSubject("Join Acme")
        .emailMessage("Hi {username}, your password is {####}").smsMessage("Acme: {username} / {####}"))));
    client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword("Tmp-Passw0rd!")
        .userAttributes(AttributeType.builder().name("email").value("j@x.io").build()));
    assertThat(lastDelivery().text())
        .isEqualTo(new MessageText("Join Acme", "Hi jane, your password is Tmp-Passw0rd!", "Acme: jane / Tmp-Passw0rd!"));
    assertThat(client.describeUserPool(b -> b.userPoolId(poolId)).userPool().adminCreateUserConfig().inviteMessageTemplate().emailSubject())
        .isEqualTo("Join Acme");
  }

  @Test
  void shouldRefuseAnInvitationWithoutItsPlaceholders() {
    InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class, () -> client.createUserPool(b -> b.poolName("p")
        .adminCreateUserConfig(a -> a.inviteMessageTemplate(t -> t.smsMessage("Your password is {####}")))));
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The invitation message must contain the {username} and {####} placeholders.");
    assertThat(client.listUserPools(b -> b.maxResults(60)).userPools()).isEmpty();
  }

  @Test
  void shouldGoBackToTheDefaultWordsWhenAnUpdateLeavesThemOut() {
    pool(b -> b.verificationMessageTemplate(t -> t.emailMessage("Acme: {####}")));
    client.updateUserPool(b -> b.userPoolId(poolId).autoVerifiedAttributesWithStrings("email"));
    String code = signUp();
    assertThat(lastDelivery().text()).isEqualTo(MessageText.VERIFICATION.rendered(code, "jane"));
    assertThat(client.describeUserPool(b -> b.userPoolId(poolId)).userPool().emailVerificationMessage()).isNull();
  }

  @Test
  void shouldLetACustomMessageTriggerWordOverThePoolsWords() {
    String arn = "arn:aws:lambda:us-east-1:123456789012:function:words";
    pool(b -> b.verificationMessageTemplate(t -> t.emailMessage("Acme: {####}")).lambdaConfig(l -> l.customMessage(arn)));
    cognito.functions().register(arn, event -> event.answer((Json.Obj) Json.parse("{\"emailMessage\":\"Trigger: {####}\"}").get()));
    String code = signUp();
    assertThat(lastDelivery().text().emailMessage()).isEqualTo("Trigger: " + code);
  }
}
