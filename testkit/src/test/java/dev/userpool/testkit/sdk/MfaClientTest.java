package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TestUser;
import dev.userpool.testkit.TotpUser;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** MFA through the SDK client: the pool's configuration, the TOTP fixture, and sign-in with SOFTWARE_TOKEN_MFA. */
class MfaClientTest {

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private final TestPool pool = TestPool.create(cognito);

  private InitiateAuthResponse signIn(TestUser user) {
    return client.initiateAuth(b -> b.clientId(pool.clientId().value()).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", user.signInName(), "PASSWORD", user.password().get().reveal())));
  }

  @Test
  void shouldConfigureThePoolAndRefuseMfaOnWithoutAFactor() {
    assertThatThrownBy(() -> client.setUserPoolMfaConfig(b -> b.userPoolId(pool.id().value()).mfaConfiguration("ON")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.");
    client.setUserPoolMfaConfig(b -> b.userPoolId(pool.id().value()).mfaConfiguration("OPTIONAL")
        .softwareTokenMfaConfiguration(t -> t.enabled(true)));
    GetUserPoolMfaConfigResponse config = client.getUserPoolMfaConfig(b -> b.userPoolId(pool.id().value()));
    assertThat(config.mfaConfigurationAsString()).isEqualTo("OPTIONAL");
    assertThat(config.softwareTokenMfaConfiguration().enabled()).isTrue();
    assertThat(config.smsMfaConfiguration()).isNull();
    assertThat(client.describeUserPool(b -> b.userPoolId(pool.id().value())).userPool().mfaConfigurationAsString()).isEqualTo("OPTIONAL");
  }

  @Test
  void shouldKeepTheUsersMfaWhenThePasswordIsSet() {
    TotpUser jane = TotpUser.enable(pool.user("jane").confirmed());

    client.adminSetUserPassword(b -> b.userPoolId(pool.id().value()).username("jane").password("An0ther-Passw0rd!").permanent(true));

    AdminGetUserResponse got = client.adminGetUser(b -> b.userPoolId(pool.id().value()).username("jane"));
    assertThat(got.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
    assertThat(got.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
    InitiateAuthResponse signIn = client.initiateAuth(b -> b.clientId(pool.clientId().value()).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "An0ther-Passw0rd!")));
    assertThat(signIn.challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
    assertThat(jane.secret()).isNotEmpty();
  }

  @Test
  void shouldSignInWithTheFixturesCurrentCodeAndRefuseAWrongOne() {
    TotpUser jane = TotpUser.enable(pool.user("jane").confirmed());
    AdminGetUserResponse got = client.adminGetUser(b -> b.userPoolId(pool.id().value()).username("jane"));
    assertThat(got.userMFASettingList()).containsExactly("SOFTWARE_TOKEN_MFA");
    assertThat(got.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
    assertThat(jane.secret()).matches("[A-Z2-7]{52}");

    InitiateAuthResponse first = signIn(jane.user());
    assertThat(first.challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
    assertThat(first.authenticationResult()).isNull();
    assertThatThrownBy(() -> client.respondToAuthChallenge(b -> b.clientId(pool.clientId().value()).challengeName("SOFTWARE_TOKEN_MFA")
        .session(first.session()).challengeResponses(Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE",
            jane.codeAt(pool.clock().instant().plus(Duration.ofMinutes(3)))))))
        .isInstanceOf(CodeMismatchException.class).hasMessageStartingWith("Invalid code or auth state for the user.");
    RespondToAuthChallengeResponse answered = client.respondToAuthChallenge(b -> b.clientId(pool.clientId().value())
        .challengeName("SOFTWARE_TOKEN_MFA").session(first.session())
        .challengeResponses(Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", jane.currentCode())));
    assertThat(answered.authenticationResult().accessToken()).isNotEmpty();
    assertThat(client.getUser(b -> b.accessToken(answered.authenticationResult().accessToken())).userMFASettingList())
        .containsExactly("SOFTWARE_TOKEN_MFA");
  }
}
