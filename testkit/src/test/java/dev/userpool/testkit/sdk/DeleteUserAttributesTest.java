package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;

/** DeleteUserAttributes by access token: AdminDeleteUserAttributes' rules, for the signed-in user. */
class DeleteUserAttributesTest {

  static final String PASSWORD = "Passw0rd!";

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);

  /** A pool whose schema requires {@code name}, a client with USER_PASSWORD_AUTH, and jane signed in: her access token. */
  private String[] janeSignedIn() {
    String poolId = client.createUserPool(b -> b.poolName("p").schema(SchemaAttributeType.builder().name("name")
        .attributeDataType("String").required(true).mutable(true).build())).userPool().id();
    String clientId = client
        .createUserPoolClient(b -> b.userPoolId(poolId).clientName("c").explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH"))
        .userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS").userAttributes(
        attribute("name", "Jane"), attribute("nickname", "jj"), attribute("email", "jane@example.com"),
        attribute("email_verified", "true"), attribute("locale", "en")));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(PASSWORD).permanent(true));
    String token = client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult().accessToken();
    return new String[]{ poolId, token };
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private Map<String, String> attributes(String poolId) {
    return client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userAttributes().stream()
        .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
  }

  @Test
  void shouldDeleteTheUsersAttributesAndAContactsVerification() {
    String[] jane = janeSignedIn();

    client.deleteUserAttributes(b -> b.accessToken(jane[1]).userAttributeNames("nickname", "email", "website"));

    assertThat(attributes(jane[0])).containsOnlyKeys("sub", "name", "locale");
  }

  @Test
  void shouldSucceedWithAnEmptyList() {
    String[] jane = janeSignedIn();
    Map<String, String> before = attributes(jane[0]);

    client.deleteUserAttributes(b -> b.accessToken(jane[1]).userAttributeNames(List.of()));

    assertThat(attributes(jane[0])).isEqualTo(before);
  }

  @Test
  void shouldRefuseSubUnknownAndRequiredAttributesAndChangeNothing() {
    String[] jane = janeSignedIn();
    Map<String, String> before = attributes(jane[0]);

    assertRefused(() -> client.deleteUserAttributes(b -> b.accessToken(jane[1]).userAttributeNames("nickname", "sub")),
        InvalidParameterException.class,
        "Attributes did not conform to the schema: sub: Attribute cannot be updated. (changing an immutable attribute)");
    assertRefused(() -> client.deleteUserAttributes(b -> b.accessToken(jane[1]).userAttributeNames("nickname", "nickname2")),
        InvalidParameterException.class,
        "Attributes did not conform to the schema: Type for attribute {nickname2} could not be determined");
    assertRefused(() -> client.deleteUserAttributes(b -> b.accessToken(jane[1]).userAttributeNames("nickname", "name")),
        InvalidParameterException.class, "Attributes did not conform to the schema: name: The attribute is required");
    assertThat(attributes(jane[0])).isEqualTo(before);
  }

  @Test
  void shouldRefuseMissingMembersTogetherAndABadToken() {
    assertRefused(() -> client.deleteUserAttributes(b -> b.userAttributeNames("x".repeat(33))), InvalidParameterException.class,
        "2 validation errors detected: Value null at 'accessToken' failed to satisfy constraint: Member must not be null; Value '"
            + "x".repeat(33) + "' at 'userAttributeNames.1.member' failed to satisfy constraint: Member must have length less than or"
            + " equal to 32");
    assertRefused(() -> client.deleteUserAttributes(b -> b.accessToken("not-a-token").userAttributeNames("nickname")),
        NotAuthorizedException.class, "Invalid Access Token");
  }

  @Test
  void shouldRefuseTheTokenOfADeletedUser() {
    String[] jane = janeSignedIn();
    client.adminDeleteUser(b -> b.userPoolId(jane[0]).username("jane"));

    assertThatThrownBy(() -> client.deleteUserAttributes(b -> b.accessToken(jane[1]).userAttributeNames("nickname")))
        .isInstanceOf(NotAuthorizedException.class);
  }

  private static void assertRefused(Runnable call, Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(call::run).isInstanceOf(type)
        .satisfies(e -> assertThat(((CognitoIdentityProviderException) e).awsErrorDetails().errorMessage()).isEqualTo(message))
        .satisfies(e -> assertThat(((CognitoIdentityProviderException) e).statusCode()).isEqualTo(400));
  }
}
