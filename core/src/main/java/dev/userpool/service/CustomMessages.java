package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.UserPool;
import dev.userpool.trigger.CustomMessageAnswer;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.user.Message;
import dev.userpool.user.MessageText;
import dev.userpool.user.User;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The custom message trigger (AWS developer guide, "Custom message Lambda trigger"): before a code or an invitation
 * is delivered, the pool's function receives the user's attributes, {@code codeParameter} ({@code {####}}),
 * {@code usernameParameter} ({@code {username}} for invitations, else null) and the request's ClientMetadata, and may
 * answer the message's words ({@link CustomMessageAnswer#worded}: the code is put in only after it answered, so no
 * response changes the code delivered). A pool without the trigger sends the default words. Its failure is Cognito's
 * error for it ({@code CustomMessage failed with error ...}); as the trigger runs once the change is saved, the change
 * stays and nothing is delivered (the library's decision).
 */
public final class CustomMessages {

  private final TriggerInvocation invocation;

  CustomMessages(TriggerInvocation invocation) {
    this.invocation = Objects.requireNonNull(invocation, "invocation is null");
  }

  /** The words of {@code message}, sent by {@code operation} to {@code user} (as saved). */
  Either<CognitoError, MessageText> word(Operation operation, UserPool pool, Caller caller, User user, Message message) {
    return word(TriggerSource.ofMessage(operation, message), pool, caller, user, message);
  }

  /**
   * The words of {@code message} for {@code source}: the hook for every message the library sends, including the
   * {@code CustomMessage_Authentication} codes of MFA and one-time-password sign-ins.
   */
  Either<CognitoError, MessageText> word(TriggerSource source, UserPool pool, Caller caller, User user, Message message) {
    boolean invitation = source == TriggerSource.CustomMessage_AdminCreateUser;
    String secret = message.fold(code -> code.code().reveal(), i -> i.temporaryPassword().reveal());
    String username = message.username().value();
    Json.Obj request = TriggerInvocation.withClientMetadata(Json.Obj.empty().with("userAttributes", TriggerInvocation.userAttributes(user))
        .with("codeParameter", Json.text(MessageText.CODE_PARAMETER))
        .with("usernameParameter", invitation ? Json.text(MessageText.USERNAME_PARAMETER) : new Json.Null()), caller.clientMetadata());
    return invocation.run(pool, source, caller.client(), user.username().value(), request, CustomMessageAnswer.NONE.toJson(),
        CustomMessageAnswer::read, CustomMessageAnswer.NONE, "1")
        .map(answer -> answer.worded(SignInCodeWords.defaults(pool, message), invitation, secret, username));
  }

  @Override
  public String toString() {
    return "CustomMessages";
  }
}
