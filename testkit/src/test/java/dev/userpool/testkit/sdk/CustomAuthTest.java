package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.trigger.CreateAnswer;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerEvent;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** CUSTOM_AUTH with the define, create and verify auth challenge triggers as Java functions, through the SDK's interface. */
class CustomAuthTest {

  private static final String PASSWORD = "Passw0rd!x";
  private static final String DEFINE = "arn:aws:lambda:us-east-1:123456789012:function:define";
  private static final String CREATE = "arn:aws:lambda:us-east-1:123456789012:function:create";
  private static final String VERIFY = "arn:aws:lambda:us-east-1:123456789012:function:verify";
  private static final String POST_AUTH = "arn:aws:lambda:us-east-1:123456789012:function:post-auth";

  private final ControllableClock clock = ControllableClock.fixed();
  private final InProcessCognito cognito = InProcessCognito.builder().fixedCode("123456").clock(clock).build();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private String poolId;
  private String clientId;

  /** Define as the developer guide's examples write it: a challenge, tokens after a right answer, three tries. */
  static DefineAnswer threeTries(TriggerEvent event) {
    Seq<Json.Obj> session = steps(event);
    if (session.isEmpty() || session.last().get("challengeName").contains(Json.text("SRP_A"))) {
      return session.isEmpty() ? DefineAnswer.challenge("CUSTOM_CHALLENGE") : DefineAnswer.challenge("PASSWORD_VERIFIER");
    }
    Json.Obj last = session.last();
    if (last.get("challengeResult").contains(Json.bool(true))) {
      return last.get("challengeName").contains(Json.text("PASSWORD_VERIFIER"))
          ? DefineAnswer.challenge("CUSTOM_CHALLENGE")
          : DefineAnswer.tokens();
    }
    return session.size() >= 3 ? DefineAnswer.fail() : DefineAnswer.challenge("CUSTOM_CHALLENGE");
  }

  static Seq<Json.Obj> steps(TriggerEvent event) {
    return ((Json.Arr) event.request().get("session").get()).items().map(Json.Obj.class::cast);
  }

  static CreateAnswer question(TriggerEvent event) {
    return new CreateAnswer(LinkedHashMap.of("question", "2+3"), LinkedHashMap.of("answer", "5"), Option.some("MATH"));
  }

  static Boolean rightAnswer(TriggerEvent event) {
    Json.Obj request = event.request();
    return request.get("challengeAnswer").equals(((Json.Obj) request.get("privateChallengeParameters").get()).get("answer"));
  }

  private void pool(LambdaConfigType lambdaConfig, String preventUserExistenceErrors, String... flows) {
    poolId = client.createUserPool(b -> b.poolName("app").lambdaConfig(lambdaConfig)).userPool().id();
    clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web").explicitAuthFlowsWithStrings(flows)
        .preventUserExistenceErrors(preventUserExistenceErrors)).userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS")
        .userAttributes(a -> a.name("email").value("jane@example.com")));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(PASSWORD).permanent(true));
  }

  private void mathPool(Function<TriggerEvent, DefineAnswer> define) {
    cognito.functions().register(DEFINE, event -> event.answer(define.apply(event).toJson()));
    cognito.functions().register(CREATE, event -> event.answer(question(event).toJson()));
    cognito.functions().register(VERIFY, event -> event.answer(Json.Obj.empty().with("answerCorrect", Json.bool(rightAnswer(event)))));
    pool(LambdaConfigType.builder().defineAuthChallenge(DEFINE).createAuthChallenge(CREATE).verifyAuthChallengeResponse(VERIFY).build(),
        "ENABLED", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
  }

  private InitiateAuthResponse initiate(Map<String, String> parameters) {
    return client.initiateAuth(b -> b.clientId(clientId).authFlow("CUSTOM_AUTH").authParameters(parameters));
  }

  private RespondToAuthChallengeResponse answer(String session, String answer) {
    return client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("CUSTOM_CHALLENGE").session(session)
        .challengeResponses(Map.of("USERNAME", "jane", "ANSWER", answer)));
  }

  private Seq<String> events(String arn) {
    return cognito.functions().invocations().filter(i -> i.function().equals(arn)).map(i -> i.event().toJson().render());
  }

  private static void refused(Runnable call, Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(type, e -> {
      assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
      assertThat(e.statusCode()).isEqualTo(400);
    });
  }

  @Nested
  class Passwordless {

    @Test
    void shouldAskCreatesChallengeAndIssueTokensForTheRightAnswer() {
      mathPool(CustomAuthTest::threeTries);

      InitiateAuthResponse challenge = initiate(Map.of("USERNAME", "jane"));

      assertThat(challenge.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
      assertThat(challenge.challengeParameters()).containsExactlyInAnyOrderEntriesOf(Map.of("question", "2+3", "USERNAME", "jane"));
      assertThat(challenge.authenticationResult()).isNull();
      RespondToAuthChallengeResponse tokens = answer(challenge.session(), "5");
      assertThat(tokens.challengeName()).isNull();
      assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
      assertThat(tokens.authenticationResult().refreshToken()).isNotBlank();
    }

    @Test
    void shouldSendTheEventsTheDeveloperGuideDocuments() {
      mathPool(CustomAuthTest::threeTries);

      answer(initiate(Map.of("USERNAME", "jane")).session(), "5");

      String sub = client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userAttributes().stream()
          .filter(a -> a.name().equals("sub")).findFirst().get().value();
      String attributes = "{\"sub\":\"" + sub + "\",\"email\":\"jane@example.com\",\"cognito:user_status\":\"CONFIRMED\"}";
      String common = "\"region\":\"us-east-1\",\"userPoolId\":\"" + poolId + "\",\"userName\":\"jane\",\"callerContext\":"
          + "{\"awsSdkVersion\":\"aws-sdk-unknown-unknown\",\"clientId\":\"" + clientId + "\"}";
      String step = "{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":true,\"challengeMetadata\":\"MATH\"}";
      assertThat(events(DEFINE)).containsExactly(
          "{\"version\":\"1\",\"triggerSource\":\"DefineAuthChallenge_Authentication\"," + common + ",\"request\":{\"userAttributes\":"
              + attributes + ",\"session\":[],\"userNotFound\":false},\"response\":{\"challengeName\":null,\"issueTokens\":false,"
              + "\"failAuthentication\":false}}",
          "{\"version\":\"1\",\"triggerSource\":\"DefineAuthChallenge_Authentication\"," + common + ",\"request\":{\"userAttributes\":"
              + attributes + ",\"session\":[" + step + "],\"userNotFound\":false},\"response\":{\"challengeName\":null,"
              + "\"issueTokens\":false,\"failAuthentication\":false}}");
      assertThat(events(CREATE)).containsExactly("{\"version\":\"1\",\"triggerSource\":\"CreateAuthChallenge_Authentication\","
          + common + ",\"request\":{\"userAttributes\":" + attributes + ",\"challengeName\":\"CUSTOM_CHALLENGE\",\"session\":[],"
          + "\"userNotFound\":false},\"response\":{\"publicChallengeParameters\":null,\"privateChallengeParameters\":null,"
          + "\"challengeMetadata\":null}}");
      assertThat(events(VERIFY)).containsExactly("{\"version\":\"1\",\"triggerSource\":\"VerifyAuthChallengeResponse_Authentication\","
          + common + ",\"request\":{\"userAttributes\":" + attributes + ",\"privateChallengeParameters\":{\"answer\":\"5\"},"
          + "\"challengeAnswer\":\"5\",\"userNotFound\":false},\"response\":{\"answerCorrect\":false}}");
    }

    @Test
    void shouldAskAgainWithANewSessionAfterAWrongAnswerAndRefuseTheOldOne() {
      mathPool(CustomAuthTest::threeTries);
      InitiateAuthResponse first = initiate(Map.of("USERNAME", "jane"));

      RespondToAuthChallengeResponse second = answer(first.session(), "4");

      assertThat(second.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
      assertThat(second.session()).isNotEqualTo(first.session());
      refused(() -> answer(first.session(), "5"), NotAuthorizedException.class, "Invalid session for the user.");
      assertThat(answer(second.session(), "5").authenticationResult()).isNotNull();
    }

    @Test
    void shouldEndTheSignInWhenDefineFailsItAndNotCountWrongAnswersTowardTheLockout() {
      mathPool(CustomAuthTest::threeTries);
      for (int attempt = 0; attempt < 3; attempt++) {
        String session = initiate(Map.of("USERNAME", "jane")).session();
        session = answer(session, "1").session();
        String last = answer(session, "2").session();

        refused(() -> answer(last, "3"), NotAuthorizedException.class, "Incorrect username or password.");
        refused(() -> answer(last, "5"), NotAuthorizedException.class, "Invalid session for the user.");
      }

      assertThat(client.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId).authFlow("ADMIN_USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult()).isNotNull();
    }

    @Test
    void shouldIssueTokensAtInitiateAuthWhenDefineSaysSo() {
      mathPool(event -> DefineAnswer.tokens());

      assertThat(initiate(Map.of("USERNAME", "jane")).authenticationResult().idToken()).isNotBlank();
      assertThat(events(CREATE)).isEmpty();
    }

    @Test
    void shouldRefuseAnExpiredSession() {
      mathPool(CustomAuthTest::threeTries);
      String session = initiate(Map.of("USERNAME", "jane")).session();

      clock.advance(Duration.ofMinutes(3));

      refused(() -> answer(session, "5"), NotAuthorizedException.class, "Invalid session for the user, session is expired.");
    }

    @Test
    void shouldRunThePostAuthenticationTriggerBeforeTokens() {
      cognito.functions().register(POST_AUTH, event -> {
        throw new IllegalStateException("Not today");
      });
      cognito.functions().register(DEFINE, event -> event.answer(DefineAnswer.tokens().toJson()));
      pool(LambdaConfigType.builder().defineAuthChallenge(DEFINE).postAuthentication(POST_AUTH).build(), "ENABLED", "ALLOW_CUSTOM_AUTH",
          "ALLOW_REFRESH_TOKEN_AUTH");

      refused(() -> initiate(Map.of("USERNAME", "jane")), UserLambdaValidationException.class,
          "PostAuthentication failed with error Not today.");
    }

    @Test
    void shouldWorkThroughTheAdminOperations() {
      mathPool(CustomAuthTest::threeTries);

      AdminInitiateAuthResponse challenge = client.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId).authFlow("CUSTOM_AUTH")
          .authParameters(Map.of("USERNAME", "jane")));

      assertThat(client.adminRespondToAuthChallenge(b -> b.userPoolId(poolId).clientId(clientId).challengeName("CUSTOM_CHALLENGE")
          .session(challenge.session()).challengeResponses(Map.of("USERNAME", "jane", "ANSWER", "5"))).authenticationResult())
          .isNotNull();
    }
  }

  @Nested
  class WithSrp {

    @Test
    void shouldVerifyThePasswordInsideTheCustomFlowThenAskTheCustomChallenge() {
      mathPool(CustomAuthTest::threeTries);
      SrpClient srp = SrpClient.start(poolId);

      InitiateAuthResponse verifier = initiate(Map.of("USERNAME", "jane", "CHALLENGE_NAME", "SRP_A", "SRP_A", srp.srpA()));
      assertThat(verifier.challengeNameAsString()).isEqualTo("PASSWORD_VERIFIER");
      RespondToAuthChallengeResponse custom = client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("PASSWORD_VERIFIER")
          .session(verifier.session()).challengeResponses(srp.answer(verifier.challengeParameters(), PASSWORD, clock.instant())));

      assertThat(custom.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
      assertThat(answer(custom.session(), "5").authenticationResult()).isNotNull();
      assertThat(events(DEFINE).map(e -> e.substring(e.indexOf("\"session\":"), e.indexOf(",\"userNotFound\"")))).containsExactly(
          "\"session\":[{\"challengeName\":\"SRP_A\",\"challengeResult\":true,\"challengeMetadata\":null}]",
          "\"session\":[{\"challengeName\":\"SRP_A\",\"challengeResult\":true,\"challengeMetadata\":null},"
              + "{\"challengeName\":\"PASSWORD_VERIFIER\",\"challengeResult\":true,\"challengeMetadata\":null}]",
          "\"session\":[{\"challengeName\":\"SRP_A\",\"challengeResult\":true,\"challengeMetadata\":null},"
              + "{\"challengeName\":\"PASSWORD_VERIFIER\",\"challengeResult\":true,\"challengeMetadata\":null},"
              + "{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":true,\"challengeMetadata\":\"MATH\"}]");
    }

    @Test
    void shouldEndTheSignInOnAWrongPassword() {
      mathPool(CustomAuthTest::threeTries);
      SrpClient srp = SrpClient.start(poolId);
      InitiateAuthResponse verifier = initiate(Map.of("USERNAME", "jane", "SRP_A", srp.srpA()));

      refused(() -> client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("PASSWORD_VERIFIER").session(verifier.session())
          .challengeResponses(srp.answer(verifier.challengeParameters(), "Wrong-0ne!", clock.instant()))), NotAuthorizedException.class,
          "Incorrect username or password.");
      assertThat(events(DEFINE)).hasSize(1);
    }
  }

  @Nested
  class Refusals {

    @Test
    void shouldRefuseAClientWithoutAllowCustomAuth() {
      cognito.functions().register(DEFINE, event -> event.answer(DefineAnswer.tokens().toJson()));
      pool(LambdaConfigType.builder().defineAuthChallenge(DEFINE).build(), "ENABLED", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

      refused(() -> initiate(Map.of("USERNAME", "jane")), InvalidParameterException.class, "Auth flow not enabled for this client");
    }

    @Test
    void shouldRefuseAPoolWithoutDefineAuthChallenge() {
      pool(LambdaConfigType.builder().build(), "ENABLED", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

      refused(() -> initiate(Map.of("USERNAME", "jane")), InvalidParameterException.class,
          "Custom auth lambda trigger is not configured for the user pool.");
    }

    @Test
    void shouldRefuseACustomChallengeWithoutCreateAuthChallenge() {
      cognito.functions().register(DEFINE, event -> event.answer(DefineAnswer.challenge("CUSTOM_CHALLENGE").toJson()));
      pool(LambdaConfigType.builder().defineAuthChallenge(DEFINE).build(), "ENABLED", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

      refused(() -> initiate(Map.of("USERNAME", "jane")), InvalidLambdaResponseException.class, "Unrecognizable lambda output");
    }

    @Test
    void shouldRefuseADefineAnswerWithNeitherChallengeNorDecision() {
      mathPool(event -> new DefineAnswer(Option.none(), false, false));

      refused(() -> initiate(Map.of("USERNAME", "jane")), InvalidLambdaResponseException.class, "Unrecognizable lambda output");
    }

    @Test
    void shouldLetFailAuthenticationWinOverIssueTokens() {
      mathPool(event -> new DefineAnswer(Option.none(), true, true));

      refused(() -> initiate(Map.of("USERNAME", "jane")), NotAuthorizedException.class, "Incorrect username or password.");
    }

    @Test
    void shouldRunDefineAndCreateWithUserNotFoundForAnUnknownUserAndRefuseTheDecoysAnswer() {
      mathPool(CustomAuthTest::threeTries);

      InitiateAuthResponse decoy = initiate(Map.of("USERNAME", "nobody"));

      assertThat(decoy.challengeNameAsString()).isEqualTo("CUSTOM_CHALLENGE");
      assertThat(decoy.challengeParameters()).containsExactlyInAnyOrderEntriesOf(Map.of("question", "2+3", "USERNAME", "nobody"));
      assertThat(decoy.session()).isNotBlank();
      assertThat(events(DEFINE)).singleElement().asString().contains("\"userName\":\"nobody\"")
          .contains("\"request\":{\"userAttributes\":{},\"session\":[],\"userNotFound\":true}");
      assertThat(events(CREATE)).singleElement().asString().contains("\"userNotFound\":true");
      refused(() -> client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("CUSTOM_CHALLENGE").session(decoy.session())
          .challengeResponses(Map.of("USERNAME", "nobody", "ANSWER", "5"))), NotAuthorizedException.class,
          "Incorrect username or password.");
    }

    @Test
    void shouldRefuseAnUnknownUserWhenDefineDoesNotAskForACustomChallenge() {
      mathPool(event -> DefineAnswer.tokens());

      refused(() -> initiate(Map.of("USERNAME", "nobody")), NotAuthorizedException.class, "Incorrect username or password.");
      assertThat(events(DEFINE)).singleElement().asString().contains("\"userNotFound\":true");
      assertThat(events(CREATE)).isEmpty();
    }

    @Test
    void shouldSayUserDoesNotExistWithLegacyExistenceErrors() {
      cognito.functions().register(DEFINE, event -> event.answer(DefineAnswer.tokens().toJson()));
      pool(LambdaConfigType.builder().defineAuthChallenge(DEFINE).build(), "LEGACY", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");

      refused(() -> initiate(Map.of("USERNAME", "nobody")), UserNotFoundException.class, "User does not exist.");
      assertThat(events(DEFINE)).isEmpty();
    }

    @Test
    void shouldKeepTheRoundOpenWhenVerifyFails() {
      mathPool(CustomAuthTest::threeTries);
      String session = initiate(Map.of("USERNAME", "jane")).session();
      cognito.functions().register(VERIFY, event -> {
        throw new IllegalStateException("boom");
      });

      refused(() -> answer(session, "5"), UserLambdaValidationException.class, "VerifyAuthChallengeResponse failed with error boom.");

      cognito.functions().register(VERIFY, event -> event.answer(Json.Obj.empty().with("answerCorrect", Json.bool(rightAnswer(event)))));
      assertThat(answer(session, "5").authenticationResult()).isNotNull();
    }

    @Test
    void shouldNotLetTheUserNameTheChallengeOrSkipTheVerifier() {
      mathPool(CustomAuthTest::threeTries);
      String session = initiate(Map.of("USERNAME", "jane")).session();

      refused(() -> client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("CUSTOM_CHALLENGE").session(session)
          .challengeResponses(Map.of("USERNAME", "jane"))), InvalidParameterException.class, "Missing required parameter ANSWER");
      assertThat(List.ofAll(events(VERIFY))).isEmpty();
    }
  }
}
