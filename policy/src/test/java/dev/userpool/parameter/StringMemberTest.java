package dev.userpool.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class StringMemberTest {

  private final StringMember clientId = StringMember.plain("clientId").length(1, 128).pattern("[\\w+]+");
  private final StringMember username = StringMember.sensitive("username").length(1, 128).pattern("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");

  @Test
  void shouldReportLengthBeforePattern() {
    assertThat(clientId.check("")).containsExactly(
        new ParameterViolation.LengthBelow("clientId", Option.some(""), 1),
        new ParameterViolation.PatternMismatch("clientId", Option.some(""), "[\\w+]+"));
  }

  @Test
  void shouldParseIntoTheValueOrEveryViolation() {
    assertThat(clientId.parse("abc", String::length).get()).isEqualTo(3);
    assertThat(clientId.parse("", String::length).getError()).containsExactlyElementsOf(clientId.check(""));
    assertThat(clientId.parse(null, String::length).getError()).containsExactly(new ParameterViolation.Missing("clientId"));
    assertThatThrownBy(() -> clientId.parse("abc", null)).isInstanceOf(NullPointerException.class).hasMessage("make is null");
  }

  @Test
  void shouldReportAMissingRequiredMemberAlone() {
    assertThat(clientId.check(null)).containsExactly(new ParameterViolation.Missing("clientId"));
  }

  @Test
  void shouldIgnoreAnAbsentOptionalMember() {
    assertThat(clientId.checkIfPresent(null)).isEmpty();
    assertThat(clientId.checkIfPresent("a b")).hasSize(1);
  }

  @Test
  void shouldNeverShowASensitiveValue() {
    assertThat(username.check("has space")).containsExactly(
        new ParameterViolation.PatternMismatch("username", Option.none(), "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+"));
  }

  @Test
  void shouldCountLengthInCodePoints() {
    String threeEmoji = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";
    StringMember short3 = StringMember.plain("x").length(1, 3);

    assertThat(short3.check(threeEmoji)).isEmpty();
    assertThat(short3.check(threeEmoji + "a")).containsExactly(
        new ParameterViolation.LengthAbove("x", Option.some(threeEmoji + "a"), 3));
  }

  @Test
  void shouldDescribeItselfWithoutAValue() {
    assertThat(clientId.toString()).isEqualTo("StringMember[clientId, PLAIN, 1..128, [\\w+]+]");
    assertThat(username.sensitivity()).isEqualTo(StringMember.Sensitivity.SENSITIVE);
    assertThat(clientId.pattern()).contains("[\\w+]+");
    assertThat(clientId.name()).isEqualTo("clientId");
  }

  @Test
  void shouldAcceptAnythingWithoutConstraints() {
    assertThat(StringMember.plain("x").accepts("")).isTrue();
    assertThat(StringMember.sensitive("x").accepts(" any thing ")).isTrue();
    assertThat(StringMember.plain("x").length(0, 0).accepts("")).isTrue();
  }

  @Test
  void shouldRefuseABackwardsLengthRange() {
    assertThatThrownBy(() -> StringMember.plain("x").length(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StringMember.plain("x").length(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepConstraintsUnderAnotherName() {
    assertThat(clientId.named("other").check("")).extracting(ParameterViolation::member).containsOnly("other");
    assertThat(clientId.accepts("abc")).isTrue();
    assertThat(clientId.accepts(null)).isFalse();
    assertThat(List.of(clientId.minLength(), clientId.maxLength())).containsExactly(1, 128);
  }
}
