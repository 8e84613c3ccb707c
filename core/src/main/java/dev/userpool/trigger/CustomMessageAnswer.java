package dev.userpool.trigger;

import dev.userpool.user.MessageText;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What a custom message function's response may change (AWS developer guide, "Custom message Lambda trigger",
 * user-pool-lambda-custom-message.md): {@code smsMessage}, {@code emailMessage} and {@code emailSubject}, each a string
 * or absent. Each message "must include the codeParameter value received in the request", and an invitation's the
 * {@code usernameParameter} too; the email "maximum length for the message is 20,000 UTF-8 characters, including the
 * verification code", the SMS's 140. {@link #worded} keeps the default words for a message that breaks one of these
 * rules (observed: a function's invitation body without both placeholders is not sent, the pool's message is, on
 * stackoverflow.com/questions/56865198; the same for a message over its limit is the library's decision), and never
 * lets a response change the code delivered: the code is put in place of the placeholder only after the function
 * answered.
 *
 * @param smsMessage the SMS text, if the function set one
 * @param emailMessage the email's body, if set
 * @param emailSubject the email's subject, if set
 */
public record CustomMessageAnswer(Option<String> smsMessage, Option<String> emailMessage, Option<String> emailSubject) {

  /** The longest email body, in characters with the code in place ({@value}). */
  public static final int MAX_EMAIL_MESSAGE = 20_000;

  /** The longest SMS, in characters with the code in place ({@value}). */
  public static final int MAX_SMS_MESSAGE = 140;

  /** What the response may change, as the trigger sources' table says it. */
  public static final String MAY_CHANGE = "smsMessage, emailMessage, emailSubject; a message must hold {####} (an invitation "
      + "{username} too) and fit 20,000 (email) or 140 (SMS) characters, else the default words are sent";

  /** The response Cognito sends: nothing set. */
  public static final CustomMessageAnswer NONE = new CustomMessageAnswer(Option.none(), Option.none(), Option.none());

  /** The answer in a function's response, or InvalidLambdaResponse when a member is not a string. */
  public static Either<TriggerFailure, CustomMessageAnswer> read(Json answer) {
    return Responses.response(answer).flatMap(r -> Responses.text(r, "smsMessage").flatMap(sms -> Responses.text(r, "emailMessage")
        .flatMap(email -> Responses.text(r, "emailSubject").map(subject -> new CustomMessageAnswer(sms, email, subject)))));
  }

  /** The response as the event carries it: each member {@code null}. */
  public Json.Obj toJson() {
    return Json.Obj.empty().with("smsMessage", Json.textOrNull(smsMessage)).with("emailMessage", Json.textOrNull(emailMessage))
        .with("emailSubject", Json.textOrNull(emailSubject));
  }

  /**
   * The words delivered: each message the function set that has the placeholders ({@code {username}} too for an
   * invitation) and fits its limit once {@code secret} and {@code username} are in place, else the default's; the
   * subject the function set (if not blank), else the default's. Rendered: the placeholders replaced.
   */
  public MessageText worded(MessageText defaults, boolean invitation, String secret, String username) {
    MessageText rendered = defaults.rendered(secret, username);
    String email = emailMessage.filter(m -> placed(m, invitation)).map(m -> render(m, secret, username))
        .filter(m -> m.length() <= MAX_EMAIL_MESSAGE).getOrElse(rendered.emailMessage());
    String sms = smsMessage.filter(m -> placed(m, invitation)).map(m -> render(m, secret, username))
        .filter(m -> m.length() <= MAX_SMS_MESSAGE).getOrElse(rendered.smsMessage());
    return new MessageText(emailSubject.filter(s -> !s.isBlank()).getOrElse(defaults.emailSubject()), email, sms);
  }

  private static boolean placed(String message, boolean invitation) {
    return message.contains(MessageText.CODE_PARAMETER) && (!invitation || message.contains(MessageText.USERNAME_PARAMETER));
  }

  private static String render(String message, String secret, String username) {
    return new MessageText("", message, "").rendered(secret, username).emailMessage();
  }

  @Override
  public String toString() {
    return "CustomMessageAnswer[sms=" + smsMessage.isDefined() + ", email=" + emailMessage.isDefined() + "]";
  }
}
