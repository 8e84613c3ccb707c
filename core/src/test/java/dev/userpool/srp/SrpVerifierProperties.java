package dev.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.password.Password;
import dev.userpool.support.Fixtures;
import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A verifier as a store keeps it: its parts, read back; and its equality. */
class SrpVerifierProperties {

  private static final byte[] SALT = { 1, 2, 3 };

  @Property(tries = 40)
  void aVerifierReadsBackFromItsStoredParts(@ForAll long seed) {
    SrpVerifier verifier = SrpVerifier.compute("AbCdEf123", "alice", Password.of("Passw0rd!"), Fixtures.seeded(seed));

    SrpVerifier read = SrpVerifier.of(verifier.salt(), verifier.verifier());

    assertThat(read).isEqualTo(verifier).hasSameHashCodeAs(verifier);
    assertThat(read.value()).isEqualTo(verifier.value());
    assertThat(verifier.verifier()[0]).isNotZero();
  }

  @Example
  void shouldTellVerifiersApartBySaltAndByValue() {
    SrpVerifier verifier = SrpVerifier.of(SALT, new byte[]{ 7 });

    assertThat(verifier).isEqualTo(SrpVerifier.of(SALT, new byte[]{ 0, 7 }));
    assertThat(verifier).isNotEqualTo(SrpVerifier.of(SALT, new byte[]{ 8 }));
    assertThat(verifier).isNotEqualTo(SrpVerifier.of(new byte[]{ 1, 2, 4 }, new byte[]{ 7 }));
    assertThat(verifier).isNotEqualTo(SrpVerifier.of(new byte[]{ 1, 2, 4 }, new byte[]{ 8 }));
    assertThat(verifier).isNotEqualTo("SrpVerifier[***]");
    assertThat(verifier.hashCode()).isNotEqualTo(SrpVerifier.of(new byte[]{ 9 }, new byte[]{ 7 }).hashCode());
  }

  @Example
  void shouldTakeOnlyValuesFromOneToBelowN() {
    byte[] n = SrpGroup.N.toByteArray();
    byte[] belowN = SrpGroup.N.subtract(BigInteger.ONE).toByteArray();

    assertThat(SrpVerifier.of(SALT, belowN).value()).isEqualTo(SrpGroup.N.subtract(BigInteger.ONE));
    assertThat(SrpVerifier.of(SALT, new byte[]{ 1 }).value()).isEqualTo(BigInteger.ONE);
    assertThatThrownBy(() -> SrpVerifier.of(SALT, n)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SrpVerifier.of(SALT, new byte[]{ 0 })).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SrpVerifier.of(new byte[0], new byte[]{ 7 })).isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void shouldCopyWhatItIsGivenAndWhatItGives() {
    byte[] salt = SALT.clone();
    SrpVerifier verifier = SrpVerifier.of(salt, new byte[]{ 7 });
    salt[0] = 9;
    verifier.salt()[1] = 9;

    assertThat(Arrays.equals(verifier.salt(), SALT)).isTrue();
  }
}
