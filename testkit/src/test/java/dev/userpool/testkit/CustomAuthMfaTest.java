package dev.userpool.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.sdk.SrpClient;
import dev.userpool.trigger.CreateAnswer;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.trigger.Json;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * MFA after a custom sign-in: a flow that verified the password (SRP_A, PASSWORD_VERIFIER) owes the user's TOTP before
 * tokens; a flow of custom challenges alone does not.
 */
@CognitoTest
class CustomAuthMfaTest {

  private static final String PASSWORD = "Passw0rd!x";

  private TestPool pool;
  private CognitoIdentityProviderClient cognito;
  private TotpUser jane;

  @BeforeEach
  void totpUserAndCustomAuth(TestPool pool, CognitoIdentityProviderClient cognito) {
    this.pool = pool;
    this.cognito = cognito;
    jane = TotpUser.enable(pool.user("jane").password(PASSWORD).verifiedEmail("jane@example.com").confirmed());
    cognito.updateUserPoolClient(b -> b.userPoolId(pool.id().value()).clientId(pool.clientId().value())
        .explicitAuthFlowsWithStrings("ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"));
    pool.triggers().defineAuthChallenge(event -> {
      Seq<Json> session = ((Json.Arr) event.request().get("session").get()).items();
      if (session.isEmpty()) {
        return DefineAnswer.challenge("CUSTOM_CHALLENGE");
      }
      return ((Json.Obj) session.last()).get("challengeName").contains(Json.text("SRP_A"))
          ? DefineAnswer.challenge("PASSWORD_VERIFIER")
          : DefineAnswer.tokens();
    }).createAuthChallenge(event -> new CreateAnswer(LinkedHashMap.empty(), LinkedHashMap.of("code", "1"), Option.none()))
        .verifyAuthChallengeResponse(event -> true);
  }

  @Test
  void aVerifiedPasswordIsFollowedByTheUsersMfa() {
    SrpClient srp = SrpClient.start(pool.id().value());
    InitiateAuthResponse verifier = cognito.initiateAuth(b -> b.clientId(pool.clientId().value()).authFlow("CUSTOM_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "SRP_A", srp.srpA())));

    RespondToAuthChallengeResponse mfa = cognito.respondToAuthChallenge(b -> b.clientId(pool.clientId().value())
        .challengeName("PASSWORD_VERIFIER").session(verifier.session())
        .challengeResponses(srp.answer(verifier.challengeParameters(), PASSWORD, pool.clock().instant())));

    assertThat(mfa.challengeNameAsString()).isEqualTo("SOFTWARE_TOKEN_MFA");
    assertThat(mfa.authenticationResult()).isNull();
    assertThat(cognito.respondToAuthChallenge(b -> b.clientId(pool.clientId().value()).challengeName("SOFTWARE_TOKEN_MFA")
        .session(mfa.session()).challengeResponses(Map.of("USERNAME", "jane", "SOFTWARE_TOKEN_MFA_CODE", jane.currentCode())))
        .authenticationResult().accessToken()).isNotBlank();
  }

  @Test
  void customChallengesAloneGiveTokensWithoutMfa() {
    InitiateAuthResponse challenge = cognito.initiateAuth(b -> b.clientId(pool.clientId().value()).authFlow("CUSTOM_AUTH")
        .authParameters(Map.of("USERNAME", "jane")));

    assertThat(cognito.respondToAuthChallenge(b -> b.clientId(pool.clientId().value()).challengeName("CUSTOM_CHALLENGE")
        .session(challenge.session()).challengeResponses(Map.of("USERNAME", "jane", "ANSWER", "1"))).authenticationResult())
        .isNotNull();
  }
}
