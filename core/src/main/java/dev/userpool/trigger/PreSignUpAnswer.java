package dev.userpool.trigger;

import io.vavr.control.Either;

/**
 * What a pre sign-up function's response may change (AWS developer guide, "Pre sign-up Lambda trigger"):
 * {@code autoConfirmUser} confirms the user at sign-up, {@code autoVerifyEmail} and {@code autoVerifyPhone} mark the
 * email and phone number verified. Each is a boolean, false when absent. For {@code PreSignUp_AdminCreateUser} the
 * flags are ignored (SEMANTICS 19); an error refuses the operation and nothing is stored.
 *
 * @param autoConfirmUser confirm the user now
 * @param autoVerifyEmail the email is verified
 * @param autoVerifyPhone the phone number is verified
 */
public record PreSignUpAnswer(boolean autoConfirmUser, boolean autoVerifyEmail, boolean autoVerifyPhone) {

  /** The response Cognito sends: every flag false. */
  public static final PreSignUpAnswer DEFAULT = new PreSignUpAnswer(false, false, false);

  /** The answer in a function's response, or InvalidLambdaResponse when a flag is not a boolean. */
  public static Either<TriggerFailure, PreSignUpAnswer> read(Json answer) {
    return Responses.response(answer).flatMap(r -> Responses.flag(r, "autoConfirmUser").flatMap(confirm -> Responses
        .flag(r, "autoVerifyEmail").flatMap(email -> Responses.flag(r, "autoVerifyPhone")
            .map(phone -> new PreSignUpAnswer(confirm, email, phone)))));
  }

  /** The response as the event carries it. */
  public Json.Obj toJson() {
    return Json.Obj.empty().with("autoConfirmUser", Json.bool(autoConfirmUser)).with("autoVerifyEmail", Json.bool(autoVerifyEmail))
        .with("autoVerifyPhone", Json.bool(autoVerifyPhone));
  }
}
