package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * {@code AdminCreateUserConfig.AllowAdminCreateUserOnly}: kept and echoed by DescribeUserPool; true refuses SignUp with
 * Cognito's {@code NotAuthorizedException} "SignUp is not permitted for this user pool" (pmill/aws-cognito#37) and
 * creates nobody, while AdminCreateUser still creates users; UpdateUserPool without it turns it off, as Cognito resets
 * the members an update leaves out.
 */
class AdminOnlySignUpTest {

  /** The refusal of SignUp in an admin-only pool, on any client (the in-memory store here, PostgreSQL in its module). */
  static void shouldRefuseSignUpOnlyWhileAdminOnly(CognitoIdentityProviderClient cognito) {
    String pool = cognito.createUserPool(b -> b.poolName("admins-only").adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true)))
        .userPool().id();
    String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().adminCreateUserConfig().allowAdminCreateUserOnly()).isTrue();

    NotAuthorizedException e = catchThrowableOfType(NotAuthorizedException.class,
        () -> cognito.signUp(b -> b.clientId(client).username("jane").password("Passw0rd!")));
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotAuthorizedException");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("SignUp is not permitted for this user pool");
    assertThat(cognito.listUsers(b -> b.userPoolId(pool)).users()).isEmpty();
    assertThat(cognito.adminCreateUser(b -> b.userPoolId(pool).username("admin-made")).user().username()).isEqualTo("admin-made");

    cognito.updateUserPool(b -> b.userPoolId(pool));
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
    assertThat(cognito.signUp(b -> b.clientId(client).username("jane").password("Passw0rd!")).userConfirmed()).isFalse();

    cognito.updateUserPool(b -> b.userPoolId(pool).adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true)));
    assertThat(catchThrowableOfType(NotAuthorizedException.class,
        () -> cognito.signUp(b -> b.clientId(client).username("joe").password("Passw0rd!")))).isNotNull();
  }

  @Test
  void shouldRefuseSignUpOnlyWhileAdminOnly() {
    shouldRefuseSignUpOnlyWhileAdminOnly(InProcessCognitoClient.of(InProcessCognito.create()));
  }

  @Test
  void shouldAllowSignUpByDefault() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(InProcessCognito.create());
    String pool = cognito.createUserPool(b -> b.poolName("open")).userPool().id();
    String client = cognito.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
    assertThat(cognito.signUp(b -> b.clientId(client).username("jane").password("Passw0rd!")).userSub()).isNotBlank();
  }
}
