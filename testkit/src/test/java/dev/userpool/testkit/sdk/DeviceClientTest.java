package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** Device tracking through the SDK client: DeviceConfiguration, NewDeviceMetadata, ConfirmDevice and the device operations. */
class DeviceClientTest {

  private static final String PASSWORD = "Passw0rd!device";

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private String poolId;
  private String clientId;

  private void pool(Boolean challenge, Boolean prompt) {
    poolId = client.createUserPool(b -> {
      b.poolName("devices");
      if (challenge != null || prompt != null) {
        b.deviceConfiguration(d -> d.challengeRequiredOnNewDevice(challenge).deviceOnlyRememberedOnUserPrompt(prompt));
      }
    }).userPool().id();
    clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("app").explicitAuthFlowsWithStrings(
        "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    user("jane");
  }

  private void user(String name) {
    client.adminCreateUser(b -> b.userPoolId(poolId).username(name).messageAction("SUPPRESS"));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username(name).password(PASSWORD).permanent(true));
  }

  private AuthenticationResultType signIn(String deviceKey) {
    Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD));
    if (deviceKey != null) {
      parameters.put("DEVICE_KEY", deviceKey);
    }
    return client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH").authParameters(parameters))
        .authenticationResult();
  }

  private String confirmed(AuthenticationResultType tokens, String name) {
    String key = tokens.newDeviceMetadata().deviceKey();
    client.confirmDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key).deviceName(name)
        .deviceSecretVerifierConfig(v -> v.passwordVerifier("dmVyaWZpZXI=").salt("c2FsdA==")));
    return key;
  }

  private static Map<String, String> attributes(DeviceType device) {
    Map<String, String> m = new HashMap<>();
    for (AttributeType a : device.deviceAttributes()) {
      m.put(a.name(), a.value());
    }
    return m;
  }

  @Test
  void shouldEchoTheDeviceConfigurationAndDropItWhenUpdateUserPoolLeavesItOut() {
    pool(true, null);
    assertThat(client.describeUserPool(b -> b.userPoolId(poolId)).userPool().deviceConfiguration().challengeRequiredOnNewDevice())
        .isTrue();
    assertThat(client.describeUserPool(b -> b.userPoolId(poolId)).userPool().deviceConfiguration().deviceOnlyRememberedOnUserPrompt())
        .isFalse();
    client.updateUserPool(b -> b.userPoolId(poolId));
    assertThat(client.describeUserPool(b -> b.userPoolId(poolId)).userPool().deviceConfiguration()).isNull();
  }

  @Test
  void shouldIssueNoDeviceInAPoolWithoutDeviceConfiguration() {
    pool(null, null);
    assertThat(signIn(null).newDeviceMetadata()).isNull();
  }

  @Test
  void shouldIssueADeviceKeyOfTheRegionAndAGroupKeyAtSignIn() {
    pool(false, false);
    AuthenticationResultType tokens = signIn(null);
    assertThat(tokens.newDeviceMetadata().deviceKey())
        .matches("us-east-1_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(tokens.newDeviceMetadata().deviceGroupKey()).matches("-[A-Z]{9}");
    assertThat(client.listDevices(b -> b.accessToken(tokens.accessToken())).devices()).as("not confirmed yet").isEmpty();
  }

  @Test
  void shouldRememberAConfirmedDeviceAtOnceWithoutTheUserPrompt() {
    pool(true, false);
    AuthenticationResultType tokens = signIn(null);
    String key = tokens.newDeviceMetadata().deviceKey();
    assertThat(client.confirmDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key).deviceName("phone")
        .deviceSecretVerifierConfig(v -> v.passwordVerifier("dmVyaWZpZXI=").salt("c2FsdA=="))).userConfirmationNecessary()).isFalse();
    DeviceType device = client.getDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key)).device();
    assertThat(device.deviceKey()).isEqualTo(key);
    assertThat(attributes(device)).containsEntry("device_status", "remembered").containsEntry("device_name", "phone");
    assertThat(device.deviceCreateDate()).isNotNull();
    assertThat(device.deviceLastModifiedDate()).isNotNull();
    assertThat(device.deviceLastAuthenticatedDate()).isNotNull();
    assertThat(client.adminGetDevice(b -> b.userPoolId(poolId).username("jane").deviceKey(key)).device()).isEqualTo(device);
    assertThat(client.adminListDevices(b -> b.userPoolId(poolId).username("jane")).devices()).containsExactly(device);
  }

  @Test
  void shouldLeaveTheDeviceNotRememberedUntilTheUserSaysSo() {
    pool(false, true);
    AuthenticationResultType tokens = signIn(null);
    String key = tokens.newDeviceMetadata().deviceKey();
    assertThat(client.confirmDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key)
        .deviceSecretVerifierConfig(v -> v.passwordVerifier("dmVyaWZpZXI=").salt("c2FsdA=="))).userConfirmationNecessary()).isTrue();
    assertThat(attributes(client.getDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key)).device()))
        .containsEntry("device_status", "not_remembered").doesNotContainKey("device_name");
    client.updateDeviceStatus(b -> b.accessToken(tokens.accessToken()).deviceKey(key).deviceRememberedStatus("remembered"));
    assertThat(attributes(client.getDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key)).device()))
        .containsEntry("device_status", "remembered");
    client.adminUpdateDeviceStatus(b -> b.userPoolId(poolId).username("jane").deviceKey(key).deviceRememberedStatus("not_remembered"));
    assertThat(attributes(client.getDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key)).device()))
        .containsEntry("device_status", "not_remembered");
  }

  @Test
  void shouldIssueNoNewDeviceWhenTheSignInNamesAConfirmedDevice() {
    pool(false, false);
    String key = confirmed(signIn(null), "laptop");
    AuthenticationResultType again = signIn(key);
    assertThat(again.newDeviceMetadata()).isNull();
    assertThat(client.listDevices(b -> b.accessToken(again.accessToken())).devices()).extracting(DeviceType::deviceKey)
        .containsExactly(key);
    assertThat(signIn(null).newDeviceMetadata()).as("no DEVICE_KEY: a new device").isNotNull();
  }

  @Test
  void shouldRefuseAnUnknownDeviceKeyWithCognitosWords() {
    pool(false, false);
    AuthenticationResultType tokens = signIn(null);
    String unknown = "us-east-1_00000000-0000-4000-8000-000000000000";
    assertThatThrownBy(() -> client.confirmDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(unknown)
        .deviceSecretVerifierConfig(v -> v.passwordVerifier("dmVyaWZpZXI=").salt("c2FsdA=="))))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("Invalid device key given.");
    assertThatThrownBy(() -> client.getDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(unknown)))
        .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Device does not exist.");
    assertThatThrownBy(() -> client.getDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(tokens.newDeviceMetadata().deviceKey())))
        .as("issued, not confirmed").isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Device does not exist.");
    assertThatThrownBy(() -> client.adminForgetDevice(b -> b.userPoolId(poolId).username("nobody").deviceKey(unknown)))
        .isInstanceOf(UserNotFoundException.class).hasMessageStartingWith("User does not exist.");
    assertThatThrownBy(() -> client.listDevices(b -> b.accessToken(tokens.accessToken()).limit(61)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> client.updateDeviceStatus(b -> b.accessToken(tokens.accessToken()).deviceKey(unknown)
        .deviceRememberedStatus("sometimes"))).isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void shouldForgetADeviceForGood() {
    pool(false, false);
    AuthenticationResultType tokens = signIn(null);
    String key = confirmed(tokens, "phone");
    client.forgetDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key));
    assertThatThrownBy(() -> client.getDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key)))
        .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Device does not exist.");
    assertThatThrownBy(() -> client.forgetDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(key)))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(signIn(key).newDeviceMetadata()).as("a forgotten device's sign-in is a new device's").isNotNull();
  }

  @Test
  void shouldPageTheDevicesOldestFirst() {
    pool(false, false);
    String first = confirmed(signIn(null), "one");
    cognito.clock().advance(Duration.ofSeconds(1));
    String second = confirmed(signIn(null), "two");
    cognito.clock().advance(Duration.ofSeconds(1));
    AuthenticationResultType last = signIn(null);
    String third = confirmed(last, "three");
    ListDevicesResponse page = client.listDevices(b -> b.accessToken(last.accessToken()).limit(2));
    assertThat(page.devices()).extracting(DeviceType::deviceKey).containsExactly(first, second);
    ListDevicesResponse rest = client.listDevices(b -> b.accessToken(last.accessToken()).limit(2).paginationToken(page.paginationToken()));
    assertThat(rest.devices()).extracting(DeviceType::deviceKey).containsExactly(third);
    assertThat(rest.paginationToken()).isNull();
  }

  @Test
  void shouldDeleteTheDevicesWithTheUser() {
    pool(false, false);
    confirmed(signIn(null), "phone");
    client.adminDeleteUser(b -> b.userPoolId(poolId).username("jane"));
    user("jane");
    assertThat(client.adminListDevices(b -> b.userPoolId(poolId).username("jane")).devices()).isEmpty();
    assertThatThrownBy(() -> client.adminListDevices(b -> b.userPoolId(poolId).username("nobody")))
        .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("User does not exist.");
  }
}
