package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** Tokens and groups through the real SDK client over HTTP. */
class EndpointTokensTest {

  @Test
  void shouldIssueTokensThatVerifyAgainstTheJwksAndServeGroupsOverTheWire() throws Exception {
    InProcessCognito cognito = InProcessCognito.create();
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().cognito(cognito));
        CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      String pool = sdk.createUserPool(b -> b.poolName("app")).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
      sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));
      sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password("Final-Passw0rd!").permanent(true));
      sdk.createGroup(b -> b.userPoolId(pool).groupName("admins").precedence(0));
      sdk.adminAddUserToGroup(b -> b.userPoolId(pool).username("jane").groupName("admins"));
      assertThatThrownBy(() -> sdk.createGroup(b -> b.userPoolId(pool).groupName("admins")))
          .isInstanceOf(GroupExistsException.class).hasMessageStartingWith("A group with the name admins already exists.");

      AuthenticationResultType tokens = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!"))).authenticationResult();

      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
          new ImmutableJWKSet<>(JWKSet.parse(cognito.jwks()))));
      processor.setJWTClaimsSetVerifier((claims, context) -> {});
      JWTClaimsSet access = processor.process(tokens.accessToken(), null);
      assertThat(access.getStringClaim("client_id")).isEqualTo(client);
      assertThat(access.getStringListClaim("cognito:groups")).containsExactly("admins");
      assertThat(processor.process(tokens.idToken(), null).getStringClaim("cognito:username")).isEqualTo("jane");
      assertThat(sdk.getUser(b -> b.accessToken(tokens.accessToken())).username()).isEqualTo("jane");

      cognito.clock().advance(Duration.ofMinutes(60));
      assertThatThrownBy(() -> sdk.getUser(b -> b.accessToken(tokens.accessToken())))
          .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Access Token has expired");
    }
  }

  @Test
  void shouldTakeTokenLifetimesFromTheAppClientOverTheWire() {
    InProcessCognito cognito = InProcessCognito.create();
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().cognito(cognito));
        CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      String pool = sdk.createUserPool(b -> b.poolName("app")).userPool().id();
      String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH").accessTokenValidity(5).idTokenValidity(10)
          .tokenValidityUnits(u -> u.accessToken("minutes").idToken("minutes"))).userPoolClient().clientId();
      sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));
      sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password("Final-Passw0rd!").permanent(true));

      AuthenticationResultType tokens = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!"))).authenticationResult();
      assertThat(tokens.expiresIn()).isEqualTo(300);
      assertThat(sdk.describeUserPoolClient(b -> b.userPoolId(pool).clientId(client)).userPoolClient().idTokenValidity())
          .isEqualTo(10);

      cognito.clock().advance(Duration.ofMinutes(6));
      assertThatThrownBy(() -> sdk.getUser(b -> b.accessToken(tokens.accessToken())))
          .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("Access Token has expired");
      assertThatThrownBy(() -> sdk.updateUserPoolClient(b -> b.userPoolId(pool).clientId(client).refreshTokenValidity(3651)))
          .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("Invalid range for token validity");
    }
  }
}
