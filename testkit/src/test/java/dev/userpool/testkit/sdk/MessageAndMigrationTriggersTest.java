package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerEvent;
import dev.userpool.user.MessageText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureUnavailableInTierException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

class MessageAndMigrationTriggersTest {

  private static final String PASSWORD = "Passw0rd!x";
  private static final String CUSTOM_MESSAGE = "arn:aws:lambda:us-east-1:123456789012:function:custom-message";
  private static final String MIGRATION = "arn:aws:lambda:us-east-1:123456789012:function:migrate";

  private final InProcessCognito cognito = InProcessCognito.builder().fixedCode("123456").clock(ControllableClock.fixed()).build();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private String poolId;
  private String clientId;

  private void pool(LambdaConfigType lambdaConfig) {
    poolId = client.createUserPool(b -> b.poolName("app").autoVerifiedAttributesWithStrings("email").lambdaConfig(lambdaConfig))
        .userPool().id();
    clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
        .userPoolClient().clientId();
  }

  private static Json respond(TriggerEvent event, String response) {
    return event.answer((Json.Obj) Json.parse(response).get());
  }

  private RecordingMailbox.Delivery lastDelivery() {
    List<RecordingMailbox.Delivery> all = cognito.mailbox().all();
    return all.get(all.size() - 1);
  }

  private void signUp() {
    client.signUp(b -> b.clientId(clientId).username("jane").password(PASSWORD).userAttributes(a -> a.name("email").value("j@x.io")));
  }

  @Nested
  class CustomMessage {

    @Test
    void shouldDeliverTheFunctionsWordsWithTheCode() {
      pool(LambdaConfigType.builder().customMessage(CUSTOM_MESSAGE).build());
      cognito.functions().register(CUSTOM_MESSAGE, event -> respond(event,
          "{\"emailSubject\":\"Welcome\",\"emailMessage\":\"Your code: " + "{####}\",\"smsMessage\":null}"));

      signUp();

      assertThat(lastDelivery().text()).isEqualTo(new MessageText("Welcome", "Your code: 123456", "Your verification code is 123456."));
      assertThat(cognito.mailbox().lastCodeFor("jane")).contains("123456");
    }

    @Test
    void shouldSendTheEventTheGuideDocuments() {
      pool(LambdaConfigType.builder().customMessage(CUSTOM_MESSAGE).build());
      cognito.functions().register(CUSTOM_MESSAGE, event -> event.toJson());

      signUp();
      client.resendConfirmationCode(b -> b.clientId(clientId).username("jane"));

      TriggerEvent event = cognito.functions().invocations().get(0).event();
      String sub = client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userAttributes().get(0).value();
      assertThat(event.toJson().render()).isEqualTo("{\"version\":\"1\",\"triggerSource\":\"CustomMessage_SignUp\","
          + "\"region\":\"us-east-1\",\"userPoolId\":\"" + poolId + "\",\"userName\":\"jane\",\"callerContext\":{\"awsSdkVersion\":"
          + "\"aws-sdk-unknown-unknown\",\"clientId\":\"" + clientId + "\"},\"request\":{\"userAttributes\":{\"sub\":\"" + sub
          + "\",\"email\":\"j@x.io\",\"cognito:user_status\":\"UNCONFIRMED\"},\"codeParameter\":\"{####}\",\"usernameParameter\":null},"
          + "\"response\":{\"smsMessage\":null,\"emailMessage\":null,\"emailSubject\":null}}");
      assertThat(cognito.functions().invocations().get(1).event().source().name()).isEqualTo("CustomMessage_ResendCode");
      assertThat(lastDelivery().text().emailMessage()).isEqualTo("Your verification code is 123456.");
    }

    @Test
    void shouldWordAOneTimeSignInCodeAsCustomMessageAuthentication() {
      poolId = client.createUserPool(b -> b.poolName("otp").userPoolTier("ESSENTIALS").autoVerifiedAttributesWithStrings("email")
          .lambdaConfig(LambdaConfigType.builder().customMessage(CUSTOM_MESSAGE).build())
          .policies(p -> p.signInPolicy(sp -> sp.allowedFirstAuthFactorsWithStrings("PASSWORD", "EMAIL_OTP")))).userPool().id();
      clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web").explicitAuthFlowsWithStrings("ALLOW_USER_AUTH"))
          .userPoolClient().clientId();
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS")
          .userAttributes(a -> a.name("email").value("j@x.io"), a -> a.name("email_verified").value("true")));
      client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(PASSWORD).permanent(true));
      cognito.functions().register(CUSTOM_MESSAGE, event -> respond(event,
          "{\"emailSubject\":\"Sign in\",\"emailMessage\":\"Sign-in code: {####}\",\"smsMessage\":null}"));

      String challenge = client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PREFERRED_CHALLENGE", "EMAIL_OTP"))).challengeNameAsString();

      assertThat(challenge).isEqualTo("EMAIL_OTP");
      assertThat(cognito.functions().invocations()).extracting(i -> i.event().source().name())
          .containsExactly("CustomMessage_Authentication");
      assertThat(lastDelivery().text().emailSubject()).isEqualTo("Sign in");
      assertThat(lastDelivery().text().emailMessage()).isEqualTo("Sign-in code: 123456");
    }

    @Test
    void shouldWordTheInvitationAndTheResetCode() {
      pool(LambdaConfigType.builder().customMessage(CUSTOM_MESSAGE).build());
      cognito.functions().register(CUSTOM_MESSAGE, event -> respond(event, "{\"emailMessage\":\"" + event.source()
          + " {username} {####}\"}"));

      client.adminCreateUser(b -> b.userPoolId(poolId).username("bob").temporaryPassword("Tmp-Pass1!")
          .userAttributes(a -> a.name("email").value("b@x.io"), a -> a.name("email_verified").value("true")));
      assertThat(lastDelivery().text().emailMessage()).isEqualTo("CustomMessage_AdminCreateUser bob Tmp-Pass1!");
      assertThat(cognito.functions().invocations().last().event().request().get("usernameParameter"))
          .contains(Json.text("{username}"));

      client.adminSetUserPassword(b -> b.userPoolId(poolId).username("bob").password(PASSWORD).permanent(true));
      client.forgotPassword(b -> b.clientId(clientId).username("bob"));
      assertThat(lastDelivery().text().emailMessage()).isEqualTo("CustomMessage_ForgotPassword bob 123456");
    }

    @Test
    void shouldReturnTheFunctionsErrorKeepTheUserAndSendNothing() {
      pool(LambdaConfigType.builder().customMessage(CUSTOM_MESSAGE).build());
      cognito.functions().register(CUSTOM_MESSAGE, event -> {
        throw new IllegalStateException("Templates are down");
      });

      assertThatThrownBy(MessageAndMigrationTriggersTest.this::signUp).isInstanceOfSatisfying(UserLambdaValidationException.class,
          e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("CustomMessage failed with error Templates are down."));
      assertThat(client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
      assertThat(cognito.mailbox().all()).isEmpty();
    }
  }

  @Nested
  class UserMigration {

    private String signIn(String username, String password) {
      return client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult().idToken();
    }

    @Test
    void shouldMigrateAtSignInWithThePasswordTypedAndIssueTokens() {
      pool(LambdaConfigType.builder().userMigration(MIGRATION).build());
      cognito.functions().register(MIGRATION, event -> {
        assertThat(event.request().get("password")).contains(Json.text("weak"));
        return respond(event, "{\"userAttributes\":{\"email\":\"old@x.io\",\"email_verified\":\"true\"},\"finalUserStatus\":"
            + "\"CONFIRMED\",\"messageAction\":\"SUPPRESS\"}");
      });

      assertThat(signIn("old-user", "weak")).isNotNull();

      assertThat(client.adminGetUser(b -> b.userPoolId(poolId).username("old-user")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
      assertThat(cognito.functions().invocations()).singleElement().satisfies(i -> {
        assertThat(i.event().source().name()).isEqualTo("UserMigration_Authentication");
        assertThat(i.event().userName()).isEqualTo("old-user");
      });
      assertThat(signIn("old-user", "weak")).isNotNull();
      assertThat(cognito.functions().invocations()).hasSize(1);
    }

    @Test
    void shouldAskAResetRequiredUserToResetThePassword() {
      pool(LambdaConfigType.builder().userMigration(MIGRATION).build());
      cognito.functions().register(MIGRATION, event -> respond(event,
          "{\"userAttributes\":{\"email\":\"old@x.io\",\"email_verified\":\"true\"},\"finalUserStatus\":\"RESET_REQUIRED\"}"));

      assertThatThrownBy(() -> signIn("old-user", "weak")).isInstanceOf(PasswordResetRequiredException.class);
      assertThat(client.adminGetUser(b -> b.userPoolId(poolId).username("old-user")).userStatus())
          .isEqualTo(UserStatusType.RESET_REQUIRED);
    }

    @Test
    void shouldStoreNothingWhenTheFunctionRefusesOrSaysNothing() {
      pool(LambdaConfigType.builder().userMigration(MIGRATION).build());
      cognito.functions().register(MIGRATION, event -> {
        throw new IllegalArgumentException("Bad password");
      });

      assertThatThrownBy(() -> signIn("old-user", "weak")).isInstanceOfSatisfying(UserLambdaValidationException.class,
          e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("UserMigration failed with error Bad password."));
      cognito.functions().register(MIGRATION, event -> event.toJson());
      assertThatThrownBy(() -> signIn("old-user", "weak")).isInstanceOfSatisfying(UserNotFoundException.class,
          e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User does not exist."));
      assertThat(client.listUsers(b -> b.userPoolId(poolId)).users()).isEmpty();
    }

    @Test
    void shouldMigrateInForgotPasswordAndSendTheResetCode() {
      pool(LambdaConfigType.builder().userMigration(MIGRATION).build());
      cognito.functions().register(MIGRATION, event -> {
        assertThat(event.request().get("password")).isEmpty();
        return respond(event, "{\"userAttributes\":{\"email\":\"old@x.io\",\"email_verified\":\"true\"}}");
      });

      assertThat(client.forgotPassword(b -> b.clientId(clientId).username("old-user")).codeDeliveryDetails().destination())
          .isEqualTo("o***@x***");

      assertThat(cognito.functions().invocations().single().event().source().name()).isEqualTo("UserMigration_ForgotPassword");
      assertThat(cognito.mailbox().lastCodeFor("old-user")).contains("123456");
      client.confirmForgotPassword(b -> b.clientId(clientId).username("old-user").confirmationCode("123456").password(PASSWORD));
      assertThat(signIn("old-user", PASSWORD)).isNotNull();
    }

    @Test
    void shouldNotMigrateOnSrpSignIn() {
      pool(LambdaConfigType.builder().userMigration(MIGRATION).build());
      cognito.functions().register(MIGRATION, event -> respond(event, "{\"userAttributes\":{\"email\":\"old@x.io\"}}"));

      assertThatThrownBy(() -> client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_SRP_AUTH")
          .authParameters(Map.of("USERNAME", "old-user", "SRP_A", "1234abcd")))).isInstanceOf(UserNotFoundException.class);
      assertThat(cognito.functions().invocations()).isEmpty();
    }
  }

  @Test
  void shouldPassSignUpsValidationDataAndClientMetadataToItsTriggers() {
    String preSignUp = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";
    pool(LambdaConfigType.builder().preSignUp(preSignUp).customMessage(CUSTOM_MESSAGE).build());
    cognito.functions().register(preSignUp, TriggerEvent::toJson);
    cognito.functions().register(CUSTOM_MESSAGE, TriggerEvent::toJson);

    client.signUp(b -> b.clientId(clientId).username("jane").password(PASSWORD).userAttributes(a -> a.name("email").value("j@x.io"))
        .validationData(a -> a.name("captcha").value("ok")).clientMetadata(Map.of("source", "web")));

    assertThat(cognito.functions().invocations().get(0).event().request().render())
        .endsWith("\"validationData\":{\"captcha\":\"ok\"},\"clientMetadata\":{\"source\":\"web\"}}");
    assertThat(cognito.functions().invocations().get(1).event().request().get("clientMetadata"))
        .contains(Json.Obj.empty().with("source", Json.text("web")));
  }

  @Test
  void shouldRefuseAccessTokenCustomizationOnTheLiteTier() {
    assertThatThrownBy(() -> client.createUserPool(b -> b.poolName("lite").userPoolTier("LITE").lambdaConfig(l -> l
        .preTokenGeneration(CUSTOM_MESSAGE).preTokenGenerationConfig(c -> c.lambdaArn(CUSTOM_MESSAGE).lambdaVersion("V2_0")))))
        .isInstanceOfSatisfying(FeatureUnavailableInTierException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
            .isEqualTo("The following features need to be disabled for the LITE pricing tier configured: Access Token Customization"));
    assertThat(client.listUserPools(b -> b.maxResults(60)).userPools()).isEmpty();
  }
}
