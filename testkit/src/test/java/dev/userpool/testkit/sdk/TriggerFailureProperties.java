package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.store.InMemoryTokenFamilies;
import dev.userpool.trigger.Json;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

class TriggerFailureProperties {

  private static final String PASSWORD = "Passw0rd!x";
  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:f";

  /** How a function fails: an error with some message, an answer that is no response, or no function at all. */
  enum Failure {
    RAISES, ANSWERS_GARBAGE, MISSING
  }

  /** The triggers that run before tokens exist. */
  enum SignInTrigger {
    PRE_AUTHENTICATION, POST_AUTHENTICATION, PRE_TOKEN_GENERATION
  }

  @Provide
  Arbitrary<String> messages() {
    return Arbitraries.strings().ofMaxLength(40);
  }

  private static void fail(InProcessCognito cognito, Failure failure, String message) {
    switch (failure) {
      case RAISES -> cognito.functions().register(ARN, event -> {
        throw new IllegalStateException(message);
      });
      case ANSWERS_GARBAGE -> cognito.functions().register(ARN, event -> event.answer(Json.Obj.empty()
          .with("autoConfirmUser", Json.text(message)).with("claimsOverrideDetails", Json.text(message))));
      case MISSING -> {
        // no handler: the function does not exist
      }
    }
  }

  @Property(tries = 60)
  void aRefusedPreSignUpLeavesNothingStored(@ForAll Failure failure, @ForAll("messages") String message, @ForAll boolean admin) {
    InProcessCognito cognito = InProcessCognito.builder().clock(ControllableClock.fixed()).build();
    InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
    String pool = client.createUserPool(b -> b.poolName("app").autoVerifiedAttributesWithStrings("email")
        .lambdaConfig(LambdaConfigType.builder().preSignUp(ARN).postConfirmation(ARN).build())).userPool().id();
    String app = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")).userPoolClient().clientId();
    fail(cognito, failure, message);

    assertThatThrownBy(() -> {
      if (admin) {
        client.adminCreateUser(b -> b.userPoolId(pool).username("jane").userAttributes(a -> a.name("email").value("j@x.io")));
      } else {
        client.signUp(b -> b.clientId(app).username("jane").password(PASSWORD).userAttributes(a -> a.name("email").value("j@x.io")));
      }
    }).isInstanceOfSatisfying(CognitoIdentityProviderException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
    assertThat(client.describeUserPool(b -> b.userPoolId(pool)).userPool().estimatedNumberOfUsers()).isZero();
    assertThat(cognito.mailbox().all()).isEmpty();
  }

  @Property(tries = 60)
  void aTriggerFailureNeverYieldsTokens(@ForAll SignInTrigger trigger, @ForAll Failure failure, @ForAll("messages") String message) {
    InProcessCognito cognito = InProcessCognito.builder().clock(ControllableClock.fixed()).build();
    InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
    LambdaConfigType.Builder config = LambdaConfigType.builder();
    switch (trigger) {
      case PRE_AUTHENTICATION -> config.preAuthentication(ARN);
      case POST_AUTHENTICATION -> config.postAuthentication(ARN);
      case PRE_TOKEN_GENERATION -> config.preTokenGeneration(ARN);
    }
    String pool = client.createUserPool(b -> b.poolName("app").lambdaConfig(config.build())).userPool().id();
    String app = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").explicitAuthFlowsWithStrings(
        "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    client.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));
    client.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password(PASSWORD).permanent(true));
    fail(cognito, failure == Failure.ANSWERS_GARBAGE && trigger != SignInTrigger.PRE_TOKEN_GENERATION ? Failure.RAISES : failure,
        message);

    assertThatThrownBy(() -> client.initiateAuth(b -> b.clientId(app).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))))
        .isInstanceOfSatisfying(CognitoIdentityProviderException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isIn("UserLambdaValidationException", "InvalidLambdaResponseException",
                "UnexpectedLambdaException"));
    assertThat(((InMemoryTokenFamilies) cognito.tokenFamilies()).size()).isZero();
  }

}
