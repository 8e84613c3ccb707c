package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** The pool's MFA configuration through CreateUserPool, UpdateUserPool and SetUserPoolMfaConfig, each refusal pinned. */
class PoolMfaConfigurationTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/service-role/sms";
  private static final SmsConfigurationType SMS = SmsConfigurationType.builder().snsCallerArn(ROLE).externalId("ext-1").build();

  private final InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());

  private String create(Consumer<CreateUserPoolRequest.Builder> b) {
    return client.createUserPool(r -> b.accept(r.poolName("mfa"))).userPool().id();
  }

  private UserPoolType describe(String id) {
    return client.describeUserPool(b -> b.userPoolId(id)).userPool();
  }

  private GetUserPoolMfaConfigResponse mfaConfig(String id) {
    return client.getUserPoolMfaConfig(b -> b.userPoolId(id));
  }

  private static void refused(Executable call, String message) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(400);
      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterException");
      assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
    });
  }

  @Nested
  class CreateUserPool {

    @Test
    void shouldRefuseMfaOnWithoutAnSmsConfigurationAndCreateNothing() {
      refused(() -> create(b -> b.mfaConfiguration("ON")),
          "SMS configuration and Auto verification for phone_number are required when MFA is required/optional");
      assertThat(client.listUserPools(b -> b.maxResults(60)).userPools()).isEmpty();
    }

    @Test
    void shouldRefuseMfaOptionalWhenPhoneNumberIsNotAutoVerified() {
      refused(() -> create(b -> b.mfaConfiguration("OPTIONAL").smsConfiguration(SMS).autoVerifiedAttributesWithStrings("email")),
          "SMS configuration and Auto verification for phone_number are required when MFA is required/optional");
    }

    @Test
    void shouldTurnSmsMfaOnAndAnswerTheSameThroughDescribeUserPoolAndGetUserPoolMfaConfig() {
      String id = create(b -> b.mfaConfiguration("OPTIONAL").smsConfiguration(SMS).autoVerifiedAttributesWithStrings("phone_number")
          .smsAuthenticationMessage("Your code is {####}"));
      UserPoolType pool = describe(id);
      assertThat(pool.mfaConfigurationAsString()).isEqualTo("OPTIONAL");
      assertThat(pool.smsConfiguration()).isEqualTo(SMS);
      assertThat(pool.smsAuthenticationMessage()).isEqualTo("Your code is {####}");
      GetUserPoolMfaConfigResponse config = mfaConfig(id);
      assertThat(config.mfaConfigurationAsString()).isEqualTo("OPTIONAL");
      assertThat(config.smsMfaConfiguration().smsConfiguration()).isEqualTo(SMS);
      assertThat(config.smsMfaConfiguration().smsAuthenticationMessage()).isEqualTo("Your code is {####}");
      assertThat(config.softwareTokenMfaConfiguration().enabled()).isFalse();
    }

    @Test
    void shouldKeepTheMessagesOfAPoolWithMfaOff() {
      String id = create(b -> b.mfaConfiguration("OFF").smsConfiguration(SMS).smsAuthenticationMessage("Code: {####}")
          .emailConfiguration(e -> e.emailSendingAccount("DEVELOPER").sourceArn("arn:aws:ses:us-east-1:123456789012:identity/a.example")));
      UserPoolType pool = describe(id);
      assertThat(pool.mfaConfigurationAsString()).isEqualTo("OFF");
      assertThat(pool.smsConfiguration()).isEqualTo(SMS);
      assertThat(pool.smsAuthenticationMessage()).isEqualTo("Code: {####}");
      assertThat(pool.emailConfiguration().emailSendingAccountAsString()).isEqualTo("DEVELOPER");
      assertThat(mfaConfig(id).smsMfaConfiguration()).isNull();
    }

    @Test
    void shouldRefuseAnSmsMessageWithoutTheCodePlaceholder() {
      refused(() -> create(b -> b.smsAuthenticationMessage("Your code")),
          "1 validation error detected: Value 'Your code' at 'smsAuthenticationMessage' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: .*\\{####\\}.*");
    }

    @Test
    void shouldRefuseAnSmsConfigurationWithoutItsRole() {
      refused(() -> create(b -> b.smsConfiguration(s -> s.externalId("x"))),
          "1 validation error detected: Value null at 'smsConfiguration.snsCallerArn' failed to satisfy constraint: "
              + "Member must not be null");
    }

    @Test
    void shouldRefuseAnUnknownMfaConfiguration() {
      refused(() -> create(b -> b.mfaConfiguration("MAYBE")),
          "1 validation error detected: Value 'MAYBE' at 'mfaConfiguration' failed to satisfy constraint: "
              + "Member must satisfy enum value set: [OFF, ON, OPTIONAL]");
    }
  }

  @Nested
  class UpdateUserPool {

    private String totpPool() {
      String id = create(b -> b.userPoolTier("ESSENTIALS"));
      client.setUserPoolMfaConfig(b -> b.userPoolId(id).mfaConfiguration("OPTIONAL").softwareTokenMfaConfiguration(t -> t.enabled(true)));
      return id;
    }

    @Test
    void shouldRefuseTurningMfaOnAndChangeNothing() {
      String id = totpPool();
      refused(() -> client.updateUserPool(b -> b.userPoolId(id).mfaConfiguration("ON")),
          "Cannot turn MFA functionality ON, once the user pool has been created.");
      assertThat(mfaConfig(id).mfaConfigurationAsString()).isEqualTo("OPTIONAL");
      assertThat(mfaConfig(id).softwareTokenMfaConfiguration().enabled()).isTrue();
    }

    @Test
    void shouldKeepTheSoftwareTokenWhenMfaStaysOptional() {
      String id = totpPool();
      client.updateUserPool(b -> b.userPoolId(id).mfaConfiguration("OPTIONAL"));
      assertThat(mfaConfig(id).mfaConfigurationAsString()).isEqualTo("OPTIONAL");
      assertThat(mfaConfig(id).softwareTokenMfaConfiguration().enabled()).isTrue();
      assertThat(describe(id).mfaConfigurationAsString()).isEqualTo("OPTIONAL");
    }

    @Test
    void shouldTurnMfaOffWhenMfaConfigurationIsLeftOut() {
      String id = totpPool();
      client.updateUserPool(b -> b.userPoolId(id));
      assertThat(mfaConfig(id).mfaConfigurationAsString()).isEqualTo("OFF");
      assertThat(mfaConfig(id).softwareTokenMfaConfiguration().enabled()).isFalse();
      assertThat(describe(id).mfaConfigurationAsString()).isEqualTo("OFF");
    }

    @Test
    void shouldRefuseMfaOptionalWithNoFactorLeft() {
      String id = create(b -> b.poolName("off"));
      refused(() -> client.updateUserPool(b -> b.userPoolId(id).mfaConfiguration("OPTIONAL")),
          "SMS configuration and Auto verification for phone_number are required when MFA is required/optional");
    }
  }

  @Nested
  class SetUserPoolMfaConfig {

    @Test
    void shouldRefuseTurningSmsMfaOffUnderAnSmsConfiguration() {
      String id = create(b -> b.mfaConfiguration("OPTIONAL").smsConfiguration(SMS).autoVerifiedAttributesWithStrings("phone_number"));
      refused(() -> client.setUserPoolMfaConfig(b -> b.userPoolId(id).mfaConfiguration("OPTIONAL")
          .softwareTokenMfaConfiguration(t -> t.enabled(true))),
          "Can't turn off SMS_MFA when SMS configuration is set for the user pool");
      assertThat(mfaConfig(id).softwareTokenMfaConfiguration().enabled()).isFalse();
    }

    @Test
    void shouldSetTheSmsConfigurationThatDescribeUserPoolAnswers() {
      String id = create(b -> b.poolName("sms"));
      SmsConfigurationType other = SmsConfigurationType.builder().snsCallerArn("arn:aws:iam::123456789012:role/other").build();
      client.setUserPoolMfaConfig(b -> b.userPoolId(id).mfaConfiguration("ON")
          .smsMfaConfiguration(s -> s.smsConfiguration(other).smsAuthenticationMessage("{####} is your code")));
      assertThat(describe(id).smsConfiguration()).isEqualTo(other);
      assertThat(describe(id).smsAuthenticationMessage()).isEqualTo("{####} is your code");
      assertThat(describe(id).mfaConfigurationAsString()).isEqualTo("ON");
      assertThat(mfaConfig(id).smsMfaConfiguration().smsConfiguration()).isEqualTo(other);
    }

    @Test
    void shouldRefuseEmailMfaUnlessThePoolSendsEmailAsDeveloper() {
      String id = create(b -> b.userPoolTier("ESSENTIALS"));
      refused(() -> client.setUserPoolMfaConfig(b -> b.userPoolId(id).mfaConfiguration("OPTIONAL").emailMfaConfiguration(e -> e
          .message("Your code is {####}"))), "Email MFA requires an EmailConfiguration with EmailSendingAccount DEVELOPER.");
      String developer = create(b -> b.userPoolTier("ESSENTIALS").emailConfiguration(e -> e.emailSendingAccount("DEVELOPER")
          .sourceArn("arn:aws:ses:us-east-1:123456789012:identity/a.example")));
      client.setUserPoolMfaConfig(b -> b.userPoolId(developer).mfaConfiguration("OPTIONAL").emailMfaConfiguration(e -> e
          .message("Your code is {####}").subject("Sign-in code")));
      assertThat(mfaConfig(developer).emailMfaConfiguration().message()).isEqualTo("Your code is {####}");
    }

    @Test
    void shouldRefuseMessagesWithoutTheCodePlaceholder() {
      String id = create(b -> b.userPoolTier("ESSENTIALS"));
      refused(() -> client.setUserPoolMfaConfig(b -> b.userPoolId(id).mfaConfiguration("OPTIONAL")
          .smsMfaConfiguration(s -> s.smsAuthenticationMessage("no code here"))),
          "1 validation error detected: Value 'no code here' at 'smsMfaConfiguration.smsAuthenticationMessage' failed to satisfy "
              + "constraint: Member must satisfy regular expression pattern: .*\\{####\\}.*");
      refused(() -> client.setUserPoolMfaConfig(b -> b.userPoolId(id).mfaConfiguration("OPTIONAL")
          .emailMfaConfiguration(e -> e.message("short"))),
          "2 validation errors detected: Value 'short' at 'emailMfaConfiguration.message' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 6; Value 'short' at 'emailMfaConfiguration.message' failed to "
              + "satisfy constraint: Member must satisfy regular expression pattern: "
              + "^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$");
    }
  }

  @Nested
  class MfaOptions {

    @Test
    void shouldReportTheLegacySmsOptionExactlyWhileSmsMfaIsEnabled() {
      InProcessCognito cognito = InProcessCognito.create();
      InProcessCognitoClient sdk = InProcessCognitoClient.of(cognito);
      TestPool pool = TestPool.create(cognito);
      String access = pool.user("jane").verifiedPhoneNumber("+15555550100").confirmed().tokens().accessToken();
      assertThat(sdk.getUser(b -> b.accessToken(access)).hasMfaOptions()).isFalse();
      sdk.setUserPoolMfaConfig(b -> b.userPoolId(pool.id().value()).mfaConfiguration("OPTIONAL").smsMfaConfiguration(m -> m
          .smsAuthenticationMessage("Code {####}")));
      sdk.setUserMFAPreference(b -> b.accessToken(access).smsMfaSettings(m -> m.enabled(true)));
      MFAOptionType sms = MFAOptionType.builder().deliveryMedium("SMS").attributeName("phone_number").build();
      assertThat(sdk.getUser(b -> b.accessToken(access)).mfaOptions()).containsExactly(sms);
      assertThat(sdk.adminGetUser(b -> b.userPoolId(pool.id().value()).username("jane")).mfaOptions()).containsExactly(sms);
      sdk.adminSetUserMFAPreference(b -> b.userPoolId(pool.id().value()).username("jane").smsMfaSettings(m -> m.enabled(false)));
      assertThat(sdk.adminGetUser(b -> b.userPoolId(pool.id().value()).username("jane")).hasMfaOptions()).isFalse();
    }
  }
}
