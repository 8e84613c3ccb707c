package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;

/**
 * {@code AccountRecoverySetting}: validated as Cognito does (the model's shapes, then a mechanism once, a priority once,
 * admin_only alone), kept and echoed by DescribeUserPool by priority; ForgotPassword's code goes to the first mechanism
 * whose contact is verified and not the user's SMS MFA channel; admin_only refuses ForgotPassword; a refusal changes nothing.
 */
class AccountRecoveryTest {

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);

  private static RecoveryOptionType option(String name, int priority) {
    return RecoveryOptionType.builder().name(name).priority(priority).build();
  }

  private String refusal(Class<? extends CognitoIdentityProviderException> type, RecoveryOptionType... options) {
    CognitoIdentityProviderException e = catchThrowableOfType(type,
        () -> client.createUserPool(b -> b.poolName("p").accountRecoverySetting(s -> s.recoveryMechanisms(options))));
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(client.listUserPools(b -> b.maxResults(60)).userPools()).isEmpty();
    return e.awsErrorDetails().errorMessage();
  }

  @Test
  void shouldRefuseTheModelsShapesWithEveryViolation() {
    assertThat(refusal(InvalidParameterException.class, option("verified_email", 3), option("sms", 0)))
        .isEqualTo("3 validation errors detected: Value '3' at 'accountRecoverySetting.recoveryMechanisms.1.member.priority' failed to"
            + " satisfy constraint: Member must have value less than or equal to 2; Value '0' at"
            + " 'accountRecoverySetting.recoveryMechanisms.2.member.priority' failed to satisfy constraint: Member must have value"
            + " greater than or equal to 1; Value 'sms' at 'accountRecoverySetting.recoveryMechanisms.2.member.name' failed to satisfy"
            + " constraint: Member must satisfy enum value set: [verified_email, verified_phone_number, admin_only]");
    assertThat(refusal(InvalidParameterException.class, option("verified_email", 1), option("verified_phone_number", 2),
        option("admin_only", 2))).startsWith("1 validation error detected: ")
        .contains("at 'accountRecoverySetting.recoveryMechanisms' failed to satisfy constraint: Member must have length less than or"
            + " equal to 2");
  }

  @Test
  void shouldRefuseAMechanismTwiceAPriorityTwiceAndAdminOnlyCombined() {
    assertThat(refusal(InvalidParameterException.class, option("verified_email", 1), option("verified_email", 2)))
        .isEqualTo("Each recovery mechanism can be listed only once.");
    assertThat(refusal(InvalidParameterException.class, option("verified_email", 1), option("verified_phone_number", 1)))
        .isEqualTo("Each recovery mechanism needs a different priority.");
    assertThat(refusal(InvalidParameterException.class, option("admin_only", 1), option("verified_email", 2)))
        .isEqualTo("admin_only cannot be combined with another recovery mechanism.");
  }

  @Test
  void shouldEchoTheSettingByPriorityAndDropItWhenAnUpdateLeavesItOut() {
    String pool = client.createUserPool(b -> b.poolName("p").accountRecoverySetting(s -> s.recoveryMechanisms(
        option("verified_email", 2), option("verified_phone_number", 1)))).userPool().id();
    assertThat(client.describeUserPool(b -> b.userPoolId(pool)).userPool().accountRecoverySetting().recoveryMechanisms())
        .containsExactly(option("verified_phone_number", 1), option("verified_email", 2));

    client.updateUserPool(b -> b.userPoolId(pool));
    assertThat(client.describeUserPool(b -> b.userPoolId(pool)).userPool().accountRecoverySetting()).isNull();
  }

  private String poolWith(RecoveryOptionType... options) {
    String pool = client.createUserPool(b -> b.poolName("p").accountRecoverySetting(s -> s.recoveryMechanisms(options))).userPool().id();
    client.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS").userAttributes(
        attribute("email", "jane@example.com"), attribute("email_verified", "true"), attribute("phone_number", "+15555550100"),
        attribute("phone_number_verified", "true")));
    client.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password("Passw0rd!").permanent(true));
    return pool;
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private CodeDeliveryDetailsType forgotPassword(String pool) {
    String clientId = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();
    return client.forgotPassword(b -> b.clientId(clientId).username("jane")).codeDeliveryDetails();
  }

  @Test
  void shouldSendTheCodeByTheFirstMechanismTheUserQualifiesFor() {
    CodeDeliveryDetailsType phoneFirst = forgotPassword(poolWith(option("verified_phone_number", 1), option("verified_email", 2)));
    assertThat(phoneFirst.deliveryMediumAsString()).isEqualTo("SMS");
    assertThat(phoneFirst.attributeName()).isEqualTo("phone_number");
    List<String> channels = cognito.mailbox().all().stream().map(d -> d.message().fold(c -> c.to().channel().name(), i -> ""))
        .toList();
    assertThat(channels).containsExactly("PHONE_NUMBER");

    CodeDeliveryDetailsType emailFirst = forgotPassword(poolWith(option("verified_email", 1), option("verified_phone_number", 2)));
    assertThat(emailFirst.deliveryMediumAsString()).isEqualTo("EMAIL");
    assertThat(emailFirst.attributeName()).isEqualTo("email");
  }

  @Test
  void shouldFallBackWhenTheFirstMechanismsContactIsNotVerified() {
    String pool = poolWith(option("verified_email", 1), option("verified_phone_number", 2));
    client.adminUpdateUserAttributes(b -> b.userPoolId(pool).username("jane").userAttributes(attribute("email_verified", "false")));
    assertThat(forgotPassword(pool).attributeName()).isEqualTo("phone_number");
  }

  @Test
  void shouldNotUseThePhoneTheUserReceivesSmsMfaAt() {
    String pool = poolWith(option("verified_phone_number", 1));
    client.adminSetUserMFAPreference(b -> b.userPoolId(pool).username("jane").smsMfaSettings(s -> s.enabled(true)));
    InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class, () -> forgotPassword(pool));
    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot reset password for the user as there is no registered/verified email or phone_number");
  }

  @Test
  void shouldRefuseForgotPasswordWhenOnlyAnAdministratorRecovers() {
    String pool = poolWith(option("admin_only", 1));
    NotAuthorizedException e = catchThrowableOfType(NotAuthorizedException.class, () -> forgotPassword(pool));
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Contact administrator to reset password.");
    assertThat(cognito.mailbox().all()).isEmpty();
    assertThat(client.adminGetUser(b -> b.userPoolId(pool).username("jane")).userStatusAsString()).isEqualTo("CONFIRMED");

    client.adminResetUserPassword(b -> b.userPoolId(pool).username("jane"));
    assertThat(cognito.mailbox().all()).hasSize(1);
  }
}
