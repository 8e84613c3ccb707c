package dev.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.Password;
import dev.userpool.pool.ContactAttribute;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class MessageTest {

  private static final Username JANE = new Username("jane");

  @Test
  void shouldFoldEachKindOfMessageIntoItsOwnFunction() {
    Message code = new Message.CodeMessage(CodePurpose.SIGN_UP, JANE, new CodeDelivery(ContactAttribute.EMAIL, "jane@example.com"),
        ConfirmationCode.of("123456"));
    Message invitation = new Message.InvitationMessage(JANE, Option.none(), Password.of("Temp-Passw0rd!"));

    assertThat(code.<String>fold(c -> "code " + c.code().reveal(), i -> "invitation")).isEqualTo("code 123456");
    assertThat(invitation.<String>fold(c -> "code", i -> "invitation " + i.temporaryPassword().reveal()))
        .isEqualTo("invitation Temp-Passw0rd!");
  }
}
