package dev.userpool.support;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A deliberately simple, synchronized store for core's own tests; the testkit has the real one. */
public final class SimpleUserPools implements UserPools {

  private final Map<UserPoolId, UserPool> pools = new HashMap<>();
  private final Map<UserPoolId, SimpleUsers> users = new HashMap<>();

  @Override
  public synchronized Option<UserPool> find(UserPoolId id) {
    return Option.of(pools.get(id));
  }

  @Override
  public synchronized Option<UserPool> findByClient(ClientId clientId) {
    return List.ofAll(pools.values()).find(p -> p.clients().containsKey(clientId));
  }

  @Override
  public synchronized Either<StoreConflict, UserPool> save(UserPool pool) {
    UserPool stored = pools.get(pool.id());
    long expected = pool.version() - 1;
    if ((stored == null && expected != 0) || (stored != null && stored.version() != expected)) {
      return Either.left(new StoreConflict.VersionMismatch());
    }
    pools.put(pool.id(), pool);
    users.computeIfAbsent(pool.id(), id -> new SimpleUsers());
    return Either.right(pool);
  }

  @Override
  public synchronized boolean delete(UserPoolId id) {
    users.remove(id);
    return pools.remove(id) != null;
  }

  @Override
  public synchronized Seq<UserPool> list() {
    return List.ofAll(pools.values());
  }

  @Override
  public synchronized Users users(UserPoolId id) {
    return users.getOrDefault(id, new SimpleUsers());
  }

  /** Every user of every pool, for checks that nothing changed. */
  public synchronized Map<UserPoolId, Map<String, User>> snapshot() {
    Map<UserPoolId, Map<String, User>> copy = new HashMap<>();
    users.forEach((id, u) -> copy.put(id, u.byUsername()));
    return copy;
  }

  static final class SimpleUsers implements Users {
    private final Map<LookupKey, User> byKey = new HashMap<>();
    private final Map<String, Set<LookupKey>> keysOfSub = new HashMap<>();
    private final TreeMap<String, User> byName = new TreeMap<>();

    @Override
    public synchronized Option<User> find(LookupKey key) {
      return Option.of(byKey.get(key));
    }

    @Override
    public synchronized Either<StoreConflict, User> save(User user, Set<LookupKey> keys) {
      User stored = byKey.get(new LookupKey.BySub(user.sub()));
      long expected = user.version() - 1;
      if ((stored == null && expected != 0) || (stored != null && stored.version() != expected)) {
        return Either.left(new StoreConflict.VersionMismatch());
      }
      for (LookupKey key : keys) {
        User holder = byKey.get(key);
        if (holder != null && !holder.sub().equals(user.sub())) {
          return Either.left(new StoreConflict.KeyTaken(key));
        }
      }
      keysOfSub.getOrDefault(user.sub().value(), HashSet.empty()).forEach(byKey::remove);
      keys.forEach(k -> byKey.put(k, user));
      keysOfSub.put(user.sub().value(), keys);
      byName.put(user.username().value(), user);
      return Either.right(user);
    }

    @Override
    public synchronized Either<StoreConflict, User> delete(User user) {
      User stored = byKey.get(new LookupKey.BySub(user.sub()));
      if (stored == null || stored.version() != user.version()) {
        return Either.left(new StoreConflict.VersionMismatch());
      }
      keysOfSub.remove(user.sub().value()).forEach(byKey::remove);
      byName.remove(user.username().value());
      return Either.right(user);
    }

    @Override
    public synchronized Seq<User> list(Option<Username> after, int limit) {
      var tail = after.isDefined() ? byName.tailMap(after.get().value(), false) : byName;
      return List.ofAll(tail.values()).take(limit);
    }

    @Override
    public synchronized long count() {
      return byName.size();
    }

    synchronized Map<String, User> byUsername() {
      return new HashMap<>(byName);
    }
  }
}
