package dev.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.user.MessageText;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class CustomMessageAnswerTest {

  private static final String CODE = "123456";

  private static Json answer(String response) {
    return Json.parse("{\"version\":\"1\",\"response\":" + response + "}").get();
  }

  @Test
  void shouldUseTheFunctionsWordsWithTheCodeInPlace() {
    CustomMessageAnswer a = CustomMessageAnswer.read(answer(
        "{\"smsMessage\":\"Code {####}\",\"emailMessage\":\"<b>{####}</b> is yours\",\"emailSubject\":\"Welcome\"}")).get();

    MessageText words = a.worded(MessageText.VERIFICATION, false, CODE, "jane");

    assertThat(words).isEqualTo(new MessageText("Welcome", "<b>123456</b> is yours", "Code 123456"));
  }

  @Test
  void shouldSendTheDefaultWordsForAMessageWithoutThePlaceholder() {
    CustomMessageAnswer a = CustomMessageAnswer.read(answer("{\"smsMessage\":\"Hello\",\"emailMessage\":\"Hi\",\"emailSubject\":null}"))
        .get();

    MessageText words = a.worded(MessageText.VERIFICATION, false, CODE, "jane");

    assertThat(words).isEqualTo(new MessageText("Your verification code", "Your verification code is 123456.",
        "Your verification code is 123456."));
  }

  @Test
  void shouldRequireTheUsernameInAnInvitation() {
    CustomMessageAnswer a = new CustomMessageAnswer(Option.some("Password {####}"), Option.some("{username}: {####}"), Option.none());

    MessageText words = a.worded(MessageText.INVITATION, true, "Tmp-Pass1!", "jane");

    assertThat(words.emailMessage()).isEqualTo("jane: Tmp-Pass1!");
    assertThat(words.smsMessage()).isEqualTo("Your username is jane and temporary password is Tmp-Pass1!.");
    assertThat(words.emailSubject()).isEqualTo("Your sign-in information");
  }

  @Test
  void shouldSendTheDefaultWordsForAMessageOverItsLimit() {
    String sms = "x".repeat(CustomMessageAnswer.MAX_SMS_MESSAGE - CODE.length()) + "{####}";
    CustomMessageAnswer fits = new CustomMessageAnswer(Option.some(sms), Option.none(), Option.none());
    CustomMessageAnswer over = new CustomMessageAnswer(Option.some("x" + sms), Option.none(), Option.none());

    assertThat(fits.worded(MessageText.VERIFICATION, false, CODE, "jane").smsMessage()).hasSize(CustomMessageAnswer.MAX_SMS_MESSAGE);
    assertThat(over.worded(MessageText.VERIFICATION, false, CODE, "jane").smsMessage()).isEqualTo("Your verification code is 123456.");
  }

  @Test
  void shouldRefuseAMemberThatIsNotAString() {
    assertThat(CustomMessageAnswer.read(answer("{\"smsMessage\":42}")).getLeft().kind()).isEqualTo(TriggerFailure.Kind.INVALID_RESPONSE);
    assertThat(CustomMessageAnswer.read(answer("null")).get()).isEqualTo(CustomMessageAnswer.NONE);
  }

  @Test
  void shouldSendTheResponseAsTheGuidesEventHasIt() {
    assertThat(CustomMessageAnswer.NONE.toJson().render()).isEqualTo("{\"smsMessage\":null,\"emailMessage\":null,\"emailSubject\":null}");
  }

  @Test
  void shouldReadAMigrationAnswerAndRefuseValuesTheGuideDoesNotHave() {
    MigrationAnswer a = MigrationAnswer.read(answer("{\"userAttributes\":{\"email\":\"j@x.io\",\"email_verified\":\"true\"},"
        + "\"finalUserStatus\":\"RESET_REQUIRED\",\"messageAction\":\"SUPPRESS\",\"desiredDeliveryMediums\":[\"EMAIL\"]}")).get();

    assertThat(a.migrates()).isTrue();
    assertThat(a.finalUserStatus().name()).isEqualTo("RESET_REQUIRED");
    assertThat(a.suppressMessage()).isTrue();
    assertThat(MigrationAnswer.read(answer("{}")).get().migrates()).isFalse();
    assertThat(MigrationAnswer.read(answer("{\"userAttributes\":{\"email\":\"j@x.io\"}}")).get().finalUserStatus().name())
        .isEqualTo("CONFIRMED");
    for (String bad : new String[]{ "{\"finalUserStatus\":\"UNCONFIRMED\"}", "{\"messageAction\":\"RESEND\"}",
        "{\"desiredDeliveryMediums\":[\"FAX\"]}", "{\"userAttributes\":{\"email\":1}}", "{\"forceAliasCreation\":\"yes\"}" }) {
      assertThat(MigrationAnswer.read(answer(bad)).getLeft().kind()).as(bad).isEqualTo(TriggerFailure.Kind.INVALID_RESPONSE);
    }
  }

  @Test
  void shouldSendTheMigrationResponseAsEveryMemberNull() {
    assertThat(MigrationAnswer.unanswered().render()).isEqualTo("{\"userAttributes\":null,\"finalUserStatus\":null,"
        + "\"messageAction\":null,\"desiredDeliveryMediums\":null,\"forceAliasCreation\":null}");
  }
}
