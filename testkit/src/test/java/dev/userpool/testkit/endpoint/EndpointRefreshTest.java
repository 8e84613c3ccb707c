package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ClientSecret;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** GetTokensFromRefreshToken (Amplify v6's only refresh) and the refresh that amazon-cognito-identity-js sends, over HTTP. */
class EndpointRefreshTest {

  private final InProcessCognito cognito = InProcessCognito.create();
  private final LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().cognito(cognito));
  private final URI uri = endpoint.uri();
  private final CognitoIdentityProviderClient sdk = Wire.sdk(uri);
  private final String pool = sdk.createUserPool(b -> b.poolName("app")).userPool().id();
  private final String web = client("web", false).clientId();

  EndpointRefreshTest() {
    sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));
    sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password("Final-Passw0rd!").permanent(true));
  }

  @AfterEach
  void close() {
    sdk.close();
    endpoint.close();
  }

  private UserPoolClientType client(String name, boolean secret) {
    return sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName(name).generateSecret(secret)
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient();
  }

  private AuthenticationResultType signIn(UserPoolClientType client) {
    return sdk.initiateAuth(b -> b.clientId(client.clientId()).authFlow("USER_PASSWORD_AUTH")
        .authParameters(client.clientSecret() == null
            ? Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!")
            : Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!", "SECRET_HASH",
                ClientSecret.of(client.clientSecret()).secretHash("jane", new ClientId(client.clientId())))))
        .authenticationResult();
  }

  private Wire.Reply get(String body) {
    return Wire.cognito(uri, "GetTokensFromRefreshToken", body);
  }

  @Test
  void shouldRenewTheTokensWithoutANewRefreshTokenThroughTheSdk() throws Exception {
    AuthenticationResultType first = sdk.initiateAuth(b -> b.clientId(web).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!"))).authenticationResult();
    cognito.clock().advance(Duration.ofMinutes(50));

    AuthenticationResultType renewed = sdk.getTokensFromRefreshToken(b -> b.clientId(web).refreshToken(first.refreshToken())
        .clientMetadata(Map.of("source", "test"))).authenticationResult();

    assertThat(renewed.refreshToken()).as("no rotation: no new refresh token").isNull();
    assertThat(renewed.expiresIn()).isEqualTo(3600);
    assertThat(renewed.tokenType()).isEqualTo("Bearer");
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(JWKSet.parse(cognito.jwks()))));
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
    JWTClaimsSet access = processor.process(renewed.accessToken(), null);
    JWTClaimsSet before = processor.process(first.accessToken(), null);
    assertThat(access.getStringClaim("client_id")).isEqualTo(web);
    assertThat(access.getStringClaim("origin_jti")).isEqualTo(before.getStringClaim("origin_jti"));
    assertThat(access.getIssueTime()).isAfter(before.getIssueTime());
    assertThat(access.getDateClaim("auth_time")).isEqualTo(before.getDateClaim("auth_time"));
    assertThat(processor.process(renewed.idToken(), null).getStringClaim("cognito:username")).isEqualTo("jane");
    assertThat(sdk.getUser(b -> b.accessToken(renewed.accessToken())).username()).isEqualTo("jane");
  }

  @Test
  void shouldAnswerAsAmplifySendsItAndRefuseAsRefreshTokenAuthDoes() {
    String refresh = sdk.initiateAuth(b -> b.clientId(web).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!"))).authenticationResult().refreshToken();

    JsonNode result = get("{\"ClientId\":\"" + web + "\",\"RefreshToken\":\"" + refresh + "\"}").json().path("AuthenticationResult");
    assertThat(result.path("AccessToken").isTextual()).isTrue();
    assertThat(result.path("IdToken").isTextual()).isTrue();
    assertThat(result.has("RefreshToken")).isFalse();

    assertThat(get("{\"ClientId\":\"" + web + "\",\"RefreshToken\":\"nope\"}").isError(400, "NotAuthorizedException").message())
        .isEqualTo("Invalid Refresh Token.");
    assertThat(get("{\"ClientId\":\"unknown0client\",\"RefreshToken\":\"nope\"}").isError(400, "ResourceNotFoundException").message())
        .isEqualTo("User pool client unknown0client does not exist.");
    assertThat(get("{\"ClientId\":\"" + web + "\"}").isError(400, "InvalidParameterException").message())
        .isEqualTo("1 validation error detected: Value null at 'refreshToken' failed to satisfy constraint: Member must not be null");

    sdk.adminDisableUser(b -> b.userPoolId(pool).username("jane"));
    assertThat(get("{\"ClientId\":\"" + web + "\",\"RefreshToken\":\"" + refresh + "\"}").isError(400, "NotAuthorizedException")
        .message()).as("disabling signs the user out").isEqualTo("Refresh Token has been revoked");
  }

  @Test
  void shouldTakeTheClientSecretItselfForAClientThatHasOne() {
    UserPoolClientType server = client("server", true);
    String refresh = signIn(server).refreshToken();
    String body = "{\"ClientId\":\"" + server.clientId() + "\",\"RefreshToken\":\"" + refresh + "\"";

    assertThat(get(body + "}").isError(400, "NotAuthorizedException").message())
        .isEqualTo("Client " + server.clientId() + " is configured for secret but secret was not received");
    assertThat(get(body + ",\"ClientSecret\":\"" + "w".repeat(51) + "\"}").isError(400, "NotAuthorizedException").message())
        .isEqualTo("Unable to verify secret hash for client " + server.clientId());
    assertThat(get(body + ",\"ClientSecret\":\"" + server.clientSecret() + "\"}").status()).isEqualTo(200);
  }

  @Test
  void shouldRefuseRefreshTokenRotationEnabledAndAcceptItDisabled() {
    assertThat(Wire.cognito(uri, "CreateUserPoolClient", "{\"UserPoolId\":\"" + pool + "\",\"ClientName\":\"rotating\","
        + "\"RefreshTokenRotation\":{\"Feature\":\"ENABLED\",\"RetryGracePeriodSeconds\":10}}").isError(400, "InvalidParameterException")
        .message()).startsWith("RefreshTokenRotation with Feature ENABLED is not supported by the userpool library");
    assertThat(Wire.cognito(uri, "UpdateUserPoolClient", "{\"UserPoolId\":\"" + pool + "\",\"ClientId\":\"" + web + "\","
        + "\"RefreshTokenRotation\":{\"Feature\":\"ENABLED\"}}").isError(400, "InvalidParameterException").message())
        .startsWith("RefreshTokenRotation with Feature ENABLED is not supported by the userpool library");
    assertThat(Wire.cognito(uri, "CreateUserPoolClient", "{\"UserPoolId\":\"" + pool + "\",\"ClientName\":\"plain\","
        + "\"RefreshTokenRotation\":{\"Feature\":\"DISABLED\"}}").status()).isEqualTo(200);
  }

  @Test
  void shouldTakeAnAuthParameterHoldingNullAsAbsentAsIdentityJsSendsIt() {
    String refresh = sdk.initiateAuth(b -> b.clientId(web).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!"))).authenticationResult().refreshToken();

    Wire.Reply reply = Wire.cognito(uri, "InitiateAuth", "{\"ClientId\":\"" + web + "\",\"AuthFlow\":\"REFRESH_TOKEN_AUTH\","
        + "\"AuthParameters\":{\"REFRESH_TOKEN\":\"" + refresh + "\",\"DEVICE_KEY\":null},\"ClientMetadata\":{}}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("AuthenticationResult").path("AccessToken").isTextual()).isTrue();
  }
}
