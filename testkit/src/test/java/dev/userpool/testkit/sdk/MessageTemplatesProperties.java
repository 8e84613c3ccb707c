package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The pool's words: whatever a valid template says around {####}, the delivered message is it with the code in its place. */
class MessageTemplatesProperties {

  @Property(tries = 40)
  void aDeliveredCodeAlwaysAppearsInTheRenderedTemplate(@ForAll("words") String before, @ForAll("words") String after) {
    String template = before + "{####}" + after;
    InProcessCognito cognito = InProcessCognito.create();
    InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
    String pool = client.createUserPool(b -> b.poolName("p").autoVerifiedAttributesWithStrings("email")
        .verificationMessageTemplate(t -> t.emailMessage(template).smsMessage(template))).userPool().id();
    String clientId = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();

    client.signUp(b -> b.clientId(clientId).username("jane").password("Passw0rd!").userAttributes(a -> a.name("email").value("j@x.io")));

    String code = cognito.mailbox().lastCodeFor("jane").orElseThrow();
    List<RecordingMailbox.Delivery> all = cognito.mailbox().all();
    String delivered = all.get(all.size() - 1).text().emailMessage();
    assertThat(delivered).isEqualTo(before + code + after).contains(code);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abcXYZ .,!:-").ofMinLength(3).ofMaxLength(40);
  }
}
