package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.ControllableClock;
import dev.userpool.testkit.CognitoTest;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.sdk.LocalCognitoClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

// tag::readme-junit[]
@CognitoTest // a fresh in-memory Cognito, pool and app client for every test
class SignInExamples {

  @Test
  void temporaryPasswordsExpire(TestPool pool, ControllableClock clock) {
    pool.user("jane").password("Temp-Passw0rd!").forceChangePassword();
    LoginService app = new LoginService(LocalCognitoClient.of(pool.cognito()), // the SDK's own interface
        pool.id().value(), pool.clientId().value());
    assertThat(app.logIn("jane", "Temp-Passw0rd!")).isEqualTo("NEW_PASSWORD_REQUIRED");

    clock.advanceDays(8); // past TemporaryPasswordValidityDays

    assertThatThrownBy(() -> app.logIn("jane", "Temp-Passw0rd!"))
        .isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Temporary password has expired and must be reset by an administrator.");
  }
}
// end::readme-junit[]
