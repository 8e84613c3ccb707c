package dev.userpool.testkit;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import java.util.Objects;

/**
 * A fixture asked the service for something and Cognito's rules said no: for example a pool spec with
 * password history on the LITE tier ({@code FeatureUnavailableInTierException}), or a user whose
 * password breaks the pool's policy ({@code InvalidPasswordException}). It carries the operation and
 * the error, whose message never holds a password. A fixture that cannot be set up is a mistake in
 * the test, so this is unchecked.
 */
public final class FixtureRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Operation operation;
  private final transient CognitoError error;

  /**
   * @throws NullPointerException if an argument is null
   */
  public FixtureRefusedException(Operation operation, String subject, CognitoError error) {
    super(Objects.requireNonNull(operation, "operation is null").cognitoName() + " refused the fixture for "
        + Objects.requireNonNull(subject, "subject is null") + ": "
        + Objects.requireNonNull(error, "error is null").cognitoError() + ": " + error.message());
    this.operation = operation;
    this.error = error;
  }

  /** The operation that refused. */
  public Operation operation() {
    return operation;
  }

  /** The error it returned. */
  public CognitoError error() {
    return error;
  }
}
