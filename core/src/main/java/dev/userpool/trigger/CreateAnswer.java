package dev.userpool.trigger;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What a create auth challenge function answers (AWS developer guide, "Create Auth challenge Lambda trigger"):
 * {@code publicChallengeParameters} (returned to the client as the challenge's parameters),
 * {@code privateChallengeParameters} (kept for VerifyAuthChallengeResponse), each an object of strings, and
 * {@code challengeMetadata} (the challenge's name in the next steps' history). Absent or null members are empty; a
 * member of another type, or a parameter that is not a string, is {@code InvalidLambdaResponseException}.
 *
 * @param publicParameters what the client sees
 * @param privateParameters what the verify function sees
 * @param metadata the challenge's name
 */
public record CreateAnswer(Map<String, String> publicParameters, Map<String, String> privateParameters, Option<String> metadata) {

  /** The response as the event carries it: every member null. */
  public static Json.Obj defaults() {
    return Json.Obj.empty().with("publicChallengeParameters", new Json.Null()).with("privateChallengeParameters", new Json.Null())
        .with("challengeMetadata", new Json.Null());
  }

  /** The response as a function returns it. */
  public Json.Obj toJson() {
    return Json.Obj.empty().with("publicChallengeParameters", Json.strings(publicParameters))
        .with("privateChallengeParameters", Json.strings(privateParameters)).with("challengeMetadata", Json.textOrNull(metadata));
  }

  /** The answer in a function's response, or InvalidLambdaResponse. */
  public static Either<TriggerFailure, CreateAnswer> read(Json answer) {
    return Responses.response(answer).flatMap(r -> strings(r, "publicChallengeParameters").flatMap(pub -> strings(r,
        "privateChallengeParameters").flatMap(priv -> Responses.text(r, "challengeMetadata").map(m -> new CreateAnswer(pub, priv, m)))));
  }

  private static Either<TriggerFailure, Map<String, String>> strings(Json.Obj o, String name) {
    return Responses.members(o, name).flatMap(members -> members.forAll(m -> m._2 instanceof Json.Text)
        ? Either.right(LinkedHashMap.ofEntries(members.map(m -> m.map2(v -> ((Json.Text) v).value()))))
        : Either.left(TriggerFailure.invalidResponse()));
  }
}
