package dev.userpool.port;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Storage port for user pools, and the way to each pool's {@link Users}. Saves are conditional on the
 * version as for users: version 1 inserts, version n replaces n - 1.
 */
public interface UserPools {

  /** The pool with this id. */
  Option<UserPool> find(UserPoolId id);

  /** The pool that has an app client with this id (InitiateAuth names only the client). */
  Option<UserPool> findByClient(ClientId clientId);

  /** Inserts or replaces the pool, or says why not (a version mismatch, or an id already used). */
  Either<StoreConflict, UserPool> save(UserPool pool);

  /** Removes the pool and all its users; false when there was no such pool. */
  boolean delete(UserPoolId id);

  /** Every pool. */
  Seq<UserPool> list();

  /** The users of the pool {@code id}; empty for a pool that does not exist. */
  Users users(UserPoolId id);
}
