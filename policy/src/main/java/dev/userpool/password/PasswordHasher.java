package dev.userpool.password;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Port: derives salted password hashes. Implementations are deterministic (same password, salt and
 * scheme give the same digest) and stateless, so they are safe to share between threads.
 *
 * <p>The library's default is {@link Pbkdf2PasswordHasher}; a test suite may plug in a fast one.
 */
public interface PasswordHasher {

  /** The scheme new hashes get, for example {@code PBKDF2-HMAC-SHA256/600000}. */
  String scheme();

  /**
   * Derives the hash of {@code password} under {@code salt} with the given scheme; empty when this
   * hasher does not know the scheme (a hash made by another hasher).
   */
  Option<PasswordHash> derive(Password password, Salt salt, String scheme);

  /**
   * The hash of {@code password} under {@code salt} with this hasher's current scheme: one key derivation.
   *
   * @throws NullPointerException if an argument is null
   */
  default PasswordHash hash(Password password, Salt salt) {
    return derive(password, salt, scheme())
        .getOrElseThrow(() -> new IllegalStateException(getClass().getName() + " cannot derive its own scheme " + scheme()));
  }

  /**
   * Whether {@code password} is the one {@code stored} was made from: one key derivation with the
   * stored scheme and salt, then a constant-time comparison. False for a scheme this hasher does not know.
   *
   * @throws NullPointerException if an argument is null
   */
  default boolean verify(Password password, PasswordHash stored) {
    Objects.requireNonNull(stored, "stored is null");
    return derive(password, stored.salt(), stored.scheme()).map(stored::matches).getOrElse(false);
  }
}
