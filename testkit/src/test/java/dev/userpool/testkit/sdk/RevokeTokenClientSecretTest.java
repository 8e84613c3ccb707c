package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.ClientSecret;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** RevokeToken through the SDK client for an app client with a secret: the secret is required, and a refusal revokes nothing. */
class RevokeTokenClientSecretTest {

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private final String poolId = client.createUserPool(r -> r.poolName("confidential")).userPool().id();
  private final UserPoolClientType app = client.createUserPoolClient(r -> r.userPoolId(poolId).clientName("server").generateSecret(true)
      .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
      .userPoolClient();
  private final String refreshToken;

  RevokeTokenClientSecretTest() {
    client.adminCreateUser(r -> r.userPoolId(poolId).username("jane").messageAction("SUPPRESS"));
    client.adminSetUserPassword(r -> r.userPoolId(poolId).username("jane").password("Passw0rd!x").permanent(true));
    String hash = ClientSecret.of(app.clientSecret()).secretHash("jane", new ClientId(app.clientId()));
    refreshToken = client.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(app.clientId())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Passw0rd!x", "SECRET_HASH", hash)))
        .authenticationResult().refreshToken();
  }

  private boolean revoked() {
    return cognito.tokenFamilies().findByRefreshToken(refreshToken).get().revoked();
  }

  @Test
  void shouldAnswerUnauthorizedWithoutTheClientSecretAndRevokeNothing() {
    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
        () -> client.revokeToken(r -> r.clientId(app.clientId()).token(refreshToken)));

    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnauthorizedException");
    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo("Client " + app.clientId() + " is configured for secret but secret was not received");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(revoked()).isFalse();
  }

  @Test
  void shouldAnswerUnauthorizedWithAnotherSecretAndRevokeNothing() {
    String wrong = "a" + app.clientSecret().substring(1).replace('a', 'b');

    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
        () -> client.revokeToken(r -> r.clientId(app.clientId()).clientSecret(wrong).token(refreshToken)));

    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Unable to verify client secret for client " + app.clientId());
    assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain(app.clientSecret());
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(revoked()).isFalse();
  }

  @Test
  void shouldRevokeWithTheClientSecret() {
    client.revokeToken(r -> r.clientId(app.clientId()).clientSecret(app.clientSecret()).token(refreshToken));

    assertThat(revoked()).isTrue();
  }
}
