package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Issuer;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Message;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** GetUserAttributeVerificationCode, VerifyUserAttribute, and what attribute updates do to a verified contact. */
class VerificationServiceTest {

  private final SimpleUserPools pools = new SimpleUserPools();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final List<Message> sent = new ArrayList<>();
  private final AtomicInteger codes = new AtomicInteger(100_000);
  private final UserPoolService service = UserPoolService.builder()
      .pools(pools)
      .hasher(Fixtures.HASHER)
      .randomness(Fixtures.seeded(1))
      .codes(() -> ConfirmationCode.of(Integer.toString(codes.incrementAndGet())))
      .deliveries((pool, m) -> sent.add(m))
      .clock(clock)
      .build();
  private final TokenService tokens = new TokenService(pools, new SimpleGroups(), new SimpleTokenFamilies(), new FakeSigner(),
      Fixtures.seeded(3), clock, Issuer::aws);
  private final VerificationService verifications = new VerificationService(service, tokens, pools, op -> true);
  private UserPool pool = UserPool.builder().id(new UserPoolId("us-east-1_TEST")).name("test")
      .aliasAttributes(HashSet.of(AliasAttribute.EMAIL)).autoVerifiedAttributes(HashSet.of(ContactAttribute.EMAIL))
      .clients(LinkedHashMap.of(Fixtures.CLIENT_ID, Fixtures.CLIENT)).creationDate(Fixtures.T0).lastModifiedDate(Fixtures.T0).build();
  private final User jane = Fixtures.user(UserStatus.CONFIRMED);

  VerificationServiceTest() {
    save(pool);
    pools.users(pool.id()).save(jane, Naming.of(pool).keysOf(jane));
  }

  private void save(UserPool p) {
    pool = p.withVersion(pools.find(p.id()).map(UserPool::version).getOrElse(0L) + 1);
    pools.save(pool);
  }

  private String token() {
    return tokens.issue(pool, Fixtures.CLIENT, stored()).accessToken();
  }

  private User stored() {
    return pools.users(pool.id()).find(new LookupKey.BySub(jane.sub())).get();
  }

  private Either<CognitoError, Results.CodeSent> getCode(String attribute) {
    return verifications.getUserAttributeVerificationCode(new Requests.GetUserAttributeVerificationCode(token(), attribute, null));
  }

  private Either<CognitoError, User> verify(String attribute, String code) {
    return verifications.verifyUserAttribute(new Requests.VerifyUserAttribute(token(), attribute, code));
  }

  private String lastCode() {
    return ((Message.CodeMessage) sent.get(sent.size() - 1)).code().reveal();
  }

  private Either<CognitoError, Results.AttributesUpdated> update(String... nameValues) {
    List<Requests.AttributeType> attributes = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      attributes.add(new Requests.AttributeType(nameValues[i], nameValues[i + 1]));
    }
    return Commands.UpdateUserAttributes.of(pool.id(), jane.sub(), attributes).flatMap(service::updateUserAttributes);
  }

  private Either<CognitoError, Results.AttributesUpdated> adminUpdate(String... nameValues) {
    List<Requests.AttributeType> attributes = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      attributes.add(new Requests.AttributeType(nameValues[i], nameValues[i + 1]));
    }
    return service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(pool.id().value(), "jane", attributes));
  }

  @Nested
  class Refusals {
    @Test
    void shouldReportEveryMemberTogetherBeforeTheToken() {
      assertThat(message(verifications.verifyUserAttribute(new Requests.VerifyUserAttribute(null, null, " "))))
          .isEqualTo("InvalidParameterException: 3 validation errors detected: "
              + "Value null at 'accessToken' failed to satisfy constraint: Member must not be null; "
              + "Value null at 'attributeName' failed to satisfy constraint: Member must not be null; "
              + "Value ' ' at 'code' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+");
      assertThat(message(verifications.getUserAttributeVerificationCode(new Requests.GetUserAttributeVerificationCode(null, "", null))))
          .isEqualTo("InvalidParameterException: 3 validation errors detected: "
              + "Value null at 'accessToken' failed to satisfy constraint: Member must not be null; "
              + "Value '' at 'attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1; "
              + "Value '' at 'attributeName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
              + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    }

    @Test
    void shouldRefuseATokenItDidNotIssueBeforeLookingAtTheName() {
      assertThat(message(verifications.getUserAttributeVerificationCode(
          new Requests.GetUserAttributeVerificationCode("forged.token.value", "given_name", null))))
          .isEqualTo("NotAuthorizedException: Invalid Access Token");
      assertThat(message(verifications.verifyUserAttribute(new Requests.VerifyUserAttribute("forged.token.value", "email", "1"))))
          .isEqualTo("NotAuthorizedException: Invalid Access Token");
    }

    @Test
    void shouldVerifyOnlyEmailAndPhoneNumber() {
      String expected = "InvalidParameterException: Invalid attribute name. Only phone_number and email can be verified.";

      assertThat(message(getCode("given_name"))).isEqualTo(expected);
      assertThat(message(verify("email_verified", "123456"))).isEqualTo(expected);
      assertThat(sent).isEmpty();
    }

    @Test
    void shouldNeedAValueToVerify() {
      assertThat(message(getCode("phone_number")))
          .isEqualTo("InvalidParameterException: User does not have a valid registered phone number");
      assertThat(message(verify("phone_number", "123456")))
          .isEqualTo("InvalidParameterException: Unable to verify attribute: phone_number no value set to verify");
    }

    @Test
    void shouldAnswerExpiredCodeWhenNoCodeWasSent() {
      assertThat(message(verify("email", "123456"))).isEqualTo("ExpiredCodeException: Invalid code provided, please request a code again.");
    }

    @Test
    void shouldRefuseAWrongCodeAndChangeNothing() {
      adminUpdate("email_verified", "false").get();
      getCode("email").get();
      User before = stored();

      assertThat(message(verify("email", "999999")))
          .isEqualTo("CodeMismatchException: Invalid verification code provided, please try again.");
      assertThat(stored()).isEqualTo(before);
    }

    @Test
    void shouldRefuseADisabledUsersToken() {
      String token = token();
      service.adminDisableUser(new Requests.AdminDisableUser(pool.id().value(), "jane")).get();

      assertThat(message(verifications.getUserAttributeVerificationCode(new Requests.GetUserAttributeVerificationCode(token, "email",
          null)))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
    }

    @Test
    void shouldOnlyReturnTheErrorsItsOperationLists() {
      assertThat(Operation.GET_USER_ATTRIBUTE_VERIFICATION_CODE.errors()).contains("InvalidParameterException", "NotAuthorizedException");
      assertThat(Operation.VERIFY_USER_ATTRIBUTE.errors()).contains("CodeMismatchException", "ExpiredCodeException",
          "AliasExistsException");
    }
  }

  @Nested
  class Codes {
    @Test
    void shouldSendACodeToTheEmailAndVerifyItWithThatCode() {
      adminUpdate("email_verified", "false").get();

      Results.CodeSent codeSent = getCode("email").get();
      assertThat(codeSent.codeDelivery().maskedDestination()).isEqualTo("j***@e***");
      assertThat(((Message.CodeMessage) sent.get(0)).purpose()).isEqualTo(CodePurpose.ATTRIBUTE_VERIFICATION);

      User verified = verify("email", lastCode()).get();
      assertThat(verified.attributes().get("email_verified").get()).isEqualTo("true");
      assertThat(verified.contactVerifications().isEmpty()).isTrue();
      assertThat(message(verify("email", lastCode())))
          .isEqualTo("ExpiredCodeException: Invalid code provided, please request a code again.");
    }

    @Test
    void shouldLetAVerifiedEmailBeVerifiedAgain() {
      getCode("email").get();

      assertThat(verify("email", lastCode()).get().attributes().isVerified(ContactAttribute.EMAIL)).isTrue();
    }

    @Test
    void shouldKeepACodeValidFor24Hours() {
      getCode("email").get();
      String first = lastCode();
      clock.advance(Duration.ofHours(24).minusSeconds(1));
      assertThat(verify("email", first).isRight()).isTrue();

      getCode("email").get();
      String second = lastCode();
      clock.advance(Duration.ofHours(24));
      assertThat(message(verify("email", second))).isEqualTo("ExpiredCodeException: Invalid code provided, please request a code again.");
    }

    @Test
    void shouldReplaceTheContactsCodeButNotAResetCode() {
      service.signUps().forgotPassword(new Requests.ForgotPassword(Fixtures.CLIENT_ID.value(), "jane", null)).get();
      getCode("email").get();
      String first = lastCode();
      getCode("email").get();

      assertThat(message(verify("email", first))).startsWith("CodeMismatchException");
      assertThat(stored().pendingCode().get().purpose()).isEqualTo(CodePurpose.PASSWORD_RESET);
      assertThat(verify("email", lastCode()).isRight()).isTrue();
    }
  }

  @Nested
  class Updates {
    @Test
    void shouldUnverifyAChangedEmailAndVerifyItWithTheCodeSent() {
      Results.AttributesUpdated updated = update("email", "jane@new.example.com").get();

      assertThat(updated.user().attributes().get("email").get()).isEqualTo("jane@new.example.com");
      assertThat(updated.user().attributes().isVerified(ContactAttribute.EMAIL)).isFalse();
      assertThat(updated.codeDelivery().get().destination()).isEqualTo("jane@new.example.com");
      assertThat(verify("email", lastCode()).get().attributes().isVerified(ContactAttribute.EMAIL)).isTrue();
    }

    @Test
    void shouldKeepTheVerifiedEmailUntilTheNewOneIsVerifiedWhenThePoolRequiresIt() {
      save(pool.withAttributesRequireVerificationBeforeUpdate(HashSet.of(ContactAttribute.EMAIL)));

      Results.AttributesUpdated updated = update("email", "jane@new.example.com", "name", "Jane").get();

      assertThat(updated.user().attributes().get("email").get()).isEqualTo("jane@example.com");
      assertThat(updated.user().attributes().isVerified(ContactAttribute.EMAIL)).isTrue();
      assertThat(updated.user().attributes().get("name").get()).isEqualTo("Jane");
      assertThat(updated.codeDelivery().get().destination()).isEqualTo("jane@new.example.com");
      assertThat(pools.users(pool.id()).find(new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@new.example.com"))).isEmpty();
      assertThat(pools.users(pool.id()).find(new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@example.com")).isDefined()).isTrue();

      User verified = verify("email", lastCode()).get();
      assertThat(verified.attributes().get("email").get()).isEqualTo("jane@new.example.com");
      assertThat(verified.attributes().isVerified(ContactAttribute.EMAIL)).isTrue();
      assertThat(pools.users(pool.id()).find(new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@new.example.com")).isDefined()).isTrue();
      assertThat(pools.users(pool.id()).find(new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@example.com"))).isEmpty();
    }

    @Test
    void shouldResendTheCodeToTheHeldValue() {
      save(pool.withAttributesRequireVerificationBeforeUpdate(HashSet.of(ContactAttribute.EMAIL)));
      update("email", "jane@new.example.com").get();

      assertThat(getCode("email").get().codeDelivery().destination()).isEqualTo("jane@new.example.com");
      assertThat(verify("email", lastCode()).get().attributes().get("email").get()).isEqualTo("jane@new.example.com");
    }

    @Test
    void shouldWithdrawTheHeldValueWhenTheEmailIsSetBack() {
      save(pool.withAttributesRequireVerificationBeforeUpdate(HashSet.of(ContactAttribute.EMAIL)));
      update("email", "jane@new.example.com").get();
      String code = lastCode();

      update("email", "jane@example.com").get();

      assertThat(stored().contactVerifications().isEmpty()).isTrue();
      assertThat(message(verify("email", code))).startsWith("ExpiredCodeException");
      assertThat(stored().attributes().get("email").get()).isEqualTo("jane@example.com");
    }

    @Test
    void shouldApplyAnAdministratorsVerifiedEmailAtOnceWithoutACode() {
      save(pool.withAttributesRequireVerificationBeforeUpdate(HashSet.of(ContactAttribute.EMAIL)));

      Results.AttributesUpdated updated = adminUpdate("email", "jane@new.example.com", "email_verified", "true").get();

      assertThat(updated.user().attributes().get("email").get()).isEqualTo("jane@new.example.com");
      assertThat(updated.codeDelivery()).isEmpty();
      assertThat(sent).isEmpty();
    }

    @Test
    void shouldHoldAnAdministratorsChangeWithoutTheVerifiedFlagAndSendACode() {
      save(pool.withAttributesRequireVerificationBeforeUpdate(HashSet.of(ContactAttribute.EMAIL)));

      Results.AttributesUpdated updated = adminUpdate("email", "jane@new.example.com").get();

      assertThat(updated.user().attributes().get("email").get()).isEqualTo("jane@example.com");
      assertThat(updated.codeDelivery().get().destination()).isEqualTo("jane@new.example.com");
    }

    @Test
    void shouldApplyAChangeToAnUnverifiedEmailAtOnceEvenWhenThePoolRequiresVerification() {
      adminUpdate("email_verified", "false").get();
      save(pool.withAttributesRequireVerificationBeforeUpdate(HashSet.of(ContactAttribute.EMAIL)));

      assertThat(update("email", "jane@new.example.com").get().user().attributes().get("email").get()).isEqualTo("jane@new.example.com");
    }

    @Test
    void shouldRequireAutoVerificationOfWhatMustBeVerifiedBeforeUpdate() {
      String expected = "InvalidParameterException: All attributes in AttributesRequireVerificationBeforeUpdate must exist in "
          + "AutoVerifiedAttributes";

      assertThat(
          message(service.poolConfiguration().createUserPool(new Requests.CreateUserPool("p", null, null, null, null, List.of("email"),
              null, List.of("phone_number"), null))))
          .isEqualTo(expected);
      assertThat(message(service.poolConfiguration().updateUserPool(new Requests.UpdateUserPool(pool.id().value(), null, null,
          List.of("phone_number"))))).isEqualTo(expected);
      UserPool created = service.poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("p", null, null, null, null, List.of("email"),
              null, List.of("email"), null))
          .get();
      assertThat(created.attributesRequireVerificationBeforeUpdate()).containsExactly(ContactAttribute.EMAIL);
      assertThat(service.poolConfiguration().updateUserPool(new Requests.UpdateUserPool(created.id().value(), null, null)).get()
          .attributesRequireVerificationBeforeUpdate()).isEmpty();
    }
  }
}
