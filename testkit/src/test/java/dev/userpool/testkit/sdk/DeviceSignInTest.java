package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.mfa.Totp;
import dev.userpool.pool.DeviceConfiguration;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TotpUser;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SeededRandomness;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * Device authentication through the SDK client: a remembered device's sign-in answers DEVICE_SRP_AUTH and
 * DEVICE_PASSWORD_VERIFIER in place of MFA; the challenges' shapes, and the refusals with Cognito's words.
 */
class DeviceSignInTest {

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private final TestPool pool = TestPool.create(cognito);
  private final SeededRandomness randomness = SeededRandomness.withSeed(7);
  private TotpUser jane;

  /** A pool with TOTP MFA and jane enrolled, tracking devices with ChallengeRequiredOnNewDevice {@code challenge}. */
  private void setUp(boolean challenge, boolean prompt) {
    jane = TotpUser.enable(pool.user("jane").confirmed());
    cognito.devices().updateUserPool(() -> Either.right(pool.userPool()), Option.some(new DeviceConfiguration(challenge, prompt)))
        .get();
  }

  private InitiateAuthResponse signIn(String deviceKey) {
    Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", "jane", "PASSWORD", jane.user().password().get().reveal()));
    if (deviceKey != null) {
      parameters.put("DEVICE_KEY", deviceKey);
    }
    return client.initiateAuth(b -> b.clientId(pool.clientId().value()).authFlow("USER_PASSWORD_AUTH").authParameters(parameters));
  }

  private RespondToAuthChallengeResponse answer(String challenge, String session, Map<String, String> responses) {
    return client.respondToAuthChallenge(b -> b.clientId(pool.clientId().value()).challengeName(challenge).session(session)
        .challengeResponses(responses));
  }

  private AuthenticationResultType totp(String session) {
    cognito.clock().advance(Duration.ofSeconds(Totp.STEP_SECONDS));
    return answer("SOFTWARE_TOKEN_MFA", session, Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", jane.currentCode()))
        .authenticationResult();
  }

  /** A first sign-in with MFA, its new device confirmed with a verifier as amazon-cognito-identity-js makes one. */
  private DeviceSrpClient remembered() {
    AuthenticationResultType tokens = totp(signIn(null).session());
    DeviceSrpClient device = DeviceSrpClient.of(tokens.newDeviceMetadata().deviceGroupKey(), tokens.newDeviceMetadata().deviceKey(),
        randomness);
    client.confirmDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(device.deviceKey())
        .deviceSecretVerifierConfig(v -> v.passwordVerifier(device.passwordVerifier()).salt(device.salt())));
    return device;
  }

  @Test
  void shouldSkipMfaWithARememberedDevice() {
    setUp(true, false);
    DeviceSrpClient device = remembered();

    InitiateAuthResponse first = signIn(device.deviceKey());
    assertThat(first.challengeNameAsString()).isEqualTo("DEVICE_SRP_AUTH");
    assertThat(first.challengeParameters()).containsOnlyKeys("USER_ID_FOR_SRP");
    assertThat(first.authenticationResult()).isNull();
    RespondToAuthChallengeResponse verifier = answer("DEVICE_SRP_AUTH", first.session(), device.deviceSrpAuth("jane"));
    assertThat(verifier.challengeNameAsString()).isEqualTo("DEVICE_PASSWORD_VERIFIER");
    assertThat(verifier.challengeParameters()).containsOnlyKeys("SALT", "SECRET_BLOCK", "SRP_B", "USERNAME", "DEVICE_KEY")
        .containsEntry("USERNAME", "jane").containsEntry("DEVICE_KEY", device.deviceKey());
    assertThat(verifier.session()).isNotEqualTo(first.session());
    RespondToAuthChallengeResponse tokens = answer("DEVICE_PASSWORD_VERIFIER", verifier.session(), device.answer(verifier
        .challengeParameters(), "jane", pool.clock().instant()));

    assertThat(tokens.authenticationResult().accessToken()).isNotEmpty();
    assertThat(tokens.authenticationResult().newDeviceMetadata()).isNull();
    assertThat(tokens.challengeName()).isNull();
  }

  @Test
  void shouldRefuseAProofMadeWithAnotherSecretAndChangeNothing() {
    setUp(true, false);
    DeviceSrpClient device = remembered();
    DeviceSrpClient impostor = DeviceSrpClient.of("-XXXXXXXXX", device.deviceKey(), SeededRandomness.withSeed(99));
    InitiateAuthResponse first = signIn(device.deviceKey());
    Map<String, String> srpAuth = device.deviceSrpAuth("jane");
    impostor.deviceSrpAuth("jane");
    RespondToAuthChallengeResponse verifier = answer("DEVICE_SRP_AUTH", first.session(), srpAuth);

    assertThatThrownBy(() -> answer("DEVICE_PASSWORD_VERIFIER", verifier.session(), impostor.answer(verifier.challengeParameters(),
        "jane", pool.clock().instant())))
        .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Incorrect username or password.")
        .satisfies(e -> assertThat(((NotAuthorizedException) e).statusCode()).isEqualTo(400));
    assertThat(answer("DEVICE_PASSWORD_VERIFIER", verifier.session(), device.answer(verifier.challengeParameters(), "jane", pool
        .clock().instant())).authenticationResult().accessToken()).isNotEmpty();
  }

  @Test
  void shouldRefuseAnUnknownDeviceAndAnotherUsersDevice() {
    setUp(true, false);
    DeviceSrpClient device = remembered();
    InitiateAuthResponse first = signIn(device.deviceKey());
    Map<String, String> unknown = new HashMap<>(device.deviceSrpAuth("jane"));
    unknown.put("DEVICE_KEY", "us-east-1_00000000-0000-4000-8000-000000000000");

    assertThatThrownBy(() -> answer("DEVICE_SRP_AUTH", first.session(), unknown))
        .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Device does not exist.");
    TotpUser john = TotpUser.enable(pool.user("john").confirmed());
    InitiateAuthResponse johns = client.initiateAuth(b -> b.clientId(pool.clientId().value()).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "john", "PASSWORD", john.user().password().get().reveal(), "DEVICE_KEY", device.deviceKey())));
    assertThat(johns.challengeNameAsString()).as("another user's device key asks for MFA").isEqualTo("SOFTWARE_TOKEN_MFA");
    assertThatThrownBy(() -> answer("DEVICE_SRP_AUTH", first.session(), Map.of("USERNAME", "john", "DEVICE_KEY", device.deviceKey(),
        "SRP_A", "02")))
        .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Invalid session for the user.");
    assertThat(answer("DEVICE_SRP_AUTH", first.session(), device.deviceSrpAuth("jane")).challengeNameAsString())
        .as("the refusals changed nothing").isEqualTo("DEVICE_PASSWORD_VERIFIER");
  }

  @Test
  void shouldCheckTheMembersTheSessionAndSrpA() {
    setUp(true, false);
    DeviceSrpClient device = remembered();
    InitiateAuthResponse first = signIn(device.deviceKey());

    assertThatThrownBy(() -> answer("DEVICE_SRP_AUTH", first.session(), Map.of("USERNAME", "jane", "DEVICE_KEY", device.deviceKey())))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("Missing required parameter SRP_A");
    assertThatThrownBy(() -> answer("DEVICE_SRP_AUTH", first.session(), Map.of("USERNAME", "jane", "DEVICE_KEY", device.deviceKey(),
        "SRP_A", "0")))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(
        () -> answer("DEVICE_PASSWORD_VERIFIER", first.session(), Map.of("USERNAME", "jane", "DEVICE_KEY", device.deviceKey())))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("Missing required parameter PASSWORD_CLAIM_SIGNATURE");
    RespondToAuthChallengeResponse verifier = answer("DEVICE_SRP_AUTH", first.session(), device.deviceSrpAuth("jane"));
    Map<String, String> proof = device.answer(verifier.challengeParameters(), "jane", pool.clock().instant());
    assertThatThrownBy(() -> answer("DEVICE_PASSWORD_VERIFIER", first.session(), proof))
        .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Invalid session for the user.");
    assertThatThrownBy(() -> answer("DEVICE_SRP_AUTH", first.session(), device.deviceSrpAuth("jane")))
        .as("a session answers once").isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Invalid session for the user.");
  }

  @Test
  void shouldAskMfaOfADeviceNotRememberedOrForgotten() {
    setUp(true, false);
    DeviceSrpClient device = remembered();
    AuthenticationResultType tokens = totp(signIn(null).session());

    client.adminUpdateDeviceStatus(b -> b.userPoolId(pool.id().value()).username("jane").deviceKey(device.deviceKey())
        .deviceRememberedStatus("not_remembered"));
    assertThat(signIn(device.deviceKey()).challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
    client.forgetDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(device.deviceKey()));
    assertThat(signIn(device.deviceKey()).challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
  }

  @Test
  void shouldAskNoDeviceChallengeWithoutChallengeRequiredOnNewDevice() {
    setUp(false, false);
    DeviceSrpClient device = remembered();

    InitiateAuthResponse again = signIn(device.deviceKey());
    assertThat(again.challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
    AuthenticationResultType tokens = answer("SOFTWARE_TOKEN_MFA", again.session(), Map.of("USERNAME", "jane",
        "SOFTWARE_TOKEN_MFA_CODE", jane.codeAt(pool.clock().instant().plusSeconds(Totp.STEP_SECONDS)), "DEVICE_KEY", device.deviceKey()))
        .authenticationResult();
    assertThat(tokens.newDeviceMetadata()).as("the device is known").isNull();
  }

  @Test
  void shouldAskDeviceAuthenticationAfterAnSrpSignIn() {
    setUp(true, false);
    DeviceSrpClient device = remembered();
    String srpClient = client.createUserPoolClient(b -> b.userPoolId(pool.id().value()).clientName("srp")
        .explicitAuthFlowsWithStrings("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    SrpClient srp = SrpClient.start(pool.id().value());
    InitiateAuthResponse started = client.initiateAuth(b -> b.clientId(srpClient).authFlow("USER_SRP_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "SRP_A", srp.srpA(), "DEVICE_KEY", device.deviceKey())));
    Map<String, String> claim = new HashMap<>(srp.answer(started.challengeParameters(), jane.user().password().get().reveal(), pool
        .clock().instant()));
    claim.put("DEVICE_KEY", device.deviceKey());

    RespondToAuthChallengeResponse next = client.respondToAuthChallenge(b -> b.clientId(srpClient).challengeName("PASSWORD_VERIFIER")
        .session(started.session()).challengeResponses(claim));
    assertThat(next.challengeNameAsString()).isEqualTo("DEVICE_SRP_AUTH");
  }

  private InitiateAuthResponse refresh(String refreshToken, String deviceKey) {
    return client.initiateAuth(b -> b.clientId(pool.clientId().value()).authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of(
        "REFRESH_TOKEN", refreshToken, "DEVICE_KEY", deviceKey)));
  }

  @Test
  void shouldRefuseARefreshNamingAForgottenOrUnknownDevice() {
    setUp(true, false);
    DeviceSrpClient device = remembered();
    InitiateAuthResponse first = signIn(device.deviceKey());
    RespondToAuthChallengeResponse verifier = answer("DEVICE_SRP_AUTH", first.session(), device.deviceSrpAuth("jane"));
    AuthenticationResultType tokens = answer("DEVICE_PASSWORD_VERIFIER", verifier.session(), device.answer(verifier
        .challengeParameters(), "jane", pool.clock().instant())).authenticationResult();

    assertThat(refresh(tokens.refreshToken(), device.deviceKey()).authenticationResult().accessToken()).isNotEmpty();
    assertThatThrownBy(() -> refresh(tokens.refreshToken(), "us-east-1_00000000-0000-4000-8000-000000000000"))
        .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Invalid Refresh Token.");
    client.forgetDevice(b -> b.accessToken(tokens.accessToken()).deviceKey(device.deviceKey()));
    assertThatThrownBy(() -> refresh(tokens.refreshToken(), device.deviceKey()))
        .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Invalid Refresh Token.");
  }

  @Test
  void shouldAnswerTheDeviceChallengesOnTheAdminFlowAndOnlyOnce() {
    setUp(true, false);
    DeviceSrpClient device = remembered();
    String poolId = pool.id().value();
    String clientId = pool.clientId().value();
    AdminInitiateAuthResponse first = client.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId).authFlow(
        "ADMIN_USER_PASSWORD_AUTH").authParameters(
            Map.of("USERNAME", "jane", "PASSWORD", jane.user().password().get().reveal(),
                "DEVICE_KEY", device.deviceKey())));
    assertThat(first.challengeNameAsString()).isEqualTo("DEVICE_SRP_AUTH");
    AdminRespondToAuthChallengeResponse verifier = client.adminRespondToAuthChallenge(b -> b.userPoolId(poolId).clientId(clientId)
        .challengeName("DEVICE_SRP_AUTH").session(first.session()).challengeResponses(device.deviceSrpAuth("jane")));
    Map<String, String> proof = device.answer(verifier.challengeParameters(), "jane", pool.clock().instant());
    AdminRespondToAuthChallengeResponse tokens = client.adminRespondToAuthChallenge(b -> b.userPoolId(poolId).clientId(clientId)
        .challengeName("DEVICE_PASSWORD_VERIFIER").session(verifier.session()).challengeResponses(proof));

    assertThat(tokens.authenticationResult().accessToken()).isNotEmpty();
    assertThatThrownBy(() -> answer("DEVICE_PASSWORD_VERIFIER", verifier.session(), proof))
        .as("a session answers once").isInstanceOf(NotAuthorizedException.class);
  }
}
