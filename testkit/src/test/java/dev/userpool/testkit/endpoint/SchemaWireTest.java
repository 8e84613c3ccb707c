package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** Schemas through the SDK: in process and over HTTP, the same answers, codes, messages and statuses. */
class SchemaWireTest {

  private static final String PASSWORD = "Blue-Harbor-42!";

  @Test
  void shouldServeSchemasInProcess() throws Exception {
    scenario(InProcessCognitoClient.of(InProcessCognito.create()));
  }

  @Test
  void shouldServeSchemasOverTheWire() throws Exception {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      scenario(sdk);
    }
  }

  private static AttributeType attr(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private static void refused(Runnable call, Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(type, e -> {
      assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
      assertThat(e.statusCode()).isEqualTo(400);
    });
  }

  private static SchemaAttributeType named(UserPoolType pool, String name) {
    return pool.schemaAttributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  private static Map<String, Object> idClaims(String idToken) throws Exception {
    return SignedJWT.parse(idToken).getJWTClaimsSet().getClaims();
  }

  private static void scenario(CognitoIdentityProviderClient sdk) throws Exception {
    Consumer<SchemaAttributeType.Builder> team = a -> a.name("team").attributeDataType("String")
        .stringAttributeConstraints(c -> c.minLength("1").maxLength("5"));
    String pool = sdk.createUserPool(b -> b.poolName("app").schema(s -> s.name("email").required(true), team::accept,
        s -> s.name("tenant").attributeDataType("String").mutable(false),
        s -> s.name("note").attributeDataType("String").developerOnlyAttribute(true))).userPool().id();
    sdk.addCustomAttributes(b -> b.userPoolId(pool).customAttributes(a -> a.name("level").attributeDataType("Number")
        .numberAttributeConstraints(c -> c.minValue("1").maxValue("10"))));

    UserPoolType described = sdk.describeUserPool(b -> b.userPoolId(pool)).userPool();
    assertThat(described.schemaAttributes()).hasSize(24);
    assertThat(described.schemaAttributes().get(0)).isEqualTo(SchemaAttributeType.builder().name("sub").attributeDataType("String")
        .developerOnlyAttribute(false).mutable(false).required(true)
        .stringAttributeConstraints(c -> c.minLength("1").maxLength("2048")).build());
    assertThat(named(described, "birthdate").stringAttributeConstraints().minLength()).isEqualTo("10");
    assertThat(named(described, "updated_at").numberAttributeConstraints().minValue()).isEqualTo("0");
    assertThat(named(described, "email_verified").attributeDataTypeAsString()).isEqualTo("Boolean");
    assertThat(named(described, "email").required()).isTrue();
    assertThat(described.schemaAttributes().subList(20, 24)).extracting(SchemaAttributeType::name)
        .containsExactly("custom:team", "custom:tenant", "dev:note", "custom:level");
    assertThat(named(described, "custom:team").stringAttributeConstraints().maxLength()).isEqualTo("5");
    assertThat(named(described, "custom:tenant").mutable()).isFalse();
    assertThat(named(described, "dev:note").developerOnlyAttribute()).isTrue();
    assertThat(named(described, "custom:level").numberAttributeConstraints().maxValue()).isEqualTo("10");

    refused(() -> sdk.addCustomAttributes(b -> b.userPoolId(pool).customAttributes(team::accept)), InvalidParameterException.class,
        "Existing schema attributes cannot be modified or deleted.");
    refused(() -> sdk.adminCreateUser(b -> b.userPoolId(pool).username("x").messageAction("SUPPRESS").userAttributes(attr("custom:nope",
        "1"))), InvalidParameterException.class,
        "Attributes did not conform to the schema: custom:nope: Attribute does not exist in the schema.\n");

    String standard = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH")).userPoolClient().clientId();
    String reader = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("teams")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH").readAttributes("email", "custom:team")
        .writeAttributes("email", "custom:team")).userPoolClient().clientId();
    assertThat(sdk.describeUserPoolClient(b -> b.userPoolId(pool).clientId(reader)).userPoolClient().readAttributes())
        .containsExactly("email", "custom:team");
    assertThat(sdk.describeUserPoolClient(b -> b.userPoolId(pool).clientId(standard)).userPoolClient().hasReadAttributes()).isFalse();
    refused(() -> sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("bad").writeAttributes("custom:nope")),
        InvalidParameterException.class, "Invalid write attributes specified while creating a client");

    refused(() -> sdk.signUp(b -> b.clientId(standard).username("joe").password(PASSWORD)), InvalidParameterException.class,
        "Attributes did not conform to the schema: email: The attribute is required\n");
    refused(() -> sdk.signUp(b -> b.clientId(standard).username("joe").password(PASSWORD)
        .userAttributes(attr("email", "joe@example.com"), attr("custom:team", "blue"))), NotAuthorizedException.class,
        "A client attempted to write unauthorized attribute");

    sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS").userAttributes(attr("email",
        "jane@example.com"), attr("custom:team", "blue"), attr("custom:tenant", "t1")));
    sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password(PASSWORD).permanent(true));
    var byStandard = sdk.initiateAuth(b -> b.clientId(standard).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult();
    var byReader = sdk.initiateAuth(b -> b.clientId(reader).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult();

    assertThat(idClaims(byStandard.idToken())).containsKey("email").doesNotContainKeys("custom:team", "custom:tenant");
    assertThat(idClaims(byReader.idToken())).containsEntry("custom:team", "blue").containsKey("email")
        .doesNotContainKeys("custom:tenant");
    assertThat(sdk.getUser(b -> b.accessToken(byStandard.accessToken())).userAttributes()).extracting(AttributeType::name)
        .contains("sub", "email").doesNotContain("custom:team", "custom:tenant");
    assertThat(sdk.getUser(b -> b.accessToken(byReader.accessToken())).userAttributes()).extracting(AttributeType::name)
        .containsExactly("sub", "custom:team", "email");

    refused(() -> sdk.updateUserAttributes(b -> b.accessToken(byReader.accessToken()).userAttributes(attr("custom:tenant", "t2"))),
        InvalidParameterException.class, "user.custom:tenant: Attribute cannot be updated.\n");
    refused(() -> sdk.updateUserAttributes(b -> b.accessToken(byReader.accessToken()).userAttributes(attr("custom:team", "toolong"))),
        InvalidParameterException.class, "user.custom:team: String must be no longer than 5 characters\n");
    refused(() -> sdk.updateUserAttributes(b -> b.accessToken(byStandard.accessToken()).userAttributes(attr("custom:team", "red"))),
        NotAuthorizedException.class, "A client attempted to write unauthorized attribute");
    sdk.updateUserAttributes(b -> b.accessToken(byReader.accessToken()).userAttributes(attr("custom:team", "red")));
    assertThat(sdk.adminGetUser(b -> b.userPoolId(pool).username("jane")).userAttributes()).contains(attr("custom:team", "red"),
        attr("custom:tenant", "t1"));
    assertThat(List.of(described.schemaAttributes().get(11).name())).containsExactly("email_verified");

    sdk.adminCreateUser(b -> b.userPoolId(pool).username("ann").temporaryPassword("Temp-Passw0rd!").messageAction("SUPPRESS"));
    var challenge = sdk.initiateAuth(b -> b.clientId(standard).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "ann", "PASSWORD", "Temp-Passw0rd!")));
    assertThat(challenge.challengeParameters()).containsEntry("requiredAttributes", "[\"userAttributes.email\"]");
    refused(() -> sdk.respondToAuthChallenge(b -> b.clientId(standard).challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "ann", "NEW_PASSWORD", PASSWORD))), InvalidParameterException.class,
        "Invalid attributes given, email is missing");
    assertThat(sdk.respondToAuthChallenge(b -> b.clientId(standard).challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "ann", "NEW_PASSWORD", PASSWORD, "userAttributes.email", "ann@example.com")))
        .authenticationResult().idToken()).isNotBlank();
  }
}
