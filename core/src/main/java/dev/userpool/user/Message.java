package dev.userpool.user;

import dev.userpool.password.Password;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * A message Cognito would send the user, for a delivery port to send. Messages carry the secret being
 * delivered (a code, a temporary password), but their {@code toString} never shows it.
 */
public sealed interface Message permits Message.CodeMessage, Message.InvitationMessage {

  /** The user it is for, as they sign in. */
  Username username();

  /** Where it goes, if the user has an address for it. */
  Option<CodeDelivery> delivery();

  /** One function per kind of message, so callers need no instanceof chain. */
  default <R> R fold(Function<CodeMessage, R> onCode, Function<InvitationMessage, R> onInvitation) {
    return this instanceof CodeMessage c ? onCode.apply(c) : onInvitation.apply((InvitationMessage) this);
  }

  /**
   * A code for the user: the sign-up confirmation code (sent to an auto-verified contact) or a
   * password-reset code (ForgotPassword, AdminResetUserPassword; sent to a verified contact).
   */
  record CodeMessage(CodePurpose purpose, Username username, CodeDelivery to, ConfirmationCode code) implements Message {
    public CodeMessage {
      Objects.requireNonNull(purpose, "purpose is null");
      Objects.requireNonNull(username, "username is null");
      Objects.requireNonNull(to, "to is null");
      Objects.requireNonNull(code, "code is null");
    }

    @Override
    public Option<CodeDelivery> delivery() {
      return Option.some(to);
    }
  }

  /** AdminCreateUser's invitation with the temporary password, to the user's email or else phone. */
  record InvitationMessage(Username username, Option<CodeDelivery> delivery, Password temporaryPassword) implements Message {
    public InvitationMessage {
      Objects.requireNonNull(username, "username is null");
      Objects.requireNonNull(delivery, "delivery is null");
      Objects.requireNonNull(temporaryPassword, "temporaryPassword is null");
    }
  }
}
