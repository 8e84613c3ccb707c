package dev.userpool.error;

import java.util.Objects;

/**
 * The refusals of the pool options: DeletionProtection, AccountRecoverySetting and the message templates. DeleteUserPool
 * of a protected pool answers Cognito's words as reported in localstack/localstack issue 11947 (the API reference:
 * "When active, DeletionProtection prevents accidental deletion of your user pool. Before you can delete a user pool that
 * you have protected against deletion, you must deactivate this feature").
 *
 * @param reason which refusal
 */
public record PoolOptionRefused(Reason reason) implements CognitoError {

  /** Why, with the code and the message. */
  public enum Reason {
    /** DeleteUserPool of a pool whose DeletionProtection is ACTIVE (localstack/localstack issue 11947). */
    DELETION_PROTECTED(ErrorCode.INVALID_PARAMETER,
        "The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.");

    private final ErrorCode code;
    private final String message;

    Reason(ErrorCode code, String message) {
      this.code = code;
      this.message = message;
    }
  }

  /**
   * @throws NullPointerException if {@code reason} is null
   */
  public PoolOptionRefused {
    Objects.requireNonNull(reason, "reason is null");
  }

  @Override
  public ErrorCode code() {
    return reason.code;
  }

  @Override
  public String message() {
    return reason.message;
  }
}
