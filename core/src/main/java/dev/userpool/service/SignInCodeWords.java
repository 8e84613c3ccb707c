package dev.userpool.service;

import dev.userpool.mfa.PoolMfa;
import dev.userpool.pool.UserPool;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.Message;
import dev.userpool.user.MessageText;

/**
 * The pool's words for a one-time sign-in code (SMS_MFA, SMS_OTP, EMAIL_OTP): the SMS is the pool's
 * {@code SmsAuthenticationMessage} (SmsMfaConfigType: "If this parameter isn't provided, your user pool sends a default
 * message"), the email the pool's {@code EmailMfaConfiguration} Message and Subject (EmailMfaConfigType: "If you don't
 * provide this parameter, Amazon Cognito sends messages in the default format"); {@link #DEFAULT} otherwise (its words are
 * the library's: AWS does not publish them). Every other message is in the pool's words ({@link PoolMessageWords}). A CustomMessage
 * trigger ({@code CustomMessage_Authentication}) words over these, as over any default.
 */
public final class SignInCodeWords {

  /** The words of a sign-in code when the pool has none of its own. */
  public static final MessageText DEFAULT = new MessageText("Your authentication code", "Your authentication code is {####}.",
      "Your authentication code is {####}.");

  private SignInCodeWords() {}

  /** The default words of {@code message} in {@code pool}: its sign-in templates for a sign-in code, else its own words. */
  static MessageText defaults(UserPool pool, Message message) {
    return message.fold(code -> code.purpose() == CodePurpose.SIGN_IN ? of(pool.mfa()) : PoolMessageWords.verification(pool),
        invitation -> PoolMessageWords.invitation(pool));
  }

  /** The sign-in code's words under {@code mfa}'s templates. */
  public static MessageText of(PoolMfa mfa) {
    String sms = mfa.messaging().smsAuthenticationMessage().getOrElse(DEFAULT.smsMessage());
    String body = mfa.email().flatMap(PoolMfa.EmailMfa::message).getOrElse(DEFAULT.emailMessage());
    String subject = mfa.email().flatMap(PoolMfa.EmailMfa::subject).getOrElse(DEFAULT.emailSubject());
    return new MessageText(subject, body, sms);
  }
}
