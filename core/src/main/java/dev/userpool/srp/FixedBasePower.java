package dev.userpool.srp;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * Powers of one fixed base modulo one fixed modulus, by a precomputed table (the fixed-base comb, "method
 * of Lim and Lee" in its simplest form): the exponent is cut into windows of {@code w} bits, and window
 * {@code i} holding the digit {@code d} contributes the stored {@code base^(d·2^(w·i))}, so a power costs
 * one modular multiplication per non-zero window and no squaring at all. For SRP's 256-bit exponents and
 * {@code w = 10} that is at most 26 multiplications against the 256 squarings and some 40 multiplications
 * of {@link BigInteger#modPow}.
 *
 * <p>Two ways to multiply, chosen once: the JDK's Montgomery multiplication ({@link JdkMontgomery}, the table
 * kept in Montgomery form) where {@code java.base} opens {@code java.math} to this code and the modulus is odd,
 * else Barrett's reduction through {@code BigInteger}'s public methods (about three times slower; see
 * docs/PERFORMANCE.md). Either way the result is {@code base.modPow(e, modulus)}, bit for bit; exponents longer
 * than the table (or negative) go to {@link BigInteger#modPow}. Like {@code modPow} this is not constant-time:
 * which entries a power reads depends on the exponent. The table is immutable once built; instances are
 * thread-safe.
 */
public final class FixedBasePower {

  private final BigInteger base;
  private final BigInteger modulus;
  private final int window;
  private final int maxBits;
  private final Table table;

  private FixedBasePower(BigInteger base, BigInteger modulus, int window, int maxBits, boolean montgomery) {
    this.base = base;
    this.modulus = modulus;
    this.window = window;
    this.maxBits = maxBits;
    int windows = (maxBits + window - 1) / window;
    this.table = montgomery
        ? new MontgomeryTable(base, modulus, window, windows)
        : new BarrettTable(base, modulus, window, windows);
  }

  // -- static API

  /**
   * A table for powers of {@code base} modulo {@code modulus} with exponents of up to {@code maxBits} bits,
   * in windows of {@code window} bits: {@code ceil(maxBits / window) · 2^window} residues are computed and
   * kept (for a 3072-bit modulus, 256 bits and windows of 10: 26,598 residues, about 10 MB). Multiplies by the
   * JDK's Montgomery multiplication when {@link #montgomeryAvailable()} and the modulus is odd, else by Barrett's
   * reduction.
   *
   * @throws NullPointerException if {@code base} or {@code modulus} is null
   * @throws IllegalArgumentException if the modulus is not above 1, or the window is not in [1, 12], or {@code maxBits < 1}
   */
  public static FixedBasePower of(BigInteger base, BigInteger modulus, int window, int maxBits) {
    check(base, modulus, window, maxBits);
    return new FixedBasePower(base, modulus, window, maxBits, JdkMontgomery.available() && modulus.testBit(0));
  }

  /**
   * The same table multiplying by Barrett's reduction whatever the JVM allows (to compare the two).
   *
   * @throws NullPointerException if {@code base} or {@code modulus} is null
   * @throws IllegalArgumentException as {@link #of}
   */
  public static FixedBasePower withBarrett(BigInteger base, BigInteger modulus, int window, int maxBits) {
    check(base, modulus, window, maxBits);
    return new FixedBasePower(base, modulus, window, maxBits, false);
  }

  /** Whether tables multiply by the JDK's Montgomery multiplication in this JVM (for an odd modulus). */
  public static boolean montgomeryAvailable() {
    return JdkMontgomery.available();
  }

  /**
   * How tables multiply in this JVM, for a start-up line: {@code Montgomery multiplication (the JDK's)} or
   * {@code Barrett reduction (<why the JDK's is not reachable>)}.
   */
  public static String multiplication() {
    return JdkMontgomery.available()
        ? "Montgomery multiplication (the JDK's)"
        : "Barrett reduction (" + JdkMontgomery.unavailableReason() + ")";
  }

  private static void check(BigInteger base, BigInteger modulus, int window, int maxBits) {
    Objects.requireNonNull(base, "base is null");
    Objects.requireNonNull(modulus, "modulus is null");
    if (modulus.compareTo(BigInteger.ONE) <= 0 || window < 1 || window > 12 || maxBits < 1) {
      throw new IllegalArgumentException("a modulus above 1, a window of 1 to 12 bits and at least one exponent bit");
    }
  }

  // -- the power

  /** {@code base^exponent mod modulus}, equal to {@link BigInteger#modPow}'s. */
  public BigInteger pow(BigInteger exponent) {
    if (exponent.signum() < 0 || exponent.bitLength() > maxBits) {
      return base.modPow(exponent, modulus);
    }
    int bits = exponent.bitLength();
    int windows = (bits + window - 1) / window;
    int[] digits = new int[windows];
    long[] words = littleEndianWords(exponent, (bits + 63) / 64 + 1);
    for (int i = 0; i < windows; i++) {
      int low = i * window;
      long pair = words[low >>> 6] >>> (low & 63);
      if ((low & 63) + window > 64) {
        pair |= words[(low >>> 6) + 1] << (64 - (low & 63));
      }
      digits[i] = (int) (pair & ((1L << window) - 1));
    }
    return table.pow(digits);
  }

  /** The magnitude of {@code 0 <= e} as {@code count} 64-bit words, least significant first (zeros above). */
  private static long[] littleEndianWords(BigInteger e, int count) {
    byte[] bytes = e.toByteArray();
    long[] words = new long[count];
    for (int i = 0, at = bytes.length - 1; at >= 0 && i / 8 < count; i++, at--) {
      words[i / 8] |= (bytes[at] & 0xFFL) << (8 * (i % 8));
    }
    return words;
  }

  /** The largest exponent length, in bits, the table serves. */
  public int maxBits() {
    return maxBits;
  }

  /** Whether this table multiplies by the JDK's Montgomery multiplication. */
  boolean montgomery() {
    return table instanceof MontgomeryTable;
  }

  @Override
  public String toString() {
    return "FixedBasePower[window=" + window + ", maxBits=" + maxBits + ", modulus=" + modulus.bitLength() + " bits, "
        + (montgomery() ? "Montgomery" : "Barrett") + "]";
  }

  /** The precomputed residues and the product of the ones an exponent's digits pick. */
  private interface Table {

    /** The product of entry {@code [i][digits[i]]} over the windows, modulo the modulus, fully reduced. */
    BigInteger pow(int[] digits);
  }

  /** {@code table[i][d] = base^(d·2^(window·i)) mod modulus} as {@code BigInteger}s, products reduced by Barrett. */
  private static final class BarrettTable implements Table {

    private final BigInteger modulus;
    private final int k;
    private final BigInteger mu;
    private final BigInteger[][] table;

    BarrettTable(BigInteger base, BigInteger modulus, int window, int windows) {
      this.modulus = modulus;
      this.k = modulus.bitLength();
      this.mu = BigInteger.ONE.shiftLeft(2 * k).divide(modulus);
      int digits = 1 << window;
      this.table = new BigInteger[windows][digits];
      BigInteger step = base.mod(modulus);
      for (int i = 0; i < windows; i++) {
        table[i][1] = step;
        for (int d = 2; d < digits; d++) {
          table[i][d] = reduce(table[i][d - 1].multiply(step));
        }
        step = reduce(table[i][digits - 1].multiply(step));
      }
    }

    @Override
    public BigInteger pow(int[] digits) {
      BigInteger result = BigInteger.ONE;
      for (int i = 0; i < digits.length; i++) {
        if (digits[i] != 0) {
          result = reduce(result.multiply(table[i][digits[i]]));
        }
      }
      return result.mod(modulus);
    }

    /** Barrett's reduction of {@code 0 <= t < modulus²}: {@code t mod modulus}. */
    private BigInteger reduce(BigInteger t) {
      BigInteger q = t.shiftRight(k - 1).multiply(mu).shiftRight(k + 1);
      BigInteger r = t.subtract(q.multiply(modulus));
      while (r.compareTo(modulus) >= 0) {
        r = r.subtract(modulus);
      }
      return r;
    }
  }

  /**
   * The residues in Montgomery form ({@code ·R mod modulus}, {@code R = 2^(32·len)}), fully reduced, as int
   * magnitudes for {@link JdkMontgomery}; window 0 also in plain form, so that the last product leaves
   * Montgomery form without a product of its own.
   */
  private static final class MontgomeryTable implements Table {

    private final BigInteger modulus;
    private final int len;
    private final int[] n;
    private final long inv;
    private final int[] one;
    private final int[][][] table;
    private final int[][] plainFirst;

    MontgomeryTable(BigInteger base, BigInteger modulus, int window, int windows) {
      this.modulus = modulus;
      int words = (modulus.bitLength() + 31) / 32;
      this.len = words + (words & 1); // the JDK's multiplication takes an even length
      this.n = JdkMontgomery.ints(modulus, len);
      this.inv = JdkMontgomery.negatedInverse(modulus.longValue());
      this.one = JdkMontgomery.ints(BigInteger.ONE, len);
      int digits = 1 << window;
      this.table = new int[windows][digits][];
      this.plainFirst = new int[digits][];
      // Built in Montgomery form throughout (no BigInteger per entry): a product is reduced to canonical form only
      // where it is above the modulus, so every entry stays below it.
      int[] step = JdkMontgomery.ints(base.mod(modulus).shiftLeft(32 * len).mod(modulus), len);
      for (int i = 0; i < windows; i++) {
        table[i][1] = step;
        for (int d = 2; d < digits; d++) {
          table[i][d] = canonical(JdkMontgomery.multiply(table[i][d - 1], step, n, len, inv, new int[2 * len]));
        }
        step = canonical(JdkMontgomery.multiply(table[i][digits - 1], step, n, len, inv, new int[2 * len]));
      }
      for (int d = 1; d < digits; d++) {
        plainFirst[d] = JdkMontgomery.ints(leave(table[0][d]), len);
      }
    }

    /** The first {@code len} ints of a product, reduced below the modulus where they are not. */
    private int[] canonical(int[] product) {
      int[] out = Arrays.copyOf(product, len);
      return JdkMontgomery.below(out, n, len) ? out : JdkMontgomery.ints(JdkMontgomery.value(out, len).mod(modulus), len);
    }

    @Override
    public BigInteger pow(int[] digits) {
      int[] acc = null;
      int[] spare = new int[2 * len];
      for (int i = 1; i < digits.length; i++) {
        int d = digits[i];
        if (d == 0) {
          continue;
        }
        if (acc == null) {
          acc = table[i][d].clone();
          continue;
        }
        int[] out = JdkMontgomery.multiply(acc, table[i][d], n, len, inv, spare);
        spare = acc;
        acc = out;
      }
      int first = digits.length == 0 ? 0 : digits[0];
      if (acc == null) {
        return first == 0 ? BigInteger.ONE : JdkMontgomery.value(plainFirst[first], len);
      }
      return reduced(JdkMontgomery.multiply(acc, first == 0 ? one : plainFirst[first], n, len, inv, spare));
    }

    /** The plain value of a Montgomery form. */
    private BigInteger leave(int[] montgomeryForm) {
      return reduced(JdkMontgomery.multiply(montgomeryForm, one, n, len, inv, new int[2 * len]));
    }

    private BigInteger reduced(int[] product) {
      BigInteger v = JdkMontgomery.value(product, len);
      return v.compareTo(modulus) >= 0 ? v.mod(modulus) : v;
    }
  }
}
