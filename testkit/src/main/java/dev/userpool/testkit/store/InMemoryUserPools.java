package dev.userpool.testkit.store;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory pools and their users; passes the testkit's store contracts. */
public final class InMemoryUserPools implements UserPools {

  private record Stored(UserPool pool, InMemoryUsers users) {}

  private static final Users NO_USERS = new Users() {
    @Override
    public Option<User> find(LookupKey key) {
      return Option.none();
    }

    @Override
    public Either<StoreConflict, User> save(User user, Set<LookupKey> keys) {
      return Either.left(new StoreConflict.VersionMismatch());
    }

    @Override
    public Either<StoreConflict, User> delete(User user) {
      return Either.left(new StoreConflict.VersionMismatch());
    }

    @Override
    public Seq<User> list(Option<Username> after, int limit) {
      return List.empty();
    }

    @Override
    public long count() {
      return 0;
    }
  };

  private final ConcurrentHashMap<UserPoolId, Stored> pools = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ClientId, UserPoolId> poolOfClient = new ConcurrentHashMap<>();
  private final Object writeLock = new Object();

  @Override
  public Option<UserPool> find(UserPoolId id) {
    Stored s = pools.get(Objects.requireNonNull(id, "id is null"));
    return s == null ? Option.none() : Option.some(s.pool());
  }

  @Override
  public Option<UserPool> findByClient(ClientId clientId) {
    UserPoolId id = poolOfClient.get(Objects.requireNonNull(clientId, "clientId is null"));
    return id == null ? Option.none() : find(id).filter(p -> p.clients().containsKey(clientId));
  }

  @Override
  public Either<StoreConflict, UserPool> save(UserPool pool) {
    Objects.requireNonNull(pool, "pool is null");
    synchronized (writeLock) {
      Stored stored = pools.get(pool.id());
      long expected = pool.version() - 1;
      if (stored == null ? expected != 0 : stored.pool().version() != expected) {
        return Either.left(new StoreConflict.VersionMismatch());
      }
      pools.put(pool.id(), new Stored(pool, stored == null ? new InMemoryUsers(pool.caseSensitivity()) : stored.users()));
      // Add before removing, so a concurrent findByClient never misses a client the pool keeps.
      pool.clients().keySet().forEach(c -> poolOfClient.put(c, pool.id()));
      if (stored != null) {
        stored.pool().clients().keySet().filter(c -> !pool.clients().containsKey(c)).forEach(c -> poolOfClient.remove(c, pool.id()));
      }
      return Either.right(pool);
    }
  }

  @Override
  public boolean delete(UserPoolId id) {
    synchronized (writeLock) {
      Stored removed = pools.remove(Objects.requireNonNull(id, "id is null"));
      if (removed == null) {
        return false;
      }
      removed.pool().clients().keySet().forEach(c -> poolOfClient.remove(c, id));
      return true;
    }
  }

  @Override
  public Seq<UserPool> list() {
    return List.ofAll(pools.values()).map(Stored::pool).sortBy(p -> p.id().value());
  }

  @Override
  public Users users(UserPoolId id) {
    Stored s = pools.get(Objects.requireNonNull(id, "id is null"));
    return s == null ? NO_USERS : s.users();
  }

  /** The in-memory users of a pool, for assertions; empty when the pool does not exist. */
  public Seq<User> allUsers(UserPoolId id) {
    Stored s = pools.get(id);
    return s == null ? List.empty() : s.users().all();
  }
}
