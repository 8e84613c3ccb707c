package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.store.InMemoryTokenFamilies;
import dev.userpool.token.ClaimValue;
import dev.userpool.token.Claims;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerEvent;
import io.vavr.collection.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

class LambdaTriggersTest {

  private static final String PASSWORD = "Passw0rd!x";
  private static final String PRE_SIGN_UP = "arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up";
  private static final String POST_CONFIRMATION = "arn:aws:lambda:us-east-1:123456789012:function:post-confirmation";
  private static final String PRE_AUTH = "arn:aws:lambda:us-east-1:123456789012:function:pre-auth";
  private static final String POST_AUTH = "arn:aws:lambda:us-east-1:123456789012:function:post-auth";
  private static final String PRE_TOKEN = "arn:aws:lambda:us-east-1:123456789012:function:pre-token";

  private final InProcessCognito cognito = InProcessCognito.builder().fixedCode("123456").clock(ControllableClock.fixed()).build();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private String poolId;
  private String clientId;

  private void pool(LambdaConfigType lambdaConfig) {
    poolId = client.createUserPool(b -> b.poolName("app").autoVerifiedAttributesWithStrings("email").lambdaConfig(lambdaConfig))
        .userPool().id();
    clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
        .userPoolClient().clientId();
  }

  private SignUpResponse signUp(String username, String email) {
    return client.signUp(b -> b.clientId(clientId).username(username).password(PASSWORD)
        .userAttributes(a -> a.name("email").value(email)));
  }

  private AuthenticationResultType signIn(String username) {
    return client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", username, "PASSWORD", PASSWORD))).authenticationResult();
  }

  private Claims claims(String token) {
    return cognito.signer().verify(token).get();
  }

  @Nested
  class LambdaConfigOfAPool {

    @Test
    void shouldEchoTheTriggersInDescribeUserPool() {
      pool(LambdaConfigType.builder().preSignUp(PRE_SIGN_UP).preTokenGeneration(PRE_TOKEN).build());

      LambdaConfigType described = client.describeUserPool(b -> b.userPoolId(poolId)).userPool().lambdaConfig();

      assertThat(described.preSignUp()).isEqualTo(PRE_SIGN_UP);
      assertThat(described.preTokenGeneration()).isEqualTo(PRE_TOKEN);
      assertThat(described.preTokenGenerationConfig().lambdaArn()).isEqualTo(PRE_TOKEN);
      assertThat(described.preTokenGenerationConfig().lambdaVersionAsString()).isEqualTo("V1_0");
      assertThat(described.postConfirmation()).isNull();
    }

    @Test
    void shouldRefuseTriggersTheLibraryDoesNotRunByNameAndCreateNothing() {
      int before = client.listUserPools(b -> b.maxResults(60)).userPools().size();

      assertThatThrownBy(() -> pool(LambdaConfigType.builder().preSignUp(PRE_SIGN_UP)
          .customSMSSender(s -> s.lambdaArn(PRE_SIGN_UP).lambdaVersion("V1_0"))
          .kmsKeyID("arn:aws:kms:us-east-1:123456789012:key/1").build()))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageStartingWith("LambdaConfig members not supported by the userpool library: CustomSMSSender, KMSKeyID. ");
      assertThat(client.listUserPools(b -> b.maxResults(60)).userPools()).hasSize(before);
    }

    @Test
    void shouldForgetTheTriggersWhenUpdateUserPoolLeavesLambdaConfigOut() {
      pool(LambdaConfigType.builder().preSignUp(PRE_SIGN_UP).build());

      client.updateUserPool(b -> b.userPoolId(poolId));

      assertThat(client.describeUserPool(b -> b.userPoolId(poolId)).userPool().lambdaConfig()).isNull();
    }

    @Test
    void shouldRefuseAPreTokenGenerationConfigWhoseArnDiffers() {
      assertThatThrownBy(() -> pool(LambdaConfigType.builder().preTokenGeneration(PRE_TOKEN)
          .preTokenGenerationConfig(c -> c.lambdaArn(PRE_SIGN_UP).lambdaVersion("V2_0")).build()))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageStartingWith("PreTokenGeneration and PreTokenGenerationConfig.LambdaArn must be the same ARN.");
    }
  }

  @Nested
  class PreSignUp {

    @BeforeEach
    void configure() {
      pool(LambdaConfigType.builder().preSignUp(PRE_SIGN_UP).postConfirmation(POST_CONFIRMATION).build());
    }

    @Test
    void shouldRefuseTheSignUpWithTheFunctionsMessageAndStoreNothing() {
      cognito.functions().register(PRE_SIGN_UP, event -> {
        throw new IllegalStateException("Registration is closed");
      });

      assertThatThrownBy(() -> signUp("jane", "jane@example.com"))
          .isInstanceOf(UserLambdaValidationException.class)
          .hasMessageStartingWith(
              "PreSignUp failed with error Registration is closed. (Service: CognitoIdentityProvider, Status Code: 400");
      assertThatThrownBy(() -> client.adminGetUser(b -> b.userPoolId(poolId).username("jane"))).isInstanceOf(UserNotFoundException.class);
      assertThat(cognito.mailbox().all()).isEmpty();
    }

    @Test
    void shouldConfirmAndVerifyWhenTheFunctionSaysSoAndRunPostConfirmation() {
      cognito.functions().register(PRE_SIGN_UP, event -> answer(event, "{\"autoConfirmUser\":true,\"autoVerifyEmail\":true}"));
      cognito.functions().register(POST_CONFIRMATION, TriggerEvent::toJson);

      SignUpResponse response = signUp("jane", "jane@example.com");

      assertThat(response.userConfirmed()).isTrue();
      assertThat(response.codeDeliveryDetails()).isNull();
      var user = client.adminGetUser(b -> b.userPoolId(poolId).username("jane"));
      assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
      assertThat(user.userAttributes()).anySatisfy(a -> assertThat(a.name() + "=" + a.value()).isEqualTo("email_verified=true"));
      assertThat(cognito.functions().invocations().map(i -> i.event().source().name()))
          .containsExactly("PreSignUp_SignUp", "PostConfirmation_ConfirmSignUp");
    }

    @Test
    void shouldSendTheEventAwsDocuments() {
      cognito.functions().register(PRE_SIGN_UP, TriggerEvent::toJson);

      signUp("jane", "jane@example.com");

      assertThat(cognito.functions().invocations().head().event().toJson().render()).isEqualTo("{\"version\":\"1\","
          + "\"triggerSource\":\"PreSignUp_SignUp\",\"region\":\"us-east-1\",\"userPoolId\":\"" + poolId + "\",\"userName\":\"jane\","
          + "\"callerContext\":{\"awsSdkVersion\":\"aws-sdk-unknown-unknown\",\"clientId\":\"" + clientId + "\"},"
          + "\"request\":{\"userAttributes\":{\"email\":\"jane@example.com\"},\"validationData\":null},"
          + "\"response\":{\"autoConfirmUser\":false,\"autoVerifyEmail\":false,\"autoVerifyPhone\":false}}");
    }

    @Test
    void shouldRefuseAResponseThatIsNotOne() {
      cognito.functions().register(PRE_SIGN_UP, event -> answer(event, "{\"autoConfirmUser\":\"yes\"}"));

      assertThatThrownBy(() -> signUp("jane", "jane@example.com"))
          .isInstanceOf(InvalidLambdaResponseException.class)
          .hasMessageStartingWith("Unrecognizable lambda output (Service");
      assertThatThrownBy(() -> client.adminGetUser(b -> b.userPoolId(poolId).username("jane"))).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void shouldFailAsUnexpectedWhenNoFunctionAnswersToTheArn() {
      assertThatThrownBy(() -> signUp("jane", "jane@example.com"))
          .isInstanceOf(UnexpectedLambdaException.class)
          .hasMessageStartingWith("PreSignUp invocation failed due to error ResourceNotFoundException. (Service");
    }

    @Test
    void shouldIgnoreTheFlagsOnAdminCreateUser() {
      cognito.functions().register(PRE_SIGN_UP, event -> answer(event, "{\"autoConfirmUser\":true}"));

      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword("Temp-Passw0rd!"));

      assertThat(client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userStatus())
          .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
      TriggerEvent event = cognito.functions().invocations().head().event();
      assertThat(event.source().name()).isEqualTo("PreSignUp_AdminCreateUser");
      assertThat(event.callerContext().clientId()).isEqualTo("CLIENT_ID_NOT_APPLICABLE");
    }
  }

  @Nested
  class Confirmation {

    @BeforeEach
    void configure() {
      pool(LambdaConfigType.builder().postConfirmation(POST_CONFIRMATION).build());
    }

    @Test
    void shouldRunPostConfirmationAfterConfirmSignUpWithTheUsersAttributes() {
      cognito.functions().register(POST_CONFIRMATION, TriggerEvent::toJson);
      signUp("jane", "jane@example.com");

      client.confirmSignUp(b -> b.clientId(clientId).username("jane").confirmationCode("123456"));

      TriggerEvent event = cognito.functions().invocations().single().event();
      assertThat(event.source().name()).isEqualTo("PostConfirmation_ConfirmSignUp");
      assertThat(event.userAttributes().get("cognito:user_status").get()).isEqualTo("CONFIRMED");
      assertThat(event.userAttributes().get("email_verified").get()).isEqualTo("true");
      assertThat(event.userAttributes().get("sub")).isNotEmpty();
    }

    @Test
    void shouldKeepTheConfirmationWhenPostConfirmationFails() {
      cognito.functions().register(POST_CONFIRMATION, event -> {
        throw new IllegalStateException("database down");
      });
      signUp("jane", "jane@example.com");

      assertThatThrownBy(() -> client.adminConfirmSignUp(b -> b.userPoolId(poolId).username("jane")))
          .isInstanceOf(UserLambdaValidationException.class)
          .hasMessageStartingWith("PostConfirmation failed with error database down. (Service");
      assertThat(client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    }
  }

  @Nested
  class SignIn {

    @BeforeEach
    void configure() {
      pool(LambdaConfigType.builder().preAuthentication(PRE_AUTH).postAuthentication(POST_AUTH).build());
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS")
          .userAttributes(a -> a.name("email").value("jane@example.com")));
      client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(PASSWORD).permanent(true));
      cognito.functions().register(PRE_AUTH, TriggerEvent::toJson);
      cognito.functions().register(POST_AUTH, TriggerEvent::toJson);
    }

    @Test
    void shouldRunPreAndPostAuthenticationAroundASignIn() {
      assertThat(signIn("jane").idToken()).isNotNull();

      assertThat(cognito.functions().invocations().map(i -> i.event().source().name()))
          .containsExactly("PreAuthentication_Authentication", "PostAuthentication_Authentication");
    }

    @Test
    void shouldRefuseTheSignInWhenPreAuthenticationRefuses() {
      cognito.functions().register(PRE_AUTH, event -> {
        throw new IllegalStateException("Account locked by the application");
      });

      assertThatThrownBy(() -> signIn("jane"))
          .isInstanceOf(UserLambdaValidationException.class)
          .hasMessageStartingWith("PreAuthentication failed with error Account locked by the application. (Service");
      assertThat(cognito.functions().invocations()).hasSize(1);
    }

    @Test
    void shouldIssueNoTokensWhenPostAuthenticationFails() {
      cognito.functions().register(POST_AUTH, event -> {
        throw new IllegalStateException("audit log unavailable");
      });

      assertThatThrownBy(() -> signIn("jane"))
          .isInstanceOf(UserLambdaValidationException.class)
          .hasMessageStartingWith("PostAuthentication failed with error audit log unavailable. (Service");
      assertThat(((InMemoryTokenFamilies) cognito.tokenFamilies()).size()).isZero();
    }
  }

  @Nested
  class PreTokenGeneration {

    private void user() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").messageAction("SUPPRESS")
          .userAttributes(a -> a.name("email").value("jane@example.com")));
      client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(PASSWORD).permanent(true));
    }

    @Test
    void shouldAddOverrideAndSuppressIdTokenClaimsButNeverProtectedOnes() {
      pool(LambdaConfigType.builder().preTokenGeneration(PRE_TOKEN).build());
      user();
      cognito.functions().register(PRE_TOKEN, event -> answer(event, "{\"claimsOverrideDetails\":{"
          + "\"claimsToAddOrOverride\":{\"tenant\":\"acme\",\"sub\":\"someone-else\",\"iss\":\"https://evil.example\"},"
          + "\"claimsToSuppress\":[\"email\",\"token_use\"],"
          + "\"groupOverrideDetails\":{\"groupsToOverride\":[\"admins\"]}}}"));

      AuthenticationResultType tokens = signIn("jane");

      Claims id = claims(tokens.idToken());
      Claims access = claims(tokens.accessToken());
      assertThat(id.text("tenant").get()).isEqualTo("acme");
      assertThat(id.get("email")).isEmpty();
      assertThat(id.text("sub").get()).isNotEqualTo("someone-else").isEqualTo(access.text("sub").get());
      assertThat(id.text("iss").get()).startsWith("https://cognito-idp.us-east-1.amazonaws.com/");
      assertThat(id.text("token_use").get()).isEqualTo("id");
      assertThat(id.get("cognito:groups").get()).isEqualTo(new ClaimValue.Texts(List.of("admins")));
      assertThat(access.get("tenant")).isEmpty();
      assertThat(access.get("cognito:groups").get()).isEqualTo(new ClaimValue.Texts(List.of("admins")));
      TriggerEvent event = cognito.functions().invocations().single().event();
      assertThat(event.version()).isEqualTo("1");
      assertThat(event.source().name()).isEqualTo("TokenGeneration_Authentication");
    }

    @Test
    void shouldChangeTheAccessTokenAndItsScopesInVersionTwo() {
      pool(LambdaConfigType.builder().preTokenGenerationConfig(c -> c.lambdaArn(PRE_TOKEN).lambdaVersion("V2_0")).build());
      user();
      cognito.functions().register(PRE_TOKEN, event -> answer(event, "{\"claimsAndScopeOverrideDetails\":{"
          + "\"idTokenGeneration\":{\"claimsToAddOrOverride\":{\"plan\":\"gold\"}},"
          + "\"accessTokenGeneration\":{\"claimsToAddOrOverride\":{\"tenant\":\"acme\",\"client_id\":\"x\"},"
          + "\"scopesToAdd\":[\"orders/read\"]}}}"));

      AuthenticationResultType tokens = signIn("jane");

      Claims access = claims(tokens.accessToken());
      assertThat(claims(tokens.idToken()).text("plan").get()).isEqualTo("gold");
      assertThat(access.text("tenant").get()).isEqualTo("acme");
      assertThat(access.text("client_id").get()).isEqualTo(clientId);
      assertThat(access.text("scope").get()).isEqualTo("aws.cognito.signin.user.admin orders/read");
      TriggerEvent event = cognito.functions().invocations().single().event();
      assertThat(event.version()).isEqualTo("2");
      assertThat(event.request().get("scopes").get()).isEqualTo(Json.texts(List.of("aws.cognito.signin.user.admin")));
    }

    @Test
    void shouldSendTheNewPasswordChallengeSourceForTheAnswersTokens() {
      pool(LambdaConfigType.builder().preTokenGeneration(PRE_TOKEN).build());
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword("Temp-Passw0rd!").messageAction("SUPPRESS"));
      cognito.functions().register(PRE_TOKEN, TriggerEvent::toJson);
      String session = client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Temp-Passw0rd!"))).session();

      AuthenticationResultType tokens = client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("NEW_PASSWORD_REQUIRED")
          .session(session).challengeResponses(Map.of("USERNAME", "jane", "NEW_PASSWORD", PASSWORD))).authenticationResult();

      assertThat(tokens.idToken()).isNotNull();
      assertThat(cognito.functions().invocations().single().event().source().name()).isEqualTo("TokenGeneration_NewPasswordChallenge");
    }

    @Test
    void shouldRunOnRefreshAndYieldNoTokensWhenItFails() {
      pool(LambdaConfigType.builder().preTokenGeneration(PRE_TOKEN).build());
      user();
      cognito.functions().register(PRE_TOKEN, TriggerEvent::toJson);
      String refresh = signIn("jane").refreshToken();
      cognito.functions().register(PRE_TOKEN, event -> {
        throw new IllegalStateException("no");
      });

      assertThatThrownBy(() -> client.initiateAuth(b -> b.clientId(clientId).authFlow("REFRESH_TOKEN_AUTH")
          .authParameters(Map.of("REFRESH_TOKEN", refresh))))
          .isInstanceOf(UserLambdaValidationException.class)
          .hasMessageStartingWith("PreTokenGeneration failed with error no. (Service");
      assertThat(cognito.functions().invocations().last().event().source().name()).isEqualTo("TokenGeneration_RefreshTokens");
    }
  }

  private static Json answer(TriggerEvent event, String response) {
    return event.answer((Json.Obj) Json.parse(response).get());
  }

}
