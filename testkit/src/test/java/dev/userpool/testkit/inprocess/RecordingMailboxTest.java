package dev.userpool.testkit.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Message;
import dev.userpool.user.Username;
import org.junit.jupiter.api.Test;

class RecordingMailboxTest {

  private static final UserPoolId POOL = new UserPoolId("us-east-1_Mailbox1");
  private static final CodeDelivery TO = new CodeDelivery(ContactAttribute.EMAIL, "user@example.com");

  private static Message code(String username, int n) {
    return new Message.CodeMessage(CodePurpose.SIGN_UP, new Username(username), TO, ConfirmationCode.of(String.format("%06d", n)));
  }

  @Test
  void shouldKeepTheLatestDeliveriesAndEveryUsersLatestCode() {
    RecordingMailbox mailbox = new RecordingMailbox();
    mailbox.deliver(POOL, code("first", 1));
    for (int i = 0; i < RecordingMailbox.KEPT + 5; i++) {
      mailbox.deliver(POOL, code("user" + i, i));
    }

    assertThat(mailbox.all()).hasSize(RecordingMailbox.KEPT);
    assertThat(mailbox.all().get(RecordingMailbox.KEPT - 1).message().username().value()).isEqualTo("user" + (RecordingMailbox.KEPT + 4));
    assertThat(mailbox.code(POOL.value(), "first")).as("a user's latest code outlives the deliveries kept").contains("000001");
    assertThat(mailbox.toString()).isEqualTo("RecordingMailbox[" + RecordingMailbox.KEPT + " kept]");

    mailbox.clear();
    assertThat(mailbox.all()).isEmpty();
    assertThat(mailbox.code(POOL.value(), "first")).isEmpty();
  }
}
