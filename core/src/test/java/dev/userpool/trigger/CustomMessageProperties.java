package dev.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.user.MessageText;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CustomMessageProperties {

  @Property
  void aCustomMessageResponseNeverChangesTheCodeDelivered(@ForAll("texts") Option<String> sms, @ForAll("texts") Option<String> email,
      @ForAll("texts") Option<String> subject, @ForAll("codes") String code, @ForAll boolean invitation) {
    MessageText words = new CustomMessageAnswer(sms, email, subject)
        .worded(invitation ? MessageText.INVITATION : MessageText.VERIFICATION, invitation, code, "jane");

    assertThat(words.emailMessage()).contains(code).doesNotContain(MessageText.CODE_PARAMETER);
    assertThat(words.smsMessage()).contains(code).doesNotContain(MessageText.CODE_PARAMETER);
    assertThat(words.smsMessage().length()).isLessThanOrEqualTo(CustomMessageAnswer.MAX_SMS_MESSAGE);
  }

  @Provide
  Arbitrary<Option<String>> texts() {
    Arbitrary<String> pieces = Arbitraries.of("{####}", "{username}", "Your code ", "123456", "", "<b>", "####", "{###}");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l)).injectNull(0.2).map(Option::of);
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().numeric().ofLength(6);
  }
}
