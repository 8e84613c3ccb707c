package dev.userpool.testkit.inprocess;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Deliveries;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where the messages the in-process Cognito would email or text end up: sign-up, reset and
 * attribute-verification codes, and invitations with temporary passwords. It records what the service delivers and is the {@link Mailbox}
 * a test reads the code it needs from.
 */
public final class RecordingMailbox implements Deliveries, Mailbox {

  /** One delivered message and its pool. */
  public record Delivery(UserPoolId pool, Message message) {}

  // Appended on every delivery, read by tests: a queue, so appends stay O(1) however many came before.
  private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();

  @Override
  public void deliver(UserPoolId pool, Message message) {
    deliveries.add(new Delivery(pool, message));
  }

  /** Everything delivered, oldest first (a copy). */
  public List<Delivery> all() {
    return List.copyOf(deliveries);
  }

  /** The latest sign-up or reset code sent to {@code username} (as the user signs in) in any pool, if any. */
  public Optional<String> lastCodeFor(String username) {
    return last(d -> d.message().username().value().equals(username), RecordingMailbox::codeOf);
  }

  /** The latest temporary password an invitation gave {@code username} in any pool, if any. */
  public Optional<String> lastTemporaryPasswordFor(String username) {
    return last(d -> d.message().username().value().equals(username), RecordingMailbox::temporaryPasswordOf);
  }

  @Override
  public Optional<String> temporaryPassword(String userPoolId, String username) {
    return last(d -> d.pool().value().equals(userPoolId) && d.message().username().value().equals(username),
        RecordingMailbox::temporaryPasswordOf);
  }

  @Override
  public Optional<String> code(String userPoolId, String username) {
    return last(d -> d.pool().value().equals(userPoolId) && d.message().username().value().equals(username),
        RecordingMailbox::codeOf);
  }

  @Override
  public Optional<String> verificationCode(String userPoolId, String username, String attributeName) {
    return last(d -> d.pool().value().equals(userPoolId) && d.message().username().value().equals(username)
        && d.message().fold(c -> c.purpose() == CodePurpose.ATTRIBUTE_VERIFICATION
            && c.to().channel().attributeName().equals(attributeName), invitation -> false),
        RecordingMailbox::codeOf);
  }

  /** Forgets everything delivered. */
  public void clear() {
    deliveries.clear();
  }

  /** How many messages were delivered; never a secret. */
  @Override
  public String toString() {
    return "RecordingMailbox[" + deliveries.size() + " delivered]";
  }

  private Optional<String> last(Predicate<Delivery> to, Function<Message, Optional<String>> secret) {
    List<Delivery> newestFirst = new ArrayList<>(deliveries);
    Collections.reverse(newestFirst);
    return newestFirst.stream().filter(to).map(d -> secret.apply(d.message())).flatMap(Optional::stream).findFirst();
  }

  private static Optional<String> codeOf(Message message) {
    return message.fold(code -> Optional.of(code.code().reveal()), invitation -> Optional.empty());
  }

  private static Optional<String> temporaryPasswordOf(Message message) {
    return message.fold(code -> Optional.empty(), invitation -> Optional.of(invitation.temporaryPassword().reveal()));
  }
}
