package dev.userpool.mfa;

import dev.userpool.error.CognitoError;
import dev.userpool.error.MfaRefused;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A pool's MFA configuration, as SetUserPoolMfaConfig sets it and GetUserPoolMfaConfig answers it: MfaConfiguration,
 * whether software tokens are on, the SMS and email factors' settings when configured, and the WebAuthn settings,
 * which are echoed (passkeys are not MFA).
 *
 * @param mode MfaConfiguration
 * @param softwareToken SoftwareTokenMfaConfiguration.Enabled
 * @param sms SmsMfaConfiguration, when given: its SmsAuthenticationMessage
 * @param email EmailMfaConfiguration, when given
 * @param webAuthn WebAuthnConfiguration, when given
 * @param messaging the pool's SmsConfiguration, SmsAuthenticationMessage and EmailConfiguration ({@link PoolMfaRules})
 */
public record PoolMfa(MfaConfiguration mode, boolean softwareToken, Option<SmsMfa> sms, Option<EmailMfa> email,
    Option<WebAuthn> webAuthn, PoolMessaging messaging) {

  /** SmsMfaConfiguration: the message with its {@code {####}} placeholder, when given. */
  public record SmsMfa(Option<String> authenticationMessage) {
    public SmsMfa {
      Objects.requireNonNull(authenticationMessage, "authenticationMessage is null");
    }
  }

  /** EmailMfaConfiguration: Message (with {@code {####}}) and Subject, when given. */
  public record EmailMfa(Option<String> message, Option<String> subject) {
    public EmailMfa {
      Objects.requireNonNull(message, "message is null");
      Objects.requireNonNull(subject, "subject is null");
    }
  }

  /** WebAuthnConfiguration: RelyingPartyId and UserVerification, echoed. */
  public record WebAuthn(Option<String> relyingPartyId, Option<String> userVerification) {
    public WebAuthn {
      Objects.requireNonNull(relyingPartyId, "relyingPartyId is null");
      Objects.requireNonNull(userVerification, "userVerification is null");
    }
  }

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the SMS factor's message is not the pool's SmsAuthenticationMessage
   */
  public PoolMfa {
    Objects.requireNonNull(mode, "mode is null");
    Objects.requireNonNull(sms, "sms is null");
    Objects.requireNonNull(email, "email is null");
    Objects.requireNonNull(webAuthn, "webAuthn is null");
    Objects.requireNonNull(messaging, "messaging is null");
    Option<String> message = messaging.smsAuthenticationMessage();
    if (sms.exists(s -> !s.authenticationMessage().equals(message))) {
      throw new IllegalArgumentException("the SMS factor's message is not the pool's SmsAuthenticationMessage");
    }
  }

  /**
   * A configuration without SmsConfiguration and EmailConfiguration; the SMS factor's message, if any, is the pool's
   * SmsAuthenticationMessage.
   */
  public PoolMfa(MfaConfiguration mode, boolean softwareToken, Option<SmsMfa> sms, Option<EmailMfa> email, Option<WebAuthn> webAuthn) {
    this(mode, softwareToken, sms, email, webAuthn,
        PoolMessaging.none().withSmsAuthenticationMessage(sms.flatMap(SmsMfa::authenticationMessage)));
  }

  /** A new pool's configuration: OFF, nothing configured. */
  public static PoolMfa off() {
    return new PoolMfa(MfaConfiguration.OFF, false, Option.none(), Option.none(), Option.none());
  }

  /** This configuration with {@code next} as the pool's message settings (the SMS factor's message follows them). */
  public PoolMfa withMessaging(PoolMessaging next) {
    return new PoolMfa(mode, softwareToken, sms.map(s -> new SmsMfa(next.smsAuthenticationMessage())), email, webAuthn, next);
  }

  /**
   * SetUserPoolMfaConfig's decision. Checks, in order: OFF with a factor configured (software tokens enabled, SMS or
   * email given) is refused ({@code can't turn off MFA and configure an MFA together.}; WebAuthn is no MFA factor and
   * may stay); ON or OPTIONAL with no factor is refused ({@code can't disable all MFAs with a required or optional
   * configuration.}); email MFA needs the Essentials tier or Plus ({@code FeatureUnavailableInTierException}).
   *
   * @param requested the configuration asked for
   * @param tier the pool's feature plan, by its name ({@code LITE}, {@code ESSENTIALS}, {@code PLUS})
   */
  public static Either<CognitoError, PoolMfa> decide(PoolMfa requested, String tier) {
    boolean anyFactor = !requested.factors().isEmpty();
    if (requested.mode == MfaConfiguration.OFF && anyFactor) {
      return Either.left(new MfaRefused(MfaRefused.Reason.OFF_WITH_FACTOR));
    }
    if (requested.mode != MfaConfiguration.OFF && !anyFactor) {
      return Either.left(new MfaRefused(MfaRefused.Reason.ALL_FACTORS_DISABLED));
    }
    if (requested.email.isDefined() && "LITE".equals(tier)) {
      return Either.left(new CognitoError.FeatureUnavailableInTier(tier, EMAIL_MFA));
    }
    return Either.right(requested);
  }

  /** The library's name of email MFA in {@code FeatureUnavailableInTierException}'s message. */
  public static final String EMAIL_MFA = "Email MFA";

  /** The factors this configuration turns on, in Cognito's order (SMS, software token, email). */
  public Set<MfaType> factors() {
    Set<MfaType> on = LinkedHashSet.empty();
    on = sms.isDefined() ? on.add(MfaType.SMS_MFA) : on;
    on = softwareToken ? on.add(MfaType.SOFTWARE_TOKEN_MFA) : on;
    return email.isDefined() ? on.add(MfaType.EMAIL_OTP) : on;
  }
}
