package dev.userpool.mfa;

import dev.userpool.error.CognitoError;
import dev.userpool.error.MfaConfigurationRefused;
import dev.userpool.error.MfaConfigurationRefused.Reason;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The pool's MFA configuration as the three operations that write it decide it, over one state ({@link PoolMfa}, with
 * its {@link PoolMessaging}): CreateUserPool and UpdateUserPool ({@code MfaConfiguration}, {@code SmsConfiguration},
 * {@code SmsAuthenticationMessage}, {@code EmailConfiguration}) and SetUserPoolMfaConfig (the factors). So
 * GetUserPoolMfaConfig and DescribeUserPool always read the same {@code MfaConfiguration}, and an SmsConfiguration set by
 * either path is the one both answer.
 */
public final class PoolMfaRules {

  private PoolMfaRules() {}

  /**
   * CreateUserPool's MFA members. {@code OFF} (or absent) keeps the messages and turns nothing on. {@code ON} and
   * {@code OPTIONAL} turn SMS MFA on, which needs an SmsConfiguration and phone_number among the AutoVerifiedAttributes
   * ({@link Reason#SMS_CONFIGURATION_REQUIRED}); CreateUserPool has no member for the other factors, which
   * SetUserPoolMfaConfig turns on afterwards.
   *
   * @param mode MfaConfiguration, when given
   * @param messaging the SmsConfiguration, SmsAuthenticationMessage and EmailConfiguration given
   * @param phoneAutoVerified whether AutoVerifiedAttributes holds phone_number
   * @throws NullPointerException if an argument is null
   */
  public static Either<CognitoError, PoolMfa> createUserPool(Option<MfaConfiguration> mode, PoolMessaging messaging,
      boolean phoneAutoVerified) {
    Objects.requireNonNull(messaging, "messaging is null");
    MfaConfiguration m = mode.getOrElse(MfaConfiguration.OFF);
    if (m == MfaConfiguration.OFF) {
      return Either.right(PoolMfa.off().withMessaging(messaging));
    }
    if (messaging.sms().isEmpty() || !phoneAutoVerified) {
      return refused(Reason.SMS_CONFIGURATION_REQUIRED);
    }
    return Either.right(new PoolMfa(m, false, Option.some(new PoolMfa.SmsMfa(messaging.smsAuthenticationMessage())), Option.none(),
        Option.none(), messaging));
  }

  /**
   * UpdateUserPool's MFA members over the pool's {@code current} configuration. As the API reference says of every
   * member UpdateUserPool leaves out, an absent one goes back to its default: no MfaConfiguration is {@code OFF} (which
   * turns every factor off), no SmsConfiguration or EmailConfiguration removes it. Checks, in order: {@code ON} for a pool
   * that is not ON already ({@link Reason#CANNOT_TURN_ON}); {@code ON} or {@code OPTIONAL} with no factor left
   * ({@link Reason#SMS_CONFIGURATION_REQUIRED}). A pool that keeps MFA on keeps its software-token factor, and its email
   * factor while it still sends as DEVELOPER; SMS MFA is on exactly when an SmsConfiguration is. WebAuthn settings stay.
   *
   * @param current the pool's configuration
   * @param mode MfaConfiguration, when given
   * @param messaging the SmsConfiguration, SmsAuthenticationMessage and EmailConfiguration given
   * @param phoneAutoVerified whether the pool's AutoVerifiedAttributes hold phone_number
   * @throws NullPointerException if an argument is null
   */
  public static Either<CognitoError, PoolMfa> updateUserPool(PoolMfa current, Option<MfaConfiguration> mode, PoolMessaging messaging,
      boolean phoneAutoVerified) {
    Objects.requireNonNull(current, "current is null");
    Objects.requireNonNull(messaging, "messaging is null");
    MfaConfiguration m = mode.getOrElse(MfaConfiguration.OFF);
    if (m == MfaConfiguration.ON && current.mode() != MfaConfiguration.ON) {
      return refused(Reason.CANNOT_TURN_ON);
    }
    if (m == MfaConfiguration.OFF) {
      return Either.right(new PoolMfa(m, false, Option.none(), Option.none(), current.webAuthn(), messaging));
    }
    boolean kept = current.mode() != MfaConfiguration.OFF;
    boolean token = kept && current.softwareToken();
    Option<PoolMfa.EmailMfa> email = kept && messaging.sendsEmailAsDeveloper() ? current.email() : Option.none();
    if (!token && email.isEmpty() && (messaging.sms().isEmpty() || !phoneAutoVerified)) {
      return refused(Reason.SMS_CONFIGURATION_REQUIRED);
    }
    Option<PoolMfa.SmsMfa> sms = messaging.sms().isDefined()
        ? Option.some(new PoolMfa.SmsMfa(messaging.smsAuthenticationMessage()))
        : Option.none();
    return Either.right(new PoolMfa(m, token, sms, email, current.webAuthn(), messaging));
  }

  /**
   * SetUserPoolMfaConfig over the pool's {@code current} configuration. Checks, in order: {@link PoolMfa#decide}'s;
   * {@code ON} or {@code OPTIONAL} without SmsMfaConfiguration for a pool with an SmsConfiguration
   * ({@link Reason#SMS_MFA_REQUIRED_BY_SMS_CONFIGURATION}); EmailMfaConfiguration for a pool that does not send email as
   * DEVELOPER ({@link Reason#EMAIL_MFA_NEEDS_DEVELOPER}). SmsMfaConfiguration's SmsAuthenticationMessage becomes the
   * pool's (absent: none) and its SmsConfiguration, when given, replaces the pool's; the pool's messages stay otherwise.
   *
   * @param current the pool's configuration
   * @param requested the factors asked for
   * @param smsConfiguration SmsMfaConfiguration's SmsConfiguration, when given
   * @param tier the pool's feature plan, by its name
   * @throws NullPointerException if an argument is null
   */
  public static Either<CognitoError, PoolMfa> setUserPoolMfaConfig(PoolMfa current, PoolMfa requested,
      Option<SmsConfiguration> smsConfiguration, String tier) {
    Objects.requireNonNull(current, "current is null");
    Objects.requireNonNull(smsConfiguration, "smsConfiguration is null");
    return PoolMfa.decide(requested, tier).flatMap(ok -> {
      PoolMessaging before = current.messaging();
      if (requested.mode() != MfaConfiguration.OFF && requested.sms().isEmpty() && before.sms().isDefined()) {
        return refused(Reason.SMS_MFA_REQUIRED_BY_SMS_CONFIGURATION);
      }
      if (requested.email().isDefined() && !before.sendsEmailAsDeveloper()) {
        return refused(Reason.EMAIL_MFA_NEEDS_DEVELOPER);
      }
      PoolMessaging after = requested.sms().map(s -> before.withSmsAuthenticationMessage(s.authenticationMessage())).getOrElse(before);
      after = smsConfiguration.isDefined() ? after.withSms(smsConfiguration) : after;
      return Either.right(new PoolMfa(requested.mode(), requested.softwareToken(), requested.sms(), requested.email(),
          requested.webAuthn(), after));
    });
  }

  private static Either<CognitoError, PoolMfa> refused(Reason reason) {
    return Either.left(new MfaConfigurationRefused(reason));
  }
}
