package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** Choice-based sign-in (USER_AUTH) and the SMS/email codes, through the SDK client: exact answers and errors. */
class UserAuthClientTest {

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private final String poolId = client.createUserPool(b -> b.poolName("app")
      .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP", "SMS_OTP")))).userPool().id();
  private final String clientId = clientWith(3, "ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

  private String clientWith(int sessionMinutes, String... flows) {
    return client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web").authSessionValidity(sessionMinutes)
        .explicitAuthFlowsWithStrings(flows)).userPoolClient().clientId();
  }

  private void user(String name, String... attributes) {
    List<AttributeType> list = new ArrayList<>();
    for (int i = 0; i < attributes.length; i += 2) {
      String attributeName = attributes[i];
      String value = attributes[i + 1];
      list.add(AttributeType.builder().name(attributeName).value(value).build());
    }
    client.adminCreateUser(b -> b.userPoolId(poolId).username(name).userAttributes(list).messageAction("SUPPRESS"));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username(name).password("Passw0rd!").permanent(true));
  }

  private InitiateAuthResponse userAuth(String app, String... parameters) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      map.put(parameters[i], parameters[i + 1]);
    }
    return client.initiateAuth(b -> b.clientId(app).authFlow("USER_AUTH").authParameters(map));
  }

  private RespondToAuthChallengeResponse answer(String challenge, String session, String... responses) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < responses.length; i += 2) {
      map.put(responses[i], responses[i + 1]);
    }
    return client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName(challenge).session(session).challengeResponses(map));
  }

  private String lastCode(String username) {
    return cognito.mailbox().code(poolId, username).orElseThrow();
  }

  @Test
  void shouldDescribeTheSignInPolicyAndKeepPasswordOnlyByDefault() {
    assertThat(client.describeUserPool(b -> b.userPoolId(poolId)).userPool().policies().signInPolicy()
        .allowedFirstAuthFactorsAsStrings()).containsExactly("PASSWORD", "EMAIL_OTP", "SMS_OTP");
    String plain = client.createUserPool(b -> b.poolName("plain")).userPool().id();
    assertThat(client.describeUserPool(b -> b.userPoolId(plain)).userPool().policies().signInPolicy()
        .allowedFirstAuthFactorsAsStrings()).containsExactly("PASSWORD");
    client.updateUserPool(b -> b.userPoolId(poolId));
    assertThat(client.describeUserPool(b -> b.userPoolId(poolId)).userPool().policies().signInPolicy()
        .allowedFirstAuthFactorsAsStrings()).containsExactly("PASSWORD");
  }

  @Test
  void shouldRefuseAPolicyWithoutPasswordAndPasswordlessOnLite() {
    assertThatThrownBy(() -> client.createUserPool(b -> b.poolName("x")
        .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("EMAIL_OTP")))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("SignInPolicy.AllowedFirstAuthFactors must include PASSWORD.");
    assertThatThrownBy(() -> client.createUserPool(b -> b.poolName("x").userPoolTier("LITE")
        .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP")))))
        .isInstanceOf(FeatureUnavailableInTierException.class)
        .hasMessageStartingWith("The following features need to be disabled for the LITE pricing tier configured: Passwordless");
    assertThat(client.listUserPools(b -> b.maxResults(60)).userPools()).hasSize(1);
  }

  @Test
  void shouldRefuseUserAuthFromAClientWithoutTheFlow() {
    user("jane", "email", "jane@example.com", "email_verified", "true");
    String other = clientWith(3, "ALLOW_USER_PASSWORD_AUTH");
    assertThatThrownBy(() -> userAuth(other, "USERNAME", "jane"))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("Auth flow not enabled for this client");
  }

  @Test
  void shouldOfferTheFactorsTheUserCanUseAndSignInWithThePasswordChosen() {
    user("jane", "email", "jane@example.com", "email_verified", "true");
    InitiateAuthResponse select = userAuth(clientId, "USERNAME", "jane");
    assertThat(select.challengeNameAsString()).isEqualTo("SELECT_CHALLENGE");
    assertThat(select.availableChallengesAsStrings()).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP");
    assertThat(select.authenticationResult()).isNull();
    assertThatThrownBy(() -> answer("SELECT_CHALLENGE", select.session(), "USERNAME", "jane", "ANSWER", "SMS_OTP"))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("The challenge answered is not available for the user.");
    RespondToAuthChallengeResponse tokens = answer("SELECT_CHALLENGE", select.session(), "USERNAME", "jane", "ANSWER", "PASSWORD",
        "PASSWORD", "Passw0rd!");
    assertThat(tokens.authenticationResult().accessToken()).isNotEmpty();
    assertThatThrownBy(() -> answer("SELECT_CHALLENGE", select.session(), "USERNAME", "jane", "ANSWER", "PASSWORD", "PASSWORD",
        "Passw0rd!")).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Invalid session for the user, session can only be used once.");
  }

  @Test
  void shouldSignInAtOnceWithPreferredPasswordAndRefuseAWrongOne() {
    user("jane", "email", "jane@example.com", "email_verified", "true");
    assertThat(userAuth(clientId, "USERNAME", "jane", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", "Passw0rd!")
        .authenticationResult().idToken()).isNotEmpty();
    assertThatThrownBy(() -> userAuth(clientId, "USERNAME", "jane", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", "wrong"))
        .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Incorrect username or password.");
    assertThatThrownBy(() -> userAuth(clientId, "USERNAME", "jane", "PREFERRED_CHALLENGE", "MAGIC"))
        .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("Invalid PREFERRED_CHALLENGE");
  }

  @Test
  void shouldSendAnEmailCodeAcceptItOnceAndRefuseAWrongOne() {
    user("jane", "email", "jane@example.com", "email_verified", "true");
    InitiateAuthResponse otp = userAuth(clientId, "USERNAME", "jane", "PREFERRED_CHALLENGE", "EMAIL_OTP");
    assertThat(otp.challengeNameAsString()).isEqualTo("EMAIL_OTP");
    assertThat(otp.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
        .containsEntry("CODE_DELIVERY_DESTINATION", "j***@e***");
    String code = lastCode("jane");
    assertThat(code).matches("[0-9]{6}");
    String wrong = code.equals("000000") ? "111111" : "000000";
    assertThatThrownBy(() -> answer("EMAIL_OTP", otp.session(), "USERNAME", "jane", "EMAIL_OTP_CODE", wrong))
        .isInstanceOf(CodeMismatchException.class).hasMessageStartingWith("Invalid code or auth state for the user.");
    assertThat(answer("EMAIL_OTP", otp.session(), "USERNAME", "jane", "EMAIL_OTP_CODE", code).authenticationResult().accessToken())
        .isNotEmpty();
    assertThatThrownBy(() -> answer("EMAIL_OTP", otp.session(), "USERNAME", "jane", "EMAIL_OTP_CODE", code))
        .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Invalid session for the user, session can only be used once.");
  }

  @Test
  void shouldSendAnSmsCodeAfterSelectChallengeAndRefuseItPastItsLifetime() {
    user("joe", "phone_number", "+15555551234", "phone_number_verified", "true");
    String longSessions = clientWith(15, "ALLOW_USER_AUTH");
    InitiateAuthResponse select = userAuth(longSessions, "USERNAME", "joe");
    assertThat(select.availableChallengesAsStrings()).containsExactly("PASSWORD", "PASSWORD_SRP", "SMS_OTP");
    RespondToAuthChallengeResponse otp = client.respondToAuthChallenge(b -> b.clientId(longSessions).challengeName("SELECT_CHALLENGE")
        .session(select.session()).challengeResponses(Map.of("USERNAME", "joe", "ANSWER", "SMS_OTP")));
    assertThat(otp.challengeNameAsString()).isEqualTo("SMS_OTP");
    assertThat(otp.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
        .containsEntry("CODE_DELIVERY_DESTINATION", "+*******1234");
    String code = lastCode("joe");
    cognito.clock().advance(Duration.ofMinutes(3));
    assertThatThrownBy(() -> client.respondToAuthChallenge(b -> b.clientId(longSessions).challengeName("SMS_OTP").session(otp.session())
        .challengeResponses(Map.of("USERNAME", "joe", "SMS_OTP_CODE", code))))
        .isInstanceOf(CodeMismatchException.class).hasMessageStartingWith("Invalid code or auth state for the user.");
  }

  @Test
  void shouldAskForTheSmsMfaCodeAfterThePasswordAndSignInWithIt() {
    client.setUserPoolMfaConfig(b -> b.userPoolId(poolId).mfaConfiguration("OPTIONAL").smsMfaConfiguration(s -> s.smsAuthenticationMessage(
        "Your code is {####}")));
    user("joe", "phone_number", "+15555551234", "phone_number_verified", "true");
    client.adminSetUserMFAPreference(b -> b.userPoolId(poolId).username("joe").smsMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    InitiateAuthResponse mfa = client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "joe", "PASSWORD", "Passw0rd!")));
    assertThat(mfa.challengeNameAsString()).isEqualTo("SMS_MFA");
    assertThat(mfa.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
        .containsEntry("CODE_DELIVERY_DESTINATION", "+*******1234");
    assertThat(answer("SMS_MFA", mfa.session(), "USERNAME", "joe", "SMS_MFA_CODE", lastCode("joe")).authenticationResult().accessToken())
        .isNotEmpty();
    InitiateAuthResponse viaUserAuth = userAuth(clientId, "USERNAME", "joe", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", "Passw0rd!");
    assertThat(viaUserAuth.challengeNameAsString()).isEqualTo("SMS_MFA");
    assertThat(viaUserAuth.authenticationResult()).isNull();
  }

  @Test
  void shouldOfferEmailAndSmsMfaToChooseFromAndSendTheChosenCode() {
    client.setUserPoolMfaConfig(b -> b.userPoolId(poolId).mfaConfiguration("ON").smsMfaConfiguration(s -> s.smsAuthenticationMessage(
        "Your code is {####}")).emailMfaConfiguration(e -> e.message("Your code is {####}").subject("Code")));
    user("ann", "email", "ann@example.com", "email_verified", "true", "phone_number", "+15555550000", "phone_number_verified", "true");
    client.adminSetUserMFAPreference(b -> b.userPoolId(poolId).username("ann").smsMfaSettings(s -> s.enabled(true))
        .emailMfaSettings(e -> e.enabled(true)));
    InitiateAuthResponse choose = client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "ann", "PASSWORD", "Passw0rd!")));
    assertThat(choose.challengeNameAsString()).isEqualTo("SELECT_MFA_TYPE");
    RespondToAuthChallengeResponse email = answer("SELECT_MFA_TYPE", choose.session(), "USERNAME", "ann", "ANSWER", "EMAIL_OTP");
    assertThat(email.challengeNameAsString()).isEqualTo("EMAIL_OTP");
    assertThat(email.challengeParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "a***@e***");
    assertThat(answer("EMAIL_OTP", email.session(), "USERNAME", "ann", "EMAIL_OTP_CODE", lastCode("ann")).authenticationResult())
        .isNotNull();
  }
}
