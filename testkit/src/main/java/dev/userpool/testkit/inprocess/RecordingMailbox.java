package dev.userpool.testkit.inprocess;

import dev.userpool.pool.UserPoolId;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.Message;
import dev.userpool.user.MessageText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where the messages the in-process Cognito would email or text end up: sign-up, reset and attribute-verification
 * codes, and invitations with temporary passwords. It records what the service delivers and is the {@link Mailbox} a
 * test reads the code it needs from. It keeps the latest {@value #KEPT} deliveries for {@link #all()} and the latest
 * code (and latest code per verified attribute) and temporary password of every user for {@link Mailbox}'s reads, so
 * its memory does not grow with every message of a long run.
 */
public final class RecordingMailbox implements Mailroom {

  /** How many of the latest deliveries {@link #all()} keeps. */
  public static final int KEPT = 10_000;

  /**
   * One delivered message, its pool, and its words: the default ones, or the custom message trigger's, with the code in
   * place (so {@link #toString()} leaves them out).
   */
  public record Delivery(UserPoolId pool, Message message, MessageText text) {
    @Override
    public String toString() {
      return "Delivery[" + pool + ", " + message + "]";
    }
  }

  private record Key(String pool, String username) {}

  private record AttributeKey(String pool, String username, String attributeName) {}

  // Appended on every delivery, read by tests: a queue, so appends stay O(1) however many came before.
  private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final ConcurrentHashMap<Key, String> codes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Key, String> temporaryPasswords = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<AttributeKey, String> verificationCodes = new ConcurrentHashMap<>();

  @Override
  public void deliver(UserPoolId pool, Message message) {
    deliver(pool, message, MessageText.defaults(message).rendered(secretOf(message), message.username().value()));
  }

  @Override
  public void deliver(UserPoolId pool, Message message, MessageText text) {
    Key key = new Key(pool.value(), message.username().value());
    codeOf(message).ifPresent(code -> codes.put(key, code));
    temporaryPasswordOf(message).ifPresent(password -> temporaryPasswords.put(key, password));
    verifiedAttribute(message).ifPresent(attribute -> verificationCodes
        .put(new AttributeKey(key.pool(), key.username(), attribute), codeOf(message).orElseThrow()));
    deliveries.add(new Delivery(pool, message, text));
    if (size.incrementAndGet() > KEPT && deliveries.poll() != null) {
      size.decrementAndGet();
    }
  }

  /** The latest deliveries (at most {@value #KEPT}), oldest first (a copy). */
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
    return Optional.ofNullable(temporaryPasswords.get(new Key(userPoolId, username)));
  }

  @Override
  public Optional<String> code(String userPoolId, String username) {
    return Optional.ofNullable(codes.get(new Key(userPoolId, username)));
  }

  @Override
  public Optional<String> verificationCode(String userPoolId, String username, String attributeName) {
    return Optional.ofNullable(verificationCodes.get(new AttributeKey(userPoolId, username, attributeName)));
  }

  /** The attribute an attribute-verification code was sent to verify, if {@code message} is one. */
  public static Optional<String> verifiedAttribute(Message message) {
    return message.fold(c -> c.purpose() == CodePurpose.ATTRIBUTE_VERIFICATION
        ? Optional.of(c.to().channel().attributeName())
        : Optional.<String>empty(), invitation -> Optional.empty());
  }

  /** Forgets everything delivered. */
  public void clear() {
    deliveries.clear();
    size.set(0);
    codes.clear();
    temporaryPasswords.clear();
    verificationCodes.clear();
  }

  /** How many messages it holds; never a secret. */
  @Override
  public String toString() {
    return "RecordingMailbox[" + size.get() + " kept]";
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

  private static String secretOf(Message message) {
    return message.fold(code -> code.code().reveal(), invitation -> invitation.temporaryPassword().reveal());
  }
}
