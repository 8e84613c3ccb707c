package dev.userpool.bench;

import dev.userpool.password.Password;
import dev.userpool.password.Randomness;
import dev.userpool.srp.SrpChallenge;
import dev.userpool.srp.SrpVerifier;
import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * Reading back a kept USER_SRP_AUTH exchange, as the PostgreSQL store does on every read of a user with one open:
 * {@code restoreComputingB} is the old way (B = k·v + g^b computed again from the verifier: one power of g through
 * the table), {@code restoreKeepingB} the new (the document keeps the {@code SRP_B} it sent). Both give the same
 * exchange ({@code SrpProperties}).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SrpExchangeBenchmark extends BenchDefaults {

  SrpVerifier verifier;
  String srpA;
  byte[] b;
  String block;
  String srpB;

  @Setup
  public void setUp() {
    Random random = new Random(29);
    Randomness randomness = random::nextBytes;
    verifier = SrpVerifier.compute("AbCdEf123", "alice", Password.of(BenchFixtures.PASSWORD), randomness);
    srpA = new BigInteger(3000, random).toString(16);
    SrpChallenge opened = verifier.challenge(srpA, randomness).get();
    b = opened.ephemeralSecret();
    block = opened.secretBlock();
    srpB = opened.srpB();
    if (!restoreComputingB().srpB().equals(restoreKeepingB().srpB())) {
      throw new IllegalStateException("the two ways disagree");
    }
  }

  @Benchmark
  public SrpChallenge restoreComputingB() {
    return SrpChallenge.restore(verifier, srpA, b, block);
  }

  @Benchmark
  public SrpChallenge restoreKeepingB() {
    return SrpChallenge.restore(srpA, b, block, srpB);
  }
}
