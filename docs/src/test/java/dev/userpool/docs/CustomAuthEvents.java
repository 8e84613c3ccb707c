package dev.userpool.docs;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.trigger.CreateAnswer;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.trigger.Json;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.util.Map;

/** A CUSTOM_AUTH sign-in for {@link TriggersDoc}'s events: one custom challenge, answered right. */
final class CustomAuthEvents {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

  private CustomAuthEvents() {}

  static void run(InProcessCognito cognito, InProcessCognitoClient client) {
    cognito.functions().register(ARN + "define", event -> event.answer((((Json.Arr) event.request().get("session").get()).items().isEmpty()
        ? DefineAnswer.challenge("CUSTOM_CHALLENGE")
        : DefineAnswer.tokens()).toJson()));
    cognito.functions().register(ARN + "create", event -> event.answer(new CreateAnswer(LinkedHashMap.of("question", "2+3"),
        LinkedHashMap.of("answer", "5"), Option.some("MATH")).toJson()));
    cognito.functions().register(ARN + "verify", event -> event.answer(Json.Obj.empty().with("answerCorrect", Json.bool(true))));
    String pool = client.createUserPool(b -> b.poolName("custom").lambdaConfig(l -> l.defineAuthChallenge(ARN + "define")
        .createAuthChallenge(ARN + "create").verifyAuthChallengeResponse(ARN + "verify"))).userPool().id();
    String app = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").explicitAuthFlowsWithStrings("ALLOW_CUSTOM_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(pool).username("ann").messageAction("SUPPRESS"));
    String session = client.initiateAuth(b -> b.clientId(app).authFlow("CUSTOM_AUTH").authParameters(Map.of("USERNAME", "ann")))
        .session();
    client.respondToAuthChallenge(b -> b.clientId(app).challengeName("CUSTOM_CHALLENGE").session(session)
        .challengeResponses(Map.of("USERNAME", "ann", "ANSWER", "5")));
  }
}
