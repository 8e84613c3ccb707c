package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidOAuthFlowException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

class OAuthConfigurationTest {

  private final CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(InProcessCognito.create());
  private final String poolId = cognito.createUserPool(b -> b.poolName("app")).userPool().id();

  private static ResourceServerScopeType scope(String name) {
    return ResourceServerScopeType.builder().scopeName(name).scopeDescription(name + " access").build();
  }

  private static <T extends CognitoIdentityProviderException> String refusal(Class<T> type, Runnable call) {
    T e = catchThrowableOfType(type, call::run);
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    return e.awsErrorDetails().errorMessage();
  }

  @Test
  void shouldKeepResourceServersAndTheirScopes() {
    cognito.createResourceServer(b -> b.userPoolId(poolId).identifier("https://api.example.com").name("api").scopes(scope("read")));
    cognito.updateResourceServer(b -> b.userPoolId(poolId).identifier("https://api.example.com").name("api")
        .scopes(scope("read"), scope("write")));

    assertThat(cognito.describeResourceServer(b -> b.userPoolId(poolId).identifier("https://api.example.com")).resourceServer().scopes())
        .extracting(ResourceServerScopeType::scopeName).containsExactly("read", "write");
    assertThat(cognito.listResourceServers(b -> b.userPoolId(poolId).maxResults(10)).resourceServers()).hasSize(1);
    assertThat(refusal(InvalidParameterException.class, () -> cognito.createResourceServer(b -> b.userPoolId(poolId)
        .identifier("https://api.example.com").name("api")))).isEqualTo("https://api.example.com already exists in this user pool.");

    cognito.deleteResourceServer(b -> b.userPoolId(poolId).identifier("https://api.example.com"));
    assertThat(refusal(ResourceNotFoundException.class, () -> cognito.describeResourceServer(b -> b.userPoolId(poolId)
        .identifier("https://api.example.com")))).isEqualTo("Resource server https://api.example.com does not exist.");
  }

  @Test
  void shouldSetDescribeAndResetTheClientsOAuthMembers() {
    cognito.createResourceServer(b -> b.userPoolId(poolId).identifier("https://api.example.com").name("api").scopes(scope("read")));
    String clientId = cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web").allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid", "https://api.example.com/read")
        .callbackURLs("https://app.example.com/cb", "http://localhost:3000/cb").supportedIdentityProviders("COGNITO"))
        .userPoolClient().clientId();

    UserPoolClientType described = cognito.describeUserPoolClient(b -> b.userPoolId(poolId).clientId(clientId)).userPoolClient();
    assertThat(described.allowedOAuthFlowsUserPoolClient()).isTrue();
    assertThat(described.allowedOAuthFlows()).containsExactly(OAuthFlowType.CODE);
    assertThat(described.allowedOAuthScopes()).containsExactly("openid", "https://api.example.com/read");
    assertThat(described.callbackURLs()).containsExactly("https://app.example.com/cb", "http://localhost:3000/cb");

    cognito.updateUserPoolClient(b -> b.userPoolId(poolId).clientId(clientId).clientName("web"));
    UserPoolClientType reset = cognito.describeUserPoolClient(b -> b.userPoolId(poolId).clientId(clientId)).userPoolClient();
    assertThat(reset.allowedOAuthFlowsUserPoolClient()).isFalse();
    assertThat(reset.hasAllowedOAuthFlows()).isFalse();
  }

  @Test
  void shouldRefuseOAuthMembersWithCognitosErrors() {
    assertThat(refusal(InvalidOAuthFlowException.class, () -> cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("m")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS))))
        .isEqualTo("client_credentials flow can not be selected if client does not have a client secret.");
    assertThat(refusal(ScopeDoesNotExistException.class, () -> cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("m")
        .generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
        .allowedOAuthScopes("https://nowhere.example.com/read")))).isEqualTo("Invalid scope requested: https://nowhere.example.com/read");
    assertThat(refusal(InvalidParameterException.class, () -> cognito.createUserPoolClient(b -> b.userPoolId(poolId).clientName("w")
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE).callbackURLs("http://app.example.com/cb"))))
        .isEqualTo("Invalid URL: http://app.example.com/cb. HTTPS is required, except for http://localhost.");
    assertThat(cognito.listUserPoolClients(b -> b.userPoolId(poolId).maxResults(10)).userPoolClients()).isEmpty();
  }

  @Test
  void shouldCreateDescribeAndDeleteAPrefixDomain() {
    cognito.createUserPoolDomain(b -> b.userPoolId(poolId).domain("my-app"));

    assertThat(cognito.describeUserPoolDomain(b -> b.domain("my-app")).domainDescription().userPoolId()).isEqualTo(poolId);
    String other = cognito.createUserPool(b -> b.poolName("other")).userPool().id();
    assertThat(refusal(InvalidParameterException.class, () -> cognito.createUserPoolDomain(b -> b.userPoolId(other).domain("my-app"))))
        .isEqualTo("Domain already associated with another user pool.");

    cognito.deleteUserPoolDomain(b -> b.userPoolId(poolId).domain("my-app"));
    assertThat(cognito.describeUserPoolDomain(b -> b.domain("my-app")).domainDescription().userPoolId()).isNull();
    assertThat(refusal(InvalidParameterException.class, () -> cognito.deleteUserPoolDomain(b -> b.userPoolId(poolId).domain("my-app"))))
        .isEqualTo("No such domain or user pool exists.");
  }
}
