package dev.userpool.user;

import dev.userpool.password.Randomness;
import java.util.Objects;
import java.util.regex.Pattern;

/** A user's immutable unique id, the {@code sub} attribute: a random (version 4) UUID in lowercase hex. */
public record Sub(String value) {

  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /**
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lowercase UUID
   */
  public Sub {
    Objects.requireNonNull(value, "value is null");
    if (!isSub(value)) {
      throw new IllegalArgumentException("not a sub: " + value);
    }
  }

  /** Whether {@code s} has the shape of a sub, so a lookup by sub is worth trying. */
  public static boolean isSub(String s) {
    return s.length() == 36 && UUID.matcher(s).matches();
  }

  /** A new random sub. */
  public static Sub generate(Randomness randomness) {
    byte[] b = randomness.bytes(16);
    b[6] = (byte) ((b[6] & 0x0F) | 0x40);
    b[8] = (byte) ((b[8] & 0x3F) | 0x80);
    StringBuilder s = new StringBuilder(36);
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        s.append('-');
      }
      s.append(Character.forDigit((b[i] >> 4) & 0xF, 16)).append(Character.forDigit(b[i] & 0xF, 16));
    }
    return new Sub(s.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
