package dev.userpool.testkit.sdk;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.testkit.store.InMemoryUserPools;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.SQLTransientConnectionException;

/**
 * Pools in memory until {@link #down} says the database is gone: then every call throws, as a driver would, with a
 * message that quotes a secret (which no log or answer may repeat).
 */
public final class FailingPools implements UserPools {
  private final InMemoryUserPools pools = new InMemoryUserPools();
  private final String secret;
  /** Whether every call throws. */
  public volatile boolean down;

  /** Pools whose failures quote {@code secret}. */
  public FailingPools(String secret) {
    this.secret = secret;
  }

  private void check() {
    if (down) {
      throw new IllegalStateException("connection refused; password=" + secret, new SQLTransientConnectionException("gone"));
    }
  }

  @Override
  public Option<UserPool> find(UserPoolId id) {
    check();
    return pools.find(id);
  }

  @Override
  public Option<UserPool> findByClient(ClientId clientId) {
    check();
    return pools.findByClient(clientId);
  }

  @Override
  public Either<StoreConflict, UserPool> save(UserPool pool) {
    check();
    return pools.save(pool);
  }

  @Override
  public boolean delete(UserPoolId id) {
    check();
    return pools.delete(id);
  }

  @Override
  public Seq<UserPool> list() {
    check();
    return pools.list();
  }

  @Override
  public Users users(UserPoolId id) {
    check();
    return pools.users(id);
  }
}
