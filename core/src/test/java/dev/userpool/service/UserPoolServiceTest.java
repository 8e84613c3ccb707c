package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.support.Fixtures;
import dev.userpool.support.ForwardingUserPools;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Message;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserPoolServiceTest {

  private final SimpleUserPools store = new SimpleUserPools();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final UserPoolService service = service(store, op -> true);

  private UserPoolService service(UserPools pools, RateLimits limits) {
    return UserPoolService.builder().pools(pools).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(1))
        .codes(() -> ConfirmationCode.of("123456")).rateLimits(limits).clock(clock).build();
  }

  private UserPool pool(Requests.CreateUserPool request) {
    return service.poolConfiguration().createUserPool(request).get();
  }

  private String client(UserPool pool, String existence, String... flows) {
    return service.poolConfiguration()
        .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app", List.of(flows), existence, null, null))
        .get().clientId().value();
  }

  private String passwordClient(UserPool pool) {
    return client(pool, null, "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH");
  }

  private void confirmedUser(UserPool pool, String username, String email) {
    service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), username, null,
        List.of(new Requests.AttributeType("email", email), new Requests.AttributeType("email_verified", "true")), "SUPPRESS")).get();
    service.adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), username, Fixtures.PASSWORD, true)).get();
  }

  private Either<CognitoError, Results.SignIn> signIn(String clientId, String username, String password) {
    return service
        .signIns()
        .initiateAuth(new Requests.InitiateAuth(clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", username, "PASSWORD", password)));
  }

  @Nested
  class RequestValidation {
    @Test
    void shouldNeverQuoteAPasswordOrUsername() {
      var outcome = service.adminSetUserPassword(new Requests.AdminSetUserPassword("us-east-1_x", "has space", " pw", true));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: 2 validation errors detected: "
          + "Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: "
          + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+; "
          + "Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$");
    }

    @Test
    void shouldQuoteAnInvalidPoolIdAndReportMissingMembers() {
      var outcome = service.adminSetUserPassword(new Requests.AdminSetUserPassword("bad", null, null, null));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: 3 validation errors detected: "
          + "Value 'bad' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: "
          + "[\\w-]+_[0-9a-zA-Z]+; "
          + "Value null at 'username' failed to satisfy constraint: Member must not be null; "
          + "Value null at 'password' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void shouldReportAnUnknownPoolAfterValidation() {
      assertThat(message(service.adminGetUser(new Requests.AdminGetUser("us-east-1_Nope", "jane"))))
          .isEqualTo("ResourceNotFoundException: User pool us-east-1_Nope does not exist.");
    }

    @Test
    void shouldReportAnUnknownClient() {
      assertThat(message(signIn("unknownclient1", "jane", "x")))
          .isEqualTo("ResourceNotFoundException: User pool client unknownclient1 does not exist.");
    }

    @Test
    void shouldQuoteAnEmptyClientIdDespiteItsSensitivity() {
      assertThat(message(signIn("", "jane", "x"))).isEqualTo("InvalidParameterException: 2 validation errors detected: "
          + "Value '' at 'clientId' failed to satisfy constraint: Member must have length greater than or equal to 1; "
          + "Value '' at 'clientId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+");
    }
  }

  @Nested
  class Pools {
    @Test
    void shouldNamePoolsAfterTheRegionAndDrawSixDigitCodesByDefault() {
      List<Message> sent = new ArrayList<>();
      UserPoolService defaults = UserPoolService.builder().pools(new SimpleUserPools()).hasher(Fixtures.HASHER)
          .randomness(Fixtures.seeded(9)).clock(clock).region("eu-west-1").deliveries((pool, message) -> sent.add(message)).build();
      UserPool pool = defaults.poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("app", null, null, null, null, List.of("email"), null)).get();
      String clientId = defaults.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app", null, null, null, null))
          .get().clientId().value();

      defaults
          .signUps()
          .signUp(new Requests.SignUp(clientId, "jane", Fixtures.PASSWORD, List.of(new Requests.AttributeType("email", "j@example.com"))))
          .get();

      assertThat(pool.id().value()).matches("eu-west-1_[A-Za-z0-9]{9}");
      assertThat(sent).singleElement().isInstanceOfSatisfying(Message.CodeMessage.class,
          m -> assertThat(m.code().reveal()).matches("[0-9]{6}"));
    }

    @Test
    void shouldCreateAnEssentialsPoolWithCognitosDefaultPolicy() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      assertThat(pool.tier().name()).isEqualTo("ESSENTIALS");
      assertThat(pool.passwordPolicy()).isEqualTo(PasswordPolicy.cognitoDefault());
      assertThat(pool.id().value()).matches("us-east-1_[A-Za-z0-9]{9}");
    }

    @Test
    void shouldRefusePasswordHistoryOnLite() {
      var outcome = service
          .poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("app", new Requests.PasswordPolicyType(8, true, true, true, true, 3, 7),
              "LITE", null, null, null, null));

      assertThat(message(outcome)).isEqualTo("FeatureUnavailableInTierException: "
          + "The following features need to be disabled for the LITE pricing tier configured: Password Reuse Prevention");
    }

    @Test
    void shouldAllowAPolicyWithoutHistoryOnLite() {
      var outcome = service
          .poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("app", new Requests.PasswordPolicyType(8, true, true, true, true, 0, 7),
              "LITE", null, null, null, null));

      assertThat(outcome.get().tier().name()).isEqualTo("LITE");
    }

    @Test
    void shouldRefuseAPoolIdWithNothingBeforeTheUnderscore() {
      var outcome = service.adminGetUser(new Requests.AdminGetUser("_abc", "jane"));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: 1 validation error detected: "
          + "Value '_abc' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: "
          + "[\\w-]+_[0-9a-zA-Z]+");
    }

    @Test
    void shouldReportEveryOutOfRangePolicyMember() {
      var outcome = service
          .poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("app", new Requests.PasswordPolicyType(5, null, null, null, null, 25, null),
              "GOLD", null, null, null, null));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: 3 validation errors detected: "
          + "Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value greater than or "
          + "equal to 6; "
          + "Value '25' at 'policies.passwordPolicy.passwordHistorySize' failed to satisfy constraint: Member must have value less than "
          + "or equal to 24; "
          + "Value 'GOLD' at 'userPoolTier' failed to satisfy constraint: Member must satisfy enum value set: [LITE, ESSENTIALS, PLUS]");
    }

    @Test
    void shouldRefuseBothUsernameAndAliasAttributes() {
      var outcome = service.poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("app", null, null, List.of("email"), List.of("email"), null, null));

      assertThat(message(outcome))
          .isEqualTo("InvalidParameterException: Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
    }

    @Test
    void shouldResetAnAbsentPolicyToTheDefaultOnUpdate() {
      UserPool pool = pool(new Requests.CreateUserPool("app", new Requests.PasswordPolicyType(12, false, false, false, false, 0, 3), null,
          null, null, null, null));

      UserPool updated = service.poolConfiguration().updateUserPool(new Requests.UpdateUserPool(pool.id().value(), null, null)).get();

      assertThat(updated.passwordPolicy()).isEqualTo(PasswordPolicy.cognitoDefault());
      assertThat(updated.version()).isEqualTo(pool.version() + 1);
    }

    @Test
    void shouldDeleteAPoolAndItsUsers() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      confirmedUser(pool, "jane", "jane@example.com");

      service.poolConfiguration().deleteUserPool(new Requests.DeleteUserPool(pool.id().value())).get();

      assertThat(message(service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "jane"))))
          .isEqualTo("ResourceNotFoundException: User pool " + pool.id().value() + " does not exist.");
    }

    @Test
    void shouldGiveAClientASecretOnlyWhenAsked() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      var secret = service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app", null, null, null, true));
      var plain = service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app", null, null, null, false));

      assertThat(secret.get().clientSecret().get().reveal()).matches("[a-z0-9]{51}");
      assertThat(secret.get().toString()).doesNotContain(secret.get().clientSecret().get().reveal());
      assertThat(plain.get().clientSecret()).isEmpty();
    }

    @Test
    void shouldValidateTheSessionValidity() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      var outcome = service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app", null, null, 16, null));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: 1 validation error detected: "
          + "Value '16' at 'authSessionValidity' failed to satisfy constraint: Member must have value less than or equal to 15");
    }
  }

  @Nested
  class SignIn {
    @Test
    void shouldRefuseAFlowTheClientDoesNotAllow() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String defaults = client(pool, null);

      assertThat(message(signIn(defaults, "jane", "x")))
          .isEqualTo("InvalidParameterException: USER_PASSWORD_AUTH flow not enabled for this client");
      assertThat(
          message(service.signIns()
              .adminInitiateAuth(new Requests.AdminInitiateAuth(pool.id().value(), defaults, "ADMIN_USER_PASSWORD_AUTH",
                  Map.of("USERNAME", "jane", "PASSWORD", "x")))))
          .isEqualTo("InvalidParameterException: Auth flow not enabled for this client");
    }

    @Test
    void shouldRefuseAnAdminFlowOnInitiateAuth() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      var outcome = service.signIns().initiateAuth(new Requests.InitiateAuth(passwordClient(pool), "ADMIN_USER_PASSWORD_AUTH", Map.of()));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: Initiate Auth method not supported.");
    }

    @Test
    void shouldRefuseAUserFlowInAdminInitiateAuthAndTheUnimplementedFlows() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);
      Map<String, String> parameters = Map.of("USERNAME", "jane", "PASSWORD", Fixtures.PASSWORD);

      assertThat(
          message(service.signIns()
              .adminInitiateAuth(new Requests.AdminInitiateAuth(pool.id().value(), clientId, "USER_PASSWORD_AUTH", parameters))))
          .isEqualTo("InvalidParameterException: Initiate Auth method not supported.");
      assertThat(message(
          service.signIns().adminInitiateAuth(new Requests.AdminInitiateAuth(pool.id().value(), clientId, "CUSTOM_AUTH", parameters))))
          .isEqualTo("InvalidParameterException: Auth flow not enabled for this client");
      assertThat(message(service.signIns().initiateAuth(new Requests.InitiateAuth(clientId, "USER_SRP_AUTH", parameters))))
          .isEqualTo("InvalidParameterException: Auth flow not enabled for this client");
    }

    @Test
    void shouldLockOutAfterFiveWrongPasswordsEvenTheRightOne() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);
      confirmedUser(pool, "jane", "jane@example.com");

      for (int i = 0; i < 5; i++) {
        assertThat(message(signIn(clientId, "jane", Fixtures.OTHER_PASSWORD)))
            .isEqualTo("NotAuthorizedException: Incorrect username or password.");
      }
      var locked = signIn(clientId, "jane", Fixtures.PASSWORD);
      clock.advance(Duration.ofSeconds(2));
      var free = signIn(clientId, "jane", Fixtures.PASSWORD);

      assertThat(message(locked)).isEqualTo("NotAuthorizedException: Password attempts exceeded");
      assertThat(free.isRight()).isTrue();
    }

    @Test
    void shouldRequireTheUsernameAndPasswordParametersByName() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);

      var noUsername = service.signIns().initiateAuth(new Requests.InitiateAuth(clientId, "USER_PASSWORD_AUTH", Map.of("PASSWORD", "x")));
      var noPassword = service.signIns()
          .initiateAuth(new Requests.InitiateAuth(clientId, "USER_PASSWORD_AUTH", Map.of("USERNAME", "jane")));

      assertThat(message(noUsername)).isEqualTo("InvalidParameterException: Missing required parameter USERNAME");
      assertThat(message(noPassword)).isEqualTo("InvalidParameterException: Missing required parameter PASSWORD");
    }

    @Test
    void shouldSayUnknownUsersDoNotExistUnlessTheClientHidesThem() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String legacy = client(pool, "LEGACY", "ALLOW_USER_PASSWORD_AUTH");
      String hiding = client(pool, "ENABLED", "ALLOW_USER_PASSWORD_AUTH");

      assertThat(message(signIn(legacy, "ghost", "x"))).isEqualTo("UserNotFoundException: User does not exist.");
      assertThat(message(signIn(hiding, "ghost", "x"))).isEqualTo("NotAuthorizedException: Incorrect username or password.");
    }

    @Test
    void shouldFindUsersBySubAndByVerifiedEmailAlias() {
      UserPool pool = pool(new Requests.CreateUserPool("app", null, null, null, List.of("email"), null, null));
      String clientId = passwordClient(pool);
      confirmedUser(pool, "jane", "jane@example.com");
      String sub = service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "jane")).get().sub().value();

      assertThat(signIn(clientId, sub, Fixtures.PASSWORD).get()).isInstanceOf(Results.Authenticated.class);
      assertThat(signIn(clientId, "jane@example.com", Fixtures.PASSWORD).get()).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldNotFindAnUnverifiedEmailAlias() {
      UserPool pool = pool(new Requests.CreateUserPool("app", null, null, null, List.of("email"), null, null));
      service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", Fixtures.PASSWORD,
          List.of(new Requests.AttributeType("email", "jane@example.com")), "SUPPRESS")).get();

      assertThat(message(service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "jane@example.com"))))
          .isEqualTo("UserNotFoundException: User does not exist.");
    }

    @Test
    void shouldMatchNamesRegardlessOfCaseInACaseInsensitivePool() {
      UserPool pool = pool(new Requests.CreateUserPool("app", null, null, null, List.of("email"), null, false));
      String clientId = passwordClient(pool);
      confirmedUser(pool, "Jane", "Jane@Example.com");

      assertThat(signIn(clientId, "JANE", Fixtures.PASSWORD).get()).isInstanceOf(Results.Authenticated.class);
      assertThat(signIn(clientId, "jane@example.COM", Fixtures.PASSWORD).get()).isInstanceOf(Results.Authenticated.class);
      assertThat(message(signIn(clientId, "jane", Fixtures.PASSWORD.toLowerCase())))
          .isEqualTo("NotAuthorizedException: Incorrect username or password.");
    }

    @Test
    void shouldNotWriteAPlainSignIn() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);
      confirmedUser(pool, "jane", "jane@example.com");
      long version = service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "jane")).get().version();

      signIn(clientId, "jane", Fixtures.PASSWORD).get();

      assertThat(service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "jane")).get().version()).isEqualTo(version);
    }
  }

  @Nested
  class Challenges {
    private UserPool pool;
    private String clientId;

    private Either<CognitoError, Results.SignIn> answer(String challenge, String session, Map<String, String> responses) {
      return service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(clientId, challenge, session, responses));
    }

    private String challenged() {
      pool = pool(Requests.CreateUserPool.named("app"));
      clientId = passwordClient(pool);
      service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", Fixtures.PASSWORD, null, "SUPPRESS")).get();
      return ((Results.NewPasswordRequired) signIn(clientId, "jane", Fixtures.PASSWORD).get()).session().reveal();
    }

    @Test
    void shouldAnswerOnlyTheNewPasswordChallenge() {
      String session = challenged();

      assertThat(answer("ADMIN_NO_SRP_AUTH", session, Map.of("USERNAME", "jane")).getLeft().cognitoError())
          .isEqualTo("UnsupportedOperationException");
    }

    @Test
    void shouldRequireTheUsernameAndTheNewPassword() {
      String session = challenged();

      assertThat(message(answer("NEW_PASSWORD_REQUIRED", session, Map.of("NEW_PASSWORD", "N3w-Passw0rd"))))
          .isEqualTo("InvalidParameterException: Missing required parameter USERNAME");
      assertThat(message(answer("NEW_PASSWORD_REQUIRED", session, Map.of("USERNAME", "jane"))))
          .isEqualTo("InvalidParameterException: Missing required parameter NEW_PASSWORD");
    }

    @Test
    void shouldRefuseAnAnswerWithoutASession() {
      challenged();

      assertThat(message(answer("NEW_PASSWORD_REQUIRED", null, Map.of("USERNAME", "jane", "NEW_PASSWORD", "N3w-Passw0rd"))))
          .isEqualTo("NotAuthorizedException: Invalid session for the user.");
    }

    @Test
    void shouldSayAnUnknownUserDoesNotExistUnlessTheClientHidesIt() {
      String session = challenged();
      String hiding = client(pool, "ENABLED", "ALLOW_USER_PASSWORD_AUTH");
      Map<String, String> ghost = Map.of("USERNAME", "ghost", "NEW_PASSWORD", "N3w-Passw0rd");

      assertThat(message(answer("NEW_PASSWORD_REQUIRED", session, ghost))).isEqualTo("UserNotFoundException: User does not exist.");
      assertThat(
          message(service.signIns()
              .respondToAuthChallenge(new Requests.RespondToAuthChallenge(hiding, "NEW_PASSWORD_REQUIRED", session, ghost))))
          .isEqualTo("NotAuthorizedException: Invalid session for the user.");
    }

    @Test
    void shouldAnswerThroughTheAdminOperationAndSetTheGivenAttributes() {
      String session = challenged();

      var answered = service.signIns().adminRespondToAuthChallenge(new Requests.AdminRespondToAuthChallenge(pool.id().value(), clientId,
          "NEW_PASSWORD_REQUIRED", session, Map.of("USERNAME", "jane", "NEW_PASSWORD", "N3w-Passw0rd", "userAttributes.name", "Jane")));

      assertThat(answered.get()).isInstanceOf(Results.Authenticated.class);
      assertThat(answered.get().user().attributes().get("name")).contains("Jane");
    }

    @Test
    void shouldNotLetAnAnswerMarkAContactVerified() {
      String session = challenged();

      assertThat(message(answer("NEW_PASSWORD_REQUIRED", session,
          Map.of("USERNAME", "jane", "NEW_PASSWORD", "N3w-Passw0rd", "userAttributes.email_verified", "true"))))
          .isEqualTo("NotAuthorizedException: A client attempted to write unauthorized attribute");
    }
  }

  @Nested
  class Names {
    @Test
    void shouldWordDuplicatesAsEachOperationDoes() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);
      confirmedUser(pool, "jane", "jane@example.com");

      assertThat(message(service.signUps().signUp(new Requests.SignUp(clientId, "jane", Fixtures.PASSWORD, null))))
          .isEqualTo("UsernameExistsException: User already exists");
      assertThat(message(service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", null, null, null))))
          .isEqualTo("UsernameExistsException: User account already exists");
    }

    @Test
    void shouldWordATakenEmailUsername() {
      UserPool pool = pool(new Requests.CreateUserPool("app", null, null, List.of("email"), null, null, null));
      String clientId = passwordClient(pool);
      service.signUps().signUp(new Requests.SignUp(clientId, "jane@example.com", Fixtures.PASSWORD, null)).get();

      assertThat(message(service.signUps().signUp(new Requests.SignUp(clientId, "jane@example.com", Fixtures.PASSWORD, null))))
          .isEqualTo("UsernameExistsException: An account with the given email already exists.");
    }

    @Test
    void shouldRefuseAVerifiedAliasAnotherUserHolds() {
      UserPool pool = pool(new Requests.CreateUserPool("app", null, null, null, List.of("email"), null, null));
      confirmedUser(pool, "jane", "shared@example.com");

      var outcome = service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "john", null,
          List.of(new Requests.AttributeType("email", "shared@example.com"), new Requests.AttributeType("email_verified", "true")), null));

      assertThat(message(outcome)).isEqualTo("AliasExistsException: An account with the given email already exists.");
    }

    @Test
    void shouldResendAnInvitationOnlyToAnExistingUser() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      assertThat(message(service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "ghost", null, null, "RESEND"))))
          .isEqualTo("UserNotFoundException: User does not exist.");
    }

    @Test
    void shouldResendAnInvitationWithANewTemporaryPasswordThatReplacesTheOld() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);
      List<Requests.AttributeType> email = List.of(new Requests.AttributeType("email", "jane@example.com"));
      service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", "Temp-Passw0rd1", email, "SUPPRESS")).get();

      User resent = service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", "Temp-Passw0rd2", null, "RESEND"))
          .get();

      assertThat(resent.status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
      assertThat(signIn(clientId, "jane", "Temp-Passw0rd2").get()).isInstanceOf(Results.NewPasswordRequired.class);
      assertThat(message(signIn(clientId, "jane", "Temp-Passw0rd1"))).isEqualTo("NotAuthorizedException: Incorrect username or password.");
    }

    @Test
    void shouldSendTheInvitationToTheUsersContact() {
      List<Message> sent = new ArrayList<>();
      UserPoolService delivering = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(1))
          .deliveries((pool, m) -> sent.add(m)).clock(clock).build();
      UserPool pool = delivering.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get();

      delivering.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", "Temp-Passw0rd1", List.of(
          new Requests.AttributeType("email", "jane@example.com")), null)).get();
      delivering.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "john", "Temp-Passw0rd1", List.of(
          new Requests.AttributeType("phone_number", "+15555550101")), null)).get();

      assertThat(sent).extracting(m -> ((Message.InvitationMessage) m).delivery().get()).containsExactly(
          new CodeDelivery(ContactAttribute.EMAIL, "jane@example.com"),
          new CodeDelivery(ContactAttribute.PHONE_NUMBER, "+15555550101"));
    }

    @Test
    void shouldStoreAPhoneNumberUsernameAsTheSubInAPhoneNumberPool() {
      UserPool pool = pool(new Requests.CreateUserPool("app", null, null, List.of("phone_number"), null, null, null));

      User created = service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "+15555550100", null, null, "SUPPRESS")).get();

      assertThat(created.username().value()).isEqualTo(created.sub().value());
      assertThat(created.attributes().get("phone_number").get()).isEqualTo("+15555550100");
      assertThat(message(service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", null, null, "SUPPRESS"))))
          .isEqualTo("InvalidParameterException: Username should be a phone number.");
    }

    @Test
    void shouldRejectAPhoneNumberNotInE164Form() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      var outcome = service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", null,
          List.of(new Requests.AttributeType("phone_number", "555-0100")), "SUPPRESS"));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: Invalid phone number format.");
    }

    @Test
    void shouldRejectAnUnknownAttribute() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      var outcome = service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", null,
          List.of(new Requests.AttributeType("favourite_colour", "blue")), null));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: Attributes did not conform to the schema: "
          + "favourite_colour: Attribute does not exist in the schema.\n");
    }
  }

  @Nested
  class CodeFlows {
    @Test
    void shouldChangeThePasswordOfTheUserTheTokenNames() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);
      confirmedUser(pool, "jane", "jane@example.com");
      String sub = service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "jane")).get().sub().value();

      User changed = service.changePassword(new Requests.ChangePassword(pool.id().value(), sub, Fixtures.PASSWORD, Fixtures.OTHER_PASSWORD))
          .get();

      assertThat(changed.status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(signIn(clientId, "jane", Fixtures.OTHER_PASSWORD).get()).isInstanceOf(Results.Authenticated.class);
      assertThat(message(signIn(clientId, "jane", Fixtures.PASSWORD))).isEqualTo("NotAuthorizedException: Incorrect username or password.");
    }

    @Test
    void shouldRefuseAChangeWhoseTokenNamesNoValidPoolOrSub() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      confirmedUser(pool, "jane", "jane@example.com");
      String sub = service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "jane")).get().sub().value();
      String refused = "NotAuthorizedException: Invalid Access Token";

      assertThat(message(service.changePassword(new Requests.ChangePassword(null, sub, Fixtures.PASSWORD, Fixtures.OTHER_PASSWORD))))
          .isEqualTo(refused);
      assertThat(message(service.changePassword(new Requests.ChangePassword("bad", sub, Fixtures.PASSWORD, Fixtures.OTHER_PASSWORD))))
          .isEqualTo(refused);
      assertThat(
          message(service.changePassword(new Requests.ChangePassword(pool.id().value(), null, Fixtures.PASSWORD, Fixtures.OTHER_PASSWORD))))
          .isEqualTo(refused);
      assertThat(message(
          service.changePassword(new Requests.ChangePassword(pool.id().value(), "jane", Fixtures.PASSWORD, Fixtures.OTHER_PASSWORD))))
          .isEqualTo(refused);
    }

    @Test
    void shouldHideUnknownUsersInForgotPasswordWithASimulatedDelivery() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String hiding = client(pool, "ENABLED");
      String legacy = client(pool, "LEGACY");

      assertThat(message(service.signUps().forgotPassword(new Requests.ForgotPassword(legacy, "ghost"))))
          .isEqualTo("UserNotFoundException: Username/client id combination not found.");
      assertThat(service.signUps().forgotPassword(new Requests.ForgotPassword(hiding, "ghost@example.com")).get().codeDelivery()
          .maskedDestination())
          .isEqualTo("g***@e***");
      assertThat(service.signUps().forgotPassword(new Requests.ForgotPassword(hiding, "+15555550100")).get().codeDelivery())
          .isEqualTo(new CodeDelivery(ContactAttribute.PHONE_NUMBER, "+15555550100"));
      assertThat(service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(hiding, "ghost", null)).get().codeDelivery())
          .isEqualTo(new CodeDelivery(ContactAttribute.EMAIL, "ghost@ghost"));
    }

    @Test
    void shouldHideDisabledAndUnverifiedUsersInForgotPasswordToo() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String hiding = client(pool, "ENABLED");
      String legacy = client(pool, "LEGACY");
      confirmedUser(pool, "jane", "jane@example.com");
      service.adminDisableUser(new Requests.AdminDisableUser(pool.id().value(), "jane")).get();
      service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "john", null, null, "SUPPRESS")).get();
      service.adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "john", Fixtures.PASSWORD, true)).get();

      assertThat(service.signUps().forgotPassword(new Requests.ForgotPassword(hiding, "jane")).isRight()).isTrue();
      assertThat(service.signUps().forgotPassword(new Requests.ForgotPassword(hiding, "john")).get().codeDelivery().maskedDestination())
          .isEqualTo("j***@j***");
      assertThat(message(service.signUps().forgotPassword(new Requests.ForgotPassword(legacy, "jane"))))
          .isEqualTo("NotAuthorizedException: User is disabled.");
      assertThat(
          message(service.signUps().confirmForgotPassword(new Requests.ConfirmForgotPassword(hiding, "jane", "123456", Fixtures.PASSWORD))))
          .isEqualTo("CodeMismatchException: Invalid verification code provided, please try again.");
      assertThat(
          message(service.signUps().confirmForgotPassword(new Requests.ConfirmForgotPassword(legacy, "jane", "123456", Fixtures.PASSWORD))))
          .isEqualTo("NotAuthorizedException: User is disabled.");
    }

    @Test
    void shouldNotHideAStatusThatCannotBeReset() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String hiding = client(pool, "ENABLED");
      service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", Fixtures.PASSWORD,
          List.of(new Requests.AttributeType("email", "jane@example.com"), new Requests.AttributeType("email_verified", "true")),
          "SUPPRESS")).get();

      assertThat(message(service.signUps().forgotPassword(new Requests.ForgotPassword(hiding, "jane"))))
          .isEqualTo("NotAuthorizedException: User password cannot be reset in the current state.");
    }

    @Test
    void shouldAnswerCodeMismatchForHiddenUsersInConfirmForgotPassword() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String hiding = client(pool, "ENABLED");

      assertThat(message(
          service.signUps().confirmForgotPassword(new Requests.ConfirmForgotPassword(hiding, "ghost", "123456", Fixtures.PASSWORD))))
          .isEqualTo("CodeMismatchException: Invalid verification code provided, please try again.");
    }

    @Test
    void shouldNotLetAClientMarkItsOwnEmailVerified() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);

      var outcome = service.signUps().signUp(new Requests.SignUp(clientId, "jane", Fixtures.PASSWORD,
          List.of(new Requests.AttributeType("email", "jane@example.com"), new Requests.AttributeType("email_verified", "true"))));

      assertThat(message(outcome)).isEqualTo("NotAuthorizedException: A client attempted to write unauthorized attribute");
    }

    @Test
    void shouldSignUpConfirmAndSignIn() {
      UserPool pool = pool(new Requests.CreateUserPool("app", null, null, null, null, List.of("email"), null));
      String clientId = passwordClient(pool);

      var signedUp = service
          .signUps().signUp(
              new Requests.SignUp(clientId, "jane", Fixtures.PASSWORD, List.of(new Requests.AttributeType("email", "jane@example.com"))))
          .get();
      assertThat(message(signIn(clientId, "jane", Fixtures.PASSWORD))).isEqualTo("UserNotConfirmedException: User is not confirmed.");
      service.signUps().confirmSignUp(new Requests.ConfirmSignUp(clientId, "jane", "123456")).get();

      assertThat(signedUp.codeDelivery().get().deliveryMedium()).isEqualTo("EMAIL");
      assertThat(signIn(clientId, "jane", Fixtures.PASSWORD).get()).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldLetAnAdministratorConfirmASignUpEvenWhileTheUserIsDisabled() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);
      service
          .signUps().signUp(
              new Requests.SignUp(clientId, "jane", Fixtures.PASSWORD, List.of(new Requests.AttributeType("email", "jane@example.com"))))
          .get();
      service.adminDisableUser(new Requests.AdminDisableUser(pool.id().value(), "jane")).get();

      User confirmed = service.adminConfirmSignUp(new Requests.AdminConfirmSignUp(pool.id().value(), "jane")).get();
      service.adminEnableUser(new Requests.AdminEnableUser(pool.id().value(), "jane")).get();

      assertThat(confirmed.status()).isEqualTo(UserStatus.CONFIRMED);
      assertThat(confirmed.pendingCode()).isEmpty();
      assertThat(signIn(clientId, "jane", Fixtures.PASSWORD).get()).isInstanceOf(Results.Authenticated.class);
    }

    @Test
    void shouldAnswerConfirmSignUpForAnUnknownUserAsTheClientsExistenceSettingSays() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String legacy = client(pool, "LEGACY", "ALLOW_USER_PASSWORD_AUTH");
      String hiding = client(pool, "ENABLED", "ALLOW_USER_PASSWORD_AUTH");

      assertThat(message(service.signUps().confirmSignUp(new Requests.ConfirmSignUp(legacy, "ghost", "123456"))))
          .isEqualTo("UserNotFoundException: Username/client id combination not found.");
      assertThat(message(service.signUps().confirmSignUp(new Requests.ConfirmSignUp(hiding, "ghost", "123456"))))
          .isEqualTo("CodeMismatchException: Invalid verification code provided, please try again.");
    }
  }

  @Nested
  class Bounds {
    @Test
    void shouldAcceptSessionValiditiesFromThreeToFifteenMinutes() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      for (int minutes : List.of(3, 15)) {
        assertThat(service.poolConfiguration()
            .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app", null, null, minutes, null))
            .get().authSessionValidity()).isEqualTo(minutes);
      }
      assertThat(message(service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app", null, null, 2, null))))
          .isEqualTo("InvalidParameterException: 1 validation error detected: Value '2' at 'authSessionValidity' failed to satisfy "
              + "constraint: Member must have value greater than or equal to 3");
    }

    /** AWS names the list and shows it whole (observed for AllowedOAuthFlows: awsdocs/aws-cloudformation-user-guide#563). */
    @Test
    void shouldNameTheListMemberThatBreaksItsEnum() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      var outcome = service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app",
          List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_NOTHING"), null, null, null));

      assertThat(outcome.getLeft().message())
          .startsWith("1 validation error detected: Value '[ALLOW_USER_PASSWORD_AUTH, ALLOW_NOTHING]' at 'explicitAuthFlows' failed to"
              + " satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [");
    }

    @Test
    void shouldReadAListLimitOfZeroAsSixty() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      confirmedUser(pool, "jane", "jane@example.com");

      var page = service.listUsers(new Requests.ListUsers(pool.id().value(), 0, null, null)).get();

      assertThat(page.users().map(u -> u.username().value())).containsExactly("jane");
    }

    @Test
    void shouldAcceptAListLimitOfSixty() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      assertThat(service.listUsers(new Requests.ListUsers(pool.id().value(), 60, null, null)).isRight()).isTrue();
      assertThat(message(service.listUsers(new Requests.ListUsers(pool.id().value(), 61, null, null))))
          .endsWith("Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
    }

    @Test
    void shouldDescribeAPoolAndItsClient() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      String clientId = passwordClient(pool);
      confirmedUser(pool, "jane", "jane@example.com");

      assertThat(
          service.poolConfiguration().describeUserPool(new Requests.DescribeUserPool(pool.id().value())).get().estimatedNumberOfUsers())
          .isEqualTo(1);
      assertThat(service.poolConfiguration().describeUserPoolClient(new Requests.DescribeUserPoolClient(pool.id().value(), clientId)).get()
          .clientName())
          .isEqualTo("app");
      assertThat(message(
          service.poolConfiguration().describeUserPoolClient(new Requests.DescribeUserPoolClient(pool.id().value(), "nosuchclient"))))
          .isEqualTo("ResourceNotFoundException: User pool client nosuchclient does not exist.");
    }
  }

  @Nested
  class Listing {
    @Test
    void shouldPageThroughUsersInUsernameOrderAndFilter() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      for (String name : List.of("carol", "alice", "bob", "dave")) {
        confirmedUser(pool, name, name + "@example.com");
      }

      var first = service.listUsers(new Requests.ListUsers(pool.id().value(), 3, null, null)).get();
      var second = service.listUsers(new Requests.ListUsers(pool.id().value(), 3, first.paginationToken().get(), null)).get();
      var filtered = service.listUsers(new Requests.ListUsers(pool.id().value(), null, null, "email ^= \"b\"")).get();

      assertThat(first.users().map(u -> u.username().value())).containsExactly("alice", "bob", "carol");
      assertThat(second.users().map(u -> u.username().value())).containsExactly("dave");
      assertThat(second.paginationToken()).isEmpty();
      assertThat(filtered.users().map(u -> u.username().value())).containsExactly("bob");
    }

    @Test
    void shouldStopAFullPageAtTheLimitWhenMoreUsersFollow() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      for (int i = 0; i < 65; i++) {
        service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), String.format("user%02d", i), null, null, "SUPPRESS"))
            .get();
      }

      var first = service.listUsers(new Requests.ListUsers(pool.id().value(), 60, null, null)).get();
      var second = service.listUsers(new Requests.ListUsers(pool.id().value(), 60, first.paginationToken().get(), null)).get();

      assertThat(first.users()).hasSize(60);
      assertThat(first.users().last().username().value()).isEqualTo("user59");
      assertThat(second.users().map(u -> u.username().value())).containsExactly("user60", "user61", "user62", "user63", "user64");
      assertThat(second.paginationToken()).isEmpty();
    }

    @Test
    void shouldFilterByStatusEnabledFlagSubAndCaseInsensitivePrefix() {
      UserPool pool = pool(new Requests.CreateUserPool("app", null, null, null, null, null, false));
      confirmedUser(pool, "Alice", "alice@example.com");
      confirmedUser(pool, "bob", "bob@example.com");
      service.adminDisableUser(new Requests.AdminDisableUser(pool.id().value(), "bob")).get();
      service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "carol", null, null, "SUPPRESS")).get();
      String sub = service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "bob")).get().sub().value();

      assertThat(names(pool, "cognito:user_status = \"FORCE_CHANGE_PASSWORD\"")).containsExactly("carol");
      assertThat(names(pool, "status = \"Disabled\"")).containsExactly("bob");
      assertThat(names(pool, "sub = \"" + sub + "\"")).containsExactly("bob");
      assertThat(names(pool, "username ^= \"AL\"")).containsExactly("Alice");
      assertThat(names(pool, "email = \"ALICE@example.com\"")).containsExactly("Alice");
      assertThat(names(pool, "name = \"nobody\"")).isEmpty();
    }

    private List<String> names(UserPool pool, String filter) {
      return service.listUsers(new Requests.ListUsers(pool.id().value(), null, null, filter)).get().users().map(u -> u.username().value())
          .toJavaList();
    }

    @Test
    void shouldRejectAPaginationTokenItDidNotIssue() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      assertThat(message(service.listUsers(new Requests.ListUsers(pool.id().value(), null, "!!notbase64", null))))
          .isEqualTo("InvalidParameterException: Invalid pagination token.");
    }

    @Test
    void shouldRejectAFilterItCannotParse() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));

      assertThat(message(service.listUsers(new Requests.ListUsers(pool.id().value(), null, null, "email contains x"))))
          .isEqualTo("InvalidParameterException: Error while parsing filter.");
    }
  }

  @Nested
  class Ports {
    @Test
    void shouldReportARateLimitsRefusal() {
      UserPoolService limited = service(store, op -> op != Operation.ADMIN_GET_USER);

      assertThat(message(limited.adminGetUser(new Requests.AdminGetUser("us-east-1_x", "jane"))))
          .isEqualTo("TooManyRequestsException: Rate exceeded");
    }

    @Test
    void shouldAnswerATypedCommandAsItAnswersTheRequest() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      confirmedUser(pool, "jane", "jane@example.com");

      assertThat(service.adminGetUser(new Commands.PoolUser(pool.id(), new Username("jane"))))
          .isEqualTo(service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), "jane")));
      assertThat(message(service.adminGetUser(new Commands.PoolUser(pool.id(), new Username("joe")))))
          .isEqualTo("UserNotFoundException: User does not exist.");
      UserPoolService limited = service(store, op -> op != Operation.ADMIN_GET_USER);
      assertThat(message(limited.adminGetUser(new Commands.PoolUser(pool.id(), new Username("jane")))))
          .isEqualTo("TooManyRequestsException: Rate exceeded");
    }

    @Test
    void shouldTurnAFailingStoreIntoAnInternalErrorAndChangeNothing() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      confirmedUser(pool, "jane", "jane@example.com");
      var before = store.snapshot();
      UserPools failing = new FailingOnSave(store);

      var outcome = service(failing, op -> true)
          .adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "jane", "N3w-Passw0rd", true));

      assertThat(message(outcome)).isEqualTo("InternalErrorException: Internal server error.");
      assertThat(outcome.getLeft().httpStatus()).isEqualTo(500);
      assertThat(store.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldKeepWhatTheStoreThrewAsTheCauseOfTheInternalError() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      confirmedUser(pool, "jane", "jane@example.com");

      var outcome = service(new FailingOnSave(store), op -> true)
          .adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "jane", "N3w-Passw0rd", true));

      var internal = (CognitoError.InternalError) outcome.getLeft();
      assertThat(internal.cause().map(Throwable::getMessage)).containsExactly("connection reset");
      assertThat(internal.toString()).doesNotContain("connection reset").contains("IllegalStateException");
    }

    @Test
    void shouldRetryAWriteThatLostARace() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      confirmedUser(pool, "jane", "jane@example.com");
      UserPools racing = new ConflictingOnce(store);

      User after = service(racing, op -> true).adminSetUserPassword(
          new Requests.AdminSetUserPassword(pool.id().value(), "jane", "N3w-Passw0rd", false)).get();

      assertThat(after.status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void shouldGiveUpAUserWriteThatLosesEveryRaceAfterMaxAttempts() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      confirmedUser(pool, "jane", "jane@example.com");
      var before = store.snapshot();
      AlwaysConflicting racing = new AlwaysConflicting(store);

      // A cheap decision (no password to hash) keeps 10,000 attempts quick.
      var outcome = service(racing, op -> true).adminDisableUser(new Requests.AdminDisableUser(pool.id().value(), "jane"));

      assertThat(message(outcome)).isEqualTo("InternalErrorException: Internal server error.");
      assertThat(racing.userWrites).isEqualTo(UserPoolService.MAX_ATTEMPTS);
      assertThat(store.snapshot()).isEqualTo(before);
    }

    @Test
    void shouldGiveUpAPoolWriteThatLosesEveryRaceAfterMaxAttempts() {
      UserPool pool = pool(Requests.CreateUserPool.named("app"));
      AlwaysConflicting racing = new AlwaysConflicting(store);
      UserPoolService losing = service(racing, op -> true);

      var update = losing.poolConfiguration().updateUserPool(new Requests.UpdateUserPool(pool.id().value(), null, "PLUS"));
      int updates = racing.poolWrites;
      var create = losing.poolConfiguration().createUserPool(Requests.CreateUserPool.named("other"));

      assertThat(message(update)).isEqualTo("InternalErrorException: Internal server error.");
      assertThat(message(create)).isEqualTo("InternalErrorException: Internal server error.");
      assertThat(updates).isEqualTo(UserPoolService.MAX_ATTEMPTS);
      assertThat(racing.poolWrites).isEqualTo(2 * UserPoolService.MAX_ATTEMPTS);
      assertThat(store.find(pool.id()).get()).isEqualTo(pool);
      assertThat(store.list()).hasSize(1);
    }
  }

  /** A store whose user writes always fail, as a broken database would. */
  private static final class FailingOnSave extends ForwardingUserPools {
    FailingOnSave(UserPools delegate) {
      super(delegate);
    }

    @Override
    protected Either<StoreConflict, User> save(Users users, User user, Set<LookupKey> keys) {
      throw new IllegalStateException("connection reset");
    }
  }

  /** A store where another writer wins the first race. */
  private static final class ConflictingOnce extends ForwardingUserPools {
    private boolean conflicted;

    ConflictingOnce(UserPools delegate) {
      super(delegate);
    }

    @Override
    protected Either<StoreConflict, User> save(Users users, User user, Set<LookupKey> keys) {
      if (!conflicted) {
        conflicted = true;
        return Either.left(new StoreConflict.VersionMismatch());
      }
      return users.save(user, keys);
    }
  }

  /** A store where another writer wins every race, counting the writes it refused. */
  private static final class AlwaysConflicting extends ForwardingUserPools {
    int userWrites;
    int poolWrites;

    AlwaysConflicting(UserPools delegate) {
      super(delegate);
    }

    @Override
    protected Either<StoreConflict, User> save(Users users, User user, Set<LookupKey> keys) {
      userWrites++;
      return Either.left(new StoreConflict.VersionMismatch());
    }

    @Override
    public Either<StoreConflict, UserPool> save(UserPool pool) {
      poolWrites++;
      return Either.left(new StoreConflict.VersionMismatch());
    }
  }
}
