package dev.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.ContactAttribute;
import io.vavr.Tuple;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class AttributesTest {

  @Test
  void shouldNameListMembersAsAwsDoesAndNeverShowValues() {
    var outcome = Attributes.parse("userAttributes", List.of(Tuple.of("email", "x".repeat(2049))));

    assertThat(outcome.getLeft().message()).isEqualTo("1 validation error detected: Value at 'userAttributes.1.member.value' "
        + "failed to satisfy constraint: Member must have length less than or equal to 2048");
  }

  @Test
  void shouldReadAnAbsentListAsNoAttributes() {
    assertThat(Attributes.parse("userAttributes", null).get()).isEqualTo(Attributes.empty());
  }

  @Test
  void shouldRefuseToSetTheSub() {
    assertThat(Attributes.parse("userAttributes", List.of(Tuple.of("sub", "x"))).getLeft())
        .isEqualTo(new CognitoError.InvalidParameter(CognitoError.InvalidParameter.Reason.IMMUTABLE_ATTRIBUTE, "sub"));
  }

  @Test
  void shouldAcceptCustomAttributesAndCheckEmails() {
    assertThat(Attributes.parse("userAttributes", List.of(Tuple.of("custom:tier", "gold"))).get().get("custom:tier")).contains("gold");
    assertThat(Attributes.parse("userAttributes", List.of(Tuple.of("email", "not-an-email"))).getLeft().message())
        .isEqualTo("Invalid email address format.");
  }

  @Test
  void shouldShowNamesOnly() {
    Attributes a = Attributes.empty().with("email", "secret@example.com");

    assertThat(a.toString()).isEqualTo("Attributes[email]");
  }

  @Test
  void shouldTreatOnlyTrueAsVerified() {
    Attributes a = Attributes.empty().with("email", "a@b.c").with("email_verified", "false");

    assertThat(a.isVerified(ContactAttribute.EMAIL)).isFalse();
    assertThat(a.with("email_verified", "true").verifiedContact().get().destination()).isEqualTo("a@b.c");
  }
}
