package dev.userpool.user;

import java.util.Objects;

/**
 * The words of a message Cognito sends: the email's subject and body and the SMS text, with the code (or temporary
 * password) in place of {@link #CODE_PARAMETER} and the username in place of {@link #USERNAME_PARAMETER}. A message
 * is worded by Cognito's defaults ({@link #defaults}; a sign-in code by the pool's templates, in the service's
 * {@code SignInCodeWords}) unless the pool's custom message trigger words it. Rendered texts carry the secret:
 * {@link #toString()} never shows them.
 *
 * @param emailSubject the email's subject
 * @param emailMessage the email's body
 * @param smsMessage the SMS text
 */
public record MessageText(String emailSubject, String emailMessage, String smsMessage) {

  /** The code's placeholder, as the custom message trigger's {@code request.codeParameter} gives it. */
  public static final String CODE_PARAMETER = "{####}";

  /** The username's placeholder, as {@code request.usernameParameter} gives it for invitations. */
  public static final String USERNAME_PARAMETER = "{username}";

  /**
   * The verification message's words (the AWS API model's example of {@code SmsVerificationMessage},
   * "Your verification code is {####}."; the subject is the library's choice).
   */
  public static final MessageText VERIFICATION = new MessageText("Your verification code", "Your verification code is {####}.",
      "Your verification code is {####}.");

  /**
   * The invitation's words (the AWS API model's example of {@code InviteMessageTemplate}: "Your username is {username}
   * and temporary password is {####}.", subject "Your sign-in information").
   */
  public static final MessageText INVITATION = new MessageText("Your sign-in information",
      "Your username is {username} and temporary password is {####}.", "Your username is {username} and temporary password is {####}.");

  /**
   * @throws NullPointerException if a component is null
   */
  public MessageText {
    Objects.requireNonNull(emailSubject, "emailSubject is null");
    Objects.requireNonNull(emailMessage, "emailMessage is null");
    Objects.requireNonNull(smsMessage, "smsMessage is null");
  }

  /** The default words of {@code message}: an invitation's, or the verification message's for every code. */
  public static MessageText defaults(Message message) {
    return message.fold(code -> VERIFICATION, invitation -> INVITATION);
  }

  /** These words with the placeholders replaced: {@code secret} for the code, {@code username} for the username. */
  public MessageText rendered(String secret, String username) {
    return new MessageText(emailSubject, render(emailMessage, secret, username), render(smsMessage, secret, username));
  }

  /** The text for {@code delivery}'s channel: the email's body, or the SMS. */
  public String body(CodeDelivery delivery) {
    return delivery.deliveryMedium().equals("EMAIL") ? emailMessage : smsMessage;
  }

  private static String render(String template, String secret, String username) {
    return template.replace(CODE_PARAMETER, secret).replace(USERNAME_PARAMETER, username);
  }

  @Override
  public String toString() {
    return "MessageText[subject=" + emailSubject + ", ***]";
  }
}
