package dev.userpool.testkit.endpoint;

import dev.userpool.port.SigningKeys;
import dev.userpool.port.UserPools;

/**
 * A store that {@link Main}'s {@code --store URL} can open, found with {@link java.util.ServiceLoader}: a
 * module that keeps pools elsewhere (userpool-postgres) registers one in
 * {@code META-INF/services/dev.userpool.testkit.endpoint.StoreProvider}, so that testkit need not depend
 * on it. Implementations must have a public no-argument constructor.
 */
public interface StoreProvider {

  /** Whether this provider opens {@code url} (judged by its scheme alone, without connecting). */
  boolean accepts(String url);

  /**
   * Opens the store at {@code url}.
   *
   * @throws RuntimeException if it cannot be reached; the message must not contain the URL's password
   */
  Store open(String url);

  /** An open store: its pools, and what to close when the endpoint stops. */
  interface Store extends AutoCloseable {

    /** The pools (and their users) this store keeps. */
    UserPools userPools();

    /**
     * The token-signing keys this store keeps, so that every endpoint on it signs with the same keys and serves the
     * same JWKS.
     */
    SigningKeys signingKeys();

    /** Whether the pools outlive the process (then ids, codes and keys need secure randomness). */
    boolean persistent();

    @Override
    void close();
  }
}
