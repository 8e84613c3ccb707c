package dev.userpool.docs;

// tag::readme-junit[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.CognitoTest;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.ControllableClock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

@CognitoTest // a fresh in-memory Cognito, pool and app client for every test
class SignInTest {

  @Test
  void temporaryPasswordsExpire(TestPool pool, CognitoIdentityProviderClient cognito, ControllableClock clock) {
    pool.user("jane").password("Temp-Passw0rd!").forceChangePassword();
    // what your code sends through the client it is given; here the in-process one, wired to the pool
    AdminInitiateAuthRequest signIn = AdminInitiateAuthRequest.builder()
        .userPoolId(pool.id().value())
        .clientId(pool.clientId().value())
        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Temp-Passw0rd!"))
        .build();
    assertThat(cognito.adminInitiateAuth(signIn).challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);

    clock.advanceDays(8); // past TemporaryPasswordValidityDays

    assertThatThrownBy(() -> cognito.adminInitiateAuth(signIn))
        .isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Temporary password has expired and must be reset by an administrator.");
  }
}
// end::readme-junit[]
