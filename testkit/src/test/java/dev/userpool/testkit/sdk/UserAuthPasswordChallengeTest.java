package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * USER_AUTH's SELECT_CHALLENGE answered by naming the factor as the ChallengeName: PASSWORD with PASSWORD, PASSWORD_SRP with
 * SRP_A (the API reference's ChallengeResponses), the same as ANSWER PASSWORD or PASSWORD_SRP.
 */
class UserAuthPasswordChallengeTest {

  private final ControllableClock clock = ControllableClock.fixed();
  private final InProcessCognito cognito = InProcessCognito.builder().clock(clock).build();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private final String poolId = client.createUserPool(b -> b.poolName("app").userPoolTier("ESSENTIALS")
      .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP")))).userPool().id();
  private final String clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
      .explicitAuthFlowsWithStrings("ALLOW_USER_AUTH")).userPoolClient().clientId();

  UserAuthPasswordChallengeTest() {
    client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS"));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password("Passw0rd!").permanent(true));
  }

  private String select() {
    InitiateAuthResponse select = client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_AUTH")
        .authParameters(Map.of("USERNAME", "jane")));
    assertThat(select.challengeNameAsString()).isEqualTo("SELECT_CHALLENGE");
    return select.session();
  }

  private RespondToAuthChallengeResponse answer(String challenge, String session, Map<String, String> responses) {
    Map<String, String> all = new HashMap<>(responses);
    all.put("USERNAME", "jane");
    return client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName(challenge).session(session).challengeResponses(all));
  }

  @Test
  void shouldSignInWithAPasswordChallengeAnsweringSelectChallenge() {
    String session = select();

    RespondToAuthChallengeResponse tokens = answer("PASSWORD", session, Map.of("PASSWORD", "Passw0rd!"));

    assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    assertThatThrownBy(() -> answer("PASSWORD", session, Map.of("PASSWORD", "Passw0rd!"))).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Invalid session for the user, session can only be used once.");
  }

  @Test
  void shouldRefuseAWrongPasswordAsThePasswordFlowsDo() {
    assertThatThrownBy(() -> answer("PASSWORD", select(), Map.of("PASSWORD", "Wrong-0ne!"))).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Incorrect username or password.");
  }

  @Test
  void shouldAskForThePasswordVerifierAfterAPasswordSrpChallenge() {
    SrpClient srp = SrpClient.start(poolId);

    RespondToAuthChallengeResponse verifier = answer("PASSWORD_SRP", select(), Map.of("SRP_A", srp.srpA()));

    assertThat(verifier.challengeNameAsString()).isEqualTo("PASSWORD_VERIFIER");
    RespondToAuthChallengeResponse tokens = client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("PASSWORD_VERIFIER")
        .session(verifier.session()).challengeResponses(srp.answer(verifier.challengeParameters(), "Passw0rd!", clock.instant())));
    assertThat(tokens.authenticationResult().idToken()).isNotBlank();
  }
}
