package dev.userpool.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class ParameterViolationTest {

  @Test
  void shouldWordASensitiveMemberWithoutItsValue() {
    var violation = new ParameterViolation.PatternMismatch("password", Option.none(), "^[\\S]+.*[\\S]+$");

    assertThat(ParameterViolation.describe(List.of(violation))).isEqualTo(
        "1 validation error detected: Value at 'password' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$");
  }

  @Test
  void shouldQuoteAPlainMembersValue() {
    var violation = new ParameterViolation.LengthAbove("userPoolId", Option.some("x"), 55);

    assertThat(violation.message()).isEqualTo(
        "Value 'x' at 'userPoolId' failed to satisfy constraint: Member must have length less than or equal to 55");
  }

  @Test
  void shouldJoinSeveralViolationsWithSemicolonsAndCountThem() {
    var first = new ParameterViolation.LengthBelow("clientId", Option.some(""), 1);
    var second = new ParameterViolation.PatternMismatch("clientId", Option.some(""), "[\\w+]+");

    assertThat(ParameterViolation.describe(List.of(first, second))).isEqualTo(
        "2 validation errors detected: Value '' at 'clientId' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1; Value '' at 'clientId' failed to satisfy "
            + "constraint: Member must satisfy regular expression pattern: [\\w+]+");
  }

  @Test
  void shouldWordAMissingMemberAsValueNull() {
    assertThat(new ParameterViolation.Missing("username").message())
        .isEqualTo("Value null at 'username' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void shouldWordNumericRanges() {
    assertThat(new ParameterViolation.ValueBelow("policies.passwordPolicy.minimumLength", 5, 6).message())
        .isEqualTo("Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 6");
    assertThat(new ParameterViolation.ValueAbove("policies.passwordPolicy.passwordHistorySize", 25, 24).message())
        .isEqualTo("Value '25' at 'policies.passwordPolicy.passwordHistorySize' failed to satisfy constraint: "
            + "Member must have value less than or equal to 24");
  }

  @Test
  void shouldListTheEnumValueSet() {
    assertThat(new ParameterViolation.NotInEnum("userPoolTier", "GOLD", List.of("LITE", "ESSENTIALS", "PLUS")).message())
        .isEqualTo("Value 'GOLD' at 'userPoolTier' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [LITE, ESSENTIALS, PLUS]");
  }

  /** A list's element outside the enum: the list named and shown whole, the constraint nested (aws-cloudformation-user-guide#563). */
  @Test
  void shouldShowAListWithAnElementOutsideTheEnumWhole() {
    assertThat(new ParameterViolation.ListNotInEnum("allowedOAuthFlows", List.of("code", "token"), List.of("implicit",
        "client_credentials", "code")).message())
        .isEqualTo("Value '[code, token]' at 'allowedOAuthFlows' failed to satisfy constraint: Member must satisfy constraint: "
            + "[Member must satisfy enum value set: [implicit, client_credentials, code]]");
  }

  @Test
  void shouldRefuseToDescribeNothing() {
    assertThatThrownBy(() -> ParameterViolation.describe(List.empty())).isInstanceOf(IllegalArgumentException.class);
  }
}
