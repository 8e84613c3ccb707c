package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViolationTest {

  private static final Map<Violation, String[]> EXPECTED = Map.of(
      new Violation.TooShort(8, 5), new String[]{ "PASSWORD_TOO_SHORT", "Password not long enough" },
      new Violation.MissingLowercase(), new String[]{ "PASSWORD_MISSING_LOWERCASE", "Password must have lowercase characters" },
      new Violation.MissingUppercase(), new String[]{ "PASSWORD_MISSING_UPPERCASE", "Password must have uppercase characters" },
      new Violation.MissingNumber(), new String[]{ "PASSWORD_MISSING_NUMBER", "Password must have numeric characters" },
      new Violation.MissingSymbol(), new String[]{ "PASSWORD_MISSING_SYMBOL", "Password must have symbol characters" },
      new Violation.ReusedPassword(3), new String[]{ "PASSWORD_REUSED",
          "The password was used recently. Choose a password that you haven't used before." });

  @Test
  void everyKindHasAStableCodeAndCognitosWords() {
    assertThat(List.ofAll(EXPECTED.keySet()).map(Object::getClass)).containsExactlyInAnyOrder(Violation.class.getPermittedSubclasses());
    EXPECTED.forEach((violation, codeAndWords) -> {
      assertThat(violation.code()).isEqualTo(codeAndWords[0]);
      assertThat(violation.description()).isEqualTo(codeAndWords[1]);
    });
  }
}
