package dev.userpool.testkit.endpoint;

import dev.userpool.port.AuthorizationCodes;
import dev.userpool.port.HostedSessions;
import dev.userpool.port.SigningKeys;
import dev.userpool.port.Groups;
import dev.userpool.port.TokenFamilies;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.port.Devices;
import dev.userpool.testkit.store.InMemoryDevices;
import dev.userpool.testkit.store.InMemoryWebAuthnCredentials;
import dev.userpool.port.UserPools;
import dev.userpool.testkit.inprocess.ClockOffset;
import dev.userpool.testkit.inprocess.Mailroom;

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

  /**
   * An open store: everything it keeps that every endpoint on it must share (pools and users, groups, the
   * token registry, the test control's clock offset and mailbox), and what to close when the endpoint stops.
   */
  interface Store extends AutoCloseable {

    /** The pools (and their users) this store keeps. */
    UserPools userPools();

    /**
     * The token-signing keys this store keeps, so that every endpoint on it signs with the same keys and serves the
     * same JWKS.
     */
    SigningKeys signingKeys();

    /** The groups and memberships. */
    Groups groups();

    /** The token registry: families, revocations and global sign-outs. */
    TokenFamilies tokenFamilies();

    /** The authorization codes the authorize endpoint issued, each redeemed once through any endpoint on the store. */
    AuthorizationCodes authorizationCodes();

    /** The hosted pages' sign-in sessions, recognised by every endpoint on the store. */
    HostedSessions hostedSessions();
    /** Every user's passkeys; by default in memory over {@link #userPools()}. */
    default WebAuthnCredentials webAuthnCredentials() {
      return new InMemoryWebAuthnCredentials(userPools());
    }

    /** Every user's tracked devices; by default in memory over {@link #userPools()}. */
    default Devices devices() {
      return new InMemoryDevices(userPools());
    }

    /** The test control's mailbox: codes and temporary passwords sent through any endpoint on the store. */
    Mailroom mailroom();

    /** The test control's clock offset: AdvanceClock through any endpoint on the store. */
    ClockOffset clockOffset();

    /** Whether the pools outlive the process (then ids, codes and keys need secure randomness). */
    boolean persistent();

    @Override
    void close();
  }
}
