package dev.userpool.testkit.jqwik;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.FixtureRefusedException;
import dev.userpool.testkit.PoolSpec;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.Attributes;
import dev.userpool.user.User;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sequence of Cognito requests on one pool, for property tests of code that calls Cognito or of
 * the library itself: generate one with {@link CognitoDomain#anyOperationSequence()}, {@link #run()}
 * it against a fresh local Cognito, and state what must hold at every {@link Step}:
 *
 * <pre>{@code
 * @Property
 * @Domain(CognitoDomain.class)
 * void failedOperationsChangeNothing(@ForAll OperationSequence sequence) {
 *   for (OperationSequence.Step step : sequence.run()) {
 *     if (step.outcome().isLeft()) {
 *       assertThat(step.after()).isEqualTo(step.before());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>The operations talk about a few {@link #names()} (in a case-sensitive plain pool, {@code alice}
 * and {@code Alice} are two users; in a case-insensitive one, one), and use a book of
 * {@value #PASSWORDS} passwords by index: the first ones satisfy the pool's policy, the last breaks it.
 * Running is deterministic: the same sequence gives the same steps. {@link #toString()} shows the
 * operations and which password breaks which rule, never a password.
 */
public final class OperationSequence {

  /** How many passwords a generated sequence's book holds (the last one breaks the policy). */
  public static final int PASSWORDS = 4;

  /** The most operations a generated sequence has. */
  public static final int MAX_LENGTH = 30;

  /** The sub ChangePassword names when its user does not exist (an access token of a deleted user). */
  static final String UNKNOWN_SUB = "00000000-0000-4000-8000-000000000000";

  /** The session a challenge answer sends when its user was never challenged. */
  private static final String UNKNOWN_SESSION = "AYAB" + "A".repeat(40);

  private final PoolSpec pool;
  private final Seq<String> names;
  private final Seq<Password> passwords;
  private final Seq<PoolOperation> operations;

  OperationSequence(PoolSpec pool, Seq<String> names, Seq<Password> passwords, Seq<PoolOperation> operations) {
    this.pool = pool;
    this.names = names;
    this.passwords = passwords;
    this.operations = operations;
  }

  /**
   * A sequence written by hand, for example to pin a sequence a property found: the operations refer
   * to {@code passwords} by index (an index outside the book throws {@link IllegalArgumentException}
   * when the operation runs), and may name any user.
   *
   * @throws NullPointerException if an argument is null
   */
  public static OperationSequence of(PoolSpec pool, Seq<String> passwords, Seq<PoolOperation> operations) {
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(passwords, "passwords is null");
    Objects.requireNonNull(operations, "operations is null");
    Seq<String> named = operations.flatMap(PoolOperation::user).distinct();
    return new OperationSequence(pool, named, passwords.map(Password::of), operations);
  }

  // -- accessors

  /** The pool the sequence runs on. */
  public PoolSpec pool() {
    return pool;
  }

  /** The users' names the operations use. */
  public Seq<String> names() {
    return names;
  }

  /** The operations, in order. */
  public Seq<PoolOperation> operations() {
    return operations;
  }

  // -- running

  /** Runs the sequence on a pool in a fresh {@link InProcessCognito} with seed 0. */
  public Seq<Step> run() {
    return run(InProcessCognito.create());
  }

  /**
   * Runs the sequence on a new pool in {@code cognito}, one step per operation, reading the named user
   * before and after each.
   *
   * @throws FixtureRefusedException if Cognito refuses the pool spec
   */
  public Seq<Step> run(InProcessCognito cognito) {
    TestPool testPool = TestPool.create(Objects.requireNonNull(cognito, "cognito is null"), pool);
    Run run = new Run(testPool, this);
    List<Step> steps = List.empty();
    for (PoolOperation operation : operations) {
      Option<User> before = operation.user().flatMap(name -> Option.ofOptional(testPool.find(name)));
      Either<CognitoError, Object> outcome = operation.callOn(run);
      Option<User> after = operation.user().flatMap(name -> Option.ofOptional(testPool.find(name)));
      steps = steps.append(new Step(operation, outcome, before, after));
    }
    return steps;
  }

  /**
   * One operation as it ran: its outcome, and the user it names as stored just before and just after
   * (none when the user did not exist, or when the operation names no user).
   *
   * @param operation the operation
   * @param outcome the service's answer
   * @param before the named user before
   * @param after the named user after
   */
  public record Step(PoolOperation operation, Either<CognitoError, Object> outcome, Option<User> before, Option<User> after) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public Step {
      Objects.requireNonNull(operation, "operation is null");
      Objects.requireNonNull(outcome, "outcome is null");
      Objects.requireNonNull(before, "before is null");
      Objects.requireNonNull(after, "after is null");
    }
  }

  /**
   * The state of one run that operations draw on: the pool, the password book, the sessions of
   * NEW_PASSWORD_REQUIRED challenges. Only {@link OperationSequence#run} makes one.
   */
  public static final class Run {
    private final TestPool pool;
    private final OperationSequence sequence;
    private final Map<String, String> sessions = new HashMap<>();

    Run(TestPool pool, OperationSequence sequence) {
      this.pool = pool;
      this.sequence = sequence;
    }

    /** The pool the sequence runs on. */
    public TestPool pool() {
      return pool;
    }

    UserPoolService service() {
      return pool.service();
    }

    String poolId() {
      return pool.id().value();
    }

    String clientId() {
      return pool.clientId().value();
    }

    String password(int index) {
      if (index < 0 || index >= sequence.passwords.size()) {
        throw new IllegalArgumentException("no password " + index + " in a book of " + sequence.passwords.size());
      }
      return sequence.passwords.get(index).reveal();
    }

    /**
     * The attributes a new user gets: in a pool whose usernames are emails or phone numbers, only (when
     * {@code verified}) that the name is verified; elsewhere the name's email at {@code example.com},
     * verified when {@code verified}.
     */
    java.util.List<Requests.AttributeType> attributesOf(String name, boolean verified) {
      java.util.List<Requests.AttributeType> attributes = new ArrayList<>();
      boolean emails = sequence.pool.usernameAttributes().contains(ContactAttribute.EMAIL);
      boolean phones = sequence.pool.usernameAttributes().contains(ContactAttribute.PHONE_NUMBER);
      if (emails && Attributes.isEmail(name) || phones && Attributes.isPhoneNumber(name)) {
        ContactAttribute c = Attributes.isEmail(name) ? ContactAttribute.EMAIL : ContactAttribute.PHONE_NUMBER;
        if (verified) {
          attributes.add(new Requests.AttributeType(c.verifiedName(), "true"));
        }
        return attributes;
      }
      attributes.add(new Requests.AttributeType("email", name.toLowerCase(Locale.ROOT) + "@example.com"));
      if (verified) {
        attributes.add(new Requests.AttributeType("email_verified", "true"));
      }
      return attributes;
    }

    /** The code the mailbox received last for {@code name}, or one that differs from it. */
    String code(String name, boolean right) {
      Optional<String> received = pool.mailbox().lastCodeFor(name);
      if (right) {
        return received.orElse("000000");
      }
      return received.filter("000000"::equals).isPresent() ? "000001" : "000000";
    }

    void remember(String name, Results.SignIn signIn) {
      if (signIn instanceof Results.NewPasswordRequired challenge) {
        sessions.put(name, challenge.session().reveal());
      }
    }

    String session(String name) {
      return sessions.getOrDefault(name, UNKNOWN_SESSION);
    }
  }

  // -- helpers

  /** The names a sequence on {@code pool} talks about: emails or phone numbers where those are usernames. */
  static java.util.List<String> namesFor(PoolSpec pool) {
    if (pool.usernameAttributes().contains(ContactAttribute.EMAIL)) {
      return java.util.List.of("alice@example.com", "bob@example.com", "Alice@example.com");
    }
    if (pool.usernameAttributes().contains(ContactAttribute.PHONE_NUMBER)) {
      return java.util.List.of("+15550000001", "+15550000002", "+15550000003");
    }
    return java.util.List.of("alice", "bob", "carol", "Alice");
  }

  /** The pool, the password book (which rule each password breaks) and the operations; never a password. */
  @Override
  public String toString() {
    Seq<String> book = passwords.zipWithIndex().map(p -> p._2 + ": " + pool.policy().violations(p._1).headOption()
        .map(v -> v.code()).getOrElse("satisfies the policy"));
    return "OperationSequence[" + pool + ", passwords " + book.mkString("[", ", ", "]") + ", "
        + operations.size() + " operations " + operations.mkString("[", ", ", "]") + "]";
  }
}
