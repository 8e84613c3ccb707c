package dev.userpool.testkit.endpoint;

import dev.userpool.trigger.Json;
import io.vavr.collection.Seq;

/**
 * The three custom-auth functions of a small CUSTOM_AUTH app, as JSON handlers for a {@link LambdaRunner}: {@code define}
 * asks a CUSTOM_CHALLENGE (after PASSWORD_VERIFIER when the flow starts with SRP_A), issues tokens after a right answer
 * and fails the sign-in after three wrong ones; {@code create} asks "2+3" and keeps "5" private; {@code verify} compares.
 */
final class MathChallenge {

  /** The right answer. */
  static final String ANSWER = "5";

  private MathChallenge() {}

  /** The functions' ARN for {@code name} in us-east-1. */
  static String arn(String name) {
    return "arn:aws:lambda:us-east-1:123456789012:function:" + name;
  }

  /** Registers {@code define}, {@code create} and {@code verify} on {@code runner}. */
  static void register(LambdaRunner runner) {
    runner.function("define", payload -> answer(payload, define(event(payload))));
    runner.function("create", payload -> answer(payload, Json.Obj.empty()
        .with("publicChallengeParameters", Json.Obj.empty().with("question", Json.text("2+3")))
        .with("privateChallengeParameters", Json.Obj.empty().with("answer", Json.text(ANSWER)))
        .with("challengeMetadata", Json.text("MATH"))));
    runner.function("verify", payload -> {
      Json.Obj request = request(event(payload));
      boolean right = request.get("challengeAnswer").equals(((Json.Obj) request.get("privateChallengeParameters").get()).get("answer"));
      return answer(payload, Json.Obj.empty().with("answerCorrect", Json.bool(right)));
    });
  }

  private static Json.Obj define(Json.Obj event) {
    Seq<Json.Obj> session = ((Json.Arr) request(event).get("session").get()).items().map(Json.Obj.class::cast);
    Json.Obj last = session.lastOption().getOrElse(Json.Obj.empty());
    boolean passed = last.get("challengeResult").contains(Json.bool(true));
    if (last.get("challengeName").contains(Json.text("SRP_A"))) {
      return next("PASSWORD_VERIFIER");
    }
    if (session.isEmpty() || passed && last.get("challengeName").contains(Json.text("PASSWORD_VERIFIER"))) {
      return next("CUSTOM_CHALLENGE");
    }
    if (passed) {
      return Json.Obj.empty().with("issueTokens", Json.bool(true)).with("failAuthentication", Json.bool(false));
    }
    return session.size() >= 3
        ? Json.Obj.empty().with("issueTokens", Json.bool(false)).with("failAuthentication", Json.bool(true))
        : next("CUSTOM_CHALLENGE");
  }

  private static Json.Obj next(String challenge) {
    return Json.Obj.empty().with("challengeName", Json.text(challenge)).with("issueTokens", Json.bool(false))
        .with("failAuthentication", Json.bool(false));
  }

  private static Json.Obj event(String payload) {
    return (Json.Obj) Json.parse(payload).get();
  }

  private static Json.Obj request(Json.Obj event) {
    return (Json.Obj) event.get("request").get();
  }

  private static String answer(String payload, Json.Obj response) {
    return event(payload).with("response", response).render();
  }
}
