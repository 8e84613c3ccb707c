package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** CreateUserPool's MFA members and the two operations that read them back. */
class PoolMfaConfigurationProperties {

  private static final String REQUIRED = "SMS configuration and Auto verification for phone_number are required when MFA is "
      + "required/optional";

  @Property(tries = 200)
  void anyMfaConfigurationCreateUserPoolAcceptsReadsBackIdentically(@ForAll("modes") String mode,
      @ForAll("smsConfigurations") Optional<SmsConfigurationType> sms, @ForAll("autoVerified") List<String> autoVerified,
      @ForAll("messages") Optional<String> message) {
    InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());
    CreateUserPoolRequest request = CreateUserPoolRequest.builder().poolName("p").mfaConfiguration(mode).smsConfiguration(sms.orElse(null))
        .autoVerifiedAttributesWithStrings(autoVerified).smsAuthenticationMessage(message.orElse(null)).build();
    boolean on = mode != null && !mode.equals("OFF");
    if (on && (sms.isEmpty() || !autoVerified.contains("phone_number"))) {
      assertThatThrownBy(() -> client.createUserPool(request)).isInstanceOf(InvalidParameterException.class)
          .hasMessageStartingWith(REQUIRED);
      assertThat(client.listUserPools(b -> b.maxResults(60)).userPools()).isEmpty();
      return;
    }
    UserPoolType created = client.createUserPool(request).userPool();
    UserPoolType described = client.describeUserPool(b -> b.userPoolId(created.id())).userPool();
    GetUserPoolMfaConfigResponse config = client.getUserPoolMfaConfig(b -> b.userPoolId(created.id()));
    String expected = mode == null ? "OFF" : mode;
    assertThat(created.mfaConfigurationAsString()).isEqualTo(expected);
    assertThat(described.mfaConfigurationAsString()).isEqualTo(expected);
    assertThat(config.mfaConfigurationAsString()).isEqualTo(expected);
    assertThat(described.smsConfiguration()).isEqualTo(sms.orElse(null));
    assertThat(described.smsAuthenticationMessage()).isEqualTo(message.orElse(null));
    assertThat(described).isEqualTo(created.toBuilder().estimatedNumberOfUsers(described.estimatedNumberOfUsers()).build());
    if (on) {
      assertThat(config.smsMfaConfiguration().smsConfiguration()).isEqualTo(sms.get());
      assertThat(config.smsMfaConfiguration().smsAuthenticationMessage()).isEqualTo(message.orElse(null));
    } else {
      assertThat(config.smsMfaConfiguration()).isNull();
    }
    assertThat(config.softwareTokenMfaConfiguration().enabled()).isFalse();
  }

  @Provide
  Arbitrary<String> modes() {
    return Arbitraries.of("OFF", "ON", "OPTIONAL").injectNull(0.25);
  }

  @Provide
  Arbitrary<Optional<SmsConfigurationType>> smsConfigurations() {
    Arbitrary<String> roles = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20)
        .map(name -> "arn:aws:iam::123456789012:role/" + name);
    Arbitrary<String> externalIds = Arbitraries.strings().alpha().ofMaxLength(10).injectNull(0.5);
    return Combinators.combine(roles, externalIds)
        .as((role, externalId) -> SmsConfigurationType.builder().snsCallerArn(role).externalId(externalId).build()).optional();
  }

  @Provide
  Arbitrary<List<String>> autoVerified() {
    return Arbitraries.of("email", "phone_number").list().uniqueElements().ofMaxSize(2);
  }

  @Provide
  Arbitrary<Optional<String>> messages() {
    return Arbitraries.strings().alpha().withChars(' ').ofMaxLength(40).map(s -> s + " {####}").optional();
  }
}
