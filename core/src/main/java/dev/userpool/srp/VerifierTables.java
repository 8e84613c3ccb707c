package dev.userpool.srp;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link VerifierPowers#remembering}: a bounded memo of fixed-base combs, one per verifier met at least twice. The
 * first sign-in of a verifier only notes it (a one-off user pays nothing more); the second builds its comb (about
 * 340 multiplications, a little more than one {@code modPow}) and every later one reads it. Holds powers of the
 * verifier, which is what the store holds already, and nothing derived from a password or an exchange.
 * Thread-safe; the lock guards only the two small maps, never arithmetic.
 */
final class VerifierTables implements VerifierPowers {

  /** Verifiers noted once, by hash (a collision only builds a comb early), at most this many. */
  private static final int NOTED = 4096;

  private final int capacity;
  private final Map<BigInteger, Comb> combs;
  private final Set<Integer> noted = new LinkedHashSet<>();

  VerifierTables(int capacity) {
    this.capacity = capacity;
    this.combs = new LinkedHashMap<>(16, 0.75f, true);
  }

  @Override
  public BigInteger pow(BigInteger verifier, BigInteger u) {
    Objects.requireNonNull(verifier, "verifier is null");
    Objects.requireNonNull(u, "u is null");
    if (u.signum() < 0 || u.bitLength() > Comb.EXPONENT_BITS || verifier.signum() <= 0 || verifier.compareTo(SrpGroup.N) >= 0) {
      return verifier.modPow(u, SrpGroup.N);
    }
    Comb comb;
    synchronized (this) {
      comb = combs.get(verifier);
      if (comb == null && noted.add(verifier.hashCode())) {
        if (noted.size() > NOTED) {
          noted.remove(noted.iterator().next());
        }
        return verifier.modPow(u, SrpGroup.N);
      }
    }
    if (comb == null) {
      comb = new Comb(verifier);
      synchronized (this) {
        combs.put(verifier, comb);
        if (combs.size() > capacity) {
          combs.remove(combs.keySet().iterator().next());
        }
      }
    }
    return comb.pow(u);
  }

  /** How many combs are kept now (for tests). */
  synchronized int size() {
    return combs.size();
  }

  /**
   * The comb of Lim and Lee for one base over SRP's group: a 256-bit exponent as {@value #ROWS} rows of
   * {@value #COLUMNS} bits; entry {@code s} is the product of {@code base^(2^(COLUMNS·i))} over the rows {@code i}
   * set in {@code s}. A power is {@value #COLUMNS} steps of one squaring and at most one product, in Montgomery form
   * by {@link JdkMontgomery}.
   */
  static final class Comb {

    static final int EXPONENT_BITS = 256;
    static final int ROWS = 7;
    static final int COLUMNS = (EXPONENT_BITS + ROWS - 1) / ROWS;
    private static final int LEN = 96; // 3,072 bits as ints, even as the JDK's multiplication needs

    private static final long INV = JdkMontgomery.negatedInverse(SrpGroup.N.longValue());

    private final int[] n = JdkMontgomery.ints(SrpGroup.N, LEN); // per comb: the house keeps no mutable statics
    private final int[][] entries = new int[1 << ROWS][];

    Comb(BigInteger base) {
      int[] row = JdkMontgomery.ints(base.shiftLeft(32 * LEN).mod(SrpGroup.N), LEN);
      for (int i = 0; i < ROWS; i++) {
        entries[1 << i] = row;
        if (i + 1 < ROWS) {
          for (int k = 0; k < COLUMNS; k++) {
            row = reduce(JdkMontgomery.multiply(row, row, n, LEN, INV, new int[2 * LEN]));
          }
        }
      }
      for (int s = 3; s < entries.length; s++) {
        int low = s & -s;
        if (s != low) {
          entries[s] = reduce(JdkMontgomery.multiply(entries[s ^ low], entries[low], n, LEN, INV, new int[2 * LEN]));
        }
      }
    }

    BigInteger pow(BigInteger exponent) {
      int[] acc = null;
      int[] spare = new int[2 * LEN];
      for (int j = COLUMNS - 1; j >= 0; j--) {
        if (acc != null) {
          int[] out = JdkMontgomery.multiply(acc, acc, n, LEN, INV, spare);
          spare = acc;
          acc = out;
        }
        int s = 0;
        for (int i = 0; i < ROWS; i++) {
          if (exponent.testBit(i * COLUMNS + j)) {
            s |= 1 << i;
          }
        }
        if (s != 0) {
          if (acc == null) {
            acc = entries[s].clone();
          } else {
            int[] out = JdkMontgomery.multiply(acc, entries[s], n, LEN, INV, spare);
            spare = acc;
            acc = out;
          }
        }
      }
      if (acc == null) {
        return BigInteger.ONE;
      }
      int[] one = new int[LEN];
      one[LEN - 1] = 1;
      BigInteger v = JdkMontgomery.value(JdkMontgomery.multiply(acc, one, n, LEN, INV, spare), LEN);
      return v.compareTo(SrpGroup.N) >= 0 ? v.mod(SrpGroup.N) : v;
    }

    /** A product below {@code 2^3072} made fully reduced, so entries stay canonical. */
    private int[] reduce(int[] product) {
      BigInteger v = JdkMontgomery.value(product, LEN);
      return v.compareTo(SrpGroup.N) >= 0 ? JdkMontgomery.ints(v.mod(SrpGroup.N), LEN) : Arrays.copyOf(product, LEN);
    }
  }
}
