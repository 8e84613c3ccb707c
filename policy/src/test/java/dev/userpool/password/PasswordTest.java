package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.parameter.ParameterViolation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordTest {

  @Test
  void shouldNeverShowItsValue() {
    Password password = Password.of("Secret-Passw0rd");

    assertThat(password.toString()).isEqualTo("Password[***]").doesNotContain("Secret");
  }

  @Test
  void shouldRejectLeadingWhitespaceWithCognitosPatternMessage() {
    var result = Password.parse("password", " Secret-Passw0rd");

    assertThat(ParameterViolation.describe(result.getError())).isEqualTo(
        "1 validation error detected: Value at 'password' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$");
  }

  @Test
  void shouldRejectA257CodePointPasswordAsTooLong() {
    var result = Password.parse("proposedPassword", "Aa1!" + "x".repeat(253));

    assertThat(ParameterViolation.describe(result.getError())).isEqualTo(
        "1 validation error detected: Value at 'proposedPassword' failed to satisfy constraint: "
            + "Member must have length less than or equal to 256");
  }

  @Test
  void shouldReportLengthThenPatternWhenBothFail() {
    var result = Password.parse("password", "x".repeat(300) + " ");

    assertThat(result.getError()).extracting(ParameterViolation::constraint).containsExactly(
        "Member must have length less than or equal to 256",
        "Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$");
  }

  @Test
  void shouldReportAMissingPassword() {
    assertThat(ParameterViolation.describe(Password.parse("password", null).getError())).isEqualTo(
        "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void shouldAcceptInnerSpacesAnd256CodePoints() {
    assertThat(Password.parse("password", "correct horse battery staple").isValid()).isTrue();
    assertThat(Password.parse("password", "\uD83D\uDE00".repeat(256)).isValid()).isTrue();
  }

  @Test
  void shouldRejectASingleCharacterBecauseThePatternNeedsTwo() {
    assertThat(Password.parse("password", "a").isInvalid()).isTrue();
  }

  @Test
  void shouldCountLengthInCodePoints() {
    assertThat(Password.of("Aa1!\uD83D\uDE00").length()).isEqualTo(5);
  }

  @Test
  void shouldEncodeWellFormedTextAsUtf8() {
    String text = "P\u00e4ss w\u00f6rd \u20ac \uD83D\uDE00";

    assertThat(Password.of(text).encode()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldEncodeBothSidesOfEachUtf8LengthBoundaryAsUtf8() {
    String text = "\u007f\u0080\u07ff\u0800\ud7ff\ue000\uffff" + new String(Character.toChars(0x10000))
        + new String(Character.toChars(0x10FFFF));

    assertThat(Password.of(text).encode()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldEncodeDifferentLoneSurrogatesDifferently() {
    assertThat(Password.of("a\uD800b").encode()).isNotEqualTo(Password.of("a\uD801b").encode());
    assertThat(Password.of("a\uD800b").encode()).isNotEqualTo(Password.of("a?b").encode());
  }

  @Test
  void shouldRefuseNullAsAProgrammerError() {
    assertThatThrownBy(() -> Password.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value is null");
  }
}
