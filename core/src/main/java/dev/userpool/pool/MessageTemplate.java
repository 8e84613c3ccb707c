package dev.userpool.pool;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A pool's own words for a message it sends: the email's subject and body and the SMS, each none where the pool keeps
 * Cognito's default. Mirrors {@code VerificationMessageTemplateType}'s code members (with the pool's
 * {@code SmsVerificationMessage}, {@code EmailVerificationMessage} and {@code EmailVerificationSubject}) for verification
 * codes, and {@code AdminCreateUserConfig.InviteMessageTemplate} for invitations. The body and SMS hold the code's
 * placeholder {@code {####}} (and an invitation's {@code {username}}): the service checks it before a pool keeps them.
 *
 * @param emailSubject the email's subject
 * @param emailMessage the email's body
 * @param smsMessage the SMS
 */
public record MessageTemplate(Option<String> emailSubject, Option<String> emailMessage, Option<String> smsMessage) {

  private static final MessageTemplate NONE = new MessageTemplate(Option.none(), Option.none(), Option.none());

  /**
   * @throws NullPointerException if a component is null
   */
  public MessageTemplate {
    Objects.requireNonNull(emailSubject, "emailSubject is null");
    Objects.requireNonNull(emailMessage, "emailMessage is null");
    Objects.requireNonNull(smsMessage, "smsMessage is null");
  }

  /** No words of the pool's own: Cognito's defaults. */
  public static MessageTemplate none() {
    return NONE;
  }

  /** Whether the pool has none of its own words here. */
  public boolean isEmpty() {
    return emailSubject.isEmpty() && emailMessage.isEmpty() && smsMessage.isEmpty();
  }
}
