package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.parameter.ParameterViolation;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy cognitoDefault = PasswordPolicy.cognitoDefault();

  @Nested
  class Defaults {
    @Test
    void shouldMatchAPoolCreatedWithoutAPolicy() {
      assertThat(cognitoDefault.minimumLength()).isEqualTo(8);
      assertThat(cognitoDefault.requireUppercase()).isTrue();
      assertThat(cognitoDefault.requireLowercase()).isTrue();
      assertThat(cognitoDefault.requireNumbers()).isTrue();
      assertThat(cognitoDefault.requireSymbols()).isTrue();
      assertThat(cognitoDefault.passwordHistorySize()).isZero();
      assertThat(cognitoDefault.temporaryPasswordValidityDays()).isEqualTo(7);
    }

    @Test
    void shouldTreatZeroValidityDaysAsSeven() {
      PasswordPolicy zero = PasswordPolicy.builder().temporaryPasswordValidityDays(0).build();

      assertThat(zero.effectiveTemporaryPasswordValidityDays()).isEqualTo(7);
      assertThat(zero.temporaryPasswordValidity()).isEqualTo(Duration.ofDays(7));
    }
  }

  @Nested
  class Rules {
    static Stream<Arguments> oneRuleBroken() {
      return Stream.of(
          Arguments.of("Aa1!aaa", new Violation.TooShort(8, 7), "Password not long enough"),
          Arguments.of("AA11!!AA", new Violation.MissingLowercase(), "Password must have lowercase characters"),
          Arguments.of("aa11!!aa", new Violation.MissingUppercase(), "Password must have uppercase characters"),
          Arguments.of("Aa!!Aa!!", new Violation.MissingNumber(), "Password must have numeric characters"),
          Arguments.of("Aa11Aa11", new Violation.MissingSymbol(), "Password must have symbol characters"));
    }

    @ParameterizedTest
    @MethodSource("oneRuleBroken")
    void shouldReportExactlyTheBrokenRuleWithCognitosWords(String candidate, Violation expected, String words) {
      var found = cognitoDefault.violations(Password.of(candidate));

      assertThat(found).containsExactly(expected);
      assertThat(found.head().description()).isEqualTo(words);
    }

    @Test
    void shouldReportEveryViolationInCognitosOrder() {
      var found = cognitoDefault.violations(Password.of("\u00e9\u00e9\u00e9"));

      assertThat(found).containsExactly(
          new Violation.TooShort(8, 3), new Violation.MissingLowercase(), new Violation.MissingUppercase(),
          new Violation.MissingNumber(), new Violation.MissingSymbol());
    }

    @Test
    void shouldAcceptAPasswordThatMeetsEveryRule() {
      assertThat(cognitoDefault.evaluate(Password.of("Passw0rd!")).isValid()).isTrue();
    }

    @Test
    void shouldRequireNothingWhenTheFlagsAreOff() {
      PasswordPolicy lenient = PasswordPolicy.builder().minimumLength(6).requireLowercase(false)
          .requireUppercase(false).requireNumbers(false).requireSymbols(false).build();

      assertThat(lenient.violations(Password.of("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"))).isEmpty();
    }
  }

  @Nested
  class CharacterClasses {
    @ParameterizedTest
    @ValueSource(chars = { '^', '$', '*', '.', '[', ']', '{', '}', '(', ')', '?', '"', '!', '@', '#', '%', '&', '/',
        '\\', ',', '>', '<', '\'', ':', ';', '|', '_', '~', '`', '=', '+', '-' })
    void shouldCountEachOfCognitosSymbols(char symbol) {
      assertThat(cognitoDefault.violations(Password.of("Abcdef1" + symbol))).isEmpty();
    }

    @Test
    void shouldHaveExactlyCognitosThirtyTwoSymbols() {
      assertThat(PasswordPolicy.SYMBOLS).hasSize(32);
      assertThat(PasswordPolicy.SYMBOLS.chars().distinct().count()).isEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u00a7", "\u00a3", "\u20ac", "\u00bf", "\u00d7", "\u2013" })
    void shouldNotCountSymbolsOutsideCognitosSet(String notASymbol) {
      assertThat(cognitoDefault.violations(Password.of("Abcdef1" + notASymbol))).containsExactly(new Violation.MissingSymbol());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u0001", "\u001f", "\u007f", "\u0080", "\u00a0" })
    void shouldNotCountControlCharactersAsSymbols(String control) {
      assertThat(cognitoDefault.violations(Password.of("Abc" + control + "def1"))).containsExactly(new Violation.MissingSymbol());
    }

    @Test
    void shouldNotCountAnInnerTabAsASymbol() {
      assertThat(cognitoDefault.violations(Password.of("Abc\tdef1"))).containsExactly(new Violation.MissingSymbol());
    }

    @Test
    void shouldCountAnInnerSpaceAsASymbol() {
      assertThat(cognitoDefault.violations(Password.of("Abc def1"))).isEmpty();
    }

    @Test
    void shouldNotCountALeadingOrTrailingSpaceAsASymbol() {
      assertThat(cognitoDefault.violations(Password.of(" Abcdef1"))).containsExactly(new Violation.MissingSymbol());
      assertThat(cognitoDefault.violations(Password.of("Abcdef1  "))).containsExactly(new Violation.MissingSymbol());
    }

    @Test
    void shouldCountOnlyBasicLatinLettersAsCased() {
      // Latin-1, full-width and Greek letters have case in Unicode but not in Cognito's policy.
      assertThat(cognitoDefault.violations(Password.of("\u00c4\u00e4\uff21\uff41\u0391\u03b11!")))
          .containsExactly(new Violation.MissingLowercase(), new Violation.MissingUppercase());
    }

    @Test
    void shouldNotCountNonAsciiDigitsAsNumbers() {
      assertThat(cognitoDefault.violations(Password.of("Abcdef!\u0661\u0662")))
          .containsExactly(new Violation.MissingNumber());
    }

    @Test
    void shouldCountLengthInCodePoints() {
      // Seven code points in nine chars: an emoji takes two chars but is one code point.
      String sevenCodePoints = "Aa1!\uD83D\uDE00\uD83D\uDE00x";

      assertThat(cognitoDefault.violations(Password.of(sevenCodePoints))).containsExactly(new Violation.TooShort(8, 7));
    }
  }

  @Nested
  class UntrustedValues {
    @Test
    void shouldReportEveryOutOfRangeMemberInCognitosWords() {
      var result = PasswordPolicy.draft().minimumLength(5).passwordHistorySize(25).temporaryPasswordValidityDays(366).validate();

      assertThat(ParameterViolation.describe(result.getError())).isEqualTo(
          "3 validation errors detected: "
              + "Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: "
              + "Member must have value greater than or equal to 6; "
              + "Value '25' at 'policies.passwordPolicy.passwordHistorySize' failed to satisfy constraint: "
              + "Member must have value less than or equal to 24; "
              + "Value '366' at 'policies.passwordPolicy.temporaryPasswordValidityDays' failed to satisfy constraint: "
              + "Member must have value less than or equal to 365");
    }

    @Test
    void shouldReportALengthAboveNinetyNine() {
      var result = PasswordPolicy.draft().minimumLength(100).validate();

      assertThat(result.getError()).containsExactly(
          new ParameterViolation.ValueAbove("policies.passwordPolicy.minimumLength", 100, 99));
    }

    @Test
    void shouldTreatAbsentFlagsAsFalseAndAbsentNumbersAsDefaults() {
      PasswordPolicy policy = PasswordPolicy.draft().requireSymbols(true).validate().get();

      assertThat(policy).isEqualTo(PasswordPolicy.builder().minimumLength(8).requireUppercase(false)
          .requireLowercase(false).requireNumbers(false).requireSymbols(true).passwordHistorySize(0)
          .temporaryPasswordValidityDays(7).build());
    }

    @Test
    void shouldAcceptTheEdgesOfEveryRange() {
      assertThat(PasswordPolicy.draft().minimumLength(6).passwordHistorySize(0).temporaryPasswordValidityDays(0).validate().isValid())
          .isTrue();
      assertThat(PasswordPolicy.draft().minimumLength(99).passwordHistorySize(24).temporaryPasswordValidityDays(365).validate().isValid())
          .isTrue();
    }

    @Test
    void shouldTreatAnOutOfRangeBuilderValueAsAProgrammerError() {
      assertThatThrownBy(() -> PasswordPolicy.builder().passwordHistorySize(-1).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("1 validation error detected: Value '-1' at 'policies.passwordPolicy.passwordHistorySize' "
              + "failed to satisfy constraint: Member must have value greater than or equal to 0");
    }
  }

  @Nested
  class Generation {
    @Test
    void shouldGenerateTwelveCodePointsWithEveryClassByDefault() {
      Password generated = cognitoDefault.generateTemporaryPassword(new Random(42)::nextBytes);

      assertThat(generated.length()).isEqualTo(12);
      assertThat(cognitoDefault.violations(generated)).isEmpty();
      assertThat(Password.matchesPattern(generated.reveal())).isTrue();
    }

    @Test
    void shouldGenerateTheMinimumLengthWhenItIsLonger() {
      PasswordPolicy long40 = PasswordPolicy.builder().minimumLength(40).build();

      assertThat(long40.generateTemporaryPassword(new Random(7)::nextBytes).length()).isEqualTo(40);
    }

    @Test
    void shouldShuffleTheRequiredCharacters() {
      long startingLowercase = LongStream.range(0, 200)
          .filter(seed -> Character.isLowerCase(cognitoDefault.generateTemporaryPassword(new Random(seed)::nextBytes).reveal().charAt(0)))
          .count();

      assertThat(startingLowercase).isBetween(10L, 150L);
    }

    @Test
    void shouldDrawOnlyCharactersThatAShellAndTheCliShorthandLeaveAlone() {
      String drawn = LongStream.range(0, 200)
          .mapToObj(
              seed -> PasswordPolicy.builder().minimumLength(40).build().generateTemporaryPassword(new Random(seed)::nextBytes).reveal())
          .collect(Collectors.joining());

      assertThat(drawn).matches("[a-zA-Z0-9@_+.:/]+");
      assertThat(drawn.chars().filter(c -> PasswordPolicy.GENERATED_SYMBOLS.indexOf(c) >= 0).distinct().count())
          .as("every generated symbol is drawn").isEqualTo(PasswordPolicy.GENERATED_SYMBOLS.length());
      assertThat(PasswordPolicy.SYMBOLS).as("each is a Cognito symbol").contains(PasswordPolicy.GENERATED_SYMBOLS.chars()
          .mapToObj(c -> String.valueOf((char) c)).toList());
    }

    @Test
    void shouldReplayFromTheSameSeed() {
      String first = cognitoDefault.generateTemporaryPassword(new Random(3)::nextBytes).reveal();
      String second = cognitoDefault.generateTemporaryPassword(new Random(3)::nextBytes).reveal();

      assertThat(first).isEqualTo(second);
    }
  }
}
