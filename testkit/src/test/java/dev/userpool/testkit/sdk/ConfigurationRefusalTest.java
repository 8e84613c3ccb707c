package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AcrLevelConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * Members the library does not implement are refused by name ({@code ConfigurationRefused}), over the in-process client,
 * with InvalidParameterException and HTTP 400; their default values are accepted; a refused request changes nothing.
 */
class ConfigurationRefusalTest {

  private final CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(InProcessCognito.create());
  private final String poolId = cognito.createUserPool(b -> b.poolName("app")).userPool().id();
  private final String clientId = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")).userPoolClient().clientId();

  private static String refusal(Runnable call) {
    InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class, call::run);
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterException");
    return e.awsErrorDetails().errorMessage();
  }

  private static String refused(String members) {
    return "Members not supported by the userpool library: " + members
        + ". Remove them, or test this configuration against Amazon Cognito.";
  }

  @Test
  void shouldRefuseThreatProtectionByNameAndAcceptItOff() {
    assertThat(refusal(() -> cognito.createUserPool(b -> b.poolName("p").userPoolAddOns(a -> a.advancedSecurityMode(
        AdvancedSecurityModeType.ENFORCED))))).isEqualTo(refused("UserPoolAddOns.AdvancedSecurityMode"));
    assertThat(cognito.listUserPools(b -> b.maxResults(60)).userPools()).hasSize(1);

    UserPoolType created = cognito.createUserPool(b -> b.poolName("p").userPoolAddOns(a -> a.advancedSecurityMode(
        AdvancedSecurityModeType.OFF))).userPool();
    assertThat(created.name()).isEqualTo("p");
  }

  @Test
  void shouldNameEveryRefusedMemberInRequestOrder() {
    assertThat(refusal(() -> cognito.updateUserPool(b -> b.userPoolId(poolId)
        .adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true).unusedAccountValidityDays(30))
        .userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.AUDIT))
        .accountRecoverySetting(s -> s.recoveryMechanisms(
            RecoveryOptionType.builder().name(RecoveryOptionNameType.VERIFIED_EMAIL).priority(1).build())))))
        .isEqualTo(refused("AdminCreateUserConfig.UnusedAccountValidityDays, UserPoolAddOns.AdvancedSecurityMode"));
    assertThat(cognito.describeUserPool(b -> b.userPoolId(poolId)).userPool().adminCreateUserConfig().allowAdminCreateUserOnly())
        .isFalse();
  }

  @Test
  void shouldAcceptConfirmationByCodeAndRefuseConfirmationByLink() {
    cognito.updateUserPool(b -> b.userPoolId(poolId).emailVerificationMessage("Your verification code is {####}.")
        .verificationMessageTemplate(t -> t.defaultEmailOption("CONFIRM_WITH_CODE")));

    assertThat(refusal(() -> cognito.updateUserPool(b -> b.userPoolId(poolId).verificationMessageTemplate(t -> t.defaultEmailOption(
        "CONFIRM_WITH_LINK"))))).isEqualTo(refused("VerificationMessageTemplate.DefaultEmailOption"));
  }

  @Test
  void shouldCheckTheShapesOfAPoolsMembersFirst() {
    assertThat(refusal(() -> cognito.createUserPool(b -> b.poolName("p").smsVerificationMessage("Your code")
        .userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.AUDIT))))).startsWith("1 validation error detected");
  }

  @Test
  void shouldRefuseClientMembersByName() {
    assertThat(refusal(() -> cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("m").enableTokenRevocation(false)
        .analyticsConfiguration(a -> a.applicationId("0123456789abcdef0123456789abcdef")))))
        .isEqualTo(refused("AnalyticsConfiguration, EnableTokenRevocation"));
    assertThat(refusal(() -> cognito.updateUserPoolClient(b -> b.userPoolId(poolId).clientId(clientId).clientName("web")
        .enablePropagateAdditionalUserContextData(true)))).isEqualTo(refused("EnablePropagateAdditionalUserContextData"));
    assertThat(refusal(() -> cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("m").clientSecret("chosen-secret-0123"))))
        .isEqualTo(refused("ClientSecret"));

    assertThat(cognito.updateUserPoolClient(b -> b.userPoolId(poolId).clientId(clientId).clientName("web").enableTokenRevocation(true)
        .enablePropagateAdditionalUserContextData(false)).userPoolClient().clientName()).isEqualTo("web");
  }

  @Test
  void shouldRefuseUserAndSignInMembersByName() {
    assertThat(refusal(() -> cognito.adminCreateUser(b -> b.userPoolId(poolId).username("jane").forceAliasCreation(true))))
        .isEqualTo(refused("ForceAliasCreation"));
    assertThat(refusal(() -> cognito.adminCreateUser(b -> b.userPoolId(poolId).username("jane").desiredDeliveryMediumsWithStrings("SMS"))))
        .isEqualTo(refused("DesiredDeliveryMediums"));
    assertThat(refusal(() -> cognito.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_AUTH).session("s".repeat(20)))))
        .isEqualTo(refused("Session"));
    assertThat(refusal(() -> cognito.confirmSignUp(b -> b.clientId(clientId).username("jane").confirmationCode("123456")
        .session("s".repeat(20))))).isEqualTo(refused("Session"));
    assertThat(cognito.adminCreateUser(b -> b.userPoolId(poolId).username("jane").forceAliasCreation(false)
        .desiredDeliveryMediumsWithStrings("EMAIL")).user().username()).isEqualTo("jane");
  }

  @Test
  void shouldRefuseMfaAndDomainMembersByName() {
    assertThat(refusal(() -> cognito.setUserPoolMfaConfig(b -> b.userPoolId(poolId).webAuthnConfiguration(w -> w
        .relyingPartyId("example.com").factorConfiguration("MULTI_FACTOR_WITH_USER_VERIFICATION")))))
        .isEqualTo(refused("WebAuthnConfiguration.FactorConfiguration"));
    assertThat(refusal(() -> cognito.adminSetUserMFAPreference(b -> b.userPoolId(poolId).username("jane")
        .webAuthnMfaSettings(w -> w.enabled(true))))).isEqualTo(refused("WebAuthnMfaSettings.Enabled"));
    assertThat(refusal(() -> cognito.createUserPoolDomain(b -> b.userPoolId(poolId).domain("app-auth").managedLoginVersion(2))))
        .isEqualTo(refused("ManagedLoginVersion"));
    assertThat(cognito.describeUserPool(b -> b.userPoolId(poolId)).userPool().domain()).isNull();
  }

  @Test
  void shouldEchoTheMembersKeptOnlyToBeEchoed() {
    String pool = cognito.createUserPool(b -> b.poolName("p").emailConfiguration(e -> e.emailSendingAccount("DEVELOPER")
        .sourceArn("arn:aws:ses:us-east-1:123456789012:identity/no-reply@example.com").from("Example <no-reply@example.com>")
        .replyToEmailAddress("help@example.com").configurationSet("app-events"))
        .smsConfiguration(c -> c.snsCallerArn("arn:aws:iam::123456789012:role/sns").externalId("app").snsRegion("us-east-1")))
        .userPool().id();

    UserPoolType described = cognito.describeUserPool(b -> b.userPoolId(pool)).userPool();
    assertThat(described.emailConfiguration().sourceArn()).isEqualTo("arn:aws:ses:us-east-1:123456789012:identity/no-reply@example.com");
    assertThat(described.emailConfiguration().from()).isEqualTo("Example <no-reply@example.com>");
    assertThat(described.emailConfiguration().replyToEmailAddress()).isEqualTo("help@example.com");
    assertThat(described.emailConfiguration().configurationSet()).isEqualTo("app-events");
    assertThat(described.emailConfiguration().emailSendingAccountAsString()).isEqualTo("DEVELOPER");
    assertThat(described.smsConfiguration().snsCallerArn()).isEqualTo("arn:aws:iam::123456789012:role/sns");
    assertThat(described.smsConfiguration().externalId()).isEqualTo("app");
    assertThat(described.smsConfiguration().snsRegion()).isEqualTo("us-east-1");
  }

  @Test
  void shouldNameEveryPoolMemberItDoesNotImplementInOneRefusal() {
    assertThat(refusal(() -> cognito.createUserPool(b -> b.poolName("p").lambdaConfig(l -> l.inboundFederation(f -> f.lambdaArn(
        "arn:aws:lambda:us-east-1:123456789012:function:federation").lambdaVersion("V1_0")))
        .smsVerificationMessage("Code: {####}").emailVerificationMessage("Code: {####}").emailVerificationSubject("Welcome")
        .verificationMessageTemplate(t -> t.smsMessage("Code: {####}").emailMessage("Code: {####}").emailSubject("Welcome")
            .defaultEmailOption("CONFIRM_WITH_LINK"))
        .smsConfiguration(c -> c.snsCallerArn("arn:aws:iam::123456789012:role/sns").eumsSms(e -> e.callerArn(
            "arn:aws:iam::123456789012:role/eums")))
        .adminCreateUserConfig(a -> a.unusedAccountValidityDays(30).inviteMessageTemplate(t -> t.smsMessage("Hi {username} {####}")
            .emailMessage("Hi {username} {####}").emailSubject("Hi")))
        .keyConfiguration(k -> k.keyType("CUSTOMER_MANAGED_KEY")).issuerConfiguration(i -> i.type("UPDATED"))
        .acrConfiguration(Map.of("high", AcrLevelConfigType.builder().acrValue("urn:example:high").build())))))
        .isEqualTo(refused("LambdaConfig.InboundFederation, VerificationMessageTemplate.DefaultEmailOption, SmsConfiguration.EumsSms, "
            + "AdminCreateUserConfig.UnusedAccountValidityDays, KeyConfiguration.KeyType, IssuerConfiguration.Type, AcrConfiguration"));
  }

  @Test
  void shouldRefuseTheRestByName() {
    assertThat(refusal(() -> cognito.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId).authFlow(
        AuthFlowType.ADMIN_USER_PASSWORD_AUTH).session("s".repeat(20))))).isEqualTo(refused("Session"));
    assertThat(refusal(() -> cognito.setUserMFAPreference(b -> b.accessToken("token").webAuthnMfaSettings(w -> w.enabled(true)))))
        .isEqualTo(refused("WebAuthnMfaSettings.Enabled"));
    assertThat(refusal(() -> cognito.setUserPoolMfaConfig(b -> b.userPoolId(poolId).smsMfaConfiguration(m -> m.smsConfiguration(
        c -> c.snsCallerArn("arn:aws:iam::123456789012:role/sns").eumsSms(e -> e.region("us-east-1")))))))
        .isEqualTo(refused("SmsMfaConfiguration.SmsConfiguration.EumsSms"));
    assertThat(refusal(() -> cognito.updateUserPoolDomain(b -> b.userPoolId(poolId).domain("app-auth").managedLoginVersion(2)
        .routing(r -> r.failover(f -> f.secondaryRegion("us-west-2")))))).isEqualTo(refused("ManagedLoginVersion, Routing"));
  }
}
