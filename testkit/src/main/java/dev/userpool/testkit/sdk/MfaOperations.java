package dev.userpool.testkit.sdk;

import dev.userpool.mfa.MfaType;
import dev.userpool.mfa.PoolMfa;
import dev.userpool.service.MfaRequests;
import dev.userpool.service.MfaService;
import dev.userpool.service.Results;
import dev.userpool.user.User;
import io.vavr.control.Option;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailMfaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailMfaSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsMfaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SMSMfaSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnConfigurationType;

/**
 * The MFA operations of the in-process SDK client: SDK shapes to {@link MfaRequests}, {@link MfaService}'s answers to SDK
 * responses; and the MFA members of GetUser and AdminGetUser.
 */
final class MfaOperations {

  private final MfaService mfa;
  private final Replies replies;

  MfaOperations(MfaService mfa, Replies replies) {
    this.mfa = mfa;
    this.replies = replies;
  }

  SetUserPoolMfaConfigResponse setUserPoolMfaConfig(SetUserPoolMfaConfigRequest r) {
    SmsMfaConfigType sms = r.smsMfaConfiguration();
    EmailMfaConfigType email = r.emailMfaConfiguration();
    WebAuthnConfigurationType webAuthn = r.webAuthnConfiguration();
    PoolMfa saved = replies.run(ConfigurationMembers.check("SetUserPoolMfaConfig", r, r)
        .flatMap(q -> mfa.setUserPoolMfaConfig(new MfaRequests.SetUserPoolMfaConfig(r.userPoolId(), r.mfaConfigurationAsString(),
            r.softwareTokenMfaConfiguration() == null ? null : r.softwareTokenMfaConfiguration().enabled(), sms != null,
            sms == null ? null : sms.smsAuthenticationMessage(), email != null, email == null ? null : email.message(),
            email == null ? null : email.subject(), webAuthn != null, webAuthn == null ? null : webAuthn.relyingPartyId(),
            webAuthn == null ? null : webAuthn.userVerificationAsString(),
            sms == null ? null : PoolMfaShapes.sms(sms.smsConfiguration())))));
    return replies.respond(SetUserPoolMfaConfigResponse.builder().mfaConfiguration(saved.mode().name())
        .softwareTokenMfaConfiguration(softwareToken(saved)).smsMfaConfiguration(sms(saved)).emailMfaConfiguration(email(saved))
        .webAuthnConfiguration(webAuthn(saved)), SetUserPoolMfaConfigResponse.class);
  }

  GetUserPoolMfaConfigResponse getUserPoolMfaConfig(GetUserPoolMfaConfigRequest r) {
    PoolMfa saved = replies.run(mfa.getUserPoolMfaConfig(new MfaRequests.GetUserPoolMfaConfig(r.userPoolId())));
    return replies.respond(GetUserPoolMfaConfigResponse.builder().mfaConfiguration(saved.mode().name())
        .softwareTokenMfaConfiguration(softwareToken(saved)).smsMfaConfiguration(sms(saved)).emailMfaConfiguration(email(saved))
        .webAuthnConfiguration(webAuthn(saved)), GetUserPoolMfaConfigResponse.class);
  }

  private static SoftwareTokenMfaConfigType softwareToken(PoolMfa saved) {
    return SoftwareTokenMfaConfigType.builder().enabled(saved.softwareToken()).build();
  }

  private static SmsMfaConfigType sms(PoolMfa saved) {
    return saved.sms().map(s -> SmsMfaConfigType.builder().smsAuthenticationMessage(s.authenticationMessage().getOrNull())
        .smsConfiguration(saved.messaging().sms().map(PoolMfaShapes::sms).getOrNull()).build()).getOrNull();
  }

  private static EmailMfaConfigType email(PoolMfa saved) {
    return saved.email().map(e -> EmailMfaConfigType.builder().message(e.message().getOrNull()).subject(e.subject().getOrNull())
        .build()).getOrNull();
  }

  private static WebAuthnConfigurationType webAuthn(PoolMfa saved) {
    return saved.webAuthn().map(w -> WebAuthnConfigurationType.builder().relyingPartyId(w.relyingPartyId().getOrNull())
        .userVerification(w.userVerification().getOrNull()).build()).getOrNull();
  }

  AssociateSoftwareTokenResponse associateSoftwareToken(AssociateSoftwareTokenRequest r) {
    Results.SoftwareTokenAssociated associated = replies.run(mfa.associateSoftwareToken(
        new MfaRequests.AssociateSoftwareToken(r.accessToken(), r.session())));
    return replies.respond(AssociateSoftwareTokenResponse.builder().secretCode(associated.secretCode().reveal())
        .session(associated.session().map(s -> s.reveal()).getOrNull()), AssociateSoftwareTokenResponse.class);
  }

  VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest r) {
    Results.SoftwareTokenVerified verified = replies.run(mfa.verifySoftwareToken(
        new MfaRequests.VerifySoftwareToken(r.accessToken(), r.session(), r.userCode(), r.friendlyDeviceName())));
    return replies.respond(VerifySoftwareTokenResponse.builder().status("SUCCESS")
        .session(verified.session().map(s -> s.reveal()).getOrNull()), VerifySoftwareTokenResponse.class);
  }

  SetUserMfaPreferenceResponse setUserMFAPreference(SetUserMfaPreferenceRequest r) {
    replies.run(
        ConfigurationMembers.check("SetUserMFAPreference", r, r).flatMap(q -> mfa.setUserMfaPreference(new MfaRequests.SetUserMfaPreference(
            r.accessToken(), sms(r.smsMfaSettings()), token(r.softwareTokenMfaSettings()), email(r.emailMfaSettings())))));
    return replies.respond(SetUserMfaPreferenceResponse.builder(), SetUserMfaPreferenceResponse.class);
  }

  AdminSetUserMfaPreferenceResponse adminSetUserMFAPreference(AdminSetUserMfaPreferenceRequest r) {
    replies.run(ConfigurationMembers.check("AdminSetUserMFAPreference", r, r).flatMap(q -> mfa.adminSetUserMfaPreference(
        new MfaRequests.AdminSetUserMfaPreference(r.userPoolId(), r.username(), sms(r.smsMfaSettings()),
            token(r.softwareTokenMfaSettings()),
            email(r.emailMfaSettings())))));
    return replies.respond(AdminSetUserMfaPreferenceResponse.builder(), AdminSetUserMfaPreferenceResponse.class);
  }

  private static MfaRequests.FactorSettings sms(SMSMfaSettingsType s) {
    return s == null ? null : new MfaRequests.FactorSettings(s.enabled(), s.preferredMfa());
  }

  private static MfaRequests.FactorSettings token(SoftwareTokenMfaSettingsType s) {
    return s == null ? null : new MfaRequests.FactorSettings(s.enabled(), s.preferredMfa());
  }

  private static MfaRequests.FactorSettings email(EmailMfaSettingsType s) {
    return s == null ? null : new MfaRequests.FactorSettings(s.enabled(), s.preferredMfa());
  }

  /** {@code UserMFASettingList}: the factors enabled, in Cognito's order; empty when none. */
  static List<String> settingList(User user) {
    return user.mfa().enabled().toList().map(MfaType::name).toJavaList();
  }

  /**
   * {@code MFAOptions}, the legacy member: SMS to {@code phone_number} while SMS MFA is enabled, absent otherwise (observed:
   * aws-amplify/amplify-js#1204 shows it after an SMS preference, and a maintainer in #2707 says it is only defined then).
   */
  static List<MFAOptionType> options(User user) {
    return user.mfa().enabled().contains(MfaType.SMS_MFA)
        ? List.of(MFAOptionType.builder().deliveryMedium("SMS").attributeName("phone_number").build())
        : null;
  }

  /** {@code PreferredMfaSetting}, when the user has one. */
  static String preferred(User user) {
    return Option.of(user).flatMap(u -> u.mfa().preferred()).map(MfaType::name).getOrNull();
  }
}
