package dev.userpool.testkit;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Deliveries;
import dev.userpool.user.Message;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Where the messages Cognito would email or text end up in tests: sign-up codes, reset codes and
 * invitations with temporary passwords. A test reads the code it needs from here.
 */
public final class Inbox implements Deliveries {

  /** One delivered message and its pool. */
  public record Delivery(UserPoolId pool, Message message) {}

  // Appended on every delivery, read by tests: a queue, so appends stay O(1) however many came before.
  private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();

  @Override
  public void deliver(UserPoolId pool, Message message) {
    deliveries.add(new Delivery(pool, message));
  }

  /** Everything delivered, oldest first. */
  public Seq<Delivery> all() {
    return List.ofAll(deliveries);
  }

  /** The latest sign-up or reset code sent to {@code username} (as the user signs in), if any. */
  public Option<String> lastCodeFor(String username) {
    return List.ofAll(deliveries).reverse()
        .map(Delivery::message)
        .filter(m -> m.username().value().equals(username))
        .flatMap(Inbox::codeOf)
        .headOption();
  }

  /** The latest temporary password an invitation gave {@code username}, if any. */
  public Option<String> lastTemporaryPasswordFor(String username) {
    return List.ofAll(deliveries).reverse()
        .map(Delivery::message)
        .filter(m -> m instanceof Message.InvitationMessage && m.username().value().equals(username))
        .map(m -> ((Message.InvitationMessage) m).temporaryPassword().reveal())
        .headOption();
  }

  private static Option<String> codeOf(Message m) {
    return m instanceof Message.CodeMessage c ? Option.some(c.code().reveal()) : Option.none();
  }

  /** Forgets everything delivered. */
  public void clear() {
    deliveries.clear();
  }
}
