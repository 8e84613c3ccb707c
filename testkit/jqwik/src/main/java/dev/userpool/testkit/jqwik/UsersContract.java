package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.Users;
import dev.userpool.user.Attributes;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;

/**
 * The contract every adapter of the {@link Users} port must pass, as a jqwik contract: implement it in
 * a test class, return a new, empty store from {@link #subject()}, and the properties run against it.
 *
 * <pre>{@code
 * class DynamoDbUsersProperties implements UsersContract {
 *   @Override
 *   public Users subject() {
 *     return new DynamoDbUsers(freshTable());
 *   }
 * }
 * }</pre>
 *
 * <p>What it pins: a saved user is found by every key it was saved under, and by its sub; writes are
 * conditional (version 1 inserts only when the sub is absent, version n replaces only version n - 1, so
 * stale and duplicate writes conflict); a key belongs to one user ({@link StoreConflict.KeyTaken}) and
 * the keys given on save replace the user's previous keys, so a changed alias moves; a refused write
 * changes nothing; delete checks the version; {@code list} returns users in {@link String#compareTo}
 * order of their usernames (a binary collation), {@code limit} at a time, after a given username; and
 * {@code count} counts them. Users come from {@link CognitoDomain}, indexed as a pool with every alias
 * attribute and case-sensitive names indexes them.
 */
public interface UsersContract {

  /** A new, empty store; called once per try. */
  Users subject();

  // -- finding

  /** A saved user is found by each key it was saved under, and by its sub. */
  @Property
  @Domain(CognitoDomain.class)
  default void aSavedUserIsFoundByEveryKey(@ForAll User user) {
    Users users = subject();
    Set<LookupKey> keys = keysOf(user);

    assertEquals(Either.right(user), users.save(user, keys), "save");
    for (LookupKey key : keys.add(new LookupKey.BySub(user.sub()))) {
      assertEquals(Option.some(user), users.find(key), "find by " + key);
    }
  }

  /** Keys no saved user holds find nothing. */
  @Property
  @Domain(CognitoDomain.class)
  default void keysNoUserHoldsFindNothing(@ForAll User saved, @ForAll User other) {
    Users users = subject();
    users.save(saved, keysOf(saved));
    Set<LookupKey> held = keysOf(saved).add(new LookupKey.BySub(saved.sub()));

    for (LookupKey key : keysOf(other).add(new LookupKey.BySub(other.sub())).removeAll(held)) {
      assertEquals(Option.none(), users.find(key), "find by " + key);
    }
  }

  // -- versions

  /** Inserting a user whose sub is already stored conflicts, and changes nothing. */
  @Property
  @Domain(CognitoDomain.class)
  default void insertingAStoredUserAgainConflicts(@ForAll User user) {
    Users users = subject();
    users.save(user, keysOf(user));

    assertEquals(Either.left(new StoreConflict.VersionMismatch()), users.save(user, keysOf(user)), "second insert");
    assertEquals(Option.some(user), users.find(new LookupKey.BySub(user.sub())));
    assertEquals(1, users.count());
  }

  /** A user that is not stored can only be inserted at version 1. */
  @Property
  @Domain(CognitoDomain.class)
  default void onlyVersionOneInserts(@ForAll User user, @ForAll @IntRange(min = 2, max = 1000) int version) {
    Users users = subject();

    assertEquals(Either.left(new StoreConflict.VersionMismatch()), users.save(UserCopies.withVersion(user, version), keysOf(user)));
    assertEquals(Either.left(new StoreConflict.VersionMismatch()), users.save(UserCopies.withVersion(user, 0), keysOf(user)));
    assertEquals(Option.none(), users.find(new LookupKey.BySub(user.sub())));
    assertEquals(0, users.count());
  }

  /** Each write must follow the stored version: a stale write and one that skips a version conflict. */
  @Property
  @Domain(CognitoDomain.class)
  default void eachWriteFollowsTheStoredVersion(@ForAll User user, @ForAll @IntRange(min = 2, max = 10) int versions) {
    Users users = subject();
    for (int v = 1; v <= versions; v++) {
      User next = UserCopies.withVersion(user, v);
      assertEquals(Either.right(next), users.save(next, keysOf(next)), "version " + v);
    }

    User stale = UserCopies.withVersion(user, versions);
    User skipping = UserCopies.withVersion(user, versions + 2);
    assertEquals(Either.left(new StoreConflict.VersionMismatch()), users.save(stale, keysOf(stale)), "stale write");
    assertEquals(Either.left(new StoreConflict.VersionMismatch()), users.save(skipping, keysOf(skipping)), "skipping write");
    assertEquals(Option.some((long) versions), users.find(new LookupKey.BySub(user.sub())).map(User::version));
    assertEquals(1, users.count());
  }

  // -- keys

  /** A username another user holds is refused with that key, and the refused user is not stored. */
  @Property
  @Domain(CognitoDomain.class)
  default void aTakenUsernameIsRefused(@ForAll User holder, @ForAll User other) {
    Assume.that(!holder.sub().equals(other.sub()));
    Users users = subject();
    users.save(holder, keysOf(holder));
    User claimant = UserCopies.withUsername(UserCopies.withAttributes(other, Attributes.empty(), 1), holder.username());

    assertEquals(Either.left(new StoreConflict.KeyTaken(new LookupKey.ByUsername(holder.username().value()))),
        users.save(claimant, keysOf(claimant)));
    assertEquals(Option.none(), users.find(new LookupKey.BySub(other.sub())));
    assertEquals(Option.some(holder), users.find(new LookupKey.ByUsername(holder.username().value())));
    assertEquals(1, users.count());
  }

  /** A verified alias another user holds is refused with that key, and the refused user is not stored. */
  @Property
  @Domain(CognitoDomain.class)
  default void aTakenAliasIsRefused(@ForAll User holder, @ForAll User other, @ForAll("emails") String email) {
    Assume.that(!holder.sub().equals(other.sub()) && !holder.username().equals(other.username()));
    Users users = subject();
    User withEmail = UserCopies.withAttributes(holder, verifiedEmail(email), 1);
    users.save(withEmail, keysOf(withEmail));
    User claimant = UserCopies.withAttributes(other, verifiedEmail(email), 1);

    assertEquals(Either.left(new StoreConflict.KeyTaken(new LookupKey.ByAlias(AliasAttribute.EMAIL, email))),
        users.save(claimant, keysOf(claimant)));
    assertEquals(Option.none(), users.find(new LookupKey.BySub(other.sub())));
    assertEquals(Option.none(), users.find(new LookupKey.ByUsername(other.username().value())));
    assertEquals(Option.some(withEmail), users.find(new LookupKey.ByAlias(AliasAttribute.EMAIL, email)));
  }

  /** When a user's alias changes, the old alias finds nothing and is free for another user; the new one finds the user. */
  @Property
  @Domain(CognitoDomain.class)
  default void keysAreReplacedWhenAnAliasChanges(@ForAll User user, @ForAll User other, @ForAll("emails") String first,
      @ForAll("emails") String second) {
    Assume.that(!first.equals(second) && !user.sub().equals(other.sub()) && !user.username().equals(other.username()));
    Users users = subject();
    User before = UserCopies.withAttributes(user, verifiedEmail(first), 1);
    User after = UserCopies.withAttributes(user, verifiedEmail(second), 2);
    users.save(before, keysOf(before));

    assertEquals(Either.right(after), users.save(after, keysOf(after)));
    assertEquals(Option.none(), users.find(new LookupKey.ByAlias(AliasAttribute.EMAIL, first)), "the old alias");
    assertEquals(Option.some(after), users.find(new LookupKey.ByAlias(AliasAttribute.EMAIL, second)), "the new alias");
    User taker = UserCopies.withAttributes(other, verifiedEmail(first), 1);
    assertEquals(Either.right(taker), users.save(taker, keysOf(taker)), "the freed alias");
  }

  /** An alias that stops being verified stops finding the user. */
  @Property
  @Domain(CognitoDomain.class)
  default void anAliasThatIsNoLongerVerifiedFindsNothing(@ForAll User user, @ForAll("emails") String email) {
    Users users = subject();
    User verified = UserCopies.withAttributes(user, verifiedEmail(email), 1);
    User unverified = UserCopies.withAttributes(user, Attributes.empty().with("email", email), 2);
    users.save(verified, keysOf(verified));

    users.save(unverified, keysOf(unverified));

    assertEquals(Option.none(), users.find(new LookupKey.ByAlias(AliasAttribute.EMAIL, email)));
    assertEquals(Option.some(unverified), users.find(new LookupKey.BySub(user.sub())));
  }

  // -- deleting

  /** Delete removes the user and all its keys, only at the stored version. */
  @Property
  @Domain(CognitoDomain.class)
  default void deleteChecksTheVersion(@ForAll User user) {
    Users users = subject();
    User v2 = UserCopies.withVersion(user, 2);
    users.save(user, keysOf(user));
    users.save(v2, keysOf(v2));

    assertEquals(Either.left(new StoreConflict.VersionMismatch()), users.delete(user), "stale delete");
    assertEquals(Option.some(v2), users.find(new LookupKey.BySub(user.sub())));
    assertEquals(Either.right(v2), users.delete(v2));
    for (LookupKey key : keysOf(v2).add(new LookupKey.BySub(user.sub()))) {
      assertEquals(Option.none(), users.find(key), "find by " + key + " after delete");
    }
    assertEquals(0, users.count());
    assertEquals(Either.left(new StoreConflict.VersionMismatch()), users.delete(v2), "second delete");
    assertEquals(Either.right(user), users.save(user, keysOf(user)), "the keys are free again");
  }

  // -- listing and counting

  /** Paging through {@code list} yields every user once, by username, at most {@code limit} a page. */
  @Property(tries = 300)
  @Domain(CognitoDomain.class)
  default void listPagesThroughUsersByUsername(@ForAll @Size(max = 25) java.util.List<User> candidates,
      @ForAll @IntRange(min = 1, max = 7) int limit) {
    Users users = subject();
    Seq<User> stored = saveDisjoint(users, candidates);

    List<User> paged = List.empty();
    Option<Username> after = Option.none();
    while (true) {
      Seq<User> page = users.list(after, limit);
      assertTrue(page.size() <= limit, "a page of " + page.size() + " with limit " + limit);
      if (page.isEmpty()) {
        break;
      }
      paged = paged.appendAll(page);
      after = Option.some(page.last().username());
    }
    assertEquals(stored.sortBy(u -> u.username().value()), paged);
    assertEquals(stored.size(), users.count());
  }

  /** {@code list} after a username nobody has starts with the next one; a limit of 0 lists nothing. */
  @Property(tries = 300)
  @Domain(CognitoDomain.class)
  default void listStartsAfterTheGivenUsername(@ForAll @Size(max = 15) java.util.List<User> candidates, @ForAll Username pivot) {
    Users users = subject();
    Seq<User> stored = saveDisjoint(users, candidates);

    Seq<User> expected = stored.filter(u -> u.username().value().compareTo(pivot.value()) > 0).sortBy(u -> u.username().value());
    assertEquals(expected, users.list(Option.some(pivot), candidates.size() + 1));
    assertEquals(List.empty(), users.list(Option.none(), 0));
  }

  /** {@code count} counts stored users through inserts, updates and deletes. */
  @Property(tries = 300)
  @Domain(CognitoDomain.class)
  default void countCountsStoredUsers(@ForAll @Size(max = 15) java.util.List<User> candidates) {
    Users users = subject();
    Seq<User> stored = saveDisjoint(users, candidates);
    assertEquals(stored.size(), users.count(), "after inserts");

    for (User u : stored) {
      User updated = UserCopies.withVersion(u, 2);
      assertEquals(Either.right(updated), users.save(updated, keysOf(updated)), "update " + u.username());
    }
    assertEquals(stored.size(), users.count(), "after updates");

    Seq<User> deleted = stored.zipWithIndex().filter(p -> p._2 % 2 == 0).map(p -> UserCopies.withVersion(p._1, 2));
    for (User u : deleted) {
      assertEquals(Either.right(u), users.delete(u), "delete " + u.username());
    }
    assertEquals(stored.size() - deleted.size(), users.count(), "after deletes");
  }

  /** An empty store finds, lists and counts nothing. */
  @Example
  default void anEmptyStoreHoldsNothing() {
    Users users = subject();

    assertEquals(0, users.count());
    assertEquals(List.empty(), users.list(Option.none(), 10));
    assertEquals(Option.none(), users.find(new LookupKey.ByUsername("jane")));
  }

  /** Emails for aliases. */
  @Provide
  default Arbitrary<String> emails() {
    return CognitoDomain.anyEmail();
  }

  // -- helpers

  /** The keys the contract saves a user under: username, sub, and every verified email, phone and preferred username. */
  private static Set<LookupKey> keysOf(User user) {
    Naming naming = new Naming(HashSet.empty(), LinkedHashSet.of(AliasAttribute.values()), CaseSensitivity.CASE_SENSITIVE);
    return naming.keysOf(user);
  }

  private static Attributes verifiedEmail(String email) {
    return Attributes.empty().with("email", email).verified(ContactAttribute.EMAIL);
  }

  /** Saves the candidates whose keys no earlier candidate holds, and returns them. */
  private static Seq<User> saveDisjoint(Users users, java.util.List<User> candidates) {
    Set<LookupKey> taken = HashSet.empty();
    List<User> stored = List.empty();
    for (User u : candidates) {
      Set<LookupKey> keys = keysOf(u).add(new LookupKey.BySub(u.sub()));
      if (keys.intersect(taken).isEmpty()) {
        assertEquals(Either.right(u), users.save(u, keysOf(u)), "save " + u.username());
        taken = taken.addAll(keys);
        stored = stored.append(u);
      }
    }
    return stored;
  }
}
