package dev.userpool.trigger;

import dev.userpool.pool.Trigger;

import io.vavr.control.Either;

/**
 * The port that invokes a trigger's function: in process, a Java function a test registered; over the wire, the Lambda
 * Invoke API. An adapter applies {@link Trigger#TIME_LIMIT}, and returns the function's answer (the event, its response
 * filled in) or why there is none; it never throws for a function's failure.
 */
@FunctionalInterface
public interface Triggers {

  /** No functions: every invocation fails as a function that does not exist. */
  Triggers NONE = (function, event) -> Either.left(TriggerFailure.notInvoked("ResourceNotFoundException"));

  /**
   * Invokes {@code function} (an ARN from the pool's LambdaConfig) with {@code event}.
   *
   * @return the function's answer (a JSON value; the trigger's rules read its {@code response}), or the failure
   */
  Either<TriggerFailure, Json> invoke(String function, TriggerEvent event);
}
