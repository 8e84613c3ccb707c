package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.service.Requests;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

class InProcessCognitoClientTest {

  private static final String TEMPORARY = "Temp-Passw0rd!";
  private static final String FINAL = "Final-Passw0rd!";
  private static final String OTHER = "Other-Passw0rd!";

  // Fixed: the tests pin creation dates to the clock's instant.
  private final InProcessCognito cognito = InProcessCognito.builder().fixedCode("123456").clock(ControllableClock.fixed()).build();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private String poolId;
  private String clientId;

  @BeforeEach
  void createPoolAndClient() {
    poolId = client.createUserPool(b -> b.poolName("app").autoVerifiedAttributesWithStrings("email")).userPool().id();
    clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
        .userPoolClient().clientId();
  }

  @Nested
  class Pools {

    @Test
    void shouldDescribeAPoolWithItsPolicyAndUserCount() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY));

      UserPoolType pool = client.describeUserPool(b -> b.userPoolId(poolId)).userPool();

      assertThat(pool.id()).isEqualTo(poolId).startsWith("us-east-1_");
      assertThat(pool.name()).isEqualTo("app");
      assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(8);
      assertThat(pool.policies().passwordPolicy().passwordHistorySize()).isZero();
      assertThat(pool.userPoolTierAsString()).isEqualTo("ESSENTIALS");
      assertThat(pool.autoVerifiedAttributesAsStrings()).containsExactly("email");
      assertThat(pool.usernameConfiguration().caseSensitive()).isTrue();
      assertThat(pool.estimatedNumberOfUsers()).isEqualTo(1);
      assertThat(pool.creationDate()).isEqualTo(cognito.clock().instant());
    }

    @Test
    void shouldUpdateThePolicy() {
      client.updateUserPool(b -> b.userPoolId(poolId).policies(p -> p.passwordPolicy(pp -> pp.minimumLength(12)
          .requireUppercase(false).requireLowercase(true).requireNumbers(true).requireSymbols(false).passwordHistorySize(5))));

      UserPoolType pool = client.describeUserPool(b -> b.userPoolId(poolId)).userPool();

      assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(12);
      assertThat(pool.policies().passwordPolicy().requireUppercase()).isFalse();
      assertThat(pool.policies().passwordPolicy().passwordHistorySize()).isEqualTo(5);
    }

    @Test
    void shouldForgetADeletedPool() {
      client.deleteUserPool(b -> b.userPoolId(poolId));

      assertThatThrownBy(() -> client.describeUserPool(b -> b.userPoolId(poolId)))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessageStartingWith("User pool " + poolId + " does not exist. (Service: CognitoIdentityProvider, Status Code: 400");
    }

    @Test
    void shouldDescribeAClientWithCognitosDefaultsAndItsTokenValidity() {
      String other = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("cli")).userPoolClient().clientId();

      UserPoolClientType described = client.describeUserPoolClient(b -> b.userPoolId(poolId).clientId(other)).userPoolClient();

      assertThat(described.clientName()).isEqualTo("cli");
      assertThat(described.userPoolId()).isEqualTo(poolId);
      assertThat(described.explicitAuthFlowsAsStrings())
          .containsExactlyInAnyOrder("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH");
      assertThat(described.preventUserExistenceErrorsAsString()).isEqualTo("LEGACY");
      assertThat(described.authSessionValidity()).isEqualTo(3);
      assertThat(described.accessTokenValidity()).isEqualTo(60);
      assertThat(described.refreshTokenValidity()).isEqualTo(30);
      assertThat(described.tokenValidityUnits().refreshTokenAsString()).isEqualTo("days");
    }

    @Test
    void shouldPassUnsetMembersOnAsNullSoTheLibraryValidatesThem() {
      assertThatThrownBy(() -> client.createUserPool(b -> {}))
          .isInstanceOf(InvalidParameterException.class)
          .extracting(e -> ((CognitoIdentityProviderException) e).awsErrorDetails().errorMessage())
          .isEqualTo("1 validation error detected: Value null at 'poolName' failed to satisfy constraint: Member must not be null");
    }
  }

  @Nested
  class Users {

    @Test
    void shouldReturnTheCreatedUserWithSubFirst() {
      UserType user = client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY)
          .userAttributes(attribute("email", "jane@example.com"))).user();

      assertThat(user.username()).isEqualTo("jane");
      assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
      assertThat(user.enabled()).isTrue();
      assertThat(user.userCreateDate()).isEqualTo(cognito.clock().instant());
      assertThat(user.attributes()).extracting(AttributeType::name).containsExactly("sub", "email");
      assertThat(user.attributes().get(0).value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void shouldGetAUserAsAdminGetUserDescribesIt() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY));
      cognito.clock().advance(Duration.ofMinutes(5));
      client.adminDisableUser(b -> b.userPoolId(poolId).username("jane"));

      AdminGetUserResponse user = client.adminGetUser(b -> b.userPoolId(poolId).username("jane"));

      assertThat(user.username()).isEqualTo("jane");
      assertThat(user.enabled()).isFalse();
      assertThat(user.userStatusAsString()).isEqualTo("FORCE_CHANGE_PASSWORD");
      assertThat(user.userLastModifiedDate()).isEqualTo(user.userCreateDate().plus(Duration.ofMinutes(5)));
      assertThat(user.userAttributes()).extracting(AttributeType::name).containsExactly("sub");
    }

    @Test
    void shouldSignUpAndConfirmWithTheCodeSent() {
      SignUpResponse signedUp = client.signUp(b -> b.clientId(clientId).username("jane").password(FINAL)
          .userAttributes(attribute("email", "jane@example.com")));

      assertThat(signedUp.userConfirmed()).isFalse();
      assertThat(signedUp.userSub()).hasSize(36);
      CodeDeliveryDetailsType delivery = signedUp.codeDeliveryDetails();
      assertThat(delivery.destination()).isEqualTo("j***@e***");
      assertThat(delivery.deliveryMediumAsString()).isEqualTo("EMAIL");
      assertThat(delivery.attributeName()).isEqualTo("email");

      client.confirmSignUp(b -> b.clientId(clientId).username("jane").confirmationCode("123456"));
      assertThat(client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void shouldPageThroughUsersAndKeepOnlyTheAttributesAsked() {
      for (String name : List.of("amy", "bob", "cid")) {
        client.adminCreateUser(b -> b.userPoolId(poolId).username(name).temporaryPassword(TEMPORARY)
            .userAttributes(attribute("email", name + "@example.com")));
      }

      ListUsersResponse first = client.listUsers(b -> b.userPoolId(poolId).limit(2).attributesToGet("email"));

      assertThat(first.users()).extracting(UserType::username).containsExactly("amy", "bob");
      assertThat(first.users().get(0).attributes()).extracting(AttributeType::name).containsExactly("email");
      assertThat(first.paginationToken()).isNotNull();
      assertThat(client.listUsersPaginator(b -> b.userPoolId(poolId).limit(1)).users().stream().map(UserType::username))
          .containsExactly("amy", "bob", "cid");
      assertThat(client.listUsers(b -> b.userPoolId(poolId).filter("email = \"bob@example.com\"")).users())
          .extracting(UserType::username).containsExactly("bob");
    }

    @Test
    void shouldSendAResetCodeAndResetWithIt() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY)
          .userAttributes(attribute("email", "jane@example.com"), attribute("email_verified", "true")));
      client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(FINAL).permanent(true));

      CodeDeliveryDetailsType sent = client.forgotPassword(b -> b.clientId(clientId).username("jane")).codeDeliveryDetails();
      client.confirmForgotPassword(b -> b.clientId(clientId).username("jane").confirmationCode("123456").password(OTHER));

      assertThat(sent.destination()).isEqualTo("j***@e***");
      assertThat(signIn("jane", OTHER).authenticationResult()).isNotNull();
    }

    @Test
    void shouldReportAdminResetAsResetRequired() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY)
          .userAttributes(attribute("phone_number", "+15555550100"), attribute("phone_number_verified", "true")));
      client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane").password(FINAL).permanent(true));

      client.adminResetUserPassword(b -> b.userPoolId(poolId).username("jane"));

      assertThat(client.adminGetUser(b -> b.userPoolId(poolId).username("jane")).userStatus()).isEqualTo(UserStatusType.RESET_REQUIRED);
    }

    @Test
    void shouldDeleteAUser() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY));

      client.adminDeleteUser(b -> b.userPoolId(poolId).username("jane"));

      assertThatThrownBy(() -> client.adminGetUser(b -> b.userPoolId(poolId).username("jane")))
          .hasMessageStartingWith("User does not exist.");
    }

    @Test
    void shouldKeepANullPasswordNullSoTheLibraryNamesTheMissingMember() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY));

      assertThatThrownBy(() -> client.adminSetUserPassword(b -> b.userPoolId(poolId).username("jane")))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageStartingWith(
              "1 validation error detected: Value null at 'password' failed to satisfy constraint: Member must not be null");
    }
  }

  @Nested
  class SignIn {

    @Test
    void shouldIssueTheNewPasswordChallengeAsCognitoShapesIt() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY)
          .userAttributes(attribute("email", "jane@example.com"), attribute("name", "Jane \"JJ\" Doe")));

      InitiateAuthResponse challenge = signIn("jane", TEMPORARY);

      assertThat(challenge.challengeNameAsString()).isEqualTo("NEW_PASSWORD_REQUIRED");
      assertThat(challenge.authenticationResult()).isNull();
      assertThat(challenge.session()).startsWith("AYAB");
      assertThat(challenge.challengeParameters()).containsExactly(
          Map.entry("USER_ID_FOR_SRP", "jane"),
          Map.entry("requiredAttributes", "[]"),
          Map.entry("userAttributes", "{\"email\":\"jane@example.com\",\"name\":\"Jane \\\"JJ\\\" Doe\"}"));
    }

    @Test
    void shouldIssueTokensWhenTheChallengeIsAnsweredAsAdmin() {
      client.adminCreateUser(b -> b.userPoolId(poolId).username("jane").temporaryPassword(TEMPORARY));
      String session = client.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId).authFlow("ADMIN_USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", TEMPORARY))).session();

      AuthenticationResultType tokens = client.adminRespondToAuthChallenge(b -> b.userPoolId(poolId).clientId(clientId)
          .challengeName("NEW_PASSWORD_REQUIRED").session(session)
          .challengeResponses(Map.of("USERNAME", "jane", "NEW_PASSWORD", FINAL))).authenticationResult();

      assertThat(tokens.tokenType()).isEqualTo("Bearer");
      assertThat(tokens.expiresIn()).isEqualTo(3600);
      assertThat(List.of(tokens.accessToken(), tokens.idToken(), tokens.refreshToken())).doesNotContainNull().doesNotHaveDuplicates();
      assertThat(cognito.signer().verify(tokens.accessToken()).get().clientId()).contains(clientId);
      assertThat(client.tokens().authorize(tokens.accessToken()).get()._2.username().value()).isEqualTo("jane");
    }

    @Test
    void shouldAnswerWithAnEmptyChallengeParametersMapOnSuccess() {
      confirmed("jane", FINAL);

      InitiateAuthResponse response = signIn("jane", FINAL);

      assertThat(response.challengeName()).isNull();
      assertThat(response.challengeParameters()).isEmpty();
      assertThat(response.responseMetadata().requestId()).matches("00000000-0000-4000-a000-[0-9a-f]{12}");
      assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRenewTokensWithARefreshTokenThroughEitherOperation() {
      confirmed("jane", FINAL);
      String refreshToken = signIn("jane", FINAL).authenticationResult().refreshToken();

      AuthenticationResultType renewed = client.initiateAuth(b -> b.clientId(clientId).authFlow("REFRESH_TOKEN_AUTH")
          .authParameters(Map.of("REFRESH_TOKEN", refreshToken))).authenticationResult();
      AuthenticationResultType renewedAsAdmin = client.adminInitiateAuth(b -> b.userPoolId(poolId).clientId(clientId)
          .authFlow("REFRESH_TOKEN").authParameters(Map.of("REFRESH_TOKEN", refreshToken))).authenticationResult();

      assertThat(renewed.refreshToken()).isNull();
      assertThat(renewedAsAdmin.refreshToken()).isNull();
      assertThat(client.getUser(b -> b.accessToken(renewed.accessToken())).username()).isEqualTo("jane");
      assertThat(client.getUser(b -> b.accessToken(renewedAsAdmin.accessToken())).username()).isEqualTo("jane");
    }

    @Test
    void shouldTakeAParameterHoldingNullAsAbsentAndRenewThroughGetTokensFromRefreshToken() {
      confirmed("jane", FINAL);
      String refreshToken = signIn("jane", FINAL).authenticationResult().refreshToken();
      Map<String, String> parameters = new HashMap<>();
      parameters.put("REFRESH_TOKEN", refreshToken);
      parameters.put("DEVICE_KEY", null);

      AuthenticationResultType renewed = client.initiateAuth(b -> b.clientId(clientId).authFlow("REFRESH_TOKEN_AUTH")
          .authParameters(parameters)).authenticationResult();
      AuthenticationResultType got = client.getTokensFromRefreshToken(b -> b.clientId(clientId).refreshToken(refreshToken))
          .authenticationResult();

      assertThat(client.getUser(b -> b.accessToken(renewed.accessToken())).username()).isEqualTo("jane");
      assertThat(client.getUser(b -> b.accessToken(got.accessToken())).username()).isEqualTo("jane");
      assertThat(got.refreshToken()).isNull();
      assertRefused(() -> client.getTokensFromRefreshToken(b -> b.clientId(clientId).refreshToken("nope")), NotAuthorizedException.class,
          "Invalid Refresh Token.");
    }

    @Test
    void shouldRefuseARefreshTokenOfAnotherClientOrKindOrAfterThirtyDays() {
      confirmed("jane", FINAL);
      AuthenticationResultType tokens = signIn("jane", FINAL).authenticationResult();
      String otherClient = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("other")).userPoolClient().clientId();

      assertRefused(() -> refresh(otherClient, tokens.refreshToken()), NotAuthorizedException.class, "Invalid Refresh Token.");
      assertRefused(() -> refresh(clientId, tokens.accessToken()), NotAuthorizedException.class, "Invalid Refresh Token.");
      assertRefused(() -> client.initiateAuth(b -> b.clientId(clientId).authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of())),
          InvalidParameterException.class, "Missing required parameter REFRESH_TOKEN");
      assertRefused(() -> refresh("nosuchclient", tokens.refreshToken()), ResourceNotFoundException.class,
          "User pool client nosuchclient does not exist.");
      cognito.clock().advance(Duration.ofDays(30));
      assertRefused(() -> refresh(clientId, tokens.refreshToken()), NotAuthorizedException.class, "Refresh Token has expired");
    }

    @Test
    void shouldRefuseToRefreshForAUserDisabledBehindTheClientsBack() {
      confirmed("jane", FINAL);
      String refreshToken = signIn("jane", FINAL).authenticationResult().refreshToken();
      cognito.service().adminDisableUser(new Requests.AdminDisableUser(poolId, "jane")).get();

      assertRefused(() -> refresh(clientId, refreshToken), NotAuthorizedException.class, "User is disabled.");
    }
  }

  @Nested
  class AccessTokens {

    @Test
    void shouldChangeThePasswordOfTheTokensUser() {
      confirmed("jane", FINAL);
      String accessToken = signIn("jane", FINAL).authenticationResult().accessToken();

      client.changePassword(b -> b.accessToken(accessToken).previousPassword(FINAL).proposedPassword(OTHER));

      assertThat(signIn("jane", OTHER).authenticationResult()).isNotNull();
    }

    @Test
    void shouldValidateEveryMemberBeforeTheToken() {
      assertRefused(() -> client.changePassword(b -> b.proposedPassword(" " + OTHER)), InvalidParameterException.class,
          "3 validation errors detected: Value null at 'previousPassword' failed to satisfy constraint: Member must not be null; "
              + "Value at 'proposedPassword' failed to satisfy constraint: Member must satisfy regular expression pattern: "
              + "^[\\S]+.*[\\S]+$; "
              + "Value null at 'accessToken' failed to satisfy constraint: Member must not be null");
      assertRefused(() -> client.getUser(b -> b.accessToken("not a token")), InvalidParameterException.class,
          "1 validation error detected: Value at 'accessToken' failed to satisfy constraint: "
              + "Member must satisfy regular expression pattern: [A-Za-z0-9-_=.]+");
    }

    @Test
    void shouldRefuseTheTokenOfADeletedUserAsRevoked() {
      confirmed("jane", FINAL);
      String accessToken = signIn("jane", FINAL).authenticationResult().accessToken();
      cognito.service().adminDeleteUser(new Requests.AdminDeleteUser(poolId, "jane")).get();

      assertRefused(() -> client.getUser(b -> b.accessToken(accessToken)), NotAuthorizedException.class, "Access Token has been revoked");
    }

    @Test
    void shouldAcceptOnlyTokensOfItsOwnCognito() {
      confirmed("jane", FINAL);
      String accessToken = signIn("jane", FINAL).authenticationResult().accessToken();
      CognitoIdentityProviderClient stranger = InProcessCognitoClient.of(InProcessCognito.builder().seed(cognito.seed() + 1).build());
      CognitoIdentityProviderClient sibling = InProcessCognitoClient.of(cognito);

      assertRefused(() -> stranger.getUser(b -> b.accessToken(accessToken)), NotAuthorizedException.class, "Invalid Access Token");
      assertThat(sibling.getUser(b -> b.accessToken(accessToken)).username()).isEqualTo("jane");
    }

    @Test
    void shouldGetTheTokensUserWithSub() {
      confirmed("jane", FINAL);
      String accessToken = signIn("jane", FINAL).authenticationResult().accessToken();

      Map<String, String> attributes = client.getUser(b -> b.accessToken(accessToken)).userAttributes().stream()
          .collect(Collectors.toMap(AttributeType::name, AttributeType::value));

      assertThat(attributes).containsKey("sub");
    }

    @Test
    void shouldRevokeEveryTokenOnAdminUserGlobalSignOut() {
      confirmed("jane", FINAL);
      AuthenticationResultType tokens = signIn("jane", FINAL).authenticationResult();

      client.adminUserGlobalSignOut(b -> b.userPoolId(poolId).username("jane"));

      assertRefused(() -> client.getUser(b -> b.accessToken(tokens.accessToken())), NotAuthorizedException.class,
          "Access Token has been revoked");
      assertRefused(() -> refresh(clientId, tokens.refreshToken()), NotAuthorizedException.class, "Refresh Token has been revoked");
    }
  }

  @Test
  void shouldCarryARequestIdAndTheStatusOnEveryError() {
    assertThatThrownBy(() -> client.adminGetUser(b -> b.userPoolId(poolId).username("nobody")))
        .isInstanceOfSatisfying(CognitoIdentityProviderException.class, e -> {
          assertThat(e.requestId()).isNotBlank();
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().serviceName()).isEqualTo("CognitoIdentityProvider");
        });
    assertThat(client.serviceName()).isEqualTo("cognito-idp");
    assertThat(client.serviceClientConfiguration().region()).isNull();
  }

  // -- helpers

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private void confirmed(String username, String password) {
    client.adminCreateUser(b -> b.userPoolId(poolId).username(username).temporaryPassword(TEMPORARY));
    client.adminSetUserPassword(b -> b.userPoolId(poolId).username(username).password(password).permanent(true));
  }

  private InitiateAuthResponse signIn(String username, String password) {
    return client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
  }

  private InitiateAuthResponse refresh(String appClientId, String refreshToken) {
    return client
        .initiateAuth(b -> b.clientId(appClientId).authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
  }

  private static void assertRefused(Runnable call, Class<? extends CognitoIdentityProviderException> type, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOf(type)
        .extracting(e -> ((CognitoIdentityProviderException) e).awsErrorDetails().errorMessage())
        .isEqualTo(message);
  }
}
