package dev.userpool.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox.Delivery;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.Message;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import java.util.EnumSet;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;

class TestPoolTest {

  private final InProcessCognito cognito = InProcessCognito.create();

  private static String error(Either<CognitoError, ?> outcome) {
    return outcome.getLeft().cognitoError() + ": " + outcome.getLeft().message();
  }

  /** That {@code signIn} throws the SDK's {@code type}, with Cognito's error code (its simple name) and exactly {@code message}. */
  private static void assertRefused(ThrowingCallable signIn, Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(signIn).isExactlyInstanceOf(type).asInstanceOf(InstanceOfAssertFactories.type(AwsServiceException.class))
        .satisfies(e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo(type.getSimpleName());
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
  }

  @Nested
  class CreatingPools {

    @Test
    void shouldCreateAPoolWithTheApisDefaultsAndAClientAllowingThePasswordFlows() {
      TestPool pool = TestPool.create(cognito);

      assertThat(pool.userPool().passwordPolicy()).isEqualTo(PoolSpec.defaults().policy());
      assertThat(pool.userPool().tier()).isEqualTo(Tier.ESSENTIALS);
      assertThat(pool.client().explicitAuthFlows()).containsExactlyInAnyOrder(ExplicitAuthFlow.ALLOW_USER_PASSWORD_AUTH,
          ExplicitAuthFlow.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlow.ALLOW_REFRESH_TOKEN_AUTH);
      assertThat(pool.client().preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrors.LEGACY);
      assertThat(pool.client().clientName()).isEqualTo(TestPool.CLIENT_NAME);
    }

    @Test
    void shouldCreateThePoolTheSpecDescribes() {
      PoolSpec spec = PoolSpec.defaults().name("shop").minimumLength(12).requireSymbols(false).historySize(5)
          .temporaryPasswordValidityDays(3).tier(Tier.PLUS).aliasAttributes(AliasAttribute.EMAIL, AliasAttribute.PREFERRED_USERNAME)
          .autoVerifiedAttributes(ContactAttribute.EMAIL).caseInsensitive()
          .preventUserExistenceErrors(PreventUserExistenceErrors.ENABLED).authSessionValidity(10);

      TestPool pool = TestPool.create(cognito, spec);

      assertThat(pool.userPool().name()).isEqualTo("shop");
      assertThat(pool.userPool().passwordPolicy()).isEqualTo(spec.policy());
      assertThat(pool.userPool().passwordPolicy().minimumLength()).isEqualTo(12);
      assertThat(pool.userPool().passwordPolicy().requireSymbols()).isFalse();
      assertThat(pool.userPool().passwordPolicy().passwordHistorySize()).isEqualTo(5);
      assertThat(pool.userPool().tier()).isEqualTo(Tier.PLUS);
      assertThat(pool.userPool().aliasAttributes()).containsExactlyInAnyOrder(AliasAttribute.EMAIL, AliasAttribute.PREFERRED_USERNAME);
      assertThat(pool.userPool().autoVerifiedAttributes()).containsExactly(ContactAttribute.EMAIL);
      assertThat(pool.userPool().caseSensitivity()).isEqualTo(CaseSensitivity.CASE_INSENSITIVE);
      assertThat(pool.client().preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrors.ENABLED);
      assertThat(pool.client().authSessionValidity()).isEqualTo(10);
    }

    @Test
    void shouldReportWhenCognitoRefusesHistoryOnTheLiteTier() {
      PoolSpec spec = PoolSpec.defaults().historySize(3).tier(Tier.LITE);

      assertThatThrownBy(() -> TestPool.create(cognito, spec))
          .isInstanceOf(FixtureRefusedException.class)
          .hasMessage("CreateUserPool refused the fixture for test: FeatureUnavailableInTierException: "
              + "The following features need to be disabled for the LITE pricing tier configured: Password Reuse Prevention")
          .extracting(e -> ((FixtureRefusedException) e).operation()).isEqualTo(Operation.CREATE_USER_POOL);
    }

    @Test
    void shouldReportWhenCognitoRefusesUsernameAndAliasAttributesTogether() {
      PoolSpec spec = PoolSpec.defaults().usernameAttributes(ContactAttribute.EMAIL).aliasAttributes(AliasAttribute.PREFERRED_USERNAME);

      assertThatThrownBy(() -> TestPool.create(cognito, spec))
          .isInstanceOf(FixtureRefusedException.class)
          .hasMessageEndingWith(
              "InvalidParameterException: Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
    }

    @Test
    void shouldRefuseAnOutOfRangePolicyValueAsTheSpecIsBuilt() {
      assertThatThrownBy(() -> PoolSpec.defaults().historySize(25)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("passwordHistorySize");
      assertThatThrownBy(() -> PoolSpec.defaults().authSessionValidity(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPadTheDefaultPasswordToThePolicysMinimumLength() {
      assertThat(PoolSpec.defaults().defaultPassword().length()).isEqualTo(9);
      assertThat(PoolSpec.defaults().minimumLength(20).defaultPassword().length()).isEqualTo(20);
      assertThat(PoolSpec.defaults().minimumLength(20).policy().violations(PoolSpec.defaults().minimumLength(20).defaultPassword()))
          .isEmpty();
    }
  }

  @Nested
  class UsersThroughTheService {

    private final TestPool pool = TestPool.create(cognito, PoolSpec.defaults().historySize(5));

    @Test
    void shouldMakeAConfirmedUserWhoSignsInWithItsPassword() {
      TestUser jane = pool.user("jane").password("Passw0rd!").confirmed();

      assertThat(jane.status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(jane.enabled()).isTrue();
      assertThat(jane.signIn()).isInstanceOf(Results.Authenticated.class);
      assertThat(pool.adminSignIn("jane", "Passw0rd!")).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldGiveTheDefaultPasswordWhenTheTestNamesNone() {
      TestUser jane = pool.user("jane").confirmed();

      assertThat(jane.password().get().reveal()).isEqualTo(PoolSpec.DEFAULT_PASSWORD);
      assertThat(pool.signIn("jane", PoolSpec.DEFAULT_PASSWORD)).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldReachConfirmedThroughSignUpAndAdminConfirmSignUp() {
      pool.user("jane").confirmed();

      assertThat(cognito.events().map(e -> e.getClass().getSimpleName())).containsExactly("SignedUp", "SignUpConfirmed");
    }

    @Test
    void shouldSetEachEarlierPasswordSoTheHistoryRemembersThem() {
      TestUser jane = pool.user("jane").passwordHistory("0ld-Passw0rd1", "0ld-Passw0rd2").password("Passw0rd!").confirmed();

      assertThat(jane.user().passwordHistory().size()).isEqualTo(3);
      var reuse = pool.service().adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "jane", "0ld-Passw0rd1", true));
      assertThat(error(reuse)).startsWith("PasswordHistoryPolicyViolationException");
      assertThat(jane.signIn()).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldMakeAnUnconfirmedUserWithSignUp() {
      TestUser jane = pool.user("jane").unconfirmed();

      assertThat(jane.status()).isEqualTo(UserStatus.UNCONFIRMED);
      assertRefused(() -> jane.signIn(), UserNotConfirmedException.class, "User is not confirmed.");
    }

    @Test
    void shouldMakeAForceChangePasswordUserWhoseTemporaryPasswordIssuesTheChallenge() {
      TestUser jane = pool.user("jane").password("Temp-Passw0rd").forceChangePassword();

      assertThat(jane.status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
      assertThat(jane.user().password().get().isTemporary()).isTrue();
      assertThat(jane.signIn()).isInstanceOf(Results.NewPasswordRequired.class);
      assertThat(pool.mailbox().all()).as("the invitation is suppressed").isEmpty();
    }

    @Test
    void shouldSetEarlierPasswordsOfAForceChangePasswordUserAsTemporaryOnes() {
      TestUser jane = pool.user("jane").passwordHistory("Temp-Passw0rd1").password("Temp-Passw0rd2").forceChangePassword();

      assertThat(jane.user().passwordHistory().size()).isEqualTo(2);
      assertRefused(() -> jane.signIn("Temp-Passw0rd1"), NotAuthorizedException.class, "Incorrect username or password.");
      assertThat(jane.signIn()).isInstanceOf(Results.NewPasswordRequired.class);
    }

    @Test
    void shouldResetAUserWithAVerifiedEmailAndPutTheCodeInTheMailbox() {
      TestUser jane = pool.user("jane").verifiedEmail("jane@example.com").resetRequired();

      assertThat(jane.status()).isEqualTo(UserStatus.RESET_REQUIRED);
      assertRefused(() -> jane.signIn(), PasswordResetRequiredException.class, "Password reset required for the user");
      assertThat(pool.mailbox().all()).last().extracting(Delivery::message)
          .isInstanceOfSatisfying(Message.CodeMessage.class, m -> assertThat(m.purpose()).isEqualTo(CodePurpose.PASSWORD_RESET));
      assertThat(pool.mailbox().lastCodeFor("jane")).isNotEmpty();
    }

    @Test
    void shouldRefuseToResetAUserWithoutAVerifiedContact() {
      assertThatThrownBy(() -> pool.user("jane").email("jane@example.com").resetRequired())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("jane: AdminResetUserPassword needs a verified email or phone_number");
    }

    @ParameterizedTest
    @EnumSource(value = UserStatus.class, names = { "UNCONFIRMED", "CONFIRMED", "FORCE_CHANGE_PASSWORD" })
    void shouldDisableAUserAfterReachingItsStatus(UserStatus status) {
      TestUser jane = pool.user("jane").disabled().inStatus(status);

      assertThat(jane.status()).isEqualTo(status);
      assertThat(jane.enabled()).isFalse();
      assertRefused(() -> jane.signIn(), NotAuthorizedException.class, "User is disabled.");
    }

    @Test
    void shouldDisableAResetUserAfterTheReset() {
      TestUser jane = pool.user("jane").verifiedEmail("jane@example.com").disabled().resetRequired();

      assertThat(jane.status()).isEqualTo(UserStatus.RESET_REQUIRED);
      assertThat(jane.enabled()).isFalse();
    }

    @Test
    void shouldReportAPasswordThePolicyRefusesWithoutShowingIt() {
      assertThatThrownBy(() -> pool.user("jane").password("weakpass1").confirmed())
          .isInstanceOf(FixtureRefusedException.class)
          .hasMessage("SignUp refused the fixture for jane: InvalidPasswordException: "
              + "Password did not conform with policy: Password must have uppercase characters")
          .hasMessageNotContaining("weakpass1");
    }

    @Test
    void shouldReportATakenName() {
      pool.user("jane").confirmed();

      assertThatThrownBy(() -> pool.user("jane").confirmed())
          .isInstanceOf(FixtureRefusedException.class)
          .hasMessageEndingWith("UsernameExistsException: User already exists");
    }

    @Test
    void shouldRefuseStatusesTheServiceReachesWithoutAPassword() {
      assertThatThrownBy(() -> pool.user("jane").noPassword().confirmed())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("jane: Cognito cannot make a CONFIRMED user without a password");
    }

    @Test
    void shouldRefuseAnUnconfirmedUserWithAHistory() {
      assertThatThrownBy(() -> pool.user("jane").passwordHistory("0ld-Passw0rd1").unconfirmed())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SignUp sets the first password");
    }

    @Test
    void shouldFindUsersByNameAndSub() {
      TestUser jane = pool.user("jane").confirmed();

      assertThat(pool.find("jane").get().sub()).isEqualTo(jane.sub());
      assertThat(pool.find(jane.sub().value()).get().username().value()).isEqualTo("jane");
      assertThat(pool.find("nobody")).isEmpty();
      assertThat(pool.users()).hasSize(1);
    }

    @Test
    void shouldNeverShowAPasswordInToString() {
      UserFixture fixture = pool.user("jane").password("S3cret-Passw0rd").passwordHistory("0ld-S3cret!");
      TestUser jane = fixture.confirmed();

      assertThat(fixture.toString()).doesNotContain("S3cret").contains("given password", "1 earlier passwords");
      assertThat(fixture.spec().toString()).doesNotContain("S3cret");
      assertThat(jane.toString()).doesNotContain("S3cret").contains("jane");
      assertThat(jane.password().get().toString()).doesNotContain("S3cret");
    }
  }

  @Nested
  class UsersWrittenToTheStore {

    private final TestPool pool = TestPool.create(cognito, PoolSpec.defaults().historySize(3));

    @ParameterizedTest
    @EnumSource(value = UserStatus.class, names = { "ARCHIVED", "COMPROMISED", "UNKNOWN", "EXTERNAL_PROVIDER" })
    void shouldWriteStatusesTheApiCannotProduce(UserStatus status) {
      TestUser old = pool.user("old").inStatus(status);

      assertThat(old.status()).isEqualTo(status);
      assertThat(old.user().password()).isEmpty();
      assertThat(old.password()).isEmpty();
      assertThat(old.user().version()).isEqualTo(1);
      assertThat(cognito.events()).as("a store write publishes nothing").isEmpty();
      assertThat(pool.find("old")).isNotEmpty();
    }

    @Test
    void shouldRefuseAFederatedUsersPasswordSignIn() {
      TestUser fed = pool.user("Google_1234567890").externalProvider();

      assertRefused(() -> pool.signIn(fed.signInName(), "Passw0rd!"), NotAuthorizedException.class,
          "User is not authorized to get auth details.");
    }

    @Test
    void shouldLetAnAdministratorConfirmAFederatedUserWithAPassword() {
      pool.user("Google_1234567890").externalProvider();

      var set = pool.service()
          .adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "Google_1234567890", "Passw0rd!", true));

      assertThat(set.get().status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(pool.signIn("Google_1234567890", "Passw0rd!")).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldHashAGivenPasswordAndHistoryAsTheServiceWould() {
      TestUser old = pool.user("old").passwordHistory("0ld-Passw0rd1").password("Passw0rd!").archived();

      assertThat(old.user().password().get().isTemporary()).isFalse();
      assertThat(old.user().passwordHistory().size()).isEqualTo(2);
      var reuse = pool.service().adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "old", "0ld-Passw0rd1", true));
      assertThat(error(reuse)).startsWith("PasswordHistoryPolicyViolationException");
      var fresh = pool.service().adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "old", "N3w-Passw0rd!", true));
      assertThat(fresh.get().status()).isEqualTo(UserStatus.CONFIRMED);
    }

    @Test
    void shouldWriteAnImportedUserAsResetRequiredWithoutAPassword() {
      TestUser imported = pool.user("imported").verifiedEmail("imported@example.com").imported();

      assertThat(imported.status()).isEqualTo(UserStatus.RESET_REQUIRED);
      assertThat(imported.user().password()).isEmpty();
      assertRefused(() -> pool.signIn("imported", "anything1A!"), PasswordResetRequiredException.class,
          "Password reset required for the user");
    }

    @Test
    void shouldRefuseAnImportedUserWithAPassword() {
      assertThatThrownBy(() -> pool.user("imported").password("Passw0rd!").imported())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an imported user has no password");
    }

    @Test
    void shouldWriteADisabledUserDirectly() {
      TestUser old = pool.user("old").disabled().compromised();

      assertThat(old.enabled()).isFalse();
    }

    @Test
    void shouldIndexAStoredUserUnderItsVerifiedAlias() {
      TestPool aliases = TestPool.create(cognito, PoolSpec.defaults().aliasAttributes(AliasAttribute.EMAIL));

      TestUser old = aliases.user("old").verifiedEmail("old@example.com").unknown();

      assertThat(aliases.find("old@example.com").get().sub()).isEqualTo(old.sub());
    }

    @Test
    void shouldRefuseAStoredUserWhoseNameIsTaken() {
      pool.user("old").archived();

      assertThatThrownBy(() -> pool.user("old").archived()).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("old cannot be stored: KeyTaken");
    }

    @Test
    void shouldRefuseAStoredUserWithAnUnknownAttribute() {
      assertThatThrownBy(() -> pool.user("old").attribute("shoe_size", "44").archived())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("shoe_size: Attribute does not exist in the schema.");
    }
  }

  @Nested
  class NamingOfThePool {

    @Test
    void shouldStoreTheSubAsUsernameWhenUsernamesAreEmails() {
      TestPool pool = TestPool.create(cognito, PoolSpec.defaults().usernameAttributes(ContactAttribute.EMAIL));

      TestUser jane = pool.user("jane@example.com").confirmed();

      assertThat(jane.signInName()).isEqualTo("jane@example.com");
      assertThat(jane.user().username().value()).isEqualTo(jane.sub().value());
      assertThat(jane.signIn()).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldWriteAStoredUserOfAnEmailPoolUnderItsEmail() {
      TestPool pool = TestPool.create(cognito, PoolSpec.defaults().usernameAttributes(ContactAttribute.EMAIL));

      TestUser old = pool.user("old@example.com").archived();

      assertThat(old.signInName()).isEqualTo("old@example.com");
      assertThat(old.user().username().value()).isEqualTo(old.sub().value());
      assertThat(pool.find("old@example.com")).isNotEmpty();
    }

    @Test
    void shouldRefuseAStoredUserWhoseNameIsNotAnEmailInAnEmailPool() {
      TestPool pool = TestPool.create(cognito, PoolSpec.defaults().usernameAttributes(ContactAttribute.EMAIL));

      assertThatThrownBy(() -> pool.user("old").archived()).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("old: usernames in this pool are email");
    }

    @Test
    void shouldResetAUserOfAnEmailPoolWhoseEmailIsVerified() {
      TestPool pool = TestPool.create(cognito, PoolSpec.defaults().usernameAttributes(ContactAttribute.EMAIL));

      TestUser jane = pool.user("jane@example.com").attribute("email_verified", "true").resetRequired();

      assertThat(jane.status()).isEqualTo(UserStatus.RESET_REQUIRED);
      assertThat(pool.mailbox().lastCodeFor("jane@example.com")).isNotEmpty();
    }

    @Test
    void shouldMatchNamesRegardlessOfCaseInACaseInsensitivePool() {
      TestPool pool = TestPool.create(cognito, PoolSpec.defaults().caseInsensitive());

      pool.user("Jane").password("Passw0rd!").confirmed();

      assertThat(pool.signIn("JANE", "Passw0rd!")).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldSendTheSignUpCodeToAnAutoVerifiedEmail() {
      TestPool pool = TestPool.create(cognito, PoolSpec.defaults().autoVerifiedAttributes(ContactAttribute.EMAIL));

      pool.user("jane").email("jane@example.com").unconfirmed();

      assertThat(pool.mailbox().all().stream().map(d -> d.message().fold(Message.CodeMessage::purpose, invitation -> null)).toList())
          .containsExactly(CodePurpose.SIGN_UP);
    }
  }

  @Test
  void shouldReachEveryStatus() {
    TestPool pool = TestPool.create(cognito);
    EnumSet<UserStatus> reached = EnumSet.noneOf(UserStatus.class);

    for (UserStatus status : UserStatus.values()) {
      reached.add(pool.user("user-" + status).verifiedEmail(status.name().toLowerCase() + "@example.com").inStatus(status).status());
    }

    assertThat(reached).containsExactlyInAnyOrder(UserStatus.values());
  }
}
