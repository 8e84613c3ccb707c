package dev.userpool.testkit.sdk;

import dev.userpool.testkit.Inbox;
import dev.userpool.user.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * The hook a Cognito fake offers {@link CognitoScenarios} to read what it would have emailed or texted
 * a user: the temporary password of an invitation, or a sign-up or password-reset code.
 */
public interface Mailbox {

  /** The temporary password last sent to {@code username} (as the user signs in) in the pool, if any. */
  Optional<String> temporaryPassword(String userPoolId, String username);

  /** The sign-up or password-reset code last sent to {@code username} in the pool, if any. */
  Optional<String> code(String userPoolId, String username);

  /**
   * The mailbox of a {@link dev.userpool.testkit.LocalCognito}'s inbox.
   *
   * @throws NullPointerException if {@code inbox} is null
   */
  static Mailbox of(Inbox inbox) {
    Objects.requireNonNull(inbox, "inbox is null");
    return new Mailbox() {
      @Override
      public Optional<String> temporaryPassword(String userPoolId, String username) {
        return last(userPoolId, username, m -> m instanceof Message.InvitationMessage i
            ? Optional.of(i.temporaryPassword().reveal())
            : Optional.empty());
      }

      @Override
      public Optional<String> code(String userPoolId, String username) {
        return last(userPoolId, username, m -> m instanceof Message.CodeMessage c ? Optional.of(c.code().reveal()) : Optional.empty());
      }

      private Optional<String> last(String userPoolId, String username, java.util.function.Function<Message, Optional<String>> secret) {
        return inbox.all().reverse()
            .filter(d -> d.pool().value().equals(userPoolId) && d.message().username().value().equals(username))
            .map(d -> secret.apply(d.message()))
            .find(Optional::isPresent)
            .getOrElse(Optional.empty());
      }

      @Override
      public String toString() {
        return "Mailbox[" + inbox.all().size() + " delivered]";
      }
    };
  }
}
