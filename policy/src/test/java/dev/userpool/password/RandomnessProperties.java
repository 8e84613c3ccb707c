package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RandomnessProperties {

  @Property
  void nextIntStaysWithinItsBound(@ForAll @IntRange(min = 1) int bound, @ForAll long seed) {
    Randomness r = new Random(seed)::nextBytes;

    assertThat(r.nextInt(bound)).isBetween(0, bound - 1);
  }

  @Property(tries = 20)
  void nextIntReachesEveryValueOfASmallBound(@ForAll long seed) {
    Randomness r = new Random(seed)::nextBytes;
    boolean[] seen = new boolean[7];

    for (int i = 0; i < 500; i++) {
      seen[r.nextInt(7)] = true;
    }

    assertThat(seen).containsOnly(true);
  }

  @Example
  void nextIntRedrawsAValuePastTheLastWholeMultipleOfTheBound() {
    // 0x7FFFFFFF lies past the last multiple of 3 below 2^31, so it must be redrawn; the zeros then give 0.
    byte[][] draws = { { 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF }, { 0, 0, 0, 5 } };
    int[] next = { 0 };
    Randomness scripted = bytes -> System.arraycopy(draws[next[0]++], 0, bytes, 0, 4);

    assertThat(scripted.nextInt(3)).isEqualTo(2);
    assertThat(next[0]).isEqualTo(2);
  }

  @Example
  void nextIntUsesThirtyOneBitsBigEndian() {
    Randomness fixed = bytes -> System.arraycopy(new byte[]{ 0, 0, 1, 2 }, 0, bytes, 0, 4);

    assertThat(fixed.nextInt(Integer.MAX_VALUE)).isEqualTo(258);
  }

  @Example
  void bytesAreFreshAndOfTheAskedLength() {
    Randomness r = new Random(1)::nextBytes;

    byte[] sixteen = r.bytes(16);

    assertThat(sixteen).hasSize(16);
    assertThat(Arrays.equals(sixteen, new byte[16])).isFalse();
    assertThat(r.bytes(0)).isEmpty();
  }

  @Example
  void badArgumentsAreProgrammerErrors() {
    Randomness r = new Random(1)::nextBytes;

    assertThatThrownBy(() -> r.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.bytes(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Randomness.require(null)).isInstanceOf(NullPointerException.class);
  }
}
