package dev.userpool.testkit.endpoint;

import dev.userpool.error.ErrorCode;
import java.util.Objects;

/**
 * An AWS JSON 1.1 error the endpoint answers with: {@code {"__type": code, "message": message}} and the
 * HTTP status. Thrown inside the endpoint to stop handling a request; the message never holds a value
 * from the request body.
 */
final class WireError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final int status;
  private final String requestId;

  WireError(String code, String message, int status) {
    this(code, message, status, null);
  }

  /** An error the Cognito behind the endpoint answered, with the request id it gave it (null: the endpoint picks one). */
  WireError(String code, String message, int status, String requestId) {
    super(Objects.requireNonNull(message, "message is null"), null, false, false);
    this.code = Objects.requireNonNull(code, "code is null");
    this.status = status;
    this.requestId = requestId;
  }

  /** An error with a code the library knows: its wire name and HTTP status come from the code. */
  static WireError of(ErrorCode code, String message) {
    return new WireError(code.wireName(), message, code.httpStatus());
  }

  /** A body that is not JSON, or a member of the wrong JSON type: {@code SerializationException}, 400. */
  static WireError serialization(String message) {
    return of(ErrorCode.SERIALIZATION, message);
  }

  /** A target that names no operation: {@code UnknownOperationException}, 400. */
  static WireError unknownOperation(String message) {
    return of(ErrorCode.UNKNOWN_OPERATION, message);
  }

  /** Bad input to a test-control operation: {@code InvalidParameterException}, 400. */
  static WireError invalidParameter(String message) {
    return of(ErrorCode.INVALID_PARAMETER, message);
  }

  /** The error code, for example {@code SerializationException}. */
  String code() {
    return code;
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The request id the answer carries, when the Cognito gave one (the one it logged an internal error under); else null. */
  String requestId() {
    return requestId;
  }
}
