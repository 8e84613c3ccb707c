package dev.userpool.error;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The service's conditions (a rate limit, an internal error, an operation not implemented) and the group and token errors of
 * {@link CognitoError}.
 *
 * <p>{@link CognitoError} extends this holder and inherits its records as member types, so each keeps its name, for example
 * {@code CognitoError.TooManyRequests} (an import names it by its declaring holder); nothing else may extend it.
 */
public sealed interface ServiceErrors permits CognitoError {

  /** A rate limit refused the call. */
  record TooManyRequests() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.TOO_MANY_REQUESTS;
    }

    @Override
    public String message() {
      return "Rate exceeded";
    }
  }

  /**
   * A port failed unexpectedly; nothing was changed. The wording is decided. The cause, when there is
   * one, is kept for debugging and never shown in the message or {@code toString}.
   */
  record InternalError(Option<Throwable> cause) implements CognitoError {

    /** An internal error without a cause. */
    public InternalError() {
      this(Option.none());
    }

    public InternalError {
      Objects.requireNonNull(cause, "cause is null");
    }

    @Override
    public String toString() {
      return "InternalError[cause=" + cause.map(c -> c.getClass().getName()) + "]";
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.INTERNAL_ERROR;
    }

    @Override
    public String message() {
      return "Internal server error.";
    }
  }

  /** A valid Cognito request for a feature this library does not implement, for example an SRP flow. */
  record UnsupportedOperation(String feature) implements CognitoError {
    public UnsupportedOperation {
      Objects.requireNonNull(feature, "feature is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.UNSUPPORTED_OPERATION;
    }

    @Override
    public String message() {
      return feature + " is not implemented by the userpool library.";
    }
  }

  /** CreateGroup with a name the pool already has (the library's wording; AWS publishes none). */
  record GroupExists(String groupName) implements CognitoError {
    public GroupExists {
      Objects.requireNonNull(groupName, "groupName is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.GROUP_EXISTS;
    }

    @Override
    public String message() {
      return "A group with the name " + groupName + " already exists.";
    }
  }

  /** A group the pool does not have (the library's wording; AWS publishes none). */
  record GroupNotFound() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.RESOURCE_NOT_FOUND;
    }

    @Override
    public String message() {
      return "Group not found.";
    }
  }

  /** RevokeToken with a token that is not a refresh token (the library's wording; AWS publishes none). */
  record UnsupportedTokenType() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.UNSUPPORTED_TOKEN_TYPE;
    }

    @Override
    public String message() {
      return "Unsupported token type. Only refresh tokens can be revoked.";
    }
  }
}
