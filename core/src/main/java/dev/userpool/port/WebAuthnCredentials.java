package dev.userpool.port;

import dev.userpool.pool.UserPoolId;
import dev.userpool.webauthn.WebAuthnChallenge;
import dev.userpool.webauthn.WebAuthnCredential;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Storage port for passkeys: each user's registered credentials (with the signature counter) and open ceremonies. A
 * credential id is one credential's in a pool. A user's credentials and ceremonies go with the user: a store either
 * deletes them with the user (PostgreSQL: a foreign key) or never answers them once the user is gone (in memory).
 * Writes that race are conditional: {@link #add} on the id, {@link #advance} on the counter, {@link #close} on the
 * challenge.
 */
public interface WebAuthnCredentials {

  /** The user's credentials, oldest first (by CreatedAt, then id): the order ListWebAuthnCredentials pages in. */
  Seq<WebAuthnCredential> list(UserPoolId pool, String sub);

  /** The credential with this id in the pool, whoever's. */
  Option<WebAuthnCredential> find(UserPoolId pool, String credentialId);

  /** Stores a new credential; false (nothing changed) when its id is already the pool's. */
  boolean add(UserPoolId pool, WebAuthnCredential credential);

  /** Removes the user's credential; false when the user has no credential with this id. */
  boolean delete(UserPoolId pool, String sub, String credentialId);

  /**
   * Sets the credential's counter to {@code signCount} if it still is {@code credential.signCount()}; false (nothing
   * changed) when another sign-in moved it first or the credential is gone.
   */
  boolean advance(UserPoolId pool, WebAuthnCredential credential, long signCount);

  /** Opens a ceremony, replacing the user's open one of the same purpose. */
  void open(UserPoolId pool, WebAuthnChallenge challenge);

  /** The user's open ceremony of this purpose. */
  Option<WebAuthnChallenge> challenge(UserPoolId pool, String sub, WebAuthnChallenge.Purpose purpose);

  /** Closes the ceremony if it is still open with this challenge; false when it was closed or replaced first. */
  boolean close(UserPoolId pool, WebAuthnChallenge challenge);
}
