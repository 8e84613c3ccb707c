package dev.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Remembered verifier powers are {@code modPow}'s, bit for bit, before, while and after a verifier's comb is built,
 * for any verifier in the group and any exponent (the longer ones go to {@code modPow}); the memo stays within its
 * bound.
 */
class VerifierTablesProperties {

  @Property(tries = 60)
  void everyUseOfAVerifierGivesModPowsResult(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int bits) {
    Random random = new Random(seed);
    BigInteger v = new BigInteger(3072, random).mod(SrpGroup.N).max(BigInteger.ONE);
    VerifierPowers powers = VerifierPowers.remembering(2);
    for (int use = 0; use < 4; use++) {
      BigInteger u = new BigInteger(bits, random);

      assertThat(powers.pow(v, u)).as("use %d", use).isEqualTo(v.modPow(u, SrpGroup.N));
    }
  }

  @Property(tries = 20)
  void theCombAloneIsModPow(@ForAll long seed) {
    Random random = new Random(seed);
    BigInteger v = new BigInteger(3072, random).mod(SrpGroup.N).max(BigInteger.ONE);
    VerifierTables.Comb comb = new VerifierTables.Comb(v);
    for (BigInteger u : new BigInteger[]{ BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.shiftLeft(255),
        BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), new BigInteger(256, random), new BigInteger(37, random) }) {
      assertThat(comb.pow(u)).isEqualTo(v.modPow(u, SrpGroup.N));
    }
  }

  @Example
  void shouldBuildACombOnlyFromTheSecondUseAndKeepAtMostItsCapacity() {
    VerifierTables tables = (VerifierTables) VerifierPowers.remembering(2);
    BigInteger u = BigInteger.valueOf(12345);
    BigInteger[] verifiers = { BigInteger.valueOf(7), BigInteger.valueOf(11), BigInteger.valueOf(13) };

    tables.pow(verifiers[0], u);
    assertThat(tables.size()).isZero();
    for (BigInteger v : verifiers) {
      tables.pow(v, u);
      tables.pow(v, u);
    }

    assertThat(tables.size()).isEqualTo(2);
    assertThat(tables.pow(verifiers[0], u)).isEqualTo(verifiers[0].modPow(u, SrpGroup.N));
  }

  @Example
  void shouldRefuseAnEmptyMemo() {
    assertThatThrownBy(() -> VerifierPowers.remembering(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
