package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PasswordProperties {

  private static final Pattern REGEX = Pattern.compile(Password.PATTERN);

  @Property(tries = 5000)
  void linearMatcherAgreesWithTheRegex(@ForAll("trickyStrings") String s) {
    assertThat(Password.matchesPattern(s)).isEqualTo(REGEX.matcher(s).matches());
  }

  @Property
  void encodingIsUtf8ForWellFormedText(@ForAll("wellFormed") String s) {
    assertThat(Password.of(s).encode()).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void differentPasswordsNeverShareAnEncoding(@ForAll("trickyStrings") String a, @ForAll("trickyStrings") String b) {
    if (!a.equals(b)) {
      assertThat(Arrays.equals(Password.of(a).encode(), Password.of(b).encode())).isFalse();
    }
  }

  @Property
  void lengthIsTheCodePointCount(@ForAll("trickyStrings") String s) {
    assertThat(Password.of(s).length()).isEqualTo(s.codePointCount(0, s.length()));
  }

  @Provide
  Arbitrary<String> trickyStrings() {
    return Arbitraries.strings()
        .withChars(' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029', '\u00A0', 'a', 'B', '1', '!')
        .withChars('\uD800', '\uDC00', '\uD83D', '\uDE00')
        .ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> wellFormed() {
    return Arbitraries.strings().all().ofMaxLength(20).filter(s -> s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
  }
}
