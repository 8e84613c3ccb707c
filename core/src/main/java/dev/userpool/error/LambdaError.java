package dev.userpool.error;

import java.util.Objects;

/**
 * A Lambda trigger that did not answer as Cognito needs, with Cognito's three error codes:
 * <ul>
 * <li>the function raised an error: {@code UserLambdaValidationException}, {@code <Trigger> failed with error <its message>.}
 * (observed: aws-amplify/amplify-ui-android#314, {@code PreSignUp failed with error Registration from this domain is not
 * allowed..}; aws-amplify/amplify-flutter#1051; the trailing full stop is added even after the function's own);</li>
 * <li>its response is not what the trigger answers: {@code InvalidLambdaResponseException},
 * {@code Unrecognizable lambda output} (observed: aws-amplify/amplify-studio#1006, awslabs/aws-sdk-android-samples#165);</li>
 * <li>it could not be invoked or did not answer in time: {@code UnexpectedLambdaException},
 * {@code <Trigger> invocation failed due to error <cause>.} (observed: {@code PostAuthentication invocation failed due to
 * error Socket timeout while invoking Lambda function.} in furaiev/amazon-cognito-identity-dart-2#204;
 * {@code PreSignUp invocation failed due to error AccessDeniedException.} in AWS re:Post's "cognito-lambda-trigger-errors").</li>
 * </ul>
 * The API model lists all three for every operation that runs a trigger.
 *
 * @param kind which of the three
 * @param trigger the trigger's LambdaConfig name, for example {@code PreSignUp}
 * @param detail the function's error message, or the cause of a failed invocation (unused for an invalid response)
 */
public record LambdaError(Kind kind, String trigger, String detail) implements CognitoError {

  /** The three codes. */
  public enum Kind {
    /** The function raised an error. */
    USER_LAMBDA_VALIDATION(ErrorCode.USER_LAMBDA_VALIDATION),
    /** The function's response is not what the trigger answers. */
    INVALID_LAMBDA_RESPONSE(ErrorCode.INVALID_LAMBDA_RESPONSE),
    /** The function could not be invoked, or did not answer in time. */
    UNEXPECTED_LAMBDA(ErrorCode.UNEXPECTED_LAMBDA);

    private final ErrorCode code;

    Kind(ErrorCode code) {
      this.code = code;
    }
  }

  /** The cause of a timed-out invocation, in Cognito's words (observed, see above). */
  public static final String TIMED_OUT = "Socket timeout while invoking Lambda function";

  /**
   * @throws NullPointerException if a component is null
   */
  public LambdaError {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(trigger, "trigger is null");
    Objects.requireNonNull(detail, "detail is null");
  }

  @Override
  public ErrorCode code() {
    return kind.code;
  }

  @Override
  public String message() {
    return switch (kind) {
      case USER_LAMBDA_VALIDATION -> trigger + " failed with error " + detail + ".";
      case INVALID_LAMBDA_RESPONSE -> "Unrecognizable lambda output";
      case UNEXPECTED_LAMBDA -> trigger + " invocation failed due to error " + detail + ".";
    };
  }
}
