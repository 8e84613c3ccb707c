package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Message;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserAndClientOperationsTest {

  private final SimpleUserPools store = new SimpleUserPools();
  private final List<Message> sent = new ArrayList<>();
  private final UserPoolService service = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER)
      .randomness(Fixtures.seeded(1)).codes(() -> ConfirmationCode.of("123456")).deliveries((pool, m) -> sent.add(m))
      .clock(new MutableClock(Fixtures.T0)).build();
  private final UserPool pool = service.poolConfiguration()
      .createUserPool(new Requests.CreateUserPool("app", null, null, null, List.of("email"),
          List.of("email"), null))
      .get();
  private final String poolId = pool.id().value();
  private final String clientId = service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "web",
      List.of("ALLOW_USER_PASSWORD_AUTH"), null, null, null)).get().clientId().value();

  private User confirmed(String username, String email) {
    service.adminCreateUser(new Requests.AdminCreateUser(poolId, username, null,
        List.of(new Requests.AttributeType("email", email), new Requests.AttributeType("email_verified", "true")), "SUPPRESS")).get();
    return service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, username, Fixtures.PASSWORD, true)).get();
  }

  private User get(String username) {
    return service.adminGetUser(new Requests.AdminGetUser(poolId, username)).get();
  }

  private static List<Requests.AttributeType> attrs(String... nameValues) {
    List<Requests.AttributeType> list = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      list.add(new Requests.AttributeType(nameValues[i], nameValues[i + 1]));
    }
    return list;
  }

  @Nested
  class Pools {
    @Test
    void shouldListPoolsByIdAPageAtATime() {
      String second = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("b")).get().id().value();
      String third = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("c")).get().id().value();
      List<String> ids = new ArrayList<>(List.of(poolId, second, third));
      ids.sort(null);

      var first = service.poolConfiguration().listUserPools(new Requests.ListUserPools(2, null)).get();
      var rest = service.poolConfiguration().listUserPools(new Requests.ListUserPools(2, first.nextToken().get())).get();

      assertThat(first.userPools().map(p -> p.id().value())).containsExactly(ids.get(0), ids.get(1));
      assertThat(rest.userPools().map(p -> p.id().value())).containsExactly(ids.get(2));
      assertThat(rest.nextToken().isEmpty()).isTrue();
      assertThat(service.poolConfiguration().listUserPools(new Requests.ListUserPools(3, null)).get().nextToken().isEmpty()).isTrue();
    }

    @Test
    void shouldRequireMaxResultsWithinOneToSixty() {
      assertThat(message(service.poolConfiguration().listUserPools(new Requests.ListUserPools(null, null)))).isEqualTo(
          "InvalidParameterException: 1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must "
              + "not be null");
      assertThat(message(service.poolConfiguration().listUserPools(new Requests.ListUserPools(61, "")))).isEqualTo(
          "InvalidParameterException: 3 validation errors detected: Value '61' at 'maxResults' failed to satisfy constraint: "
              + "Member must have value less than or equal to 60; Value '' at 'nextToken' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 1; Value '' at 'nextToken' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: [\\S]+");
    }

    @Test
    void shouldRefuseATokenItDidNotIssue() {
      assertThat(message(service.poolConfiguration().listUserPools(new Requests.ListUserPools(10, "!!!"))))
          .isEqualTo("InvalidParameterException: Invalid pagination token.");
    }
  }

  @Nested
  class Clients {
    @Test
    void shouldListClientsAndFailForAnUnknownPool() {
      String other = service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "mobile", null, null, null, null))
          .get().clientId().value();

      var page = service.poolConfiguration().listUserPoolClients(new Requests.ListUserPoolClients(poolId, 1, null)).get();
      var next = service.poolConfiguration().listUserPoolClients(new Requests.ListUserPoolClients(poolId, 1, page.nextToken().get())).get();

      assertThat(page.userPoolClients().appendAll(next.userPoolClients()).map(c -> c.clientId().value()))
          .containsExactlyInAnyOrder(clientId, other);
      assertThat(next.nextToken().isEmpty()).isTrue();
      assertThat(message(service.poolConfiguration().listUserPoolClients(new Requests.ListUserPoolClients("us-east-1_none", null, null))))
          .isEqualTo("ResourceNotFoundException: User pool us-east-1_none does not exist.");
    }

    @Test
    void shouldResetMembersLeftOutToTheirDefaultsAndKeepTheName() {
      var updated = service.poolConfiguration()
          .updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, null, null, "ENABLED", 10)).get();

      assertThat(updated.clientName()).isEqualTo("web");
      assertThat(updated.allowsUserPasswordAuth()).isFalse();
      assertThat(updated.hidesUnknownUsers()).isTrue();
      assertThat(updated.authSessionValidity()).isEqualTo(10);
      assertThat(service.poolConfiguration().describeUserPoolClient(new Requests.DescribeUserPoolClient(poolId, clientId)).get())
          .isEqualTo(updated);
    }

    @Test
    void shouldRefuseAnUnknownClientOrBadMembers() {
      assertThat(message(service.poolConfiguration()
          .updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, "nosuchclient", "x", null, null, null))))
          .isEqualTo("ResourceNotFoundException: User pool client nosuchclient does not exist.");
      assertThat(
          message(service.poolConfiguration().updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, "", null, null, 2))))
          .isEqualTo("InvalidParameterException: 3 validation errors detected: Value '' at 'clientName' failed to satisfy constraint: "
              + "Member must have length greater than or equal to 1; Value '' at 'clientName' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+; Value '2' at 'authSessionValidity' failed to satisfy "
              + "constraint: "
              + "Member must have value greater than or equal to 3");
    }

    @Test
    void shouldDeleteAClientOnce() {
      assertThat(service.poolConfiguration().deleteUserPoolClient(new Requests.DeleteUserPoolClient(poolId, clientId)).get().value())
          .isEqualTo(clientId);

      assertThat(message(service.poolConfiguration().deleteUserPoolClient(new Requests.DeleteUserPoolClient(poolId, clientId))))
          .isEqualTo("ResourceNotFoundException: User pool client " + clientId + " does not exist.");
      assertThat(message(service.signUps().signUp(new Requests.SignUp(clientId, "jill", Fixtures.PASSWORD, null))))
          .isEqualTo("ResourceNotFoundException: User pool client " + clientId + " does not exist.");
    }

    @Test
    void shouldSetTheFlowsGivenOnUpdateAndTheDefaultsWhenNoneAre() {
      var given = service.poolConfiguration().updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, "web",
          List.of("ALLOW_USER_PASSWORD_AUTH"), null, null)).get();
      var leftOut = service.poolConfiguration()
          .updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, "web", null, null, null)).get();

      assertThat(given.explicitAuthFlows()).containsExactly(ExplicitAuthFlow.ALLOW_USER_PASSWORD_AUTH);
      assertThat(leftOut.explicitAuthFlows()).containsExactlyInAnyOrder(ExplicitAuthFlow.ALLOW_REFRESH_TOKEN_AUTH,
          ExplicitAuthFlow.ALLOW_USER_SRP_AUTH, ExplicitAuthFlow.ALLOW_CUSTOM_AUTH);
    }
  }

  @Nested
  class Attributes {
    @Test
    void shouldUnverifyAChangedEmailAndSendACodeWhenThePoolAutoVerifiesIt() {
      confirmed("jane", "jane@example.com");

      var outcome = service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, "jane",
          attrs("email", "jane@new.example.com", "name", "Jane"))).get();

      assertThat(outcome.user().attributes().get("email_verified").get()).isEqualTo("false");
      assertThat(outcome.user().attributes().get("name").get()).isEqualTo("Jane");
      assertThat(outcome.codeDelivery().get().destination()).isEqualTo("jane@new.example.com");
      assertThat(outcome.user().contactVerifications().of(ContactAttribute.EMAIL).get().code().purpose())
          .isEqualTo(CodePurpose.ATTRIBUTE_VERIFICATION);
      assertThat(outcome.user().pendingCode()).isEmpty();
      assertThat(sent).hasSize(1);
    }

    @Test
    void shouldLetAnAdministratorMarkAContactVerified() {
      confirmed("jane", "jane@example.com");

      var outcome = service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, "jane",
          attrs("email", "jane@new.example.com", "email_verified", "true"))).get();

      assertThat(outcome.user().attributes().isVerified(ContactAttribute.EMAIL)).isTrue();
      assertThat(outcome.codeDelivery().isEmpty()).isTrue();
    }

    @Test
    void shouldRefuseSubUnknownAttributesAndATakenAlias() {
      confirmed("jane", "jane@example.com");
      confirmed("john", "john@example.com");

      assertThat(message(service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, "jane", attrs("sub", "x")))))
          .isEqualTo("InvalidParameterException: Attributes did not conform to the schema: sub: Attribute cannot be updated. "
              + "(changing an immutable attribute)");
      assertThat(message(service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, "jane", attrs("shoe", "x")))))
          .isEqualTo("InvalidParameterException: user.shoe: Attribute does not exist in the schema.\n");
      assertThat(message(service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, "jane",
          attrs("email", "john@example.com", "email_verified", "true")))))
          .isEqualTo("AliasExistsException: An account with the given email already exists.");
      assertThat(message(service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, "nobody", attrs("name", "x")))))
          .isEqualTo("UserNotFoundException: User does not exist.");
      assertThat(message(service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, "jane", null))))
          .isEqualTo("InvalidParameterException: 1 validation error detected: Value null at 'userAttributes' failed to satisfy "
              + "constraint: Member must not be null");
      assertThat(get("jane").attributes().get("email").get()).isEqualTo("jane@example.com");
    }

    @Test
    void shouldRefuseAClientWritingVerification() {
      User jane = confirmed("jane", "jane@example.com");

      var outcome = service.updateUserAttributes(new Requests.UpdateUserAttributes(poolId, jane.sub().value(),
          attrs("email_verified", "true")));

      assertThat(message(outcome)).isEqualTo("NotAuthorizedException: A client attempted to write unauthorized attribute");
    }

    @Test
    void shouldLetTheUserUpdateTheirOwnAttributes() {
      User jane = confirmed("jane", "jane@example.com");

      var outcome = service.updateUserAttributes(new Requests.UpdateUserAttributes(poolId, jane.sub().value(),
          attrs("email", "jane@new.example.com"))).get();

      assertThat(outcome.user().attributes().isVerified(ContactAttribute.EMAIL)).isFalse();
      assertThat(outcome.codeDelivery().isDefined()).isTrue();
      assertThat(message(service.updateUserAttributes(new Requests.UpdateUserAttributes(poolId, "not-a-sub", attrs("name", "x")))))
          .isEqualTo("NotAuthorizedException: Invalid Access Token");
    }

    @Test
    void shouldDeleteAttributesAndTheirVerification() {
      confirmed("jane", "jane@example.com");

      User after = service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(poolId, "jane", List.of("email"))).get();

      assertThat(after.attributes().get("email").isEmpty()).isTrue();
      assertThat(after.attributes().get("email_verified").isEmpty()).isTrue();
    }

    @Test
    void shouldRefuseDeletingSubOrMalformedNames() {
      confirmed("jane", "jane@example.com");

      assertThat(message(service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(poolId, "jane", List.of("sub")))))
          .isEqualTo("InvalidParameterException: Attributes did not conform to the schema: sub: Attribute cannot be updated. "
              + "(changing an immutable attribute)");
      assertThat(message(service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(poolId, "jane", List.of("")))))
          .isEqualTo("InvalidParameterException: 2 validation errors detected: Value '' at 'userAttributeNames.1.member' failed to "
              + "satisfy constraint: Member must have length greater than or equal to 1; Value '' at 'userAttributeNames.1.member' "
              + "failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }

    @Test
    void shouldDeleteCustomAndDeveloperAttributesButNotUnknownOnes() {
      new SchemaOperations(service, RateLimits.NONE).addCustomAttributes(new Requests.AddCustomAttributes(poolId, List.of(
          new Requests.SchemaAttributeType("team", "String", null, null, null, null, null),
          new Requests.SchemaAttributeType("note", "String", true, null, null, null, null)))).get();
      service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", null,
          attrs("email", "jane@example.com", "custom:team", "blue", "dev:note", "x"), "SUPPRESS")).get();

      User after = service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(poolId, "jane",
          List.of("custom:team", "dev:note"))).get();
      var unknown = service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(poolId, "jane", List.of("nickname2")));

      assertThat(after.attributes().get("custom:team").isEmpty()).isTrue();
      assertThat(after.attributes().get("dev:note").isEmpty()).isTrue();
      assertThat(after.attributes().get("email")).contains("jane@example.com");
      assertThat(message(unknown)).isEqualTo("InvalidParameterException: Attributes did not conform to the schema: "
          + "Type for attribute {nickname2} could not be determined");
    }

    @Test
    void shouldCallAnEmailTakenByAnAttributeUpdateAnAliasEvenWhereEmailsAreUsernames() {
      String emailPool = service.poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("e", null, null, List.of("email"), null, null, null))
          .get().id().value();
      service.adminCreateUser(new Requests.AdminCreateUser(emailPool, "ann@example.com", null, null, "SUPPRESS")).get();
      User bob = service.adminCreateUser(new Requests.AdminCreateUser(emailPool, "bob@example.com", null, null, "SUPPRESS")).get();

      var outcome = service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(emailPool, bob.username().value(),
          attrs("email", "ann@example.com")));

      assertThat(message(outcome)).isEqualTo("AliasExistsException: An account with the given email already exists.");
    }

    @Test
    void shouldKeepTheEmailThatStandsForTheUsername() {
      String emailPool = service.poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("e", null, null, List.of("email"), null, null, null))
          .get().id().value();
      User user = service.adminCreateUser(new Requests.AdminCreateUser(emailPool, "ann@example.com", null, null, "SUPPRESS")).get();

      assertThat(message(service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(emailPool,
          user.username().value(), List.of("email")))))
          .isEqualTo("InvalidParameterException: Attributes did not conform to the schema: email: The attribute is required");
      assertThat(service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(emailPool, user.username().value(),
          List.of("name"))).isRight()).isTrue();
    }
  }

  @Nested
  class DeleteUser {
    @Test
    void shouldDeleteTheTokensUserOnce() {
      User jane = confirmed("jane", "jane@example.com");

      assertThat(service.deleteUser(new Requests.DeleteUser(poolId, jane.sub().value())).isRight()).isTrue();

      assertThat(message(service.deleteUser(new Requests.DeleteUser(poolId, jane.sub().value()))))
          .isEqualTo("NotAuthorizedException: Invalid Access Token");
      assertThat(message(service.adminGetUser(new Requests.AdminGetUser(poolId, "jane"))))
          .isEqualTo("UserNotFoundException: User does not exist.");
    }
  }

  @Nested
  class ResendConfirmationCode {
    @Test
    void shouldSendANewSignUpCodeThatConfirms() {
      service.signUps().signUp(new Requests.SignUp(clientId, "jill", Fixtures.PASSWORD, attrs("email", "jill@example.com"))).get();

      var sentTo = service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(clientId, "jill", null)).get();

      assertThat(sentTo.codeDelivery().destination()).isEqualTo("jill@example.com");
      assertThat(sent).hasSize(2);
      assertThat(service.signUps().confirmSignUp(new Requests.ConfirmSignUp(clientId, "jill", "123456")).get().status())
          .isEqualTo(UserStatus.CONFIRMED);
    }

    @Test
    void shouldRefuseAConfirmedUserAUserWithoutContactAndAnUnknownUser() {
      confirmed("jane", "jane@example.com");
      service.signUps().signUp(new Requests.SignUp(clientId, "nocontact", Fixtures.PASSWORD, null)).get();

      assertThat(message(service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(clientId, "jane", null))))
          .isEqualTo("InvalidParameterException: User is already confirmed.");
      assertThat(message(service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(clientId, "nocontact", null))))
          .isEqualTo("InvalidParameterException: Cannot resend codes. Auto verification not turned on.");
      assertThat(message(service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(clientId, "nobody", null))))
          .isEqualTo("UserNotFoundException: Username/client id combination not found.");
    }

    @Test
    void shouldRequireTheSecretHashOfAClientWithASecret() {
      String secret = service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "s", null, null, null, true))
          .get().clientId().value();

      assertThat(message(service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(secret, "jill", null))))
          .isEqualTo("NotAuthorizedException: Client " + secret + " is configured for secret but secret was not received");
    }

    @Test
    void shouldSimulateADeliveryForAnUnknownUserWhenTheClientHidesThem() {
      String hiding = service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "h", null, "ENABLED", null, null))
          .get().clientId().value();

      var outcome = service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(hiding, "nobody", null)).get();

      assertThat(outcome.codeDelivery().destination()).isEqualTo("nobody@nobody");
      assertThat(sent).isEmpty();
    }
  }
}
