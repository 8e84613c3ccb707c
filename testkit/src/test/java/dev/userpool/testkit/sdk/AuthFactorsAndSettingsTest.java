package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** GetUserAuthFactors, and the legacy MFAOptions of SetUserSettings and AdminSetUserSettings. */
class AuthFactorsAndSettingsTest {

  private static final String PASSWORD = "Passw0rd!";
  private static final MFAOptionType SMS = MFAOptionType.builder().deliveryMedium("SMS").attributeName("phone_number").build();

  private final InProcessCognitoClient client = InProcessCognitoClient.of(InProcessCognito.create());
  private String poolId;

  /** A pool allowing PASSWORD and EMAIL_OTP first factors; {@code name} signed in, with these attributes: the access token. */
  private String signedIn(String name, AttributeType... attributes) {
    if (poolId == null) {
      poolId = client.createUserPool(b -> b.poolName("p").userPoolTier("ESSENTIALS")
          .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP")))).userPool().id();
    }
    String clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("c")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(poolId).username(name).messageAction("SUPPRESS").userAttributes(attributes));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username(name).password(PASSWORD).permanent(true));
    return client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", name, "PASSWORD", PASSWORD))).authenticationResult().accessToken();
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  @Test
  void shouldListThePasswordAndTheFactorsTheUserCanUse() {
    String plain = signedIn("jane");
    String withEmail = signedIn("john", attribute("email", "john@example.com"), attribute("email_verified", "true"));

    GetUserAuthFactorsResponse jane = client.getUserAuthFactors(b -> b.accessToken(plain));
    assertThat(jane.username()).isEqualTo("jane");
    assertThat(jane.configuredUserAuthFactorsAsStrings()).containsExactly("PASSWORD");
    assertThat(jane.userMFASettingList()).isEmpty();
    assertThat(jane.preferredMfaSetting()).isNull();
    assertThat(client.getUserAuthFactors(b -> b.accessToken(withEmail)).configuredUserAuthFactorsAsStrings())
        .containsExactly("PASSWORD", "EMAIL_OTP");
  }

  @Test
  void shouldTurnSmsMfaOnWithMfaOptionsAndOffWithAnEmptyList() {
    String token = signedIn("jane", attribute("phone_number", "+15555550100"));

    client.setUserSettings(b -> b.accessToken(token).mfaOptions(SMS));
    GetUserAuthFactorsResponse on = client.getUserAuthFactors(b -> b.accessToken(token));
    assertThat(on.userMFASettingList()).containsExactly("SMS_MFA");
    AdminGetUserResponse got = client.adminGetUser(b -> b.userPoolId(poolId).username("jane"));
    assertThat(got.mfaOptions()).containsExactly(SMS);

    client.adminSetUserSettings(b -> b.userPoolId(poolId).username("jane").mfaOptions(List.of()));
    assertThat(client.getUserAuthFactors(b -> b.accessToken(token)).userMFASettingList()).isEmpty();
  }

  @Test
  void shouldRefuseWhatMfaOptionsCannotSetAndChangeNothing() {
    String token = signedIn("jane");
    MFAOptionType email = MFAOptionType.builder().deliveryMedium("EMAIL").attributeName("email").build();

    assertRefused(() -> client.setUserSettings(b -> b.accessToken(token).mfaOptions(SMS)), InvalidParameterException.class,
        "User does not have delivery config set to turn on SMS_MFA");
    assertRefused(() -> client.setUserSettings(b -> b.accessToken(token).mfaOptions(email)), InvalidParameterException.class,
        "MFAOptions can only set SMS delivery to phone_number.");
    assertRefused(() -> client.setUserSettings(b -> b.accessToken(token)), InvalidParameterException.class,
        "1 validation error detected: Value null at 'mFAOptions' failed to satisfy constraint: Member must not be null");
    assertRefused(() -> client.adminSetUserSettings(b -> b.userPoolId(poolId).username("nobody").mfaOptions(SMS)),
        UserNotFoundException.class, "User does not exist.");
    assertRefused(() -> client.setUserSettings(b -> b.accessToken("nope").mfaOptions(SMS)), NotAuthorizedException.class,
        "Invalid Access Token");
    assertRefused(() -> client.getUserAuthFactors(b -> b.accessToken("nope")), NotAuthorizedException.class, "Invalid Access Token");
    assertThat(client.getUserAuthFactors(b -> b.accessToken(token)).userMFASettingList()).isEmpty();
  }

  private static void assertRefused(Runnable call, Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(call::run).isInstanceOf(type)
        .satisfies(e -> assertThat(((CognitoIdentityProviderException) e).awsErrorDetails().errorMessage()).isEqualTo(message))
        .satisfies(e -> assertThat(((CognitoIdentityProviderException) e).statusCode()).isEqualTo(400));
  }
}
