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
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** A store that forwards everything, except that tests decide what a user write does (fail, race, pass). */
public abstract class ForwardingUserPools implements UserPools {

  private final UserPools delegate;

  protected ForwardingUserPools(UserPools delegate) {
    this.delegate = delegate;
  }

  /** A user write of {@code users}, the real store of the pool. */
  protected abstract Either<StoreConflict, User> save(Users users, User user, Set<LookupKey> keys);

  @Override
  public Option<UserPool> find(UserPoolId id) {
    return delegate.find(id);
  }

  @Override
  public Option<UserPool> findByClient(ClientId clientId) {
    return delegate.findByClient(clientId);
  }

  @Override
  public Either<StoreConflict, UserPool> save(UserPool pool) {
    return delegate.save(pool);
  }

  @Override
  public boolean delete(UserPoolId id) {
    return delegate.delete(id);
  }

  @Override
  public Seq<UserPool> list() {
    return delegate.list();
  }

  @Override
  public Users users(UserPoolId id) {
    Users users = delegate.users(id);
    return new Users() {
      @Override
      public Option<User> find(LookupKey key) {
        return users.find(key);
      }

      @Override
      public Either<StoreConflict, User> save(User user, Set<LookupKey> keys) {
        return ForwardingUserPools.this.save(users, user, keys);
      }

      @Override
      public Either<StoreConflict, User> delete(User user) {
        return users.delete(user);
      }

      @Override
      public Seq<User> list(Option<Username> after, int limit) {
        return users.list(after, limit);
      }

      @Override
      public long count() {
        return users.count();
      }
    };
  }
}
