package dev.userpool.service;

/**
 * The MFA members of CreateUserPool and UpdateUserPool, and the SmsConfiguration of SetUserPoolMfaConfig's
 * SmsMfaConfiguration, member for member as the API model has them (absent members are null).
 */
public final class PoolMfaRequests {

  private PoolMfaRequests() {}

  /** SmsConfigurationType. */
  public record SmsConfiguration(String snsCallerArn, String externalId, String snsRegion) {}

  /** EmailConfigurationType. */
  public record EmailConfiguration(String sourceArn, String replyToEmailAddress, String emailSendingAccount, String from,
      String configurationSet) {}

  /** MfaConfiguration, SmsConfiguration, SmsAuthenticationMessage and EmailConfiguration of CreateUserPool or UpdateUserPool. */
  public record PoolMembers(String mfaConfiguration, SmsConfiguration smsConfiguration, String smsAuthenticationMessage,
      EmailConfiguration emailConfiguration) {

    /** Every member absent. */
    public static PoolMembers none() {
      return new PoolMembers(null, null, null, null);
    }
  }
}
