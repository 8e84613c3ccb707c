package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The small operations through the SDK, in process and over HTTP (the endpoint dispatches them by name): DeleteUserAttributes,
 * the pool's tags, GetUserAuthFactors, the legacy MFAOptions and GetCSVHeader; the same answers either way.
 */
class AccountAndTagsWireTest {

  private static final String PASSWORD = "Blue-Harbor-42!";

  @Test
  void shouldAnswerInProcess() {
    scenario(InProcessCognitoClient.of(InProcessCognito.create()));
  }

  @Test
  void shouldAnswerOverTheWire() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      scenario(sdk);
    }
  }

  private static void scenario(CognitoIdentityProviderClient sdk) {
    UserPoolType pool = sdk.createUserPool(b -> b.poolName("small").userPoolTags(Map.of("team", "identity"))).userPool();
    String client = sdk.createUserPoolClient(b -> b.userPoolId(pool.id()).clientName("web")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient().clientId();
    sdk.adminCreateUser(b -> b.userPoolId(pool.id()).username("jane").messageAction("SUPPRESS")
        .userAttributes(AttributeType.builder().name("nickname").value("jj").build()));
    sdk.adminSetUserPassword(b -> b.userPoolId(pool.id()).username("jane").password(PASSWORD).permanent(true));
    String token = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult().accessToken();

    sdk.deleteUserAttributes(b -> b.accessToken(token).userAttributeNames("nickname"));
    assertThat(sdk.getUser(b -> b.accessToken(token)).userAttributes()).extracting(AttributeType::name).containsExactly("sub");

    assertThat(sdk.getUserAuthFactors(b -> b.accessToken(token)).configuredUserAuthFactorsAsStrings()).containsExactly("PASSWORD");
    assertThatThrownBy(() -> sdk.setUserSettings(b -> b.accessToken(token).mfaOptions(o -> o.deliveryMedium("SMS").attributeName(
        "phone_number")))).isInstanceOfSatisfying(InvalidParameterException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User does not have delivery config set to turn on SMS_MFA"));
    sdk.adminUpdateUserAttributes(b -> b.userPoolId(pool.id()).username("jane")
        .userAttributes(AttributeType.builder().name("phone_number").value("+15555550100").build()));
    sdk.adminSetUserSettings(b -> b.userPoolId(pool.id()).username("jane").mfaOptions(o -> o.deliveryMedium("SMS")
        .attributeName("phone_number")));
    assertThat(sdk.getUserAuthFactors(b -> b.accessToken(token)).userMFASettingList()).containsExactly("SMS_MFA");

    assertThat(pool.arn()).isEqualTo("arn:aws:cognito-idp:us-east-1:123456789012:userpool/" + pool.id());
    sdk.tagResource(b -> b.resourceArn(pool.arn()).tags(Map.of("stage", "test")));
    sdk.untagResource(b -> b.resourceArn(pool.arn()).tagKeys("team"));
    assertThat(sdk.listTagsForResource(b -> b.resourceArn(pool.arn())).tags()).isEqualTo(Map.of("stage", "test"));
    assertThat(sdk.describeUserPool(b -> b.userPoolId(pool.id())).userPool().userPoolTags()).isEqualTo(Map.of("stage", "test"));
    assertThat(sdk.getCSVHeader(b -> b.userPoolId(pool.id())).csvHeader()).startsWith("name", "given_name")
        .endsWith("updated_at", "cognito:mfa_enabled", "cognito:username");

    String other = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_nothere1";
    assertThatThrownBy(() -> sdk.listTagsForResource(b -> b.resourceArn(other)))
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User pool us-east-1_nothere1 does not exist.");
          assertThat(e.statusCode()).isEqualTo(400);
        });
  }
}
