package dev.userpool.mfa;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Mirrors {@code EmailConfigurationType}: how the pool would send email, kept and echoed (messages go through the delivery
 * port). Its sending account decides whether email MFA may be turned on.
 *
 * @param account EmailSendingAccount (absent is {@link EmailSendingAccount#COGNITO_DEFAULT})
 * @param sourceArn SourceArn, when given
 * @param from From, when given
 * @param replyTo ReplyToEmailAddress, when given
 * @param configurationSet ConfigurationSet, when given
 */
public record EmailConfiguration(EmailSendingAccount account, Option<String> sourceArn, Option<String> from, Option<String> replyTo,
    Option<String> configurationSet) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public EmailConfiguration {
    Objects.requireNonNull(account, "account is null");
    Objects.requireNonNull(sourceArn, "sourceArn is null");
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(replyTo, "replyTo is null");
    Objects.requireNonNull(configurationSet, "configurationSet is null");
  }
}
