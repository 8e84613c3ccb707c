package dev.userpool.srp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** The byte-level primitives the clients share with the server, against the JDK and by their edges. */
class SrpMathProperties {

  private static final byte[] REPLACEMENT = { (byte) 0xEF, (byte) 0xBF, (byte) 0xBD };

  @Property(tries = 500)
  void wellFormedTextIsTheJdksUtf8(@ForAll("wellFormed") String s) {
    assertThat(SrpMath.utf8(s)).isEqualTo(s.getBytes(UTF_8));
  }

  @Property(tries = 500)
  void aLoneSurrogateBecomesTheReplacementCharacter(@ForAll("wellFormed") String before, @ForAll("loneSurrogates") char lone,
      @ForAll("wellFormed") String after) {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(before.getBytes(UTF_8));
    expected.writeBytes(REPLACEMENT);
    expected.writeBytes(after.getBytes(UTF_8));

    assertThat(SrpMath.utf8(before + lone + after)).isEqualTo(expected.toByteArray());
  }

  @Example
  void shouldEncodeEachLengthOnBothSidesOfItsBoundary() {
    String s = new StringBuilder().appendCodePoint(0x7F).appendCodePoint(0x80).appendCodePoint(0x7FF).appendCodePoint(0x800)
        .appendCodePoint(0xFFFF).appendCodePoint(0x10000).appendCodePoint(0x10FFFF).toString();

    assertThat(HexFormat.of().formatHex(SrpMath.utf8(s))).isEqualTo("7f" + "c280" + "dfbf" + "e0a080" + "efbfbf" + "f0908080" + "f48fbfbf");
  }

  @Example
  void shouldReplaceAHighSurrogateThatEndsTheText() {
    assertThat(HexFormat.of().formatHex(SrpMath.utf8("a\uD83D"))).isEqualTo("61efbfbd");
    assertThat(HexFormat.of().formatHex(SrpMath.utf8("\uDE00\uD83D"))).isEqualTo("efbfbdefbfbd");
  }

  @Example
  void shouldReadEveryHexDigitAndNothingNextToThem() {
    assertThat(SrpMath.parseHex("09afAF", 6)).isEqualTo(new BigInteger("09afAF", 16));
    for (String outside : List.of("/", ":", "`", "g", "@", "G", "-1", "+1", "0x1", " 1")) {
      assertThat(SrpMath.parseHex(outside, 6)).as(outside).isNull();
    }
  }

  @Property(tries = 50)
  void shouldAcceptExactlyMaxDigits(@ForAll @IntRange(min = 1, max = 800) int maxDigits) {
    assertThat(SrpMath.parseHex("f".repeat(maxDigits), maxDigits)).isEqualTo(BigInteger.TWO.pow(4 * maxDigits).subtract(BigInteger.ONE));
    assertThat(SrpMath.parseHex("f".repeat(maxDigits + 1), maxDigits)).isNull();
  }

  @Example
  void shouldRefuseNothingAtAll() {
    assertThat(SrpMath.parseHex("", 10)).isNull();
    assertThat(SrpMath.parseHex(null, 10)).isNull();
  }

  @Example
  void shouldPadZeroAsOneByteAndRefuseANegativeValue() {
    assertThat(SrpMath.pad(BigInteger.ZERO)).containsExactly(0);
    assertThat(SrpMath.pad(BigInteger.valueOf(0x80))).containsExactly(0, 0x80);
    assertThatThrownBy(() -> SrpMath.pad(BigInteger.valueOf(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<String> wellFormed() {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 0x7FF)),
        Tuple.of(3, Arbitraries.integers().between(0x800, 0xFFFF)),
        Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)))
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    return codePoints.list().ofMaxSize(12).map(cps -> {
      StringBuilder s = new StringBuilder();
      cps.forEach(s::appendCodePoint);
      return s.toString();
    });
  }

  @Provide
  Arbitrary<Character> loneSurrogates() {
    return Arbitraries.chars().range(Character.MIN_SURROGATE, Character.MAX_SURROGATE);
  }
}
