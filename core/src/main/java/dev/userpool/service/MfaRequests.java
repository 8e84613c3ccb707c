package dev.userpool.service;

/** The MFA operations' requests, member for member as the API model has them (absent members are null). */
public final class MfaRequests {

  private static final String HIDDEN = "***";

  private MfaRequests() {}

  /** SMSMfaSettings, SoftwareTokenMfaSettings or EmailMfaSettings: Enabled and PreferredMfa. */
  public record FactorSettings(Boolean enabled, Boolean preferredMfa) {}

  /**
   * SetUserPoolMfaConfig. A factor's configuration is given when its {@code *Given} flag is set (SmsMfaConfiguration and
   * EmailMfaConfiguration may be given empty).
   */
  public record SetUserPoolMfaConfig(String userPoolId, String mfaConfiguration, Boolean softwareTokenEnabled, boolean smsGiven,
      String smsAuthenticationMessage, boolean emailGiven, String emailMessage, String emailSubject, boolean webAuthnGiven,
      String relyingPartyId, String userVerification, PoolMfaRequests.SmsConfiguration smsConfiguration) {

    /** Without SmsMfaConfiguration's SmsConfiguration. */
    public SetUserPoolMfaConfig(String userPoolId, String mfaConfiguration, Boolean softwareTokenEnabled, boolean smsGiven,
        String smsAuthenticationMessage, boolean emailGiven, String emailMessage, String emailSubject, boolean webAuthnGiven,
        String relyingPartyId, String userVerification) {
      this(userPoolId, mfaConfiguration, softwareTokenEnabled, smsGiven, smsAuthenticationMessage, emailGiven, emailMessage, emailSubject,
          webAuthnGiven, relyingPartyId, userVerification, null);
    }
  }

  /** GetUserPoolMfaConfig. */
  public record GetUserPoolMfaConfig(String userPoolId) {}

  /** AssociateSoftwareToken: an access token, or the session of MFA_SETUP. */
  public record AssociateSoftwareToken(String accessToken, String session) {
    @Override
    public String toString() {
      return "AssociateSoftwareToken[accessToken=" + HIDDEN + ", session=" + HIDDEN + "]";
    }
  }

  /** VerifySoftwareToken: an access token or the session of MFA_SETUP, and the code from the authenticator app. */
  public record VerifySoftwareToken(String accessToken, String session, String userCode, String friendlyDeviceName) {
    @Override
    public String toString() {
      return "VerifySoftwareToken[accessToken=" + HIDDEN + ", session=" + HIDDEN + ", userCode=" + HIDDEN + ", friendlyDeviceName="
          + friendlyDeviceName + "]";
    }
  }

  /** SetUserMFAPreference, for the user of an access token. */
  public record SetUserMfaPreference(String accessToken, FactorSettings sms, FactorSettings softwareToken, FactorSettings email) {
    @Override
    public String toString() {
      return "SetUserMfaPreference[accessToken=" + HIDDEN + ", sms=" + sms + ", softwareToken=" + softwareToken + ", email=" + email
          + "]";
    }
  }

  /** AdminSetUserMFAPreference. */
  public record AdminSetUserMfaPreference(String userPoolId, String username, FactorSettings sms, FactorSettings softwareToken,
      FactorSettings email) {}
}
