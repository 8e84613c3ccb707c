package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Client credentials through nimbus oauth2-oidc-sdk, a real OAuth 2.0 client: provider metadata resolved from the
 * issuer, the token request authenticated by HTTP Basic and by the body, and the access token accepted by a verifier
 * configured from the issuer alone (its JWKS URI, its {@code iss}).
 */
class NimbusOAuthClientTest {

  @Test
  void shouldGetAClientCredentialsTokenThatAVerifierConfiguredFromTheIssuerAccepts() throws Exception {
    AtomicReference<String> base = new AtomicReference<>();
    InProcessCognito cognito = LocalIssuerCognito.create(base);
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().cognito(cognito));
        CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      base.set(endpoint.uri().toString().replaceAll("/$", ""));
      String pool = sdk.createUserPool(b -> b.poolName("app")).userPool().id();
      sdk.createResourceServer(b -> b.userPoolId(pool).identifier("orders").name("orders")
          .scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("Read orders").build()));
      UserPoolClientType client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("worker").generateSecret(true)
          .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes("orders/read"))
          .userPoolClient();

      String issuer = base.get() + "/" + pool;
      OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer));
      ClientID id = new ClientID(client.clientId());
      Secret secret = new Secret(client.clientSecret());
      TokenResponse basic = TokenResponse.parse(new TokenRequest(metadata.getTokenEndpointURI(), new ClientSecretBasic(id, secret),
          new ClientCredentialsGrant(), new Scope("orders/read")).toHTTPRequest().send());
      TokenResponse post = TokenResponse.parse(new TokenRequest(metadata.getTokenEndpointURI(), new ClientSecretPost(id, secret),
          new ClientCredentialsGrant(), null).toHTTPRequest().send());
      TokenResponse wrong = TokenResponse.parse(new TokenRequest(metadata.getTokenEndpointURI(),
          new ClientSecretBasic(id, new Secret("not-the-secret")), new ClientCredentialsGrant(), null).toHTTPRequest().send());

      assertThat(basic.indicatesSuccess()).isTrue();
      AccessToken token = basic.toSuccessResponse().getTokens().getAccessToken();
      assertThat(token.getScope()).isNull(); // Cognito's token response carries no scope member; the token's claim does
      assertThat(post.indicatesSuccess()).isTrue();
      assertThat(((TokenErrorResponse) wrong).getErrorObject().getCode()).isEqualTo("invalid_client");

      DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
      verifier.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
          JWKSourceBuilder.create(metadata.getJWKSetURI().toURL()).build()));
      verifier.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(issuer)
          .claim("token_use", "access").claim("client_id", client.clientId()).build(), Set.of("exp", "iat", "scope")));
      JWTClaimsSet claims = verifier.process(token.getValue(), null);
      assertThat(claims.getStringClaim("scope")).isEqualTo("orders/read");
      assertThat(metadata.getJWKSetURI()).isEqualTo(URI.create(issuer + "/.well-known/jwks.json"));
    }
  }
}
