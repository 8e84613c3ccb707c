package dev.userpool.user;

import static dev.userpool.support.Fixtures.CLIENT;
import static dev.userpool.support.Fixtures.PASSWORD;
import static dev.userpool.support.Fixtures.T0;
import static dev.userpool.support.Fixtures.context;
import static dev.userpool.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.pool.ContactAttribute;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every cell of the transition table through the real decision and checks it does what the table says. */
class LifecycleTest {

  private static final Instant NOW = T0.plus(Duration.ofHours(1));
  private static final Password NEW_PASSWORD = Password.of("N3w-Passw0rd");
  private static final Session SESSION = Session.parse("session-that-is-long-enough-123").get();

  static Stream<Arguments> everyCell() {
    return Stream.of(Action.values()).flatMap(a -> Stream.of(UserStatus.values()).map(s -> Arguments.of(a, s)));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("everyCell")
  void theDecisionFollowsTheTable(Action action, UserStatus from) {
    User before = ready(user(from));
    Rule rule = Lifecycle.rule(action, from);

    Either<CognitoError, User> outcome = perform(action, before);

    if (rule instanceof Rule.Refuses refuses) {
      assertThat(outcome.getLeft()).isEqualTo(refuses.refusal().error(before));
    } else {
      UserStatus expected = rule instanceof Rule.MovesTo moves ? moves.to() : from;
      assertThat(outcome.isRight()).as("outcome %s", outcome).isTrue();
      assertThat(outcome.get().status()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("everyCell")
  void aRulesAnswersAgreeWithItsKind(Action action, UserStatus from) {
    Rule rule = Lifecycle.rule(action, from);
    User user = user(from);

    String kind = rule.fold(m -> "MovesTo", () -> "Keeps", () -> "Authenticates", () -> "ChallengesNewPassword", r -> "Refuses");

    assertThat(kind).isEqualTo(rule.getClass().getSimpleName());
    assertThat(rule.refused().isDefined()).isEqualTo(rule instanceof Rule.Refuses);
    assertThat(rule.challengesNewPassword()).isEqualTo(rule instanceof Rule.ChallengesNewPassword);
    assertThat(Lifecycle.next(action, user)).isEqualTo(rule instanceof Rule.Refuses refuses
        ? Either.left(refuses.refusal().error(user))
        : Either.right(rule instanceof Rule.MovesTo moves ? moves.to() : from));
  }

  @Test
  void signInOutcomesMatchTheTable() {
    assertThat(Lifecycle.rule(Action.SIGN_IN, UserStatus.CONFIRMED)).isInstanceOf(Rule.Authenticates.class);
    assertThat(user(UserStatus.CONFIRMED).signIn(Password.of(PASSWORD), CLIENT, context(NOW)).get().outcome())
        .isInstanceOf(AuthOutcome.Authenticated.class);
    assertThat(Lifecycle.rule(Action.SIGN_IN, UserStatus.FORCE_CHANGE_PASSWORD)).isInstanceOf(Rule.ChallengesNewPassword.class);
    assertThat(user(UserStatus.FORCE_CHANGE_PASSWORD).signIn(Password.of(PASSWORD), CLIENT, context(NOW)).get().outcome())
        .isInstanceOf(AuthOutcome.NewPasswordRequired.class);
  }

  @Test
  void creationStatusesAreCognitos() {
    assertThat(Lifecycle.afterSignUp()).isEqualTo(UserStatus.UNCONFIRMED);
    assertThat(Lifecycle.afterAdminCreateUser()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
  }

  /** A user whose pending codes and session are right, so that only the status decides. */
  private static User ready(User u) {
    CodeDelivery email = new CodeDelivery(ContactAttribute.EMAIL, "jane@example.com");
    CodePurpose purpose = u.status() == UserStatus.UNCONFIRMED ? CodePurpose.SIGN_UP : CodePurpose.PASSWORD_RESET;
    return ImmutableUser.copyOf(u)
        .withPendingCode(Option.some(PendingCode.issue(purpose, ConfirmationCode.of("123456"), NOW, email)))
        .withChallenge(Option.some(new ChallengeSession(SESSION, NOW.plusSeconds(60), Option.none())));
  }

  private static Either<CognitoError, User> perform(Action action, User u) {
    Context ctx = context(NOW);
    ConfirmationCode code = ConfirmationCode.of("123456");
    return switch (action) {
      case SIGN_IN -> u.signIn(Password.of(PASSWORD), CLIENT, ctx).map(Authentication::after);
      case CONFIRM_SIGN_UP -> u.status() == UserStatus.UNCONFIRMED
          ? u.confirmSignUp(code, ctx).map(Transition::after)
          : u.adminConfirmSignUp(ctx).map(Transition::after);
      case ADMIN_SET_USER_PASSWORD_PERMANENT -> u.adminSetUserPassword(NEW_PASSWORD, PasswordKind.PERMANENT, ctx).map(Transition::after);
      case ADMIN_SET_USER_PASSWORD_TEMPORARY -> u.adminSetUserPassword(NEW_PASSWORD, PasswordKind.TEMPORARY, ctx).map(Transition::after);
      case ANSWER_NEW_PASSWORD_CHALLENGE ->
        u.answerNewPasswordChallenge(SESSION, NEW_PASSWORD, Attributes.empty(), ctx).map(Authentication::after);
      case CHANGE_PASSWORD -> u.changePassword(Password.of(PASSWORD), NEW_PASSWORD, ctx).map(Transition::after);
      case ADMIN_RESET_USER_PASSWORD -> u.adminResetUserPassword(ctx).map(Transition::after);
      case FORGOT_PASSWORD -> u.forgotPassword(ctx).map(Transition::after);
      case CONFIRM_FORGOT_PASSWORD -> u.confirmForgotPassword(code, NEW_PASSWORD, ctx).map(Transition::after);
      case ADMIN_CREATE_USER_RESEND -> u.resendInvitation(Option.none(), ctx).map(Transition::after);
      case ADMIN_DISABLE_USER -> u.adminDisableUser(ctx).map(Transition::after);
      case ADMIN_ENABLE_USER -> u.adminEnableUser(ctx).map(Transition::after);
    };
  }
}
