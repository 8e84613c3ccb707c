package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.userpool.password.Password;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.inprocess.Mailroom;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Message;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every adapter of the test control's {@link Mailroom} must pass: for each user of each pool it answers
 * the latest code, the latest code sent to verify each attribute and the latest temporary password delivered, whatever
 * came between, exactly as sent (a temporary password may be any string), and nothing for a user or pool nothing was
 * sent to.
 */
public interface MailroomContract {

  /** The pools messages go to. */
  Seq<UserPoolId> POOLS = List.of(new UserPoolId("us-east-1_Mailroom1"), new UserPoolId("eu-west-1_Mailroom2"));

  /** A new, empty mailroom in which every pool of {@link #POOLS} exists; called once per try. */
  Mailroom subject();

  /**
   * A message to one of two users of one of the two pools, a code or an invitation with a temporary password, and the
   * secret it carries (shown as {@code ***}).
   */
  record Sent(UserPoolId pool, Message message, String secret) {
    @Override
    public String toString() {
      return "Sent[" + pool.value() + ", " + message + ", ***]";
    }
  }

  /** Messages, each a code or an invitation to one of two users of one of two pools, with any secret. */
  @Provide
  default Arbitrary<Seq<Sent>> messages() {
    Arbitrary<String> secrets = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(6), Arbitraries.strings().ofMinLength(1)
        .ofMaxLength(12));
    Arbitrary<Username> users = Arbitraries.of(new Username("jane"), new Username("Jane.Doe"));
    return Combinators.combine(Arbitraries.of(POOLS.toJavaList()), Arbitraries.integers().between(0, 4), users, secrets)
        .as((pool, kind, user, secret) -> {
          CodeDelivery to = kind == 4
              ? new CodeDelivery(ContactAttribute.PHONE_NUMBER, "+15555550100")
              : new CodeDelivery(ContactAttribute.EMAIL, "jane@example.com");
          if (kind == 0) {
            return new Sent(pool, new Message.InvitationMessage(user, Option.some(to), Password.of(secret)), secret);
          }
          String code = secret.codePoints().allMatch(Character::isDigit) ? secret : "123456";
          CodePurpose purpose = kind == 1
              ? CodePurpose.SIGN_UP
              : kind == 2
                  ? CodePurpose.PASSWORD_RESET
                  : CodePurpose.ATTRIBUTE_VERIFICATION;
          return new Sent(pool, new Message.CodeMessage(purpose, user, to, ConfirmationCode.of(code)), code);
        }).list().ofMaxSize(8).map(List::ofAll);
  }

  /** Each user's latest code and latest temporary password are answered, exactly. */
  @Property
  default void theLatestOfEachKindIsAnsweredForEachUser(@ForAll("messages") Seq<Sent> sent) {
    Mailroom mailroom = subject();
    Map<String, String> codes = new HashMap<>();
    Map<String, String> passwords = new HashMap<>();
    Map<String, String> verifications = new HashMap<>();
    for (Sent s : sent) {
      mailroom.deliver(s.pool(), s.message());
      String key = s.pool().value() + "/" + s.message().username().value();
      s.message().fold(c -> codes.put(key, s.secret()), i -> passwords.put(key, s.secret()));
      s.message().fold(c -> c.purpose() == CodePurpose.ATTRIBUTE_VERIFICATION
          ? verifications.put(key + "/" + c.to().channel().attributeName(), s.secret())
          : null, i -> null);
    }
    for (UserPoolId pool : POOLS) {
      for (String user : List.of("jane", "Jane.Doe", "john")) {
        String key = pool.value() + "/" + user;
        assertEquals(Optional.ofNullable(codes.get(key)), mailroom.code(pool.value(), user), key);
        assertEquals(Optional.ofNullable(passwords.get(key)), mailroom.temporaryPassword(pool.value(), user), key);
        for (String attribute : List.of("email", "phone_number")) {
          assertEquals(Optional.ofNullable(verifications.get(key + "/" + attribute)),
              mailroom.verificationCode(pool.value(), user, attribute), key + "/" + attribute);
        }
      }
    }
    assertEquals(Optional.empty(), mailroom.code("us-east-1_NoSuchPool", "jane"));
  }
}
