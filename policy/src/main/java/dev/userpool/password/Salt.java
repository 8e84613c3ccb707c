package dev.userpool.password;

import java.util.Arrays;
import java.util.Objects;

/**
 * The salt of one user's password hashes. Each user has one salt for all the passwords in their
 * history, so checking a candidate against the whole history costs one key derivation (DESIGN.md).
 */
public final class Salt {

  /** The length of a salt the library draws, in bytes (128 bits, NIST SP 800-132's minimum). */
  public static final int LENGTH = 16;

  private final byte[] bytes;

  private Salt(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A salt of the given bytes (copied), for stored or imported hashes.
   *
   * @throws NullPointerException if {@code bytes} is null
   * @throws IllegalArgumentException if {@code bytes} is empty
   */
  public static Salt of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes is null");
    if (bytes.length == 0) {
      throw new IllegalArgumentException("a salt must not be empty");
    }
    return new Salt(bytes.clone());
  }

  /**
   * A new salt of {@value #LENGTH} bytes drawn from {@code randomness}.
   *
   * @throws NullPointerException if {@code randomness} is null
   */
  public static Salt random(Randomness randomness) {
    return new Salt(Randomness.require(randomness).bytes(LENGTH));
  }

  /** The bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The number of bytes. */
  public int length() {
    return bytes.length;
  }

  byte[] unsafeBytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Salt other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Salt[" + bytes.length + " bytes]";
  }
}
