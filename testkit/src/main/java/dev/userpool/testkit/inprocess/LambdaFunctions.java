package dev.userpool.testkit.inprocess;

import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerEvent;
import dev.userpool.trigger.TriggerFailure;
import dev.userpool.trigger.Triggers;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Lambda functions in this process: Java handlers registered by ARN, invoked on the caller's thread as Cognito invokes
 * a trigger's function, each invocation recorded for tests to assert on. A handler that throws is a function error
 * (its message becomes {@code <Trigger> failed with error <message>.}); one that returns {@code null} answers
 * something that is not a response. An ARN no handler has goes to the fallback (by default: no such function), which
 * {@link #close()} closes when it holds resources (the Lambda Invoke API's client).
 */
public final class LambdaFunctions implements Triggers, AutoCloseable {

  /** A function: the event in, the event with its response out (the JSON a Lambda function returns). */
  @FunctionalInterface
  public interface Handler {
    /**
     * The function's answer to {@code event}.
     *
     * @throws Exception to fail as a function that raised an error, with the exception's message
     */
    Json handle(TriggerEvent event) throws Exception;
  }

  /**
   * One invocation, as the function saw it.
   *
   * @param function the ARN invoked
   * @param event the event sent
   * @param outcome the function's answer, or why there is none
   */
  public record Invocation(String function, TriggerEvent event, Either<TriggerFailure, Json> outcome) {}

  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Invocation> invocations = new ConcurrentLinkedQueue<>();
  private final Triggers fallback;

  /** Functions that fall back to {@code fallback} for ARNs without a handler. */
  public LambdaFunctions(Triggers fallback) {
    this.fallback = Objects.requireNonNull(fallback, "fallback is null");
  }

  /**
   * Registers {@code handler} as the function {@code arn}, replacing any before.
   *
   * @throws NullPointerException if an argument is null
   */
  public void register(String arn, Handler handler) {
    handlers.put(Objects.requireNonNull(arn, "arn is null"), Objects.requireNonNull(handler, "handler is null"));
  }

  /** Whether no handler is registered. */
  public boolean isEmpty() {
    return handlers.isEmpty();
  }

  /** Every invocation so far, oldest first. */
  public Seq<Invocation> invocations() {
    return List.ofAll(invocations);
  }

  @Override
  public Either<TriggerFailure, Json> invoke(String function, TriggerEvent event) {
    Handler handler = handlers.get(function);
    Either<TriggerFailure, Json> outcome = handler == null ? fallback.invoke(function, event) : run(handler, event);
    invocations.add(new Invocation(function, event, outcome));
    return outcome;
  }

  private static Either<TriggerFailure, Json> run(Handler handler, TriggerEvent event) {
    try {
      Json answer = handler.handle(event);
      return answer == null ? Either.left(TriggerFailure.invalidResponse()) : Either.right(answer);
    } catch (Exception e) {
      return Either.left(TriggerFailure.functionError(String.valueOf(e.getMessage())));
    }
  }

  /** Closes the fallback, if it is {@link AutoCloseable} (its failure to close is ignored: nothing is left to do). */
  @Override
  public void close() {
    if (fallback instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing releases connections; there is nothing else to do about a failure.
      }
    }
  }

  @Override
  public String toString() {
    return "LambdaFunctions" + handlers.keySet();
  }
}
