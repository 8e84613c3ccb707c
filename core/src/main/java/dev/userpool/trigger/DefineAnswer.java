package dev.userpool.trigger;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What a define auth challenge function answers (AWS developer guide, "Define Auth challenge Lambda trigger"): the
 * next {@code challengeName}, {@code issueTokens} and {@code failAuthentication}, false when absent. A member of another
 * type is {@code InvalidLambdaResponseException}. What the answer means is {@code dev.userpool.customauth}'s.
 *
 * @param challengeName the next challenge, if any
 * @param issueTokens sign the user in
 * @param failAuthentication end the sign-in
 */
public record DefineAnswer(Option<String> challengeName, boolean issueTokens, boolean failAuthentication) {

  /** The response as the event carries it: no challenge, both flags false. */
  public static Json.Obj defaults() {
    return Json.Obj.empty().with("challengeName", new Json.Null()).with("issueTokens", Json.bool(false))
        .with("failAuthentication", Json.bool(false));
  }

  /** Tokens. */
  public static DefineAnswer tokens() {
    return new DefineAnswer(Option.none(), true, false);
  }

  /** The end of the sign-in. */
  public static DefineAnswer fail() {
    return new DefineAnswer(Option.none(), false, true);
  }

  /** The challenge {@code name} next. */
  public static DefineAnswer challenge(String name) {
    return new DefineAnswer(Option.some(name), false, false);
  }

  /** The response as a function returns it. */
  public Json.Obj toJson() {
    return Json.Obj.empty().with("challengeName", Json.textOrNull(challengeName)).with("issueTokens", Json.bool(issueTokens))
        .with("failAuthentication", Json.bool(failAuthentication));
  }

  /** The answer in a function's response, or InvalidLambdaResponse. */
  public static Either<TriggerFailure, DefineAnswer> read(Json answer) {
    return Responses.response(answer).flatMap(r -> Responses.text(r, "challengeName").flatMap(name -> Responses.flag(r, "issueTokens")
        .flatMap(issue -> Responses.flag(r, "failAuthentication").map(fail -> new DefineAnswer(name, issue, fail)))));
  }
}
