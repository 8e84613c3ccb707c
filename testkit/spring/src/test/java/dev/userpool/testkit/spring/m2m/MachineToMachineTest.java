package dev.userpool.testkit.spring.m2m;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import dev.userpool.testkit.spring.AutoConfigureCognito;
import dev.userpool.testkit.spring.LocalCognito;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Spring Boot's resource server, configured by {@code issuer-uri} (the local endpoint's issuer), takes an access token
 * that nimbus oauth2-oidc-sdk obtained by client credentials from the endpoint's token endpoint, and answers 403 for one
 * without the scope an endpoint needs and 401 without a valid token, as Spring answers.
 */
@SpringBootTest(properties = { "spring.security.oauth2.resourceserver.jwt.authorities-claim-name=scope",
    "spring.security.oauth2.resourceserver.jwt.authority-prefix=SCOPE_" })
@AutoConfigureMockMvc
@AutoConfigureCognito(mode = AutoConfigureCognito.Mode.ENDPOINT)
class MachineToMachineTest {

  @Autowired
  LocalCognito cognito;
  @Autowired
  MockMvc mvc;
  @Autowired
  Environment environment;

  private UserPoolClientType machine(String name, String scope) {
    String pool = cognito.pool().id().value();
    if (cognito.client().listResourceServers(r -> r.userPoolId(pool).maxResults(50)).resourceServers().isEmpty()) {
      cognito.client().createResourceServer(r -> r.userPoolId(pool).identifier("orders").name("orders").scopes(
          ResourceServerScopeType.builder().scopeName("read").scopeDescription("Read orders").build(),
          ResourceServerScopeType.builder().scopeName("write").scopeDescription("Write orders").build()));
    }
    return cognito.client().createUserPoolClient(r -> r.userPoolId(pool).clientName(name).generateSecret(true)
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes(scope))
        .userPoolClient();
  }

  private String accessToken(UserPoolClientType client) throws Exception {
    URI tokenEndpoint = cognito.uri().resolve("/oauth2/token");
    TokenResponse response = TokenResponse.parse(new TokenRequest(tokenEndpoint, new ClientSecretBasic(new ClientID(client.clientId()),
        new Secret(client.clientSecret())), new ClientCredentialsGrant(), (Scope) null).toHTTPRequest().send());
    assertThat(response.indicatesSuccess()).isTrue();
    return response.toSuccessResponse().getTokens().getAccessToken().getValue();
  }

  @Test
  void theResourceServerTakesAClientCredentialsTokenWithTheScopeItNeeds() throws Exception {
    assertThat(environment.getProperty(LocalCognito.ISSUER_URI)).isEqualTo(cognito.issuer());
    String reader = accessToken(machine("reporting", "orders/read"));

    mvc.perform(get("/orders").header("Authorization", "Bearer " + reader)).andExpect(status().isOk());
    mvc.perform(post("/orders").header("Authorization", "Bearer " + reader)).andExpect(status().isForbidden());
  }

  @Test
  void theResourceServerRefusesAMissingOrForgedToken() throws Exception {
    String writer = accessToken(machine("importer", "orders/write"));

    mvc.perform(post("/orders").header("Authorization", "Bearer " + writer)).andExpect(status().isOk());
    mvc.perform(get("/orders").header("Authorization", "Bearer " + writer)).andExpect(status().isForbidden());
    mvc.perform(get("/orders")).andExpect(status().isUnauthorized());
    mvc.perform(get("/orders").header("Authorization", "Bearer " + writer.substring(0, writer.length() - 4) + "AAAA"))
        .andExpect(status().isUnauthorized());
  }
}
