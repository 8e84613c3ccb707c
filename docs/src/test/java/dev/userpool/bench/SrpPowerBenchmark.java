package dev.userpool.bench;

import com.squareup.jnagmp.Gmp;
import dev.userpool.srp.FixedBasePower;
import dev.userpool.srp.SrpGroup;
import dev.userpool.srp.VerifierPowers;
import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * The candidates for SRP's 3072-bit modular powers with 256-bit exponents, in one run: the JDK's
 * {@code BigInteger.modPow} (Montgomery multiplication, intrinsified on x86-64); the fixed-base table for
 * {@code g = 2} with windows of 10 bits (what {@code SrpGroup.powerOfG} uses, multiplying by the JDK's Montgomery
 * multiplication since java.math is open to the fork), of 8 bits (by Montgomery and by Barrett's reduction, what it
 * uses elsewhere) and of 6 bits; the comb {@code VerifierPowers.remembering} keeps for a verifier met again; GMP 6 through
 * jnagmp ({@code mpz_powm}, and {@code mpz_powm_sec}, its constant-time variant). {@code gToX*} is the power
 * of the generator a password set and an SRP initiation compute; {@code vToU*} a power of another base, as
 * {@code v^u} and {@code (A·v^u)^b} in the proof's check, where no table applies.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SrpPowerBenchmark extends BenchDefaults {

  BigInteger x;
  BigInteger v;
  FixedBasePower window6;
  FixedBasePower window8;
  FixedBasePower barrett8;
  VerifierPowers remembered;

  @Setup
  public void setUp() {
    Random random = new Random(29);
    x = new BigInteger(256, random).setBit(255);
    v = new BigInteger(3071, random);
    window6 = FixedBasePower.of(SrpGroup.G, SrpGroup.N, 6, SrpGroup.TABLE_EXPONENT_BITS);
    window8 = FixedBasePower.of(SrpGroup.G, SrpGroup.N, 8, SrpGroup.TABLE_EXPONENT_BITS);
    barrett8 = FixedBasePower.withBarrett(SrpGroup.G, SrpGroup.N, 8, SrpGroup.TABLE_EXPONENT_BITS);
    remembered = VerifierPowers.remembering(1);
    remembered.pow(v, x);
    remembered.pow(v, x); // the second use builds the comb
    if (!FixedBasePower.montgomeryAvailable()) {
      throw new IllegalStateException("java.math is not open to the fork: " + FixedBasePower.multiplication());
    }
    BigInteger expected = SrpGroup.G.modPow(x, SrpGroup.N);
    if (!SrpGroup.powerOfG(x).equals(expected) || !window6.pow(x).equals(expected) || !barrett8.pow(x).equals(expected)
        || !window8.pow(x).equals(expected) || !remembered.pow(v, x).equals(v.modPow(x, SrpGroup.N))
        || !Gmp.modPowInsecure(SrpGroup.G, x, SrpGroup.N).equals(expected)) {
      throw new IllegalStateException("the candidates disagree");
    }
  }

  @Benchmark
  public BigInteger gToXModPow() {
    return SrpGroup.G.modPow(x, SrpGroup.N);
  }

  @Benchmark
  public BigInteger gToXTable10() {
    return SrpGroup.powerOfG(x);
  }

  @Benchmark
  public BigInteger gToXTable8() {
    return window8.pow(x);
  }

  @Benchmark
  public BigInteger vToUComb() {
    return remembered.pow(v, x);
  }

  @Benchmark
  public BigInteger gToXTable8Barrett() {
    return barrett8.pow(x);
  }

  @Benchmark
  public BigInteger gToXTable6() {
    return window6.pow(x);
  }

  @Benchmark
  public BigInteger gToXGmp() {
    return Gmp.modPowInsecure(SrpGroup.G, x, SrpGroup.N);
  }

  @Benchmark
  public BigInteger gToXGmpConstantTime() {
    return Gmp.modPowSecure(SrpGroup.G, x, SrpGroup.N);
  }

  @Benchmark
  public BigInteger vToUModPow() {
    return v.modPow(x, SrpGroup.N);
  }

  @Benchmark
  public BigInteger vToUGmp() {
    return Gmp.modPowInsecure(v, x, SrpGroup.N);
  }
}
