package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.userpool.port.SigningKeys;
import dev.userpool.port.StoreConflict;
import dev.userpool.token.SigningKey;
import dev.userpool.token.SigningKeySet;
import dev.userpool.token.TokenUse;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every adapter of the {@link SigningKeys} port must pass: an empty store finds nothing; the first set
 * created is kept whoever creates one after (also when several create at once), and read back exactly (retired keys,
 * their ends and the order included); a replacement is taken only over the version it was made from. The keys are
 * opaque text to a store, so the sets here hold made-up key material.
 */
public interface SigningKeysContract {

  /** A new, empty store; called once per try. */
  SigningKeys subject();

  Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** Key sets: a first set rotated 0 to 3 times, each key's material drawn anew. */
  @Provide
  default Arbitrary<SigningKeySet> keySets() {
    return Arbitraries.integers().between(0, 3).flatMap(rotations -> Arbitraries.strings().alpha().numeric().ofMinLength(4)
        .ofMaxLength(40).list().ofSize(2 * (rotations + 1)).uniqueElements().map(kids -> {
          SigningKeySet set = SigningKeySet.first(pair(kids.get(0), kids.get(1)));
          for (int r = 1; r <= rotations; r++) {
            set = set.rotate(pair(kids.get(2 * r), kids.get(2 * r + 1)), NOW.plusSeconds(60L * r), Duration.ofHours(24));
          }
          return set;
        }));
  }

  private static List<SigningKey> pair(String idKid, String accessKid) {
    return List.of(SigningKey.signing(idKid, TokenUse.ID, "public-" + idKid, "pkcs8:private-" + idKid),
        SigningKey.signing(accessKid, TokenUse.ACCESS, "public-" + accessKid, "pkcs8:private-" + accessKid));
  }

  /** The first set created is kept and read back exactly; a second creation returns the first. */
  @Property(tries = 20)
  default void theFirstSetCreatedIsKept(@ForAll("keySets") SigningKeySet first, @ForAll("keySets") SigningKeySet second) {
    SigningKeys store = subject();
    assertEquals(Option.none(), store.find());

    assertEquals(first, store.createIfAbsent(first));
    assertEquals(first, store.createIfAbsent(second));
    assertEquals(Option.some(first), store.find());
  }

  /** A replacement is taken only over the version it was made from; a stale one changes nothing. */
  @Property(tries = 20)
  default void aReplacementIsTakenOnlyOverItsVersion(@ForAll("keySets") SigningKeySet first) {
    SigningKeys store = subject();
    store.createIfAbsent(first);
    SigningKeySet next = first.rotate(pair("next-id", "next-access"), NOW.plusSeconds(3600), Duration.ofHours(1));
    SigningKeySet sibling = first.rotate(pair("other-id", "other-access"), NOW.plusSeconds(3600), Duration.ofHours(1));

    assertEquals(Either.right(next), store.replace(next));
    assertTrue(store.replace(sibling).getLeft() instanceof StoreConflict.VersionMismatch, "made from a version no longer stored");
    assertEquals(Option.some(next), store.find());
  }

  /** Nodes that start together on an empty store all get one set, the one stored. */
  @Example
  default void nodesStartingTogetherAgreeOnOneSet() throws Exception {
    SigningKeys store = subject();
    int nodes = 8;
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    try {
      List<Future<SigningKeySet>> created = List.range(0, nodes).map(n -> pool.submit((Callable<SigningKeySet>) () -> store
          .createIfAbsent(SigningKeySet.first(pair("node" + n + "-id", "node" + n + "-access")))));
      List<SigningKeySet> answers = created.map(each -> {
        try {
          return each.get();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      SigningKeySet kept = store.find().get();
      answers.forEach(answer -> assertEquals(kept, answer));
    } finally {
      pool.shutdownNow();
    }
  }
}
