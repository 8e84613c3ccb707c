package dev.userpool.srp;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Powers of one fixed base modulo one fixed modulus, by a precomputed table (the fixed-base comb, "method
 * of Lim and Lee" in its simplest form): the exponent is cut into windows of {@code w} bits, and window
 * {@code i} holding the digit {@code d} contributes the stored {@code base^(d·2^(w·i))}, so a power costs
 * one modular multiplication per non-zero window and no squaring at all. For SRP's 256-bit exponents and
 * {@code w = 8} that is at most 32 multiplications against the 256 squarings and some 40 multiplications
 * of {@link BigInteger#modPow}. Products are reduced by Barrett's method (two multiplications and a shift)
 * instead of a division.
 *
 * <p>The result is {@code base.modPow(e, modulus)}, bit for bit; exponents longer than the table (or
 * negative) go to {@link BigInteger#modPow}. Like {@code modPow} this is not constant-time: which entries a
 * power reads depends on the exponent. The table is immutable once built; instances are thread-safe.
 */
public final class FixedBasePower {

  private final BigInteger base;
  private final BigInteger modulus;
  private final int window;
  private final int maxBits;
  private final int k;
  private final BigInteger mu;
  /** {@code table[i][d] = base^(d·2^(window·i)) mod modulus}; {@code table[i][0]} is unused. */
  private final BigInteger[][] table;

  private FixedBasePower(BigInteger base, BigInteger modulus, int window, int maxBits) {
    this.base = base;
    this.modulus = modulus;
    this.window = window;
    this.maxBits = maxBits;
    this.k = modulus.bitLength();
    this.mu = BigInteger.ONE.shiftLeft(2 * k).divide(modulus);
    int windows = (maxBits + window - 1) / window;
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

  // -- static API

  /**
   * A table for powers of {@code base} modulo {@code modulus} with exponents of up to {@code maxBits} bits,
   * in windows of {@code window} bits: {@code ceil(maxBits / window) · 2^window} residues are computed and
   * kept (for a 3072-bit modulus, 256 bits and windows of 8: 8,192 residues, about 3.5 MB).
   *
   * @throws NullPointerException if {@code base} or {@code modulus} is null
   * @throws IllegalArgumentException if the modulus is not above 1, or the window is not in [1, 12], or {@code maxBits < 1}
   */
  public static FixedBasePower of(BigInteger base, BigInteger modulus, int window, int maxBits) {
    Objects.requireNonNull(base, "base is null");
    Objects.requireNonNull(modulus, "modulus is null");
    if (modulus.compareTo(BigInteger.ONE) <= 0 || window < 1 || window > 12 || maxBits < 1) {
      throw new IllegalArgumentException("a modulus above 1, a window of 1 to 12 bits and at least one exponent bit");
    }
    return new FixedBasePower(base, modulus, window, maxBits);
  }

  // -- the power

  /** {@code base^exponent mod modulus}, equal to {@link BigInteger#modPow}'s. */
  public BigInteger pow(BigInteger exponent) {
    if (exponent.signum() < 0 || exponent.bitLength() > maxBits) {
      return base.modPow(exponent, modulus);
    }
    BigInteger result = BigInteger.ONE;
    int bits = exponent.bitLength();
    for (int i = 0, low = 0; low < bits; i++, low += window) {
      int digit = 0;
      for (int j = Math.min(window, bits - low) - 1; j >= 0; j--) {
        digit = (digit << 1) | (exponent.testBit(low + j) ? 1 : 0);
      }
      if (digit != 0) {
        result = reduce(result.multiply(table[i][digit]));
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

  /** The largest exponent length, in bits, the table serves. */
  public int maxBits() {
    return maxBits;
  }

  @Override
  public String toString() {
    return "FixedBasePower[window=" + window + ", maxBits=" + maxBits + ", modulus=" + k + " bits]";
  }
}
