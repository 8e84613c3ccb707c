package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import io.vavr.control.Either;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CreateUserPool's and UpdateUserPool's members the library checks without keeping, with Cognito's messages. */
class PoolMessageMembersTest {

  private static PoolMessageMembers.Members sms(String smsVerificationMessage) {
    return new PoolMessageMembers.Members(null, null, null, null, smsVerificationMessage, null, null, null, null);
  }

  @Test
  void shouldAcceptWellFormedMembersAndNone() {
    assertThat(PoolMessageMembers.violations(PoolMessageMembers.Members.none())).isEmpty();
    assertThat(PoolMessageMembers.violations(new PoolMessageMembers.Members("ACTIVE", Map.of("team", "auth"), 7,
        new PoolMessageMembers.MessageTemplate("Hi {username}, {####}", "Welcome {username}: {####}", "Welcome"),
        "Code:\n{####}", "Your code is {####}", "Your code", "Sign in with {####}",
        new PoolMessageMembers.VerificationTemplate("{####}!", "Code {####}", "Code", "Click {##here##}", "Verify", "CONFIRM_WITH_LINK"))))
        .isEmpty();
  }

  @Test
  void shouldRequireTheCodePlaceholderInTheSmsVerificationMessage() {
    assertThat(PoolMessageMembers.violations(sms("Your code")).map(v -> v.message())).containsExactly(
        "Value 'Your code' at 'smsVerificationMessage' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + ".*\\{####\\}.*");
  }

  @Test
  void shouldShowTheWholeMapWhenATagKeyIsTooLong() {
    String key = "k".repeat(129);
    var violations = PoolMessageMembers.violations(new PoolMessageMembers.Members(null, Map.of(key, "v"), null, null, null, null, null,
        null, null));

    assertThat(violations.map(v -> v.message())).containsExactly("Value '{" + key + "=v}' at 'userPoolTags' failed to satisfy "
        + "constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128, Member must have length "
        + "greater than or equal to 1]");
  }

  @Test
  void shouldReportTheRestOfTheRequestsViolationsFirstAndNothingWhenTheseAreWellFormed() {
    Either<CognitoError, ?> parsed = Commands.parse(new Requests.UpdateUserPool("bad pool", null, null));
    PoolMessageMembers.Members days = new PoolMessageMembers.Members("ON", null, 366, null, null, null, null, null, null);

    assertThat(PoolMessageMembers.refusal(days, parsed).get().message()).isEqualTo("3 validation errors detected: "
        + "Value 'bad pool' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: "
        + "[\\w-]+_[0-9a-zA-Z]+; "
        + "Value 'ON' at 'deletionProtection' failed to satisfy constraint: Member must satisfy enum value set: [ACTIVE, INACTIVE]; "
        + "Value '366' at 'adminCreateUserConfig.unusedAccountValidityDays' failed to satisfy constraint: Member must have value less "
        + "than or equal to 365");
    assertThat(PoolMessageMembers.refusal(PoolMessageMembers.Members.none(), parsed)).isEmpty();
  }
}
