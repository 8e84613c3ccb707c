package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.Trigger;
import dev.userpool.pool.UserPool;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerEvent;
import dev.userpool.trigger.TriggerFailure;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.trigger.Triggers;
import dev.userpool.user.User;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * One trigger invocation, shared by the services that run triggers: the event built from the common parameters, the
 * pool's function invoked through the {@link Triggers} port when its LambdaConfig names one (else the default answer,
 * without an invocation), the response read, a failure turned into Cognito's error ({@link TriggerFailure#error}).
 */
final class TriggerInvocation {

  private final Triggers triggers;

  TriggerInvocation(Triggers triggers) {
    this.triggers = Objects.requireNonNull(triggers, "triggers is null");
  }

  /** Whether {@code pool} names a function for {@code trigger}. */
  static boolean configured(UserPool pool, Trigger trigger) {
    return pool.lambdaConfig().function(trigger).isDefined();
  }

  <T> Either<CognitoError, T> run(UserPool pool, TriggerSource source, Option<AppClient> client, String userName, Json.Obj request,
      Json.Obj response, Function<Json, Either<TriggerFailure, T>> read, T withoutFunction, String version) {
    Trigger trigger = source.trigger();
    Option<String> function = pool.lambdaConfig().function(trigger);
    if (function.isEmpty()) {
      return Either.right(withoutFunction);
    }
    TriggerEvent event = new TriggerEvent(version, source, pool.id().region(), pool.id().value(), userName,
        new TriggerEvent.CallerContext(TriggerEvent.AWS_SDK_VERSION,
            client.map(c -> c.clientId().value()).getOrElse(TriggerEvent.CallerContext.NO_CLIENT)),
        request, response);
    Either<TriggerFailure, Json> answer = triggers.invoke(function.get(), event);
    return answer.flatMap(read).mapLeft(failure -> failure.error(trigger));
  }

  /** The user's attributes as events carry them: {@code sub}, every attribute, and {@code cognito:user_status}. */
  static Json.Obj userAttributes(User user) {
    Map<String, String> values = LinkedHashMap.of("sub", user.sub().value()).merge(LinkedHashMap.ofEntries(user.attributes().asMap()))
        .put("cognito:user_status", user.status().name());
    return Json.strings(values);
  }

  /** {@code request} with {@code clientMetadata} when the caller gave any (Cognito's events leave it out otherwise). */
  static Json.Obj withClientMetadata(Json.Obj request, Map<String, String> clientMetadata) {
    return clientMetadata.isEmpty() ? request : request.with("clientMetadata", Json.strings(clientMetadata));
  }

  @Override
  public String toString() {
    return "TriggerInvocation[" + triggers + "]";
  }
}
