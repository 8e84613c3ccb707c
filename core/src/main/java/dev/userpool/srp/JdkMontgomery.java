package dev.userpool.srp;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;

/**
 * The JDK's own Montgomery multiplication, {@code BigInteger.montgomeryMultiply}: the step {@code modPow} is made
 * of, compiled on x86-64 and AArch64 to a hand-written intrinsic about three times as fast as a product and a
 * Barrett reduction through {@code BigInteger}'s public methods. It is private, so it is reached only where
 * {@code java.base} opens {@code java.math} to this code (the server jar's manifest says {@code Add-Opens}; a JVM
 * option does it elsewhere); otherwise {@link #available()} is false and the tables use Barrett's reduction.
 *
 * <p>Contract relied on (JDK 17 to 25, and checked once by {@link #selfCheck} before any use): {@code a}, {@code
 * b} and {@code n} are big-endian magnitudes of {@code len} ints ({@code len} even), {@code n} odd, {@code inv =
 * -n^-1 mod 2^64}; the result, in the first {@code len} ints of the returned array (which may be {@code
 * product}), is congruent to {@code a·b·2^(-32·len)} modulo {@code n} and below {@code 2^(32·len)}.
 */
final class JdkMontgomery {

  private static final MethodHandle MULTIPLY;
  private static final String UNAVAILABLE;

  static {
    MethodHandle found = null;
    String reason;
    try {
      found = MethodHandles.privateLookupIn(BigInteger.class, MethodHandles.lookup())
          .findStatic(BigInteger.class, "montgomeryMultiply", MethodType.methodType(
              int[].class, int[].class, int[].class, int[].class, int.class, long.class, int[].class));
      reason = selfCheck(found) ? null : "the JDK's montgomeryMultiply did not give the expected product";
    } catch (IllegalAccessException | RuntimeException e) {
      reason = "java.base does not open java.math to this code";
    } catch (NoSuchMethodException e) {
      reason = "this JDK's BigInteger has no montgomeryMultiply";
    }
    MULTIPLY = reason == null ? found : null;
    UNAVAILABLE = reason;
  }

  private JdkMontgomery() {}

  /** Whether the JDK's multiplication can be used. */
  static boolean available() {
    return MULTIPLY != null;
  }

  /** Why it cannot, or null when it can. */
  static String unavailableReason() {
    return UNAVAILABLE;
  }

  /** {@code a·b·R^-1 mod n} in the first {@code len} ints of the result (see the class comment). */
  static int[] multiply(int[] a, int[] b, int[] n, int len, long inv, int[] product) {
    try {
      return (int[]) MULTIPLY.invokeExact(a, b, n, len, inv, product);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("montgomeryMultiply threw a checked exception", t);
    }
  }

  /** Whether the big-endian magnitude {@code a} is below {@code n}, both of {@code len} ints. */
  static boolean below(int[] a, int[] n, int len) {
    for (int i = 0; i < len; i++) {
      if (a[i] != n[i]) {
        return Integer.compareUnsigned(a[i], n[i]) < 0;
      }
    }
    return false;
  }

  /** {@code -m^-1 mod 2^64} for an odd {@code m}, by Newton's iteration (each step doubles the correct bits). */
  static long negatedInverse(long m) {
    long t = m; // correct to 3 bits for any odd m
    for (int i = 0; i < 5; i++) {
      t *= 2 - m * t;
    }
    return -t;
  }

  /** The magnitude of {@code 0 <= v < 2^(32·len)} as {@code len} big-endian ints. */
  static int[] ints(BigInteger v, int len) {
    byte[] bytes = v.toByteArray(); // big-endian, perhaps with a leading zero byte for the sign
    int[] out = new int[len];
    for (int i = 0, at = bytes.length - 1; i < 4 * len && at >= 0; i++, at--) {
      out[len - 1 - i / 4] |= (bytes[at] & 0xFF) << (8 * (i % 4));
    }
    return out;
  }

  /** The non-negative integer held in the first {@code len} ints of {@code m}, big-endian. */
  static BigInteger value(int[] m, int len) {
    byte[] bytes = new byte[4 * len];
    for (int i = 0; i < len; i++) {
      int w = m[i];
      bytes[4 * i] = (byte) (w >>> 24);
      bytes[4 * i + 1] = (byte) (w >>> 16);
      bytes[4 * i + 2] = (byte) (w >>> 8);
      bytes[4 * i + 3] = (byte) w;
    }
    return new BigInteger(1, bytes);
  }

  /** One product over SRP's group, checked against {@code BigInteger} arithmetic. */
  private static boolean selfCheck(MethodHandle multiply) {
    try {
      BigInteger n = SrpGroup.N;
      int len = 96;
      BigInteger r = BigInteger.ONE.shiftLeft(32 * len);
      BigInteger a = BigInteger.valueOf(3).shiftLeft(3000).add(BigInteger.valueOf(12345)).mod(n);
      BigInteger b = BigInteger.valueOf(7).shiftLeft(2900).add(BigInteger.valueOf(678)).mod(n);
      int[] nInts = ints(n, len);
      long inv = negatedInverse(n.longValue());
      int[] product = (int[]) multiply.invokeExact(ints(a.multiply(r).mod(n), len), ints(b.multiply(r).mod(n), len), nInts, len, inv,
          new int[2 * len]);
      return value(product, len).mod(n).equals(a.multiply(b).multiply(r).mod(n));
    } catch (Error e) {
      throw e;
    } catch (Throwable t) { // the method is not what this class expects: Barrett's reduction serves
      return false;
    }
  }
}
