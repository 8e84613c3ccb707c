package dev.userpool.docs;

// tag::readme-triggers[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.Trigger;
import dev.userpool.testkit.CognitoTest;
import dev.userpool.testkit.TestPool;
import dev.userpool.trigger.PreSignUpAnswer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

@CognitoTest
class TriggersTest {

  @Test
  void preSignUpDecidesWhoMaySignUp(TestPool pool, CognitoIdentityProviderClient cognito) {
    pool.triggers().preSignUp(event -> {
      if (!event.userAttributes().getOrElse("email", "").endsWith("@example.com")) {
        throw new IllegalStateException("Registration is closed");
      }
      return new PreSignUpAnswer(true, true, false); // autoConfirmUser, autoVerifyEmail, autoVerifyPhone
    });

    boolean confirmed = cognito.signUp(b -> b.clientId(pool.clientId().value()).username("jane").password("Passw0rd!x")
        .userAttributes(a -> a.name("email").value("jane@example.com"))).userConfirmed();

    assertThat(confirmed).isTrue();
    assertThatThrownBy(() -> cognito.signUp(b -> b.clientId(pool.clientId().value()).username("joe").password("Passw0rd!x")
        .userAttributes(a -> a.name("email").value("joe@elsewhere.org"))))
        .isInstanceOf(UserLambdaValidationException.class)
        .hasMessageStartingWith("PreSignUp failed with error Registration is closed.");
    assertThat(pool.triggers().events(Trigger.PRE_SIGN_UP)).hasSize(2);
  }
}
// end::readme-triggers[]
