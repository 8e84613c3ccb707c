package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** AllowAdminCreateUserOnly is kept in the PostgreSQL store: a pool read back by another connection still refuses SignUp. */
class AdminOnlySignUpOnPostgresTest {

  @Test
  void shouldKeepAdminOnlyInThePoolDocument() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(
        InProcessCognito.builder().store(TestDatabase.stores().userPools()).build());
    String pool = cognito.createUserPool(b -> b.poolName("admins-only").adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true)))
        .userPool().id();
    String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();

    PostgresStores other = PostgresStores.connect(TestDatabase.url());
    try {
      assertThat(other.userPools().find(new UserPoolId(pool)).get().allowAdminCreateUserOnly()).isTrue();
    } finally {
      other.close();
    }
    NotAuthorizedException e = catchThrowableOfType(NotAuthorizedException.class,
        () -> cognito.signUp(b -> b.clientId(client).username("jane").password("Passw0rd!")));
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("SignUp is not permitted for this user pool");
  }
}
