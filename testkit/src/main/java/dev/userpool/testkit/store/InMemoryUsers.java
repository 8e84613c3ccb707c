package dev.userpool.testkit.store;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.Users;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The users of one pool, in memory: O(1) lookup by every key (username, alias, sub), lock-free reads,
 * and writes that check the version and key ownership atomically. Writes of one pool are serialised
 * by a short lock; deciding (and hashing) happens before it, outside. ListUsers' filters read
 * {@link SearchIndex}, kept with the users under the same lock.
 */
public final class InMemoryUsers implements Users {

  /** A stored user with the keys it is indexed under (an array: the smallest holder). */
  private record Entry(User user, LookupKey[] keys) {}

  private final ConcurrentHashMap<LookupKey, Entry> byKey = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<String, Entry> byUsername = new ConcurrentSkipListMap<>();
  private final AtomicLong count = new AtomicLong();
  private final Object writeLock = new Object();
  private final SearchIndex index;

  /** The users of a case-sensitive pool. */
  public InMemoryUsers() {
    this(CaseSensitivity.CASE_SENSITIVE);
  }

  /** The users of a pool with {@code caseSensitivity}, which the filters' indexes fold by. */
  public InMemoryUsers(CaseSensitivity caseSensitivity) {
    this(caseSensitivity, SearchIndex.CHUNK);
  }

  /** With prefix searches taking turns of {@code chunk} entries (the tests make both sides answer). */
  InMemoryUsers(CaseSensitivity caseSensitivity, int chunk) {
    this.index = new SearchIndex(Objects.requireNonNull(caseSensitivity, "caseSensitivity is null"), chunk);
  }

  @Override
  public Option<User> find(LookupKey key) {
    Entry e = byKey.get(Objects.requireNonNull(key, "key is null"));
    return e == null ? Option.none() : Option.some(e.user());
  }

  @Override
  public Either<StoreConflict, User> save(User user, Set<LookupKey> keys) {
    Objects.requireNonNull(user, "user is null");
    Objects.requireNonNull(keys, "keys is null");
    LookupKey own = new LookupKey.BySub(user.sub());
    synchronized (writeLock) {
      Entry stored = byKey.get(own);
      long expected = user.version() - 1;
      if (stored == null ? expected != 0 : stored.user().version() != expected) {
        return Either.left(new StoreConflict.VersionMismatch());
      }
      for (LookupKey key : keys) {
        Entry holder = byKey.get(key);
        if (holder != null && holder != stored) {
          return Either.left(new StoreConflict.KeyTaken(key));
        }
      }
      Entry next = new Entry(user, keys.add(own).toJavaArray(LookupKey[]::new));
      // New keys first, then the old ones that no longer apply: a lock-free reader sees the old or the
      // new entry under a kept key, never a gap (removing first hid the user from concurrent lookups).
      for (LookupKey key : next.keys()) {
        byKey.put(key, next);
      }
      byUsername.put(user.username().value(), next);
      if (stored != null && !stored.user().username().equals(user.username())) {
        byUsername.remove(stored.user().username().value(), stored);
      }
      index.replace(stored == null ? null : stored.user(), user);
      if (stored != null) {
        for (LookupKey old : stored.keys()) {
          byKey.remove(old, stored);
        }
      } else {
        count.incrementAndGet();
      }
      return Either.right(user);
    }
  }

  @Override
  public Either<StoreConflict, User> delete(User user) {
    Objects.requireNonNull(user, "user is null");
    synchronized (writeLock) {
      Entry stored = byKey.get(new LookupKey.BySub(user.sub()));
      if (stored == null || stored.user().version() != user.version()) {
        return Either.left(new StoreConflict.VersionMismatch());
      }
      for (LookupKey key : stored.keys()) {
        byKey.remove(key, stored);
      }
      byUsername.remove(stored.user().username().value(), stored);
      index.replace(stored.user(), null);
      count.decrementAndGet();
      return Either.right(user);
    }
  }

  @Override
  public Seq<User> list(Option<Username> after, int limit) {
    return List.ofAll(tail(after).values().stream().limit(Math.max(0, limit)).map(Entry::user).toList());
  }

  @Override
  public Seq<User> search(UserSearch search, Option<Username> after, int limit) {
    if (!index.serves(search.caseSensitivity())) {
      return Users.super.search(search, after, limit);
    }
    if (index.byUsernameAnswers(search)) {
      return byUsername(search, after, Math.max(0, limit));
    }
    return index.search(search, after, Math.max(0, limit), tail(after).values().stream().map(Entry::user).iterator());
  }

  /** A username filter of a case-sensitive pool: one range of the username order, after the cursor. */
  private Seq<User> byUsername(UserSearch search, Option<Username> after, int limit) {
    String from = search.value();
    boolean fromInclusive = true;
    if (after.isDefined() && after.get().value().compareTo(from) >= 0) {
      from = after.get().value();
      fromInclusive = false;
    }
    Option<String> to = search.prefix() ? UserSearch.upperBound(search.value()) : Option.some(search.value() + '\0');
    if (to.isDefined() && from.compareTo(to.get()) >= 0) {
      return List.empty();
    }
    Map<String, Entry> range = to.isDefined()
        ? byUsername.subMap(from, fromInclusive, to.get(), false)
        : byUsername.tailMap(from, fromInclusive);
    return List.ofAll(range.values().stream().map(Entry::user).filter(search::accepts).limit(limit).toList());
  }

  private Map<String, Entry> tail(Option<Username> after) {
    return after.isDefined() ? byUsername.tailMap(after.get().value(), false) : byUsername;
  }

  @Override
  public long count() {
    return count.get();
  }

  /** Every stored user, for assertions and dumps. */
  public Seq<User> all() {
    return List.ofAll(byUsername.values().stream().map(Entry::user).toList());
  }
}
