package dev.userpool.user;

import static dev.userpool.support.Fixtures.CLIENT;
import static dev.userpool.support.Fixtures.OTHER_PASSWORD;
import static dev.userpool.support.Fixtures.PASSWORD;
import static dev.userpool.support.Fixtures.T0;
import static dev.userpool.support.Fixtures.context;
import static dev.userpool.support.Fixtures.message;
import static dev.userpool.support.Fixtures.pool;
import static dev.userpool.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.UserPool;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Instant NOW = T0.plus(Duration.ofHours(1));
  private static final Password NEW = Password.of("N3w-Passw0rd");

  private static User disabled(UserStatus status) {
    return ImmutableUser.copyOf(user(status)).withEnabled(false);
  }

  @Nested
  class SignUp {
    private final UserPool autoVerifyEmail = pool(PasswordPolicy.cognitoDefault(), HashSet.empty(), HashSet.of(ContactAttribute.EMAIL));

    @Test
    void shouldCreateAnUnconfirmedUserAndSendACodeToTheAutoVerifiedEmail() {
      var t = User.signUp(new Username("jane"), Password.of(PASSWORD), Attributes.empty().with("email", "jane@example.com"),
          context(autoVerifyEmail, NOW)).get();

      assertThat(t.after().status()).isEqualTo(UserStatus.UNCONFIRMED);
      assertThat(t.after().pendingCode().get().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
      assertThat(t.message().get()).isInstanceOfSatisfying(Message.CodeMessage.class,
          m -> assertThat(m.purpose()).isEqualTo(CodePurpose.SIGN_UP));
      assertThat(t.message().get().delivery().get().maskedDestination()).isEqualTo("j***@e***");
    }

    @Test
    void shouldRejectAWeakPasswordWithSignUpsWording() {
      var outcome = User.signUp(new Username("jane"), Password.of("short"), Attributes.empty(), context(NOW));

      assertThat(message(outcome)).isEqualTo("InvalidPasswordException: Password did not conform with policy: Password not long enough");
    }

    @Test
    void shouldStoreTheSubAsUsernameWhenUsernamesAreEmails() {
      UserPool emails = pool(PasswordPolicy.cognitoDefault(), HashSet.of(ContactAttribute.EMAIL), HashSet.empty());

      var t = User.signUp(new Username("jane@example.com"), Password.of(PASSWORD), Attributes.empty(), context(emails, NOW)).get();

      assertThat(t.after().username().value()).isEqualTo(t.after().sub().value());
      assertThat(t.after().attributes().get("email")).contains("jane@example.com");
      assertThat(t.after().signInName(emails).value()).isEqualTo("jane@example.com");
    }

    @Test
    void shouldRejectANonEmailUsernameWhenUsernamesAreEmails() {
      UserPool emails = pool(PasswordPolicy.cognitoDefault(), HashSet.of(ContactAttribute.EMAIL), HashSet.empty());

      var outcome = User.signUp(new Username("jane"), Password.of(PASSWORD), Attributes.empty(), context(emails, NOW));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: Username should be an email.");
    }
  }

  @Nested
  class AdminCreateUser {
    @Test
    void shouldCreateAForceChangePasswordUserWithTheGivenTemporaryPassword() {
      var t = User
          .adminCreateUser(new Username("jane"), Option.some(Password.of(PASSWORD)), Attributes.empty(), Option.none(), context(NOW)).get();

      assertThat(t.after().status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
      assertThat(t.after().password().get().isTemporary()).isTrue();
      assertThat(t.message().get()).isInstanceOf(Message.InvitationMessage.class);
    }

    @Test
    void shouldCheckTheGivenTemporaryPasswordAgainstThePolicy() {
      var outcome = User.adminCreateUser(new Username("jane"), Option.some(Password.of("Passw0rdX")), Attributes.empty(), Option.none(),
          context(NOW));

      assertThat(message(outcome))
          .isEqualTo("InvalidPasswordException: Password did not conform with password policy: Password must have symbol characters");
    }

    @Test
    void shouldGenerateATemporaryPasswordThatSatisfiesThePolicy() {
      var t = User.adminCreateUser(new Username("jane"), Option.none(), Attributes.empty(), Option.none(), context(NOW)).get();
      Password sent = ((Message.InvitationMessage) t.message().get()).temporaryPassword();

      assertThat(PasswordPolicy.cognitoDefault().violations(sent)).isEmpty();
      assertThat(t.after().matches(sent, context(NOW))).isTrue();
    }

    @Test
    void shouldSendNothingWhenSuppressed() {
      var t = User
          .adminCreateUser(new Username("jane"), Option.none(), Attributes.empty(), Option.some(MessageAction.SUPPRESS), context(NOW))
          .get();

      assertThat(t.message()).isEmpty();
    }

    @Test
    void shouldRefuseToResendToAConfirmedUser() {
      assertThat(message(user(UserStatus.CONFIRMED).resendInvitation(Option.none(), context(NOW))))
          .isEqualTo("UnsupportedUserStateException: Resend not possible. jane status is not FORCE_CHANGE_PASSWORD");
    }

    @Test
    void shouldRestartTheTemporaryPasswordsValidityOnResend() {
      Instant later = T0.plus(Duration.ofDays(30));

      var t = user(UserStatus.FORCE_CHANGE_PASSWORD).resendInvitation(Option.some(Password.of(OTHER_PASSWORD)), context(later)).get();

      assertThat(t.after().password().get().setAt()).isEqualTo(later);
      assertThat(t.after().signIn(Password.of(OTHER_PASSWORD), CLIENT, context(later)).get().outcome())
          .isInstanceOf(AuthOutcome.NewPasswordRequired.class);
    }
  }

  @Nested
  class ConfirmSignUp {
    private final CodeDelivery email = new CodeDelivery(ContactAttribute.EMAIL, "jane@example.com");

    private User unconfirmedWithCode(Instant issued) {
      return ImmutableUser.copyOf(user(UserStatus.UNCONFIRMED))
          .withAttributes(Attributes.empty().with("email", "jane@example.com"))
          .withPendingCode(Option.some(PendingCode.issue(CodePurpose.SIGN_UP, ConfirmationCode.of("123456"), issued, email)));
    }

    @Test
    void shouldConfirmAndVerifyTheEmailTheCodeWentTo() {
      var t = unconfirmedWithCode(NOW).confirmSignUp(ConfirmationCode.of("123456"), context(NOW)).get();

      assertThat(t.after().status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(t.after().attributes().isVerified(ContactAttribute.EMAIL)).isTrue();
      assertThat(t.after().pendingCode()).isEmpty();
    }

    @Test
    void shouldRejectAWrongCode() {
      assertThat(message(unconfirmedWithCode(NOW).confirmSignUp(ConfirmationCode.of("654321"), context(NOW))))
          .isEqualTo("CodeMismatchException: Invalid verification code provided, please try again.");
    }

    @Test
    void shouldRejectACodeOlderThan24Hours() {
      assertThat(message(unconfirmedWithCode(NOW).confirmSignUp(ConfirmationCode.of("123456"), context(NOW.plus(Duration.ofHours(24))))))
          .isEqualTo("ExpiredCodeException: Invalid code provided, please request a code again.");
    }

    @Test
    void shouldCheckTheStatusBeforeTheCode() {
      assertThat(message(user(UserStatus.CONFIRMED).confirmSignUp(ConfirmationCode.of("000000"), context(NOW))))
          .isEqualTo("NotAuthorizedException: User cannot be confirmed. Current status is CONFIRMED");
    }

    @Test
    void shouldRefuseAnAdminConfirmationOfAForceChangePasswordUser() {
      assertThat(message(user(UserStatus.FORCE_CHANGE_PASSWORD).adminConfirmSignUp(context(NOW))))
          .isEqualTo("NotAuthorizedException: User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD");
    }
  }

  @Nested
  class AdminSetUserPassword {
    @Test
    void shouldRejectAPolicyViolationWithTheAdminWording() {
      assertThat(message(user(UserStatus.CONFIRMED).adminSetUserPassword(Password.of("Sh0rt!"), PasswordKind.PERMANENT, context(NOW))))
          .isEqualTo("InvalidPasswordException: Password does not conform to policy: Password not long enough");
    }

    @Test
    void shouldRejectARecentPasswordWhenHistoryIsOn() {
      UserPool history = pool(PasswordPolicy.builder().passwordHistorySize(3).build());

      var outcome = user(UserStatus.CONFIRMED).adminSetUserPassword(Password.of(PASSWORD), PasswordKind.PERMANENT, context(history, NOW));

      assertThat(message(outcome)).isEqualTo("PasswordHistoryPolicyViolationException: "
          + "The password was used recently. Choose a password that you haven't used before.");
    }

    @Test
    void shouldAcceptTheCurrentPasswordAgainWhenHistoryIsOff() {
      assertThat(user(UserStatus.CONFIRMED).adminSetUserPassword(Password.of(PASSWORD), PasswordKind.PERMANENT, context(NOW)).isRight())
          .isTrue();
    }

    @Test
    void shouldConfirmAnUnconfirmedUserWithAPermanentPassword() {
      var after = user(UserStatus.UNCONFIRMED).adminSetUserPassword(NEW, PasswordKind.PERMANENT, context(NOW)).get().after();

      assertThat(after.status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(after.signIn(NEW, CLIENT, context(NOW)).get().outcome()).isInstanceOf(AuthOutcome.Authenticated.class);
      assertThat(message(after.signIn(Password.of(PASSWORD), CLIENT, context(NOW))))
          .isEqualTo("NotAuthorizedException: Incorrect username or password.");
    }

    @Test
    void shouldForceAConfirmedUserToChangeATemporaryPassword() {
      var after = user(UserStatus.CONFIRMED).adminSetUserPassword(NEW, PasswordKind.TEMPORARY, context(NOW)).get().after();

      assertThat(after.status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
      assertThat(after.signIn(NEW, CLIENT, context(NOW)).get().outcome()).isInstanceOf(AuthOutcome.NewPasswordRequired.class);
    }

    @Test
    void shouldWorkOnADisabledUserWhoStaysDisabled() {
      var after = disabled(UserStatus.CONFIRMED).adminSetUserPassword(NEW, PasswordKind.PERMANENT, context(NOW)).get().after();

      assertThat(after.enabled()).isFalse();
      assertThat(message(after.signIn(NEW, CLIENT, context(NOW)))).isEqualTo("NotAuthorizedException: User is disabled.");
    }

    @Test
    void shouldGiveAFederatedUserAPassword() {
      assertThat(user(UserStatus.EXTERNAL_PROVIDER).adminSetUserPassword(NEW, PasswordKind.PERMANENT, context(NOW)).get().after().status())
          .isEqualTo(UserStatus.CONFIRMED);
    }

    @Test
    void shouldRecordEveryPasswordInTheHistory() {
      UserPool history = pool(PasswordPolicy.builder().passwordHistorySize(2).build());
      User u = user(UserStatus.CONFIRMED);

      User after = u.adminSetUserPassword(NEW, PasswordKind.TEMPORARY, context(history, NOW)).get().after();

      assertThat(after.passwordHistory().size()).isEqualTo(2);
      assertThat(after.version()).isEqualTo(u.version() + 1);
      assertThat(after.lastModifiedDate()).isEqualTo(NOW);
    }
  }

  @Nested
  class SignIn {
    @Test
    void shouldReportDisabledBeforeAWrongPassword() {
      assertThat(message(disabled(UserStatus.CONFIRMED).signIn(Password.of("wrong"), CLIENT, context(NOW))))
          .isEqualTo("NotAuthorizedException: User is disabled.");
    }

    @Test
    void shouldHideTheDisabledFlagFromAWrongPasswordWhenTheClientHidesUnknownUsers() {
      AppClient hiding = AppClient.builder().clientId(CLIENT.clientId()).clientName("hiding")
          .explicitAuthFlows(CLIENT.explicitAuthFlows()).preventUserExistenceErrors(PreventUserExistenceErrors.ENABLED).build();

      assertThat(message(disabled(UserStatus.CONFIRMED).signIn(Password.of("wrong"), hiding, context(NOW))))
          .isEqualTo("NotAuthorizedException: Incorrect username or password.");
      assertThat(message(disabled(UserStatus.CONFIRMED).signIn(Password.of(PASSWORD), hiding, context(NOW))))
          .isEqualTo("NotAuthorizedException: User is disabled.");
    }

    @Test
    void shouldReportUnconfirmedEvenWithAWrongPassword() {
      assertThat(message(user(UserStatus.UNCONFIRMED).signIn(Password.of("wrong"), CLIENT, context(NOW))))
          .isEqualTo("UserNotConfirmedException: User is not confirmed.");
    }

    @Test
    void shouldReportResetRequired() {
      assertThat(message(user(UserStatus.RESET_REQUIRED).signIn(Password.of(PASSWORD), CLIENT, context(NOW))))
          .isEqualTo("PasswordResetRequiredException: Password reset required for the user");
    }

    @Test
    void shouldRefuseAFederatedUsersPassword() {
      assertThat(message(user(UserStatus.EXTERNAL_PROVIDER).signIn(Password.of(PASSWORD), CLIENT, context(NOW))))
          .isEqualTo("NotAuthorizedException: User is not authorized to get auth details.");
    }

    @Test
    void shouldNeverIssueTheChallengeForAWrongTemporaryPassword() {
      assertThat(message(user(UserStatus.FORCE_CHANGE_PASSWORD).signIn(Password.of("wrong"), CLIENT, context(NOW))))
          .isEqualTo("NotAuthorizedException: Incorrect username or password.");
    }

    @Test
    void shouldRefuseATemporaryPasswordOlderThanItsValidity() {
      Instant eightDays = T0.plus(Duration.ofDays(7)).plusSeconds(1);

      assertThat(message(user(UserStatus.FORCE_CHANGE_PASSWORD).signIn(Password.of(PASSWORD), CLIENT, context(eightDays))))
          .isEqualTo("NotAuthorizedException: Temporary password has expired and must be reset by an administrator.");
    }

    @Test
    void shouldAcceptATemporaryPasswordExactlyAsOldAsItsValidity() {
      assertThat(
          user(UserStatus.FORCE_CHANGE_PASSWORD).signIn(Password.of(PASSWORD), CLIENT, context(T0.plus(Duration.ofDays(7)))).isRight())
          .isTrue();
    }

    @Test
    void shouldLeaveAConfirmedUserUnchanged() {
      User u = user(UserStatus.CONFIRMED);

      var auth = u.signIn(Password.of(PASSWORD), CLIENT, context(NOW)).get();

      assertThat(auth.after()).isSameAs(u);
      assertThat(auth.event()).isEqualTo(new UserEvent.SignedIn(u.username(), NOW));
    }
  }

  @Nested
  class NewPasswordChallenge {
    private final User forced = user(UserStatus.FORCE_CHANGE_PASSWORD);

    private Authentication challenged() {
      return forced.signIn(Password.of(PASSWORD), CLIENT, context(NOW)).get();
    }

    private Session session(Authentication a) {
      return ((AuthOutcome.NewPasswordRequired) a.outcome()).session();
    }

    @Test
    void shouldConfirmTheUserSoTheTemporaryPasswordNoLongerSignsIn() {
      Authentication a = challenged();

      User after = a.after().answerNewPasswordChallenge(session(a), NEW, Attributes.empty(), context(NOW)).get().after();

      assertThat(after.status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(message(after.signIn(Password.of(PASSWORD), CLIENT, context(NOW))))
          .isEqualTo("NotAuthorizedException: Incorrect username or password.");
    }

    @Test
    void shouldAnswerOnlyOnce() {
      Authentication a = challenged();
      User after = a.after().answerNewPasswordChallenge(session(a), NEW, Attributes.empty(), context(NOW)).get().after();

      assertThat(message(after.answerNewPasswordChallenge(session(a), Password.of("An0ther-One"), Attributes.empty(), context(NOW))))
          .isEqualTo("NotAuthorizedException: Invalid session for the user, session can only be used once.");
    }

    @Test
    void shouldExpireAfterTheClientsSessionValidity() {
      Authentication a = challenged();

      assertThat(
          message(a.after().answerNewPasswordChallenge(session(a), NEW, Attributes.empty(), context(NOW.plus(Duration.ofMinutes(3))))))
          .isEqualTo("NotAuthorizedException: Invalid session for the user, session is expired.");
    }

    @Test
    void shouldRejectASessionItNeverIssued() {
      Authentication a = challenged();
      Session other = Session.parse("x".repeat(30)).get();

      assertThat(message(a.after().answerNewPasswordChallenge(other, NEW, Attributes.empty(), context(NOW))))
          .isEqualTo("NotAuthorizedException: Invalid session for the user.");
    }

    @Test
    void shouldKeepTheSessionUsableAfterAPolicyViolation() {
      Authentication a = challenged();

      var refused = a.after().answerNewPasswordChallenge(session(a), Password.of("weak"), Attributes.empty(), context(NOW));

      assertThat(message(refused)).isEqualTo("InvalidPasswordException: Password does not conform to policy: Password not long enough");
      assertThat(a.after().answerNewPasswordChallenge(session(a), NEW, Attributes.empty(), context(NOW)).isRight()).isTrue();
    }

    @Test
    void shouldRejectLeadingWhitespaceInTheNewPassword() {
      Authentication a = challenged();

      assertThat(message(a.after().answerNewPasswordChallenge(session(a), Password.of(" N3w-Passw0rd"), Attributes.empty(), context(NOW))))
          .isEqualTo(
              "InvalidPasswordException: Password does not conform to policy: Password must satisfy regular expression pattern: "
                  + "^\\S.*\\S$");
    }

    @Test
    void shouldAcceptTheTemporaryPasswordAsTheNewOneWhenHistoryIsOff() {
      Authentication a = challenged();

      assertThat(a.after().answerNewPasswordChallenge(session(a), Password.of(PASSWORD), Attributes.empty(), context(NOW)).isRight())
          .isTrue();
    }

    @Test
    void shouldSetTheAttributesGivenWithTheAnswer() {
      Authentication a = challenged();

      User after = a.after().answerNewPasswordChallenge(session(a), NEW, Attributes.empty().with("name", "Jane"), context(NOW)).get()
          .after();

      assertThat(after.attributes().get("name")).contains("Jane");
    }
  }

  @Nested
  class ChangePassword {
    @Test
    void shouldRejectAWrongPreviousPassword() {
      assertThat(message(user(UserStatus.CONFIRMED).changePassword(Password.of("wrong"), NEW, context(NOW))))
          .isEqualTo("NotAuthorizedException: Incorrect username or password.");
    }

    @Test
    void shouldCheckThePolicyBeforeThePreviousPassword() {
      assertThat(message(user(UserStatus.CONFIRMED).changePassword(Password.of("wrong"), Password.of("weak"), context(NOW))))
          .isEqualTo("InvalidPasswordException: Password does not conform to policy: Password not long enough");
    }

    @Test
    void shouldRefuseAnUnconfirmedUser() {
      assertThat(message(user(UserStatus.UNCONFIRMED).changePassword(Password.of(PASSWORD), NEW, context(NOW))))
          .isEqualTo("UserNotConfirmedException: User is not confirmed.");
    }

    @Test
    void shouldRefuseADisabledUser() {
      assertThat(message(disabled(UserStatus.CONFIRMED).changePassword(Password.of(PASSWORD), NEW, context(NOW))))
          .isEqualTo("NotAuthorizedException: User is disabled.");
    }
  }

  @Nested
  class Resets {
    @Test
    void shouldRequireAVerifiedContact() {
      User unverified = ImmutableUser.copyOf(user(UserStatus.CONFIRMED))
          .withAttributes(Attributes.empty().with("email", "jane@example.com"));

      assertThat(message(unverified.adminResetUserPassword(context(NOW)))).isEqualTo("InvalidParameterException: "
          + "Cannot reset password for the user as there is no registered/verified email or phone_number");
      assertThat(message(unverified.forgotPassword(context(NOW)))).isEqualTo("InvalidParameterException: "
          + "Cannot reset password for the user as there is no registered/verified email or phone_number");
    }

    @Test
    void shouldRefuseToResetATemporaryPassword() {
      assertThat(message(user(UserStatus.FORCE_CHANGE_PASSWORD).adminResetUserPassword(context(NOW))))
          .isEqualTo("NotAuthorizedException: User password cannot be reset in the current state.");
      assertThat(message(user(UserStatus.FORCE_CHANGE_PASSWORD).forgotPassword(context(NOW))))
          .isEqualTo("NotAuthorizedException: User password cannot be reset in the current state.");
    }

    @Test
    void shouldMakeTheUserResetRequiredAndSendACodeValidOneHour() {
      var t = user(UserStatus.CONFIRMED).adminResetUserPassword(context(NOW)).get();

      assertThat(t.after().status()).isEqualTo(UserStatus.RESET_REQUIRED);
      assertThat(t.after().pendingCode().get().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
      assertThat(t.message().get())
          .isInstanceOfSatisfying(Message.CodeMessage.class, m -> assertThat(m.purpose()).isEqualTo(CodePurpose.PASSWORD_RESET));
    }

    @Test
    void shouldKeepTheStatusAndTheOldPasswordOnForgotPassword() {
      User after = user(UserStatus.CONFIRMED).forgotPassword(context(NOW)).get().after();

      assertThat(after.status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(after.signIn(Password.of(PASSWORD), CLIENT, context(NOW)).isRight()).isTrue();
    }

    @Test
    void shouldConfirmTheUserWithTheCodeAndANewPassword() {
      User reset = user(UserStatus.CONFIRMED).adminResetUserPassword(context(NOW)).get().after();

      User after = reset.confirmForgotPassword(ConfirmationCode.of("123456"), NEW, context(NOW)).get().after();

      assertThat(after.status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(after.pendingCode()).isEmpty();
      assertThat(after.signIn(NEW, CLIENT, context(NOW)).isRight()).isTrue();
    }

    @Test
    void shouldWithdrawAPendingResetCodeWhenAnAdministratorSetsThePassword() {
      User reset = user(UserStatus.CONFIRMED).forgotPassword(context(NOW)).get().after();

      User set = reset.adminSetUserPassword(NEW, PasswordKind.PERMANENT, context(NOW)).get().after();

      assertThat(set.pendingCode()).isEmpty();
      assertThat(message(set.confirmForgotPassword(ConfirmationCode.of("123456"), Password.of("An0ther-Passw0rd"), context(NOW))))
          .isEqualTo("ExpiredCodeException: Invalid code provided, please request a code again.");
    }

    @Test
    void shouldReportExpiredWhenNoCodeWasRequested() {
      assertThat(message(user(UserStatus.CONFIRMED).confirmForgotPassword(ConfirmationCode.of("123456"), NEW, context(NOW))))
          .isEqualTo("ExpiredCodeException: Invalid code provided, please request a code again.");
    }

    @Test
    void shouldRejectAResetCodeAfterAnHour() {
      User reset = user(UserStatus.CONFIRMED).forgotPassword(context(NOW)).get().after();

      assertThat(message(reset.confirmForgotPassword(ConfirmationCode.of("123456"), NEW, context(NOW.plus(Duration.ofMinutes(60))))))
          .isEqualTo("ExpiredCodeException: Invalid code provided, please request a code again.");
    }

    @Test
    void shouldKeepThePendingCodeWhenTheNewPasswordIsRefused() {
      User reset = user(UserStatus.CONFIRMED).forgotPassword(context(NOW)).get().after();

      var refused = reset.confirmForgotPassword(ConfirmationCode.of("123456"), Password.of("weak"), context(NOW));

      assertThat(message(refused)).isEqualTo("InvalidPasswordException: Password does not conform to policy: Password not long enough");
      assertThat(reset.confirmForgotPassword(ConfirmationCode.of("123456"), NEW, context(NOW)).isRight()).isTrue();
    }
  }

  @Nested
  class EnabledFlag {
    @Test
    void shouldDisableAndEnableWithoutTouchingTheStatus() {
      User u = user(UserStatus.FORCE_CHANGE_PASSWORD);

      User off = u.adminDisableUser(context(NOW)).get().after();
      User on = off.adminEnableUser(context(NOW)).get().after();

      assertThat(off.enabled()).isFalse();
      assertThat(off.status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
      assertThat(on.enabled()).isTrue();
      assertThat(on.status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
    }
  }
}
