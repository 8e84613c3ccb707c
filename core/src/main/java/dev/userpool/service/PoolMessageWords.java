package dev.userpool.service;

import dev.userpool.pool.MessageTemplate;
import dev.userpool.pool.UserPool;
import dev.userpool.user.MessageText;

/**
 * The words of the codes and invitations a pool sends: its own ({@link UserPool#verificationMessageTemplate},
 * {@link UserPool#inviteMessageTemplate}) where it has them, member by member, {@link MessageText#VERIFICATION} and
 * {@link MessageText#INVITATION} elsewhere. The API reference: {@code VerificationMessageTemplateType} holds "the template for
 * the verification message that your user pool delivers to users who set an email address or phone number attribute",
 * {@code MessageTemplateType} the invitation's ("message template for email messages ... for SMS messages"). A
 * CustomMessage trigger still words over them, as over any default.
 */
final class PoolMessageWords {

  private PoolMessageWords() {}

  /** The words of {@code pool}'s verification codes. */
  static MessageText verification(UserPool pool) {
    return over(MessageText.VERIFICATION, pool.verificationMessageTemplate());
  }

  /** The words of {@code pool}'s invitations. */
  static MessageText invitation(UserPool pool) {
    return over(MessageText.INVITATION, pool.inviteMessageTemplate());
  }

  private static MessageText over(MessageText defaults, MessageTemplate own) {
    return own.isEmpty()
        ? defaults
        : new MessageText(own.emailSubject().getOrElse(defaults.emailSubject()), own.emailMessage().getOrElse(defaults.emailMessage()),
            own.smsMessage().getOrElse(defaults.smsMessage()));
  }
}
