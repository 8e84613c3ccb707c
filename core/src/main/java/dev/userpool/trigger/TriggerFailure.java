package dev.userpool.trigger;

import dev.userpool.pool.Trigger;

import dev.userpool.error.LambdaError;
import java.util.Objects;

/**
 * Why a function gave no usable response, as an invocation adapter reports it, and the error Cognito returns for it.
 *
 * @param kind what went wrong
 * @param detail the function's error message ({@link Kind#FUNCTION_ERROR}), or the cause of a failed invocation
 */
public record TriggerFailure(Kind kind, String detail) {

  /** What went wrong. */
  public enum Kind {
    /** The function raised an error (the Lambda Invoke API's {@code X-Amz-Function-Error}). */
    FUNCTION_ERROR,
    /** The function answered something that is not the event with its response. */
    INVALID_RESPONSE,
    /** The function did not answer within {@link Trigger#TIME_LIMIT}. */
    TIMEOUT,
    /** The function could not be invoked: no such function, or the runner could not be reached. */
    NOT_INVOKED
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public TriggerFailure {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(detail, "detail is null");
  }

  /** The function raised an error with this message. */
  public static TriggerFailure functionError(String message) {
    return new TriggerFailure(Kind.FUNCTION_ERROR, message);
  }

  /** The function's answer is not a response. */
  public static TriggerFailure invalidResponse() {
    return new TriggerFailure(Kind.INVALID_RESPONSE, "");
  }

  /** The function did not answer in time. */
  public static TriggerFailure timeout() {
    return new TriggerFailure(Kind.TIMEOUT, LambdaError.TIMED_OUT);
  }

  /** The function could not be invoked, for this reason (an error code such as {@code ResourceNotFoundException}). */
  public static TriggerFailure notInvoked(String cause) {
    return new TriggerFailure(Kind.NOT_INVOKED, cause);
  }

  /** Cognito's error for this failure of {@code trigger}. */
  public LambdaError error(Trigger trigger) {
    return switch (kind) {
      case FUNCTION_ERROR -> new LambdaError(LambdaError.Kind.USER_LAMBDA_VALIDATION, trigger.memberName(), detail);
      case INVALID_RESPONSE -> new LambdaError(LambdaError.Kind.INVALID_LAMBDA_RESPONSE, trigger.memberName(), "");
      case TIMEOUT, NOT_INVOKED -> new LambdaError(LambdaError.Kind.UNEXPECTED_LAMBDA, trigger.memberName(), detail);
    };
  }
}
