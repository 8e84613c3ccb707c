package dev.userpool.service;

import dev.userpool.user.ChallengeResult;
import dev.userpool.error.CognitoError;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.trigger.CreateAnswer;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.trigger.VerifyAnswer;
import dev.userpool.user.User;
import io.vavr.collection.Map;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The events of the three custom-auth triggers (AWS developer guide, the define, create and verify auth challenge
 * pages): {@code request.userAttributes}, then the trigger's own members ({@code session}, the steps so far;
 * {@code challengeName}; {@code privateChallengeParameters} and {@code challengeAnswer}), then {@code userNotFound},
 * which Cognito populates only for an app client with PreventUserExistenceErrors ENABLED (true for a name no user has: the
 * decoy round of {@link #defineUnknown} and {@link #createUnknown}). The library does not carry a request's ClientMetadata
 * here, so {@code clientMetadata} is left out (a registered decision).
 */
final class CustomAuthTriggers {

  private final TriggerService triggers;

  CustomAuthTriggers(TriggerService triggers) {
    this.triggers = triggers;
  }

  /** DefineAuthChallenge after {@code history}. */
  Either<CognitoError, DefineAnswer> define(UserPool pool, AppClient client, User user, Seq<ChallengeResult> history) {
    return define(pool, client, user.username().value(), TriggerService.userAttributes(user), history, false);
  }

  /**
   * DefineAuthChallenge for a name no user has, under a client with PreventUserExistenceErrors ENABLED: {@code userNotFound}
   * true and no attributes, so the function can answer a decoy challenge (AWS developer guide, define auth challenge).
   */
  Either<CognitoError, DefineAnswer> defineUnknown(UserPool pool, AppClient client, String username) {
    return define(pool, client, username, Json.Obj.empty(), List.empty(), true);
  }

  private Either<CognitoError, DefineAnswer> define(UserPool pool, AppClient client, String username, Json attributes,
      Seq<ChallengeResult> history, boolean unknown) {
    Json.Obj request = Json.Obj.empty().with("userAttributes", attributes).with("session", session(history));
    return triggers.run(pool, TriggerSource.DefineAuthChallenge_Authentication, Option.some(client), username,
        notFound(request, client, unknown), DefineAnswer.defaults(), DefineAnswer::read, new DefineAnswer(Option.none(), false, false));
  }

  /** CreateAuthChallenge for a {@code CUSTOM_CHALLENGE} after {@code history}. */
  Either<CognitoError, CreateAnswer> create(UserPool pool, AppClient client, User user, Seq<ChallengeResult> history) {
    return create(pool, client, user.username().value(), TriggerService.userAttributes(user), history, false);
  }

  /** CreateAuthChallenge for the decoy round of a name no user has ({@code userNotFound} true). */
  Either<CognitoError, CreateAnswer> createUnknown(UserPool pool, AppClient client, String username) {
    return create(pool, client, username, Json.Obj.empty(), List.empty(), true);
  }

  private Either<CognitoError, CreateAnswer> create(UserPool pool, AppClient client, String username, Json attributes,
      Seq<ChallengeResult> history, boolean unknown) {
    Json.Obj request = Json.Obj.empty().with("userAttributes", attributes).with("challengeName", Json.text("CUSTOM_CHALLENGE"))
        .with("session", session(history));
    return triggers.run(pool, TriggerSource.CreateAuthChallenge_Authentication, Option.some(client), username,
        notFound(request, client, unknown), CreateAnswer.defaults(), CreateAnswer::read, null);
  }

  /**
   * VerifyAuthChallengeResponse for {@code answer}. The answer is sent as the string the client gave (the developer
   * guide's example compares it to a string; its syntax block shows an object, the library follows the example).
   */
  Either<CognitoError, VerifyAnswer> verify(UserPool pool, AppClient client, User user, Map<String, String> privateParameters,
      String answer) {
    Json.Obj request = Json.Obj.empty().with("userAttributes", TriggerService.userAttributes(user))
        .with("privateChallengeParameters", Json.strings(privateParameters)).with("challengeAnswer", Json.text(answer));
    return triggers.run(pool, TriggerSource.VerifyAuthChallengeResponse_Authentication, Option.some(client), user.username().value(),
        notFound(request, client, false), VerifyAnswer.defaults(), VerifyAnswer::read, new VerifyAnswer(false));
  }

  private static Json session(Seq<ChallengeResult> history) {
    return new Json.Arr(history.map(step -> Json.Obj.empty().with("challengeName", Json.text(step.challengeName()))
        .with("challengeResult", Json.bool(step.challengeResult())).with("challengeMetadata", Json.textOrNull(step.challengeMetadata()))));
  }

  private static Json.Obj notFound(Json.Obj request, AppClient client, boolean unknown) {
    return client.hidesUnknownUsers() ? request.with("userNotFound", Json.bool(unknown)) : request;
  }
}
