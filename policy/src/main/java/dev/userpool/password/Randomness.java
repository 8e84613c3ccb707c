package dev.userpool.password;

import java.util.Objects;

/**
 * Port: the source of randomness for salts, temporary passwords, codes and identifiers. The domain
 * never draws randomness itself.
 *
 * <p>In production wrap a {@code java.security.SecureRandom}: {@code Randomness r = secureRandom::nextBytes;}.
 * Tests use a seeded source so that a failure replays.
 */
@FunctionalInterface
public interface Randomness {

  /** Fills {@code bytes} with random bytes. */
  void nextBytes(byte[] bytes);

  /**
   * A uniformly distributed int in {@code [0, bound)}, without modulo bias.
   *
   * @throws IllegalArgumentException if {@code bound} is not positive
   */
  default int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    byte[] four = new byte[4];
    // Rejection sampling: draw 31 bits and retry the few values past the last whole multiple of bound.
    long limit = (1L << 31) - ((1L << 31) % bound);
    while (true) {
      nextBytes(four);
      long r = ((four[0] & 0x7FL) << 24) | ((four[1] & 0xFFL) << 16) | ((four[2] & 0xFFL) << 8) | (four[3] & 0xFFL);
      if (r < limit) {
        return (int) (r % bound);
      }
    }
  }

  /**
   * A fresh array of {@code n} random bytes.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  default byte[] bytes(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    byte[] b = new byte[n];
    nextBytes(b);
    return b;
  }

  /**
   * Checks a randomness is present.
   *
   * @throws NullPointerException if {@code randomness} is null
   */
  static Randomness require(Randomness randomness) {
    return Objects.requireNonNull(randomness, "randomness is null");
  }
}
