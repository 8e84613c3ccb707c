package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.PoolOptionRefused;
import dev.userpool.pool.MessageTemplate;
import dev.userpool.user.MessageText;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The message words of CreateUserPool and UpdateUserPool, once their shapes are checked ({@link PoolMessageMembers}: lengths,
 * and {@code {####}} in the verification messages): {@code VerificationMessageTemplate}'s SmsMessage, EmailMessage and
 * EmailSubject, each over the older {@code SmsVerificationMessage}, {@code EmailVerificationMessage} and
 * {@code EmailVerificationSubject} when both are given; {@code AdminCreateUserConfig.InviteMessageTemplate}, whose email and
 * SMS must hold both {@code {username}} and {@code {####}} (Cognito refuses an invitation without them: the developer guide,
 * "Customizing user invitation messages", and aws/aws-cdk pull requests 6484 and 16905; the refusal's words are the library's).
 */
final class TemplateMembers {

  private TemplateMembers() {}

  /**
   * The pool's words: for verification codes and for invitations.
   *
   * @param template {@code VerificationMessageTemplate}'s code members, null when absent
   * @param legacy the older top-level members, null when all are absent
   * @param invite {@code InviteMessageTemplate}, null when absent
   */
  static Either<CognitoError, Tuple2<MessageTemplate, MessageTemplate>> templates(
      PoolMessageMembers.MessageTemplate template, PoolMessageMembers.MessageTemplate legacy, PoolMessageMembers.MessageTemplate invite) {
    Option<PoolMessageMembers.MessageTemplate> given = Option.of(template);
    Option<PoolMessageMembers.MessageTemplate> old = Option.of(legacy);
    MessageTemplate verification = new MessageTemplate(
        given.flatMap(t -> Option.of(t.emailSubject())).orElse(old.flatMap(t -> Option.of(t.emailSubject()))),
        given.flatMap(t -> Option.of(t.emailMessage())).orElse(old.flatMap(t -> Option.of(t.emailMessage()))),
        given.flatMap(t -> Option.of(t.smsMessage())).orElse(old.flatMap(t -> Option.of(t.smsMessage()))));
    Option<PoolMessageMembers.MessageTemplate> inv = Option.of(invite);
    MessageTemplate invitation = new MessageTemplate(inv.flatMap(t -> Option.of(t.emailSubject())),
        inv.flatMap(t -> Option.of(t.emailMessage())), inv.flatMap(t -> Option.of(t.smsMessage())));
    boolean placeholders = invitation.emailMessage().toList().appendAll(invitation.smsMessage())
        .forAll(m -> m.contains(MessageText.USERNAME_PARAMETER) && m.contains(MessageText.CODE_PARAMETER));
    return placeholders
        ? Either.right(Tuple.of(verification, invitation))
        : Either.left(new PoolOptionRefused(PoolOptionRefused.Reason.INVITATION_PLACEHOLDERS));
  }
}
