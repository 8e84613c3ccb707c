package dev.userpool.service;

import java.util.List;

/**
 * The pool options of CreateUserPool and UpdateUserPool ({@code DeletionProtection}, {@code AccountRecoverySetting}, the message words),
 * member for member as the API model has them (absent members are null).
 */
public final class PoolOptionRequests {

  private PoolOptionRequests() {}

  /** {@code RecoveryOptionType}: a mechanism's name and priority, either null when absent. */
  public record RecoveryOption(String name, Integer priority) {}

  /**
   * The options as they arrived.
   *
   * @param deletionProtection {@code DeletionProtection}, ACTIVE or INACTIVE (its shape is checked with the request's)
   * @param recoveryMechanisms {@code AccountRecoverySetting.RecoveryMechanisms}; null or empty without the setting
   * @param verification {@code VerificationMessageTemplate}'s SmsMessage, EmailMessage and EmailSubject; null when absent
   * @param legacyVerification {@code SmsVerificationMessage}, {@code EmailVerificationMessage} and {@code EmailVerificationSubject}
   * @param invitation {@code AdminCreateUserConfig.InviteMessageTemplate}; null when absent
   */
  public record Members(String deletionProtection, List<RecoveryOption> recoveryMechanisms, PoolMessageMembers.MessageTemplate verification,
      PoolMessageMembers.MessageTemplate legacyVerification, PoolMessageMembers.MessageTemplate invitation) {

    /** Every member absent. */
    public static Members none() {
      return new Members(null, null, null, null, null);
    }
  }
}
