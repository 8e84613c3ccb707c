package dev.userpool.mfa;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The pool's message settings that its MFA depends on, as CreateUserPool, UpdateUserPool and SetUserPoolMfaConfig set them
 * and DescribeUserPool answers them: {@code SmsConfiguration}, {@code SmsAuthenticationMessage} and
 * {@code EmailConfiguration}. The SMS message is kept here whether or not SMS MFA is on; when it is on, the SMS factor's
 * message ({@link PoolMfa.SmsMfa#authenticationMessage}) is the same value.
 *
 * @param sms SmsConfiguration, when set
 * @param smsAuthenticationMessage SmsAuthenticationMessage, when set
 * @param email EmailConfiguration, when set
 */
public record PoolMessaging(Option<SmsConfiguration> sms, Option<String> smsAuthenticationMessage, Option<EmailConfiguration> email) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public PoolMessaging {
    Objects.requireNonNull(sms, "sms is null");
    Objects.requireNonNull(smsAuthenticationMessage, "smsAuthenticationMessage is null");
    Objects.requireNonNull(email, "email is null");
  }

  /** Nothing set: a new pool's. */
  public static PoolMessaging none() {
    return new PoolMessaging(Option.none(), Option.none(), Option.none());
  }

  /** Whether the pool sends email through its own Amazon SES identity ({@code EmailSendingAccount} DEVELOPER). */
  public boolean sendsEmailAsDeveloper() {
    return email.exists(e -> e.account() == EmailSendingAccount.DEVELOPER);
  }

  /** These settings with {@code next} as the SmsAuthenticationMessage. */
  public PoolMessaging withSmsAuthenticationMessage(Option<String> next) {
    return new PoolMessaging(sms, next, email);
  }

  /** These settings with {@code next} as the SmsConfiguration. */
  public PoolMessaging withSms(Option<SmsConfiguration> next) {
    return new PoolMessaging(next, smsAuthenticationMessage, email);
  }
}
