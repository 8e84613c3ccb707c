package dev.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.ContactAttribute;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void codesAndSessionsAreEqualByValueAndNeverShowIt() {
    ConfirmationCode code = ConfirmationCode.of("123456");
    Session session = Session.parse("s".repeat(30)).get();

    assertThat(code).isEqualTo(ConfirmationCode.of("123456")).hasSameHashCodeAs(ConfirmationCode.of("123456"))
        .isNotEqualTo(ConfirmationCode.of("654321"));
    assertThat(code.reveal()).isEqualTo("123456");
    assertThat(code.toString()).isEqualTo("ConfirmationCode[***]");
    assertThat(session).isEqualTo(Session.parse("s".repeat(30)).get()).hasSameHashCodeAs(Session.parse("s".repeat(30)).get())
        .isNotEqualTo(Session.parse("t".repeat(30)).get());
    assertThat(session.reveal()).isEqualTo("s".repeat(30));
    assertThat(session.toString()).isEqualTo("Session[***]");
  }

  @Test
  void generatedCodesAreSixDigitsAndSessionsAreLongEnough() {
    Random random = new Random(5);

    assertThat(ConfirmationCode.sixDigits(random::nextBytes).reveal()).matches("[0-9]{6}");
    assertThat(Session.MEMBER.accepts(Session.generate(random::nextBytes).reveal())).isTrue();
    assertThatThrownBy(() -> ConfirmationCode.of("has space")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subsAreVersionFourUuids() {
    for (long seed = 0; seed < 50; seed++) {
      Sub sub = Sub.generate(new Random(seed)::nextBytes);

      assertThat(sub.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(sub.toString()).isEqualTo(sub.value());
    }
    assertThat(Sub.isSub("jane")).isFalse();
    assertThatThrownBy(() -> new Sub("not-a-sub")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void destinationsAreMaskedAsCognitoShowsThem() {
    assertThat(new CodeDelivery(ContactAttribute.EMAIL, "jane@example.com").maskedDestination()).isEqualTo("j***@e***");
    assertThat(new CodeDelivery(ContactAttribute.EMAIL, "jane@").maskedDestination()).isEqualTo("j***@***");
    assertThat(new CodeDelivery(ContactAttribute.PHONE_NUMBER, "+15555550100").maskedDestination()).isEqualTo("+*******0100");
    assertThat(new CodeDelivery(ContactAttribute.PHONE_NUMBER, "+15555550100").deliveryMedium()).isEqualTo("SMS");
    assertThat(new CodeDelivery(ContactAttribute.EMAIL, "jane@example.com").toString()).isEqualTo("CodeDelivery[EMAIL, j***@e***]")
        .doesNotContain("jane@");
  }

  @Test
  void attributesAreEqualByContent() {
    Attributes a = Attributes.empty().with("email", "a@b.c").with("name", "A");

    assertThat(a).isEqualTo(Attributes.empty().with("name", "A").with("email", "a@b.c"))
        .hasSameHashCodeAs(Attributes.empty().with("name", "A").with("email", "a@b.c"))
        .isNotEqualTo(Attributes.empty().with("email", "a@b.c"));
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.asMap().keySet()).containsExactly("email", "name");
    assertThat(a.withAll(Attributes.empty().with("name", "B")).get("name")).contains("B");
    assertThat(Attributes.isPhoneNumber("+15555550100")).isTrue();
    assertThat(Attributes.isPhoneNumber("5555550100")).isFalse();
  }

  @Test
  void namesParseAsTheirMembersSay() {
    assertThat(Username.parse("jane").get().value()).isEqualTo("jane");
    assertThat(Username.parse("has space").getError().head().message())
        .isEqualTo("Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    assertThat(new Username("jane").toString()).isEqualTo("jane");
  }
}
