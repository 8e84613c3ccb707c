package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** The list, update and delete operations on pools, clients and attributes, through the real SDK over HTTP. */
class UserAndClientOperationsWireTest {

  private static AttributeType attr(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  @Test
  void shouldListUpdateAndDeletePoolsAndClients() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      String pool = sdk.createUserPool(b -> b.poolName("app")).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();

      assertThat(sdk.listUserPools(b -> b.maxResults(10)).userPools()).singleElement()
          .satisfies(p -> assertThat(p.name()).isEqualTo("app"));
      assertThat(sdk.listUserPoolClients(b -> b.userPoolId(pool)).userPoolClients()).singleElement()
          .satisfies(c -> assertThat(c.clientName()).isEqualTo("web"));
      assertThat(sdk.updateUserPoolClient(b -> b.userPoolId(pool).clientId(client).clientName("web2")
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH")).userPoolClient().explicitAuthFlowsAsStrings())
          .containsExactly("ALLOW_USER_PASSWORD_AUTH");
      sdk.deleteUserPoolClient(b -> b.userPoolId(pool).clientId(client));

      assertThatThrownBy(() -> sdk.describeUserPoolClient(b -> b.userPoolId(pool).clientId(client)))
          .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User pool client " + client + " does not exist.");
            assertThat(e.statusCode()).isEqualTo(400);
          });
      assertThatThrownBy(() -> sdk.listUserPools(b -> b.maxResults(0)))
          .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(
              "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                  + "Member must have value greater than or equal to 1"));
    }
  }

  @Test
  void shouldUpdateAndDeleteAttributesAndTheUserThemself() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      String pool = sdk.createUserPool(b -> b.poolName("app").aliasAttributesWithStrings("email")
          .autoVerifiedAttributesWithStrings("email")).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH")).userPoolClient().clientId();
      for (String name : new String[]{ "jane", "john" }) {
        sdk.adminCreateUser(b -> b.userPoolId(pool).username(name).messageAction("SUPPRESS")
            .userAttributes(attr("email", name + "@example.com"), attr("email_verified", "true")));
        sdk.adminSetUserPassword(b -> b.userPoolId(pool).username(name).password("Blue-Harbor-42!").permanent(true));
      }
      String token = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Blue-Harbor-42!"))).authenticationResult().accessToken();

      sdk.adminUpdateUserAttributes(b -> b.userPoolId(pool).username("jane").userAttributes(attr("name", "Jane")));
      sdk.adminDeleteUserAttributes(b -> b.userPoolId(pool).username("jane").userAttributeNames("name"));
      assertThat(sdk.updateUserAttributes(b -> b.accessToken(token).userAttributes(attr("email", "jane@new.example.com")))
          .codeDeliveryDetailsList()).singleElement().satisfies(d -> assertThat(d.attributeName()).isEqualTo("email"));
      assertThat(sdk.adminGetUser(b -> b.userPoolId(pool).username("jane")).userAttributes())
          .contains(attr("email_verified", "false")).noneMatch(a -> a.name().equals("name"));

      assertThatThrownBy(() -> sdk.updateUserAttributes(b -> b.accessToken(token).userAttributes(attr("email_verified", "true"))))
          .isInstanceOfSatisfying(NotAuthorizedException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
              .isEqualTo("A client attempted to write unauthorized attribute"));
      assertThatThrownBy(() -> sdk.adminUpdateUserAttributes(b -> b.userPoolId(pool).username("jane")
          .userAttributes(attr("email", "john@example.com"), attr("email_verified", "true"))))
          .isInstanceOfSatisfying(AliasExistsException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
              .isEqualTo("An account with the given email already exists."));

      sdk.deleteUser(b -> b.accessToken(token));

      assertThatThrownBy(() -> sdk.adminGetUser(b -> b.userPoolId(pool).username("jane"))).isInstanceOf(UserNotFoundException.class);
      assertThatThrownBy(() -> sdk.deleteUser(b -> b.accessToken(token))).isInstanceOf(NotAuthorizedException.class);
    }
  }

  @Test
  void shouldResendASignUpCode() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      String pool = sdk.createUserPool(b -> b.poolName("app").autoVerifiedAttributesWithStrings("email")).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();
      sdk.signUp(b -> b.clientId(client).username("jill").password("Blue-Harbor-42!").userAttributes(attr("email", "jill@example.com")));

      assertThat(sdk.resendConfirmationCode(b -> b.clientId(client).username("jill")).codeDeliveryDetails().deliveryMediumAsString())
          .isEqualTo("EMAIL");
      sdk.adminConfirmSignUp(b -> b.userPoolId(pool).username("jill"));
      assertThatThrownBy(() -> sdk.resendConfirmationCode(b -> b.clientId(client).username("jill")))
          .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
              .isEqualTo("User is already confirmed."));
    }
  }
}
