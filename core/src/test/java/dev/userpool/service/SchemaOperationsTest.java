package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.RateLimits;
import dev.userpool.schema.Schema;
import dev.userpool.schema.SchemaAttribute;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.User;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchemaOperationsTest {

  private final SimpleUserPools store = new SimpleUserPools();
  private final UserPoolService service = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER)
      .randomness(Fixtures.seeded(1)).codes(() -> ConfirmationCode.of("123456")).clock(new MutableClock(Fixtures.T0)).build();
  private final SchemaOperations schemas = new SchemaOperations(service, RateLimits.NONE);

  static Requests.SchemaAttributeType string(String name, String min, String max) {
    return new Requests.SchemaAttributeType(name, "String", null, null, null, new Requests.StringAttributeConstraintsType(min, max), null);
  }

  static Requests.SchemaAttributeType typed(String name, String type, Boolean mutable) {
    return new Requests.SchemaAttributeType(name, type, null, mutable, null, null, null);
  }

  static Requests.SchemaAttributeType required(String name) {
    return new Requests.SchemaAttributeType(name, null, null, null, true, null, null);
  }

  private Either<CognitoError, UserPool> create(Requests.SchemaAttributeType... schema) {
    return service.poolConfiguration()
        .createUserPool(new Requests.CreateUserPool("app", null, null, null, null, null, null, null, List.of(schema)));
  }

  private String poolWith(Requests.SchemaAttributeType... schema) {
    return create(schema).get().id().value();
  }

  private String client(String poolId, List<String> read, List<String> write) {
    return service.poolConfiguration()
        .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "web", List.of("ALLOW_USER_PASSWORD_AUTH"), null,
            null, null, null, null, null, null, read, write))
        .get().clientId().value();
  }

  private static List<Requests.AttributeType> attrs(String... nameValues) {
    List<Requests.AttributeType> list = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      list.add(new Requests.AttributeType(nameValues[i], nameValues[i + 1]));
    }
    return list;
  }

  private Either<CognitoError, User> adminCreate(String poolId, String name, String... nameValues) {
    return service.adminCreateUser(new Requests.AdminCreateUser(poolId, name, null, attrs(nameValues), "SUPPRESS"));
  }

  private Either<CognitoError, Results.AttributesUpdated> adminUpdate(String poolId, String name, String... nameValues) {
    return service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(poolId, name, attrs(nameValues)));
  }

  @Nested
  class Pools {
    @Test
    void shouldGiveANewPoolTheStandardAttributesInDescribeUserPoolsOrder() {
      UserPool pool = service.poolConfiguration().describeUserPool(new Requests.DescribeUserPool(poolWith())).get().pool();

      assertThat(pool.schema()).isEqualTo(Schema.standard());
      assertThat(pool.schema().attributes().map(SchemaAttribute::name)).containsExactly("sub", "name", "given_name", "family_name",
          "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email", "email_verified", "gender",
          "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address", "updated_at");
      SchemaAttribute sub = pool.schema().find("sub").get();
      assertThat(sub.required() && !sub.mutable()).isTrue();
    }

    @Test
    void shouldAddCustomAttributesAndConfigureStandardOnes() {
      UserPool pool = create(string("team", "1", "5"), typed("age", "Number", null), typed("tenant", "String", false),
          new Requests.SchemaAttributeType("note", "String", true, null, null, null, null),
          new Requests.SchemaAttributeType("email", "String", null, false, true, null, null)).get();

      assertThat(pool.schema().attributes().map(SchemaAttribute::name).takeRight(4))
          .containsExactly("custom:team", "custom:age", "custom:tenant", "dev:note");
      assertThat(pool.schema().find("custom:tenant").get().mutable()).isFalse();
      assertThat(pool.schema().find("custom:team").get().mutable()).isTrue();
      assertThat(pool.schema().find("dev:note").get().developerOnly()).isTrue();
      assertThat(pool.schema().find("email").get().required()).isTrue();
      assertThat(pool.schema().find("email").get().mutable()).isFalse();
    }

    @Test
    void shouldRefuseAnotherTypeOrDeveloperOnlyForAStandardAttribute() {
      assertThat(message(create(typed("family_name", "Number", null)))).isEqualTo("InvalidParameterException: You can not change "
          + "AttributeDataType or set developerOnlyAttribute for standard schema attribute family_name");
      assertThat(message(create(new Requests.SchemaAttributeType("email", "String", true, null, null, null, null))))
          .isEqualTo("InvalidParameterException: You can not change AttributeDataType or set developerOnlyAttribute for standard "
              + "schema attribute email");
      assertThat(create(typed("family_name", "String", false)).get().schema().find("family_name").get().mutable()).isFalse();
    }

    @Test
    void shouldRefuseARequiredCustomAttribute() {
      assertThat(message(create(new Requests.SchemaAttributeType("team", "String", null, null, true, null, null))))
          .isEqualTo("InvalidParameterException: Required custom attributes are not supported currently.");
    }

    @Test
    void shouldRefuseACustomAttributeWithoutADataType() {
      assertThat(message(create(required("team"))))
          .isEqualTo("InvalidParameterException: Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
    }

    @Test
    void shouldRefuseANameOverTwentyCharactersAsAMemberViolation() {
      assertThat(message(create(typed("phone_number_verified", "Boolean", null))))
          .isEqualTo("InvalidParameterException: 1 validation error detected: Value 'phone_number_verified' at 'schema.1.member.name' "
              + "failed to satisfy constraint: Member must have length less than or equal to 20");
    }

    @Test
    void shouldRefuseConstraintsThatAreNotNumbersInRange() {
      assertThat(message(create(string("team", "5", "1"))))
          .isEqualTo("InvalidParameterException: Invalid attribute constraints for custom:team.");
      assertThat(message(create(string("team", "0", "2049"))))
          .isEqualTo("InvalidParameterException: Invalid attribute constraints for custom:team.");
    }

    @Test
    void shouldAddToAPoolAndRefuseAnExistingNameChangingNothing() {
      String poolId = poolWith(string("team", null, null));
      UserPool before = store.find(new UserPoolId(poolId)).get();

      var again = schemas.addCustomAttributes(new Requests.AddCustomAttributes(poolId, List.of(typed("level", "Number", null),
          typed("team", "String", null))));
      var added = schemas.addCustomAttributes(new Requests.AddCustomAttributes(poolId, List.of(typed("level", "Number", null))));

      assertThat(message(again)).isEqualTo("InvalidParameterException: Existing schema attributes cannot be modified or deleted.");
      assertThat(added.get().schema().attributes().map(SchemaAttribute::name).takeRight(2)).containsExactly("custom:team", "custom:level");
      assertThat(added.get().version()).isEqualTo(before.version() + 1);
    }

    @Test
    void shouldRefuseTheFiftyFirstCustomAttribute() {
      String poolId = poolWith();
      for (int batch = 0; batch < 2; batch++) {
        List<Requests.SchemaAttributeType> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
          many.add(typed("a" + batch + "_" + i, "String", null));
        }
        schemas.addCustomAttributes(new Requests.AddCustomAttributes(poolId, many)).get();
      }

      var more = schemas.addCustomAttributes(new Requests.AddCustomAttributes(poolId, List.of(typed("one", "Boolean", null))));

      assertThat(message(more)).isEqualTo("InvalidParameterException: A user pool can have at most 50 custom attributes.");
    }

    @Test
    void shouldCheckAddCustomAttributesMembersThenThePool() {
      assertThat(message(schemas.addCustomAttributes(new Requests.AddCustomAttributes("us-east-1_nope", null))))
          .isEqualTo("InvalidParameterException: 1 validation error detected: Value null at 'customAttributes' failed to satisfy "
              + "constraint: Member must not be null");
      assertThat(message(schemas.addCustomAttributes(new Requests.AddCustomAttributes("us-east-1_nope", Collections.emptyList()))))
          .startsWith("InvalidParameterException: 1 validation error detected: Value at 'customAttributes' failed to satisfy "
              + "constraint: Member must have length greater than or equal to 1");
      assertThat(message(schemas.addCustomAttributes(new Requests.AddCustomAttributes("us-east-1_nope",
          List.of(typed("x", "Text", null))))))
          .isEqualTo(
              "InvalidParameterException: 1 validation error detected: Value 'Text' at 'customAttributes.1.member.attributeDataType' "
                  + "failed to satisfy constraint: Member must satisfy enum value set: [String, Number, DateTime, Boolean]");
      assertThat(message(schemas.addCustomAttributes(new Requests.AddCustomAttributes("us-east-1_nope",
          List.of(typed("x", "String", null))))))
          .isEqualTo("ResourceNotFoundException: User pool us-east-1_nope does not exist.");
    }
  }

  @Nested
  class Writes {
    @Test
    void shouldRefuseAnAttributeTheSchemaDoesNotHaveAndStoreNothing() {
      String poolId = poolWith();

      var outcome = adminCreate(poolId, "jane", "email", "jane@example.com", "custom:nope", "x", "custom:also", "y");

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: Attributes did not conform to the schema: "
          + "custom:also: Attribute does not exist in the schema.\ncustom:nope: Attribute does not exist in the schema.\n");
      assertThat(service.adminGetUser(new Requests.AdminGetUser(poolId, "jane")).isLeft()).isTrue();
    }

    @Test
    void shouldRequireTheRequiredAttributesOnSignUpButNotOnAdminCreateUser() {
      String poolId = poolWith(new Requests.SchemaAttributeType("email", null, null, null, true, null, null),
          new Requests.SchemaAttributeType("name", null, null, null, true, null, null));
      String clientId = client(poolId, null, null);

      var signUp = service.signUps().signUp(new Requests.SignUp(clientId, "jane", Fixtures.PASSWORD, attrs("given_name", "Jane")));
      var created = adminCreate(poolId, "john");

      assertThat(message(signUp)).isEqualTo("InvalidParameterException: Attributes did not conform to the schema: "
          + "name: The attribute is required\nemail: The attribute is required\n");
      assertThat(created.isRight()).isTrue();
    }

    @Test
    void shouldCountAnEmailUsernameAsTheRequiredEmail() {
      String poolId = service.poolConfiguration()
          .createUserPool(new Requests.CreateUserPool("app", null, null, List.of("email"), null, null, null, null,
              List.of(new Requests.SchemaAttributeType("email", null, null, null, true, null, null))))
          .get().id().value();
      String clientId = client(poolId, null, null);

      var signUp = service.signUps().signUp(new Requests.SignUp(clientId, "jane@example.com", Fixtures.PASSWORD, null));

      assertThat(signUp.get().user().attributes().get("email")).contains("jane@example.com");
    }

    @Test
    void shouldSetAnImmutableAttributeAtCreationOnlyEvenWhenItWasNeverSet() {
      String poolId = poolWith(typed("tenant", "String", false));
      adminCreate(poolId, "jane", "custom:tenant", "t1").get();
      adminCreate(poolId, "john").get();

      assertThat(message(adminUpdate(poolId, "jane", "custom:tenant", "t2")))
          .isEqualTo("InvalidParameterException: user.custom:tenant: Attribute cannot be updated.\n");
      assertThat(message(adminUpdate(poolId, "john", "custom:tenant", "t2")))
          .isEqualTo("InvalidParameterException: user.custom:tenant: Attribute cannot be updated.\n");
      assertThat(service.adminGetUser(new Requests.AdminGetUser(poolId, "jane")).get().attributes().get("custom:tenant")).contains("t1");
    }

    @Test
    void shouldRefuseValuesOutsideTheirTypeOrConstraints() {
      String poolId = poolWith(string("team", "2", "5"), new Requests.SchemaAttributeType("level", "Number", null, null, null, null,
          new Requests.NumberAttributeConstraintsType("1", "10")), typed("member", "Boolean", null));
      adminCreate(poolId, "jane").get();

      assertThat(message(adminCreate(poolId, "john", "custom:team", "toolong", "birthdate", "1990")))
          .isEqualTo("InvalidParameterException: Attributes did not conform to the schema: "
              + "birthdate: String must be no shorter than 10 characters\ncustom:team: String must be no longer than 5 characters\n");
      assertThat(message(adminUpdate(poolId, "jane", "custom:level", "11", "custom:member", "yes")))
          .isEqualTo("InvalidParameterException: user.custom:level: Number must be no greater than 10\n"
              + "user.custom:member: Boolean must be true or false\n");
      assertThat(message(adminUpdate(poolId, "jane", "custom:level", "0")))
          .isEqualTo("InvalidParameterException: user.custom:level: Number must be no less than 1\n");
      assertThat(message(adminUpdate(poolId, "jane", "custom:level", "ten")))
          .isEqualTo("InvalidParameterException: user.custom:level: Number must be a number\n");
      assertThat(adminUpdate(poolId, "jane", "custom:team", "ab", "custom:level", "10", "custom:member", "true").isRight()).isTrue();
    }

    @Test
    void shouldLetAClientWriteOnlyItsWriteAttributes() {
      String poolId = poolWith(typed("team", "String", null), new Requests.SchemaAttributeType("note", "String", true, null, null, null,
          null));
      String standard = client(poolId, null, null);
      String teams = client(poolId, null, List.of("email", "custom:team"));

      var custom = service.signUps().signUp(new Requests.SignUp(standard, "jane", Fixtures.PASSWORD, attrs("custom:team", "blue")));
      var name = service.signUps().signUp(new Requests.SignUp(teams, "john", Fixtures.PASSWORD, attrs("name", "John")));
      var developer = service.signUps().signUp(new Requests.SignUp(teams, "jim", Fixtures.PASSWORD, attrs("dev:note", "x")));
      var granted = service.signUps().signUp(new Requests.SignUp(teams, "joan", Fixtures.PASSWORD, attrs("custom:team", "blue")));

      assertThat(message(custom)).isEqualTo("NotAuthorizedException: A client attempted to write unauthorized attribute");
      assertThat(message(name)).isEqualTo("NotAuthorizedException: A client attempted to write unauthorized attribute");
      assertThat(message(developer)).isEqualTo("NotAuthorizedException: A client attempted to write unauthorized attribute");
      assertThat(granted.get().user().attributes().get("custom:team")).contains("blue");
      assertThat(adminCreate(poolId, "admin", "dev:note", "x").get().attributes().get("dev:note")).contains("x");
    }

    @Test
    void shouldCheckTheSchemaBeforeTheClientsWriteAttributes() {
      String poolId = poolWith();
      String clientId = client(poolId, null, List.of("email"));

      var outcome = service.signUps().signUp(new Requests.SignUp(clientId, "jane", Fixtures.PASSWORD, attrs("custom:nope", "x")));

      assertThat(message(outcome)).isEqualTo("InvalidParameterException: Attributes did not conform to the schema: "
          + "custom:nope: Attribute does not exist in the schema.\n");
    }
  }

  @Nested
  class Clients {
    @Test
    void shouldRefuseReadAndWriteAttributesTheSchemaDoesNotAllow() {
      String poolId = poolWith(new Requests.SchemaAttributeType("note", "String", true, null, null, null, null));
      String clientId = client(poolId, List.of("email", "dev:note"), List.of("email"));

      var unknownRead = service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "web", null, null, null, null, null, null,
              null, null, List.of("custom:nope"), null));
      var developerWrite = service.poolConfiguration()
          .createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "web", null, null, null, null, null,
              null, null, null, null, List.of("dev:note")));
      var subWrite = service.poolConfiguration()
          .updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, null, null, null, null, null,
              null, null, null, null, List.of("sub")));
      var unknownUpdate = service.poolConfiguration()
          .updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, null, null, null, null, null,
              null, null, null, List.of("nickname2"), null));

      assertThat(message(unknownRead)).isEqualTo("InvalidParameterException: Invalid read attributes specified while creating a client");
      assertThat(message(developerWrite))
          .isEqualTo("InvalidParameterException: Invalid write attributes specified while creating a client");
      assertThat(message(subWrite)).isEqualTo("InvalidParameterException: Invalid write attributes specified while updating a client");
      assertThat(message(unknownUpdate)).isEqualTo("InvalidParameterException: Invalid read attributes specified while updating a client");
      var kept = service.poolConfiguration().describeUserPoolClient(new Requests.DescribeUserPoolClient(poolId, clientId)).get();
      assertThat(kept.readAttributes().get()).containsExactly("email", "dev:note");
      assertThat(kept.writeAttributes().get()).containsExactly("email");
    }

    @Test
    void shouldPutTheClientsAttributesBackToTheDefaultsWhenAnUpdateLeavesThemOut() {
      String poolId = poolWith();
      String clientId = client(poolId, List.of("email"), List.of("email"));

      var updated = service.poolConfiguration()
          .updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, null, null, null, null)).get();

      assertThat(updated.readAttributes().isEmpty() && updated.writeAttributes().isEmpty()).isTrue();
    }
  }
}
