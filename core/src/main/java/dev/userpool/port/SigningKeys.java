package dev.userpool.port;

import dev.userpool.token.SigningKeySet;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Where a store keeps its token-signing keys, so that every node on it signs with the same keys and
 * publishes the same JWKS, and a fresh store gets keys no other store has. One {@link SigningKeySet} per
 * store, versioned: creating the first set is atomic (of two nodes starting together on an empty store,
 * one's set is kept and both use it) and a rotation is a conditional write. The private keys arrive in the
 * signing adapter's protected form; a store keeps them as given and never prints them. Adapters must pass
 * the testkit's {@code SigningKeysContract}.
 */
public interface SigningKeys {

  /** The stored set, if the store has one yet. */
  Option<SigningKeySet> find();

  /**
   * Stores {@code first} if the store has no set yet.
   *
   * @return the stored set afterwards: {@code first}, or the set another writer stored before
   */
  SigningKeySet createIfAbsent(SigningKeySet first);

  /**
   * Replaces the stored set with {@code next} if the stored one is still at version {@code next.version() - 1}.
   *
   * @return {@code next}, or a conflict when another writer replaced the set first (reload and decide again)
   */
  Either<StoreConflict, SigningKeySet> replace(SigningKeySet next);
}
