package dev.userpool.testkit.inprocess;

import dev.userpool.password.Randomness;
import java.security.SecureRandom;
import java.util.Random;

/** Randomness for the library's port: seeded for tests (so a failure replays), or secure for real use. */
public final class SeededRandomness implements Randomness {

  private final long seed;
  private final Random random;

  private SeededRandomness(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** A replayable source; thread-safe, though the interleaving of threads is not replayable. */
  public static SeededRandomness withSeed(long seed) {
    return new SeededRandomness(seed);
  }

  /** A source backed by {@link SecureRandom}, for anything that is not a test. */
  public static Randomness secure() {
    SecureRandom secure = new SecureRandom();
    return secure::nextBytes;
  }

  /** The seed, to replay a failing test. */
  public long seed() {
    return seed;
  }

  @Override
  public void nextBytes(byte[] bytes) {
    random.nextBytes(bytes);
  }

  @Override
  public String toString() {
    return "SeededRandomness[seed=" + seed + "]";
  }
}
