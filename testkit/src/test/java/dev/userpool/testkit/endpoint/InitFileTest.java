package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.ClientId;
import dev.userpool.service.GroupService;
import dev.userpool.pool.Trigger;
import dev.userpool.service.Requests;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.Seq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitFileTest {

  private static final String GOOD = """
      {"userPools": [{
        "id": "us-east-1_Example1", "name": "app", "aliasAttributes": ["email"], "autoVerifiedAttributes": ["email"],
        "passwordPolicy": {"minimumLength": 10, "requireSymbols": false, "requireUppercase": true,
                           "requireLowercase": true, "requireNumbers": true},
        "clients": [{"id": "example1client1", "name": "web", "explicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"]},
                    {"id": "example1secret1", "name": "server", "generateSecret": true}],
        "groups": [{"name": "admins", "precedence": 1}],
        "users": [
          {"username": "jane", "password": "BlueHarbor42", "attributes": {"email": "jane@example.com", "email_verified": "true"},
           "groups": ["admins"]},
          {"username": "temp", "status": "FORCE_CHANGE_PASSWORD", "password": "TempHarbor42"},
          {"username": "new", "status": "UNCONFIRMED", "password": "NewHarbor420", "attributes": {"email": "new@example.com"}},
          {"username": "reset", "status": "RESET_REQUIRED", "password": "ResetHarbor4",
           "attributes": {"email": "reset@example.com", "email_verified": "true"}},
          {"username": "off", "password": "OffHarbor420", "enabled": false}
        ]}]}
      """;

  private static User user(InProcessCognito cognito, String name) {
    return cognito.service().adminGetUser(new Requests.AdminGetUser("us-east-1_Example1", name)).get();
  }

  @Test
  void shouldCreateThePoolsClientsAndUsersWithTheirFixedIdsAndStatuses() {
    InProcessCognito cognito = InProcessCognito.create();

    InitFile.Applied applied = InitFile.parse(GOOD).get().applyTo(cognito).get();

    assertThat(applied).isEqualTo(new InitFile.Applied(1, 2, 5));
    assertThat(cognito.service().poolConfiguration()
        .describeUserPoolClient(new Requests.DescribeUserPoolClient("us-east-1_Example1", "example1secret1"))
        .get().clientSecret().isDefined()).isTrue();
    assertThat(cognito.service().poolConfiguration()
        .describeUserPoolClient(new Requests.DescribeUserPoolClient("us-east-1_Example1", "example1client1"))
        .get().clientName()).isEqualTo("web");
    assertThat(user(cognito, "jane").status()).isEqualTo(UserStatus.CONFIRMED);
    assertThat(user(cognito, "temp").status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
    assertThat(user(cognito, "new").status()).isEqualTo(UserStatus.UNCONFIRMED);
    assertThat(user(cognito, "reset").status()).isEqualTo(UserStatus.RESET_REQUIRED);
    assertThat(user(cognito, "off").enabled()).isFalse();
    assertThat(cognito.groupService().adminListGroupsForUser(new GroupService.AdminListGroupsForUser(
        "us-east-1_Example1", "jane", null, null)).get().groups().map(g -> g.name().value())).containsExactly("admins");
    assertThat(cognito.service().signIns().initiateAuth(new Requests.InitiateAuth("example1client1", "USER_PASSWORD_AUTH",
        Map.of("USERNAME", "jane@example.com", "PASSWORD", "BlueHarbor42"))).isRight()).isTrue();
  }

  @Test
  void shouldGiveAPoolItsLambdaConfigAndRefuseOneTheLibraryDoesNotRun() {
    InProcessCognito cognito = InProcessCognito.builder().build();
    InitFile.parse("""
        {"userPools": [{"id": "us-east-1_Lambda1", "name": "app", "lambdaConfig": {"customMessage":
          "arn:aws:lambda:us-east-1:123456789012:function:words", "preTokenGenerationConfig": {"lambdaArn":
          "arn:aws:lambda:us-east-1:123456789012:function:claims", "lambdaVersion": "V2_0"}}}]}
        """).get().applyTo(cognito).get();

    var config = cognito.service().poolConfiguration().describeUserPool(new Requests.DescribeUserPool("us-east-1_Lambda1")).get()
        .pool().lambdaConfig();
    assertThat(config.function(Trigger.CUSTOM_MESSAGE)).contains("arn:aws:lambda:us-east-1:123456789012:function:words");
    assertThat(config.preTokenGenerationVersion().name()).isEqualTo("V2_0");
    assertThat(InitFile.parse("""
        {"userPools": [{"id": "us-east-1_Lambda2", "name": "app", "lambdaConfig": {"kmsKeyID": "key", "preSignUp": 4}}]}
        """).getLeft().map(InitFile.Problem::toString)).containsExactly("$.userPools[0].lambdaConfig.preSignUp: must be a string");
    assertThat(InitFile.parse("""
        {"userPools": [{"id": "us-east-1_Lambda3", "name": "app", "lambdaConfig": {"kmsKeyID": "key"}}]}
        """).get().applyTo(InProcessCognito.builder().build()).getLeft().map(InitFile.Problem::toString)).singleElement().asString()
        .startsWith("$.userPools[0]: InvalidParameterException: LambdaConfig members not supported by the userpool library: KMSKeyID.");
  }

  @Test
  void shouldReportEveryProblemOfShapeWithItsPath() {
    Seq<InitFile.Problem> problems = InitFile.parse("""
        {"userPools": [{"name": 3, "colour": "blue", "clients": [{"id": "c1"}],
                        "users": [{"username": "x", "status": "ARCHIVED"}, {"username": "y"}, {"password": "p"}]}],
         "groups": []}
        """).getLeft();

    assertThat(problems.map(InitFile.Problem::toString)).containsExactly(
        "$.groups: unknown member; known: userPools",
        "$.userPools[0].colour: unknown member; known: aliasAttributes, autoVerifiedAttributes, caseSensitive, clients, groups, id, "
            + "lambdaConfig, name, passwordPolicy, schema, tier, usernameAttributes, users",
        "$.userPools[0].id: is required",
        "$.userPools[0].name: must be a string",
        "$.userPools[0].clients[0].name: is required",
        "$.userPools[0].users[0].status: must be one of CONFIRMED, FORCE_CHANGE_PASSWORD, UNCONFIRMED, RESET_REQUIRED",
        "$.userPools[0].users[1].password: is required for a CONFIRMED user",
        "$.userPools[0].users[2].username: is required");
  }

  @Test
  void shouldDeclareASchemaAndWhatEachClientReadsAndWrites() {
    InProcessCognito cognito = InProcessCognito.create();

    InitFile.parse("""
        {"userPools": [{"id": "us-east-1_Schema1", "name": "app",
          "schema": [{"name": "email", "required": true},
                     {"name": "team", "attributeDataType": "String", "stringAttributeConstraints": {"maxLength": "8"}}],
          "clients": [{"id": "schemaclient1", "name": "web", "readAttributes": ["email", "custom:team"], "writeAttributes": ["email"]}],
          "users": [{"username": "jane", "password": "Blue-Harbor-42!",
                     "attributes": {"email": "jane@example.com", "custom:team": "blue"}}]}]}
        """).get().applyTo(cognito).get();

    var pool = cognito.service().poolConfiguration().describeUserPool(new Requests.DescribeUserPool("us-east-1_Schema1")).get().pool();
    assertThat(pool.schema().find("email").get().required()).isTrue();
    assertThat(pool.schema().find("custom:team").isDefined()).isTrue();
    assertThat(pool.client(new ClientId("schemaclient1")).get().readAttributes().get()).containsExactly("email",
        "custom:team");
    assertThat(cognito.service().adminGetUser(new Requests.AdminGetUser("us-east-1_Schema1", "jane")).get().attributes()
        .get("custom:team")).contains("blue");
    assertThat(InitFile.parse("""
        {"userPools": [{"id": "us-east-1_S", "name": "s", "schema": [{"name": 1, "mutable": "no"}, "x"]}]}
        """).getLeft().map(InitFile.Problem::toString)).containsExactly(
        "$.userPools[0].schema[0].name: must be a string", "$.userPools[0].schema[0].mutable: must be a boolean",
        "$.userPools[0].schema[1]: must be an object");
  }

  @Test
  void shouldHoldPasswordsAndIdsToTheSameRulesAsTheService() {
    InProcessCognito cognito = InProcessCognito.create();

    Seq<InitFile.Problem> problems = InitFile.parse("""
        {"userPools": [
          {"id": "no-underscore", "name": "bad"},
          {"id": "us-east-1_Good", "name": "good", "clients": [{"id": "bad id!", "name": "web"}],
           "users": [{"username": "jane", "password": "short"},
                         {"username": "ann", "password": "Ok-Passw0rd!", "attributes": {"shoe": "x"}}]}]}
        """).get().applyTo(cognito).getLeft();

    assertThat(problems.map(InitFile.Problem::toString)).containsExactly(
        "$.userPools[0]: InvalidParameterException: 1 validation error detected: Value 'no-underscore' at 'userPoolId' failed to "
            + "satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+",
        "$.userPools[1].clients[0]: InvalidParameterException: 1 validation error detected: Value 'bad id!' at 'clientId' failed to "
            + "satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+",
        "$.userPools[1].users[0].password: InvalidPasswordException: Password does not conform to policy: Password not long enough",
        "$.userPools[1].users[1]: InvalidParameterException: Attributes did not conform to the schema: shoe: Attribute does not "
            + "exist in the schema.\n");
  }

  @Test
  void shouldReportAGroupTheUserCannotJoin() {
    InProcessCognito cognito = InProcessCognito.create();
    InitFile file = InitFile.parse("""
        {"userPools": [{"id": "us-east-1_G", "name": "g",
              "users": [{"username": "jane", "password": "Blue-Harbor-42", "groups": ["nope"]}]}]}
        """).get();

    assertThat(file.applyTo(cognito).getLeft().map(InitFile.Problem::toString))
        .containsExactly("$.userPools[0].users[0].groups[0]: ResourceNotFoundException: Group not found.");
  }

  @Test
  void shouldRefuseAnIdAlreadyUsed() {
    InProcessCognito cognito = InProcessCognito.create();
    InitFile file = InitFile
        .parse("{\"userPools\": [{\"id\": \"us-east-1_Twice\", \"name\": \"a\"}, {\"id\": \"us-east-1_Twice\", \"name\": \"b\"}]}")
        .get();

    assertThat(file.applyTo(cognito).getLeft().map(InitFile.Problem::toString))
        .containsExactly("$.userPools[1]: InvalidParameterException: User pool us-east-1_Twice already exists.");
  }

  @Test
  void shouldReportAFileThatIsNotJson(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("init.json");
    Files.writeString(file, "{\"userPools\": [");

    assertThat(InitFile.read(file).getLeft().head().path()).isEqualTo("$");
    assertThat(InitFile.read(dir.resolve("missing.json")).getLeft().head().message()).startsWith("cannot read ");
  }
}
