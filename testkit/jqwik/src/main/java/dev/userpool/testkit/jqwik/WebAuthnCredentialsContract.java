package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.UserPools;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.webauthn.WebAuthnChallenge;
import dev.userpool.webauthn.WebAuthnCredential;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * The contract every adapter of the {@link WebAuthnCredentials} port must pass, as a jqwik contract: implement it in a
 * test class and return, from {@link #subject()}, a new passkey store beside the pool store it follows, with one empty
 * pool.
 *
 * <p>What it pins: an added credential is listed for its owner (oldest first, then by id) and found by id in its pool;
 * an id is one credential's (a second add changes nothing); the counter moves only from the value read; delete takes
 * only the owner's credential, once; a ceremony opened replaces the user's open one of its purpose and closes once; and
 * a deleted user's credentials and ceremonies are gone.
 */
public interface WebAuthnCredentialsContract {

  /** A new passkey store, the pool store whose users it follows, and the id of an empty pool in it. */
  record Subject(UserPools pools, UserPoolId pool, WebAuthnCredentials credentials) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public Subject {
      Objects.requireNonNull(pools, "pools is null");
      Objects.requireNonNull(pool, "pool is null");
      Objects.requireNonNull(credentials, "credentials is null");
    }
  }

  /** A new store; called once per try. */
  Subject subject();

  Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** The creation times of up to 8 credentials, as seconds after {@link #NOW}: some equal, so the id breaks ties. */
  @Provide
  default Arbitrary<Seq<Integer>> creationOffsets() {
    return Arbitraries.integers().between(0, 3).list().ofMaxSize(8).map(List::ofAll);
  }

  /** Saves {@code user} in the subject's pool; the user as saved. */
  private static User saved(Subject s, User user) {
    Naming naming = new Naming(HashSet.empty(), LinkedHashSet.of(AliasAttribute.values()), CaseSensitivity.CASE_SENSITIVE);
    return s.pools().users(s.pool()).save(user, naming.keysOf(user)).get();
  }

  private static WebAuthnCredential credential(User owner, String id, Instant createdAt, long signCount) {
    return new WebAuthnCredential(id, owner.sub().value(), "example.com", "pQECAyYgASFYIA", -7, signCount, List.of("internal"),
        Option.some("platform"), "Passkey", createdAt);
  }

  /** Added credentials are listed for their owner, oldest first then by id, and found by id; an id is added once. */
  @Property(tries = 30)
  @Domain(CognitoDomain.class)
  default void addedCredentialsAreListedInOrderAndAddedOnce(@ForAll User user, @ForAll("creationOffsets") Seq<Integer> offsets) {
    Subject s = subject();
    User owner = saved(s, user);
    Seq<WebAuthnCredential> added = List.empty();
    for (int i = 0; i < offsets.size(); i++) {
      WebAuthnCredential c = credential(owner, "cred-" + (offsets.size() - i), NOW.plusSeconds(offsets.get(i)), 0);
      assertTrue(s.credentials().add(s.pool(), c), "add " + c.credentialId());
      added = added.append(c);
    }
    Seq<WebAuthnCredential> expected = added.sorted(Comparator.comparing(WebAuthnCredential::createdAt)
        .thenComparing(WebAuthnCredential::credentialId));
    assertEquals(expected, s.credentials().list(s.pool(), owner.sub().value()), "list");
    for (WebAuthnCredential c : added) {
      assertEquals(Option.some(c), s.credentials().find(s.pool(), c.credentialId()), "find");
      assertFalse(s.credentials().add(s.pool(), c.withSignCount(9)), "a second add of " + c.credentialId());
    }
    assertEquals(expected, s.credentials().list(s.pool(), owner.sub().value()), "list after refused adds");
  }

  /** The counter moves only from the value read, and only forward as the caller asks. */
  @Property(tries = 20)
  @Domain(CognitoDomain.class)
  default void theCounterMovesOnlyFromTheValueRead(@ForAll User user) {
    Subject s = subject();
    User owner = saved(s, user);
    WebAuthnCredential c = credential(owner, "counted", NOW, 5);
    s.credentials().add(s.pool(), c);
    assertTrue(s.credentials().advance(s.pool(), c, 6), "advance from 5");
    assertFalse(s.credentials().advance(s.pool(), c, 7), "advance from a stale 5");
    assertEquals(6L, s.credentials().find(s.pool(), "counted").get().signCount(), "counter");
  }

  /** Delete takes only the owner's credential, once. */
  @Property(tries = 20)
  @Domain(CognitoDomain.class)
  default void deleteTakesTheOwnersCredentialOnce(@ForAll User user) {
    Subject s = subject();
    User owner = saved(s, user);
    WebAuthnCredential c = credential(owner, "mine", NOW, 0);
    s.credentials().add(s.pool(), c);
    String another = owner.sub().value().startsWith("0") ? "ffffffff-ffff-4fff-bfff-ffffffffffff" : "00000000-0000-4000-8000-000000000000";
    assertFalse(s.credentials().delete(s.pool(), another, "mine"), "another user's delete");
    assertTrue(s.credentials().delete(s.pool(), owner.sub().value(), "mine"), "delete");
    assertFalse(s.credentials().delete(s.pool(), owner.sub().value(), "mine"), "a second delete");
    assertEquals(Option.none(), s.credentials().find(s.pool(), "mine"), "find after delete");
  }

  /** A ceremony opened replaces the user's open one of its purpose, and closes once. */
  @Property(tries = 20)
  @Domain(CognitoDomain.class)
  default void aCeremonyReplacesTheLastAndClosesOnce(@ForAll User user) {
    Subject s = subject();
    User owner = saved(s, user);
    String sub = owner.sub().value();
    WebAuthnChallenge first = new WebAuthnChallenge(WebAuthnChallenge.Purpose.REGISTRATION, sub, "first", "client", NOW, Option.none());
    WebAuthnChallenge second = new WebAuthnChallenge(WebAuthnChallenge.Purpose.REGISTRATION, sub, "second", "client", NOW,
        Option.none());
    WebAuthnChallenge signIn = new WebAuthnChallenge(WebAuthnChallenge.Purpose.SIGN_IN, sub, "third", "client", NOW,
        Option.some("a-session-of-twenty-characters"));
    s.credentials().open(s.pool(), first);
    s.credentials().open(s.pool(), second);
    s.credentials().open(s.pool(), signIn);
    assertEquals(Option.some(second), s.credentials().challenge(s.pool(), sub, WebAuthnChallenge.Purpose.REGISTRATION), "open");
    assertEquals(Option.some(signIn), s.credentials().challenge(s.pool(), sub, WebAuthnChallenge.Purpose.SIGN_IN), "sign-in");
    assertFalse(s.credentials().close(s.pool(), first), "closing a replaced ceremony");
    assertTrue(s.credentials().close(s.pool(), second), "close");
    assertFalse(s.credentials().close(s.pool(), second), "a second close");
    assertEquals(Option.none(), s.credentials().challenge(s.pool(), sub, WebAuthnChallenge.Purpose.REGISTRATION), "closed");
  }

  /** A deleted user's credentials and ceremonies are gone: never listed, found or answered again. */
  @Property(tries = 20)
  @Domain(CognitoDomain.class)
  default void aDeletedUsersPasskeysAreGone(@ForAll User user) {
    Subject s = subject();
    User owner = saved(s, user);
    String sub = owner.sub().value();
    s.credentials().add(s.pool(), credential(owner, "gone", NOW, 0));
    s.credentials().open(s.pool(), new WebAuthnChallenge(WebAuthnChallenge.Purpose.SIGN_IN, sub, "c", "client", NOW,
        Option.some("a-session-of-twenty-characters")));
    assertTrue(s.pools().users(s.pool()).delete(owner).isRight(), "delete the user");
    assertEquals(List.empty(), s.credentials().list(s.pool(), sub), "list");
    assertEquals(Option.none(), s.credentials().find(s.pool(), "gone"), "find");
    assertEquals(Option.none(), s.credentials().challenge(s.pool(), sub, WebAuthnChallenge.Purpose.SIGN_IN), "ceremony");
  }
}
