package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.sdk.SrpClient;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * USER_AUTH through the real SDK over HTTP: SELECT_CHALLENGE with AvailableChallenges on the wire, an EMAIL_OTP code read
 * through the test control ({@code LastCode}), a wrong code's exact error and status, and PASSWORD_SRP chosen in the
 * SELECT_CHALLENGE answer (only the latest challenge of a user answers, so each sign-in finishes before the next).
 */
class UserAuthWireTest {

  private static final String PASSWORD = "Blue-Harbor-42!";

  @Test
  void shouldSignInWithAnEmailCodeAndWithSrpChosenFromTheChallenges() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      EndpointControl control = EndpointControl.of(endpoint.uri());
      String pool = sdk.createUserPool(b -> b.poolName("app")
          .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP")))).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").explicitAuthFlowsWithStrings("ALLOW_USER_AUTH"))
          .userPoolClient().clientId();
      sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS").userAttributes(
          AttributeType.builder().name("email").value("jane@example.com").build(),
          AttributeType.builder().name("email_verified").value("true").build()));
      sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password(PASSWORD).permanent(true));

      InitiateAuthResponse select = sdk
          .initiateAuth(b -> b.clientId(client).authFlow("USER_AUTH").authParameters(Map.of("USERNAME", "jane")));
      assertThat(select.challengeNameAsString()).isEqualTo("SELECT_CHALLENGE");
      assertThat(select.availableChallengesAsStrings()).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP");

      SrpClient srp = SrpClient.start(pool);
      RespondToAuthChallengeResponse verifier = sdk.respondToAuthChallenge(b -> b.clientId(client).challengeName("SELECT_CHALLENGE")
          .session(select.session()).challengeResponses(Map.of("USERNAME", "jane", "ANSWER", "PASSWORD_SRP", "SRP_A", srp.srpA())));
      assertThat(verifier.challengeNameAsString()).isEqualTo("PASSWORD_VERIFIER");
      RespondToAuthChallengeResponse signedIn = sdk.respondToAuthChallenge(b -> b.clientId(client).challengeName("PASSWORD_VERIFIER")
          .challengeResponses(srp.answer(verifier.challengeParameters(), PASSWORD, Instant.now())));
      assertThat(signedIn.authenticationResult().idToken()).isNotEmpty();

      InitiateAuthResponse otp = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PREFERRED_CHALLENGE", "EMAIL_OTP")));
      assertThat(otp.challengeNameAsString()).isEqualTo("EMAIL_OTP");
      assertThat(otp.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
          .containsEntry("CODE_DELIVERY_DESTINATION", "j***@e***");
      String code = control.code(pool, "jane").orElseThrow();
      String wrong = code.equals("000000") ? "111111" : "000000";
      assertThatThrownBy(() -> sdk.respondToAuthChallenge(b -> b.clientId(client).challengeName("EMAIL_OTP").session(otp.session())
          .challengeResponses(Map.of("USERNAME", "jane", "EMAIL_OTP_CODE", wrong))))
          .isInstanceOfSatisfying(CodeMismatchException.class, e -> {
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid code or auth state for the user.");
            assertThat(e.statusCode()).isEqualTo(400);
          });
      RespondToAuthChallengeResponse tokens = sdk.respondToAuthChallenge(b -> b.clientId(client).challengeName("EMAIL_OTP")
          .session(otp.session()).challengeResponses(Map.of("USERNAME", "jane", "EMAIL_OTP_CODE", code)));
      assertThat(tokens.authenticationResult().accessToken()).isNotEmpty();

    }
  }
}
