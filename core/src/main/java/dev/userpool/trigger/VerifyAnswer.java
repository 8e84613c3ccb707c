package dev.userpool.trigger;

import io.vavr.control.Either;

/**
 * What a verify auth challenge response function answers (AWS developer guide, "Verify Auth challenge response Lambda
 * trigger"): {@code answerCorrect}, false when absent; a value of another type is {@code InvalidLambdaResponseException}.
 *
 * @param answerCorrect whether the user's answer is right
 */
public record VerifyAnswer(boolean answerCorrect) {

  /** The response as the event carries it. */
  public static Json.Obj defaults() {
    return Json.Obj.empty().with("answerCorrect", Json.bool(false));
  }

  /** The answer in a function's response, or InvalidLambdaResponse. */
  public static Either<TriggerFailure, VerifyAnswer> read(Json answer) {
    return Responses.response(answer).flatMap(r -> Responses.flag(r, "answerCorrect").map(VerifyAnswer::new));
  }
}
