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
 * The fixed-base table gives {@code modPow}'s result, bit for bit, for every exponent and window, multiplying by
 * the JDK's Montgomery multiplication (the build opens {@code java.math} to the tests, as the server jar's
 * manifest does) and by Barrett's reduction.
 */
class FixedBasePowerProperties {

  private static final FixedBasePower BARRETT_G = FixedBasePower.withBarrett(SrpGroup.G, SrpGroup.N, SrpGroup.TABLE_WINDOW,
      SrpGroup.TABLE_EXPONENT_BITS);

  @Property(tries = 200)
  void gToAnExponentIsModPowsResult(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int bits) {
    BigInteger e = new BigInteger(bits, new Random(seed));

    assertThat(SrpGroup.powerOfG(e)).isEqualTo(SrpGroup.G.modPow(e, SrpGroup.N));
  }

  @Property(tries = 200)
  void anyWindowAnyBaseAnyOddOrEvenModulus(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9) int window,
      @ForAll @IntRange(min = 1, max = 80) int maxBits, @ForAll @IntRange(min = 2, max = 200) int modulusBits) {
    Random random = new Random(seed);
    BigInteger modulus = new BigInteger(modulusBits, random).max(BigInteger.TWO);
    BigInteger base = new BigInteger(modulusBits + 8, random).subtract(BigInteger.ONE.shiftLeft(modulusBits));
    FixedBasePower power = FixedBasePower.of(base, modulus, window, maxBits);
    FixedBasePower barrett = FixedBasePower.withBarrett(base, modulus, window, maxBits);
    BigInteger e = new BigInteger(random.nextInt(maxBits + 8), random);

    assertThat(power.montgomery()).isEqualTo(modulus.testBit(0));
    assertThat(power.pow(e)).isEqualTo(base.modPow(e, modulus));
    assertThat(barrett.pow(e)).isEqualTo(base.modPow(e, modulus));
  }

  @Property(tries = 100)
  void bothMultiplicationsGiveTheSameVerifierBytes(@ForAll long seed) {
    BigInteger x = new BigInteger(SrpGroup.TABLE_EXPONENT_BITS, new Random(seed));

    assertThat(BARRETT_G.pow(x).toByteArray()).isEqualTo(SrpGroup.powerOfG(x).toByteArray())
        .isEqualTo(SrpGroup.G.modPow(x, SrpGroup.N).toByteArray());
  }

  @Example
  void shouldMultiplyByTheJdksMontgomeryMultiplicationWhereJavaMathIsOpen() {
    assertThat(FixedBasePower.montgomeryAvailable()).isTrue();
    assertThat(FixedBasePower.multiplication()).isEqualTo("Montgomery multiplication (the JDK's)");
    assertThat(FixedBasePower.of(SrpGroup.G, SrpGroup.N, 4, 16).montgomery()).isTrue();
    assertThat(FixedBasePower.of(SrpGroup.G, SrpGroup.N.add(BigInteger.ONE), 4, 16).montgomery()).isFalse();
  }

  @Example
  void shouldAnswerTheEdgesAsModPowDoes() {
    BigInteger allOnes = BigInteger.ONE.shiftLeft(SrpGroup.TABLE_EXPONENT_BITS).subtract(BigInteger.ONE);

    assertThat(SrpGroup.powerOfG(BigInteger.ZERO)).isEqualTo(BigInteger.ONE);
    assertThat(SrpGroup.powerOfG(BigInteger.ONE)).isEqualTo(BigInteger.TWO);
    assertThat(SrpGroup.powerOfG(allOnes)).isEqualTo(SrpGroup.G.modPow(allOnes, SrpGroup.N));
    assertThat(SrpGroup.powerOfG(allOnes.add(BigInteger.ONE))).isEqualTo(SrpGroup.G.modPow(allOnes.add(BigInteger.ONE), SrpGroup.N));
    assertThat(FixedBasePower.of(BigInteger.TEN, BigInteger.valueOf(7), 4, 16).pow(BigInteger.valueOf(-3)))
        .isEqualTo(BigInteger.TEN.modPow(BigInteger.valueOf(-3), BigInteger.valueOf(7)));
  }

  @Example
  void shouldRefuseATableThatCannotWork() {
    assertThatThrownBy(() -> FixedBasePower.of(BigInteger.TWO, BigInteger.ONE, 4, 16)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FixedBasePower.of(BigInteger.TWO, SrpGroup.N, 0, 16)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FixedBasePower.of(BigInteger.TWO, SrpGroup.N, 13, 16)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FixedBasePower.of(BigInteger.TWO, SrpGroup.N, 4, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
