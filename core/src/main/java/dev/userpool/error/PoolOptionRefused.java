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
        "The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first."),
    /** ForgotPassword in a pool whose AccountRecoverySetting is admin_only (the library's words: AWS publishes none). */
    ADMIN_ONLY_RECOVERY(ErrorCode.NOT_AUTHORIZED, "Contact administrator to reset password."),
    /** AccountRecoverySetting naming a mechanism twice (the library's words). */
    DUPLICATE_RECOVERY_MECHANISM(ErrorCode.INVALID_PARAMETER, "Each recovery mechanism can be listed only once."),
    /** AccountRecoverySetting giving two mechanisms the same priority (the library's words). */
    DUPLICATE_RECOVERY_PRIORITY(ErrorCode.INVALID_PARAMETER, "Each recovery mechanism needs a different priority."),
    /**
     * AccountRecoverySetting with admin_only beside another mechanism (developer guide: "You cannot use admin_only with
     * any other account recovery mechanism"; the library's words).
     */
    ADMIN_ONLY_COMBINED(ErrorCode.INVALID_PARAMETER, "admin_only cannot be combined with another recovery mechanism."),
    /**
     * An InviteMessageTemplate whose email or SMS lacks {@code {username}} or {@code {####}} (the developer guide: "Your custom
     * message must contain the {username} and {####} placeholders"; the library's words).
     */
    INVITATION_PLACEHOLDERS(ErrorCode.INVALID_PARAMETER, "The invitation message must contain the {username} and {####} placeholders.");

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
