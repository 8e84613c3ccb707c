package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;

/**
 * The contract every adapter of the {@link UserPools} port must pass, as a jqwik contract: implement it
 * in a test class and return a new, empty store from {@link #subject()}.
 *
 * <p>What it pins: a saved pool is found by its id and by each of its clients' ids; writes are
 * conditional on the version as for users (version 1 inserts, version n replaces n - 1); a client
 * removed from a pool no longer finds it; a pool's users live in {@link UserPools#users} and survive
 * updates of the pool, are separate from other pools' users, and go when the pool is deleted;
 * {@code delete} says whether there was a pool; {@code list} holds every pool once, in any order.
 * The users store itself is pinned by {@link UsersContract}.
 */
public interface UserPoolsContract {

  /** A new, empty store; called once per try. */
  UserPools subject();

  // -- finding

  /** A saved pool is found by its id and by the id of each of its clients. */
  @Property
  @Domain(CognitoDomain.class)
  default void aSavedPoolIsFoundByIdAndByEachClient(@ForAll UserPool pool) {
    UserPools pools = subject();

    assertEquals(Either.right(pool), pools.save(pool));
    assertEquals(Option.some(pool), pools.find(pool.id()));
    for (ClientId client : pool.clients().keySet()) {
      assertEquals(Option.some(pool), pools.findByClient(client), "find by client " + client);
    }
  }

  /** Ids and client ids of pools that were never saved find nothing. */
  @Property
  @Domain(CognitoDomain.class)
  default void unknownIdsAndClientsFindNothing(@ForAll UserPool saved, @ForAll UserPool other) {
    Assume.that(!saved.id().equals(other.id()));
    UserPools pools = subject();
    pools.save(saved);

    assertEquals(Option.none(), pools.find(other.id()));
    for (ClientId client : other.clients().keySet().removeAll(saved.clients().keySet())) {
      assertEquals(Option.none(), pools.findByClient(client), "find by client " + client);
    }
  }

  // -- versions

  /** Inserting a pool whose id is stored conflicts; a pool that is not stored inserts only at version 1. */
  @Property
  @Domain(CognitoDomain.class)
  default void onlyVersionOneInsertsAndOnlyOnce(@ForAll UserPool pool, @ForAll @IntRange(min = 2, max = 1000) int version) {
    UserPools pools = subject();

    assertEquals(Either.left(new StoreConflict.VersionMismatch()), pools.save(pool.withVersion(version)), "insert at " + version);
    assertEquals(Option.none(), pools.find(pool.id()));
    assertEquals(Either.right(pool), pools.save(pool));
    assertEquals(Either.left(new StoreConflict.VersionMismatch()), pools.save(pool), "second insert");
  }

  /** Each write must follow the stored version: a stale write and one that skips a version conflict. */
  @Property
  @Domain(CognitoDomain.class)
  default void eachWriteFollowsTheStoredVersion(@ForAll UserPool pool, @ForAll @IntRange(min = 2, max = 10) int versions) {
    UserPools pools = subject();
    for (int v = 1; v <= versions; v++) {
      assertEquals(Either.right(pool.withVersion(v)), pools.save(pool.withVersion(v)), "version " + v);
    }

    assertEquals(Either.left(new StoreConflict.VersionMismatch()), pools.save(pool.withVersion(versions)), "stale write");
    assertEquals(Either.left(new StoreConflict.VersionMismatch()), pools.save(pool.withVersion(versions + 2)), "skipping write");
    assertEquals(Option.some((long) versions), pools.find(pool.id()).map(UserPool::version));
  }

  // -- clients

  /** After an update, removed clients find nothing and added clients find the pool. */
  @Property
  @Domain(CognitoDomain.class)
  default void clientsFollowTheStoredPool(@ForAll UserPool pool, @ForAll UserPool donor) {
    Assume.that(pool.clients().keySet().intersect(donor.clients().keySet()).isEmpty());
    UserPools pools = subject();
    pools.save(pool);
    UserPool updated = pool.withClients(LinkedHashMap.ofEntries(donor.clients().toList())).withVersion(2);

    assertEquals(Either.right(updated), pools.save(updated));
    for (ClientId removed : pool.clients().keySet()) {
      assertEquals(Option.none(), pools.findByClient(removed), "removed client " + removed);
    }
    for (ClientId added : donor.clients().keySet()) {
      assertEquals(Option.some(updated), pools.findByClient(added), "added client " + added);
    }
  }

  // -- users

  /** A pool's users survive updates of the pool. */
  @Property
  @Domain(CognitoDomain.class)
  default void usersSurviveAnUpdateOfThePool(@ForAll UserPool pool, @ForAll User user) {
    UserPools pools = subject();
    pools.save(pool);
    assertEquals(Either.right(user), pools.users(pool.id()).save(user, Naming.of(pool).keysOf(user)));

    pools.save(pool.withVersion(2));

    assertEquals(Option.some(user), pools.users(pool.id()).find(new LookupKey.BySub(user.sub())));
    assertEquals(1, pools.users(pool.id()).count());
  }

  /** Each pool has its own users. */
  @Property
  @Domain(CognitoDomain.class)
  default void poolsHaveSeparateUsers(@ForAll UserPool first, @ForAll UserPool second, @ForAll User user) {
    // Client ids are unique across pools: a store may refuse a second pool that reuses one.
    Assume.that(!first.id().equals(second.id()) && first.clients().keySet().intersect(second.clients().keySet()).isEmpty());
    UserPools pools = subject();
    pools.save(first);
    pools.save(second);

    pools.users(first.id()).save(user, Naming.of(first).keysOf(user));

    assertEquals(Option.none(), pools.users(second.id()).find(new LookupKey.BySub(user.sub())));
    assertEquals(0, pools.users(second.id()).count());
    assertEquals(Either.right(user), pools.users(second.id()).save(user, Naming.of(second).keysOf(user)), "the same user in another pool");
  }

  /** A pool that does not exist has no users. */
  @Property
  @Domain(CognitoDomain.class)
  default void aMissingPoolHasNoUsers(@ForAll UserPool pool, @ForAll User user) {
    Users users = subject().users(pool.id());

    assertEquals(0, users.count());
    assertEquals(Option.none(), users.find(new LookupKey.BySub(user.sub())));
    assertEquals(List.empty(), users.list(Option.none(), 10));
  }

  // -- deleting and listing

  /** Delete removes the pool, its clients and its users, and says whether there was one. */
  @Property
  @Domain(CognitoDomain.class)
  default void deleteRemovesThePoolAndItsUsers(@ForAll UserPool pool, @ForAll User user) {
    UserPools pools = subject();
    pools.save(pool);
    pools.users(pool.id()).save(user, Naming.of(pool).keysOf(user));

    assertTrue(pools.delete(pool.id()), "delete");
    assertEquals(Option.none(), pools.find(pool.id()));
    for (ClientId client : pool.clients().keySet()) {
      assertEquals(Option.none(), pools.findByClient(client), "find by client " + client);
    }
    assertEquals(0, pools.users(pool.id()).count());
    assertEquals(Option.none(), pools.users(pool.id()).find(new LookupKey.BySub(user.sub())));
    assertFalse(pools.delete(pool.id()), "second delete");

    assertEquals(Either.right(pool), pools.save(pool), "the id is free again");
    assertEquals(0, pools.users(pool.id()).count(), "a new pool starts without users");
  }

  /** {@code list} holds every saved pool once, as last saved. */
  @Property(tries = 300)
  @Domain(CognitoDomain.class)
  default void listHoldsEveryPool(@ForAll @Size(max = 10) java.util.List<UserPool> candidates) {
    UserPools pools = subject();
    Seq<UserPool> saved = List.empty();
    Set<Object> taken = HashSet.empty();
    for (UserPool p : candidates) {
      Set<Object> ids = HashSet.<Object>of(p.id()).addAll(p.clients().keySet());
      if (ids.intersect(taken).isEmpty()) {
        assertEquals(Either.right(p), pools.save(p));
        taken = taken.addAll(ids);
        saved = saved.append(p);
      }
    }
    saved.headOption().forEach(first -> pools.save(first.withVersion(2)));
    Seq<UserPool> expected = saved.isEmpty() ? saved : saved.update(0, saved.head().withVersion(2));

    assertEquals(HashSet.ofAll(expected), HashSet.ofAll(pools.list()));
    assertEquals(expected.size(), pools.list().size());
  }

  /** An empty store finds and lists nothing. */
  @Example
  default void anEmptyStoreHoldsNothing() {
    UserPools pools = subject();

    assertEquals(List.empty(), pools.list());
    assertEquals(Option.none(), pools.findByClient(new ClientId("client1234567890")));
    assertFalse(pools.delete(new UserPoolId("us-east-1_NONE")));
  }
}
