package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.CognitoScenarios;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.sdk.ScenarioTarget;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** The same scenarios as the in-process client's, driven by the real SDK client over HTTP. */
class EndpointScenariosTest {

  @TestFactory
  Stream<DynamicTest> everyScenarioHoldsOverTheWire() {
    return CognitoScenarios.all().stream().map(s -> DynamicTest.dynamicTest(s.name() + ": " + s.rule(), () -> {
      try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
        s.runAgainst(EndpointControl.of(endpoint.uri()).fake(sdk));
        Wire.stillServes(endpoint.uri());
      }
    }));
  }

  @Test
  void shouldFailAScenarioWhenTheEndpointsClockDoesNotMove() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      EndpointControl control = EndpointControl.of(endpoint.uri());
      ScenarioTarget frozen = new ScenarioTarget(sdk, by -> {}, control);

      assertThatThrownBy(() -> CognitoScenarios.named("aTemporaryPasswordExpires").runAgainst(frozen))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Temporary password has expired");
    }
  }

  @Test
  void shouldRaiseTheSdksOwnExceptionTypesWithCognitosMessages() {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      String pool = sdk.createUserPool(b -> b.poolName("app")).userPool().id();

      assertThatThrownBy(() -> sdk.adminGetUser(b -> b.userPoolId(pool).username("nobody")))
          .isInstanceOfSatisfying(UserNotFoundException.class, e -> {
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User does not exist.");
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.requestId()).isNotBlank();
          });
      assertThatThrownBy(() -> sdk.describeRiskConfiguration(b -> b.userPoolId(pool)))
          .isInstanceOfSatisfying(UnsupportedOperationException.class,
              e -> assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("DescribeRiskConfiguration is not implemented by the userpool library."));
    }
  }

  @Test
  void shouldShareStateAndTokensWithTheInProcessClientItWasGiven() {
    InProcessCognitoClient inProcess = InProcessCognitoClient.of(InProcessCognito.create());
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().client(inProcess));
        CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      String pool = inProcess.createUserPool(b -> b.poolName("app")).userPool().id();
      String client = inProcess.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
      inProcess.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));
      sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password("Blue-Harbor-42!").permanent(true));

      AdminGetUserResponse user = inProcess.adminGetUser(b -> b.userPoolId(pool).username("jane"));
      assertThat(user.userStatusAsString()).isEqualTo("CONFIRMED");

      String overTheWire = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Blue-Harbor-42!"))).authenticationResult().accessToken();
      assertThat(inProcess.getUser(b -> b.accessToken(overTheWire)).username()).isEqualTo("jane");
    }
  }

  @Test
  void shouldAcceptOnlyAccessTokensItIssued() {
    // Another seed: two endpoints with the same seed replay the same tokens, by design.
    try (LocalEndpoint endpoint = Wire.start();
        LocalEndpoint other = Wire.start(LocalEndpoint.builder().seed(7));
        CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri());
        CognitoIdentityProviderClient otherSdk = Wire.sdk(other.uri())) {
      String foreign = signIn(otherSdk);
      signIn(sdk);
      var tokens = sdk.initiateAuth(b -> b.clientId(clientOf(sdk)).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Blue-Harbor-42!"))).authenticationResult();

      for (String token : new String[]{ foreign, tokens.idToken(), tokens.refreshToken() }) {
        assertThatThrownBy(
            () -> sdk.changePassword(b -> b.accessToken(token).previousPassword("Blue-Harbor-42!").proposedPassword("Green-Field-43!")))
            .isInstanceOfSatisfying(NotAuthorizedException.class,
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid Access Token"));
      }
      sdk.changePassword(b -> b.accessToken(tokens.accessToken()).previousPassword("Blue-Harbor-42!").proposedPassword("Green-Field-43!"));
      assertThat(Optional.ofNullable(sdk.initiateAuth(b -> b.clientId(clientOf(sdk)).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Green-Field-43!"))).authenticationResult())).isPresent();
    }
  }

  private final Map<CognitoIdentityProviderClient, String> clients = new IdentityHashMap<>();

  private String clientOf(CognitoIdentityProviderClient sdk) {
    return clients.get(sdk);
  }

  /** A pool, a client and a confirmed jane; her access token. */
  private String signIn(CognitoIdentityProviderClient sdk) {
    String pool = sdk.createUserPool(b -> b.poolName("app")).userPool().id();
    String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    clients.put(sdk, client);
    sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));
    sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password("Blue-Harbor-42!").permanent(true));
    return sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Blue-Harbor-42!"))).authenticationResult().accessToken();
  }
}
