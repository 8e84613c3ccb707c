package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.LambdaFunctions;
import dev.userpool.trigger.Json;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Iterator;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/**
 * Whatever the three functions answer or however they fail, a custom sign-in gives tokens only when DefineAuthChallenge's
 * last answer said issueTokens (and not failAuthentication), and an answer counts as right only when
 * VerifyAuthChallengeResponse said so.
 */
class CustomAuthProperties {

  private static final String DEFINE = "arn:aws:lambda:us-east-1:123456789012:function:define";
  private static final String CREATE = "arn:aws:lambda:us-east-1:123456789012:function:create";
  private static final String VERIFY = "arn:aws:lambda:us-east-1:123456789012:function:verify";

  /** What DefineAuthChallenge does on one call. */
  enum Define {
    CHALLENGE, TOKENS, FAIL, TOKENS_AND_FAIL, RAISES, GARBAGE, NOTHING
  }

  /** What VerifyAuthChallengeResponse does on one call. */
  enum Verify {
    RIGHT, WRONG, RAISES, GARBAGE
  }

  private static Json.Obj define(Define d) throws Exception {
    Json.Obj flags = Json.Obj.empty().with("issueTokens", Json.bool(d == Define.TOKENS || d == Define.TOKENS_AND_FAIL))
        .with("failAuthentication", Json.bool(d == Define.FAIL || d == Define.TOKENS_AND_FAIL));
    return switch (d) {
      case CHALLENGE -> flags.with("challengeName", Json.text("CUSTOM_CHALLENGE"));
      case RAISES -> throw new IllegalStateException("define is down");
      case GARBAGE -> Json.Obj.empty().with("issueTokens", Json.text("yes"));
      default -> flags;
    };
  }

  private static Json.Obj verify(Verify v) throws Exception {
    return switch (v) {
      case RIGHT, WRONG -> Json.Obj.empty().with("answerCorrect", Json.bool(v == Verify.RIGHT));
      case RAISES -> throw new IllegalStateException("verify is down");
      case GARBAGE -> Json.Obj.empty().with("answerCorrect", Json.text("true"));
    };
  }

  @Property(tries = 150)
  void tokensOnlyFromDefinesIssueTokensAndRightAnswersOnlyFromVerify(@ForAll @Size(min = 1, max = 6) java.util.List<Define> defines,
      @ForAll @Size(min = 1, max = 6) java.util.List<Verify> verifies) {
    InProcessCognito cognito = InProcessCognito.builder().clock(ControllableClock.fixed()).build();
    InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
    Iterator<Define> nextDefine = defines.iterator();
    Iterator<Verify> nextVerify = verifies.iterator();
    cognito.functions().register(DEFINE, event -> event.answer(define(nextDefine.hasNext() ? nextDefine.next() : Define.FAIL)));
    cognito.functions().register(CREATE, event -> event.answer(Json.Obj.empty().with("privateChallengeParameters",
        Json.Obj.empty().with("answer", Json.text("5")))));
    cognito.functions().register(VERIFY, event -> event.answer(verify(nextVerify.hasNext() ? nextVerify.next() : Verify.WRONG)));
    String pool = client.createUserPool(b -> b.poolName("app").lambdaConfig(LambdaConfigType.builder().defineAuthChallenge(DEFINE)
        .createAuthChallenge(CREATE).verifyAuthChallengeResponse(VERIFY).build())).userPool().id();
    String app = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").explicitAuthFlowsWithStrings("ALLOW_CUSTOM_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));

    AuthenticationResultType tokens = signIn(client, app);

    Seq<LambdaFunctions.Invocation> calls = List.ofAll(cognito.functions().invocations());
    if (tokens != null) {
      LambdaFunctions.Invocation last = calls.filter(i -> i.function().equals(DEFINE)).last();
      Json.Obj response = (Json.Obj) ((Json.Obj) last.outcome().get()).get("response").get();
      assertThat(response.get("issueTokens")).contains(Json.bool(true));
      assertThat(response.get("failAuthentication")).contains(Json.bool(false));
      assertThat(calls.last()).isSameAs(last);
    }
    for (int i = 0; i < calls.size(); i++) {
      Json.Obj request = calls.get(i).event().request();
      Seq<Json> session = request.get("session").map(s -> ((Json.Arr) s).items()).getOrElse(List.empty());
      if (calls.get(i).function().equals(DEFINE) && session.nonEmpty()
          && ((Json.Obj) session.last()).get("challengeResult").contains(Json.bool(true))) {
        LambdaFunctions.Invocation verified = calls.get(i - 1);
        assertThat(verified.function()).isEqualTo(VERIFY);
        assertThat(((Json.Obj) ((Json.Obj) verified.outcome().get()).get("response").get()).get("answerCorrect"))
            .contains(Json.bool(true));
      }
    }
  }

  private static AuthenticationResultType signIn(InProcessCognitoClient client, String app) {
    try {
      var outcome = client.initiateAuth(b -> b.clientId(app).authFlow("CUSTOM_AUTH").authParameters(Map.of("USERNAME", "jane")));
      String session = outcome.session();
      AuthenticationResultType tokens = outcome.authenticationResult();
      for (int round = 0; tokens == null && round < 6; round++) {
        String current = session;
        var answered = client.respondToAuthChallenge(b -> b.clientId(app).challengeName("CUSTOM_CHALLENGE").session(current)
            .challengeResponses(Map.of("USERNAME", "jane", "ANSWER", "5")));
        session = answered.session();
        tokens = answered.authenticationResult();
      }
      return tokens;
    } catch (CognitoIdentityProviderException refused) {
      return null;
    }
  }
}
