package dev.userpool.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.Trigger;
import dev.userpool.trigger.CreateAnswer;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.trigger.Json;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

/** A passwordless CUSTOM_AUTH sign-in with the three functions registered on a {@link TestPool} as typed Java functions. */
@CognitoTest
class CustomAuthTriggersTest {

  @Test
  void aCodeSentByCreateAndCheckedByVerifySignsTheUserIn(TestPool pool, CognitoIdentityProviderClient cognito) {
    pool.user("jane").password("Passw0rd!x").verifiedEmail("jane@example.com").confirmed();
    cognito.updateUserPoolClient(b -> b.userPoolId(pool.id().value()).clientId(pool.clientId().value())
        .explicitAuthFlowsWithStrings("ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"));
    pool.triggers()
        .defineAuthChallenge(event -> event.request().get("session").contains(new Json.Arr(List.empty()))
            ? DefineAnswer.challenge("CUSTOM_CHALLENGE")
            : DefineAnswer.tokens())
        .createAuthChallenge(event -> new CreateAnswer(LinkedHashMap.of("email", event.userAttributes().get("email").get()),
            LinkedHashMap.of("code", "424242"), Option.some("EMAIL_CODE")))
        .verifyAuthChallengeResponse(event -> event.request().get("challengeAnswer").contains(Json.text("424242")));

    InitiateAuthResponse challenge = cognito.initiateAuth(b -> b.clientId(pool.clientId().value()).authFlow("CUSTOM_AUTH")
        .authParameters(Map.of("USERNAME", "jane")));
    String accessToken = cognito.respondToAuthChallenge(b -> b.clientId(pool.clientId().value()).challengeName("CUSTOM_CHALLENGE")
        .session(challenge.session()).challengeResponses(Map.of("USERNAME", "jane", "ANSWER", "424242")))
        .authenticationResult().accessToken();

    assertThat(challenge.challengeParameters()).containsEntry("email", "jane@example.com").doesNotContainValue("424242");
    assertThat(accessToken).isNotBlank();
    assertThat(pool.triggers().events(Trigger.DEFINE_AUTH_CHALLENGE)).hasSize(2);
    assertThat(pool.triggers().events(Trigger.VERIFY_AUTH_CHALLENGE_RESPONSE)).singleElement()
        .satisfies(event -> assertThat(event.request().get("privateChallengeParameters"))
            .contains(Json.Obj.empty().with("code", Json.text("424242"))));
  }
}
