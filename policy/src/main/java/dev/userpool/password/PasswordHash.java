package dev.userpool.password;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * A salted hash of a password, as stored: the scheme that derived it (algorithm and cost, for
 * example {@code PBKDF2-HMAC-SHA256/600000}), the salt and the digest. Never the password itself.
 * {@link #toString()} shows the scheme only.
 */
public final class PasswordHash {

  private final String scheme;
  private final Salt salt;
  private final byte[] digest;

  private PasswordHash(String scheme, Salt salt, byte[] digest) {
    this.scheme = scheme;
    this.salt = salt;
    this.digest = digest;
  }

  /**
   * A hash from its parts (the digest is copied).
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code digest} is empty
   */
  public static PasswordHash of(String scheme, Salt salt, byte[] digest) {
    Objects.requireNonNull(scheme, "scheme is null");
    Objects.requireNonNull(salt, "salt is null");
    Objects.requireNonNull(digest, "digest is null");
    if (digest.length == 0) {
      throw new IllegalArgumentException("a digest must not be empty");
    }
    return new PasswordHash(scheme, salt, digest.clone());
  }

  /** The scheme that derived the digest. */
  public String scheme() {
    return scheme;
  }

  /** The salt. */
  public Salt salt() {
    return salt;
  }

  /** The digest (a copy). */
  public byte[] digest() {
    return digest.clone();
  }

  /**
   * Whether both hashes come from the same password: same scheme, same salt and equal digests,
   * the digests compared in constant time ({@link MessageDigest#isEqual}).
   */
  public boolean matches(PasswordHash other) {
    Objects.requireNonNull(other, "other is null");
    boolean digestsEqual = MessageDigest.isEqual(digest, other.digest);
    return digestsEqual & scheme.equals(other.scheme) & salt.equals(other.salt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash other && matches(other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, salt, Arrays.hashCode(digest));
  }

  @Override
  public String toString() {
    return "PasswordHash[" + scheme + ", ***]";
  }
}
