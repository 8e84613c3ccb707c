package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class SecretTextTest {

  static final class Code extends SecretText {
    Code(String value) {
      super(value);
    }

    boolean matches(Code other) {
      return sameText(other);
    }
  }

  static final class Token extends SecretText {
    Token(String value) {
      super(value);
    }
  }

  @Test
  void shouldBeEqualToTheSameTypeWithTheSameTextOnly() {
    assertThat(new Code("123456")).isEqualTo(new Code("123456")).hasSameHashCodeAs(new Code("123456"));
    assertThat(new Code("123456")).isNotEqualTo(new Code("123457")).isNotEqualTo(new Code("12345"));
    assertThat(new Code("123456")).isNotEqualTo(new Token("123456")).isNotEqualTo("123456").isNotEqualTo(null);
    assertThat(new Code("123456").matches(new Code("123456"))).isTrue();
    assertThat(new Code("123456").matches(new Code("654321"))).isFalse();
    assertThat(new Code("123456").hashCode()).isNotEqualTo(new Code("654321").hashCode());
  }

  @Test
  void shouldNeverShowTheText() {
    assertThat(new Code("123456")).hasToString("Code[***]");
    assertThat(new Token("abc")).hasToString("Token[***]");
    assertThat(new Code("123456").reveal()).isEqualTo("123456");
  }

  @Test
  void shouldRefuseNull() {
    assertThatNullPointerException().isThrownBy(() -> new Code(null)).withMessage("value is null");
  }
}
