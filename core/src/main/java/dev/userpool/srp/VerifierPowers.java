package dev.userpool.srp;

import java.math.BigInteger;

/**
 * How a sign-in raises the stored verifier {@code v} to the exchange's {@code u}, one of the two variable-base
 * powers behind {@code S = (A·v^u)^b}: {@link #DIRECT} by {@link BigInteger#modPow} each time, or {@link #remembering}
 * a table for the verifiers it meets again (a user signing in again and again, as tests and load do). Either way the
 * result is {@code v.modPow(u, N)}, bit for bit: this decides speed, never an answer.
 */
public interface VerifierPowers {

  /** {@code verifier^u mod N} by {@link BigInteger#modPow}, every time. */
  VerifierPowers DIRECT = (verifier, u) -> verifier.modPow(u, SrpGroup.N);

  /**
   * {@code verifier^u mod N}.
   *
   * @throws NullPointerException if an argument is null
   */
  BigInteger pow(BigInteger verifier, BigInteger u);

  /** {@link #remembering(int)} with {@value #TABLES} tables (about 3 MB at most). */
  int TABLES = 64;

  /** {@link #remembering(int)} with {@value #TABLES} tables. */
  static VerifierPowers remembering() {
    return remembering(TABLES);
  }

  /**
   * Powers that keep a fixed-base comb ({@link VerifierTables}) for each of at most {@code tables} verifiers met a
   * second time (about 48 KB each), so that from a user's second sign-in on {@code v^u} costs some 73
   * multiplications instead of {@code modPow}'s 300; the least recently used table makes room. Where the JDK's
   * Montgomery multiplication is not reachable ({@link FixedBasePower#montgomeryAvailable()}) this is {@link #DIRECT}.
   *
   * @throws IllegalArgumentException if {@code tables} is below 1
   */
  static VerifierPowers remembering(int tables) {
    if (tables < 1) {
      throw new IllegalArgumentException("at least one table: " + tables);
    }
    return JdkMontgomery.available() ? new VerifierTables(tables) : DIRECT;
  }
}
