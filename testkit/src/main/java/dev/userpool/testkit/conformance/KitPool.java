package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.sdk.Expect.that;

import dev.userpool.testkit.sdk.ScenarioTarget;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

/**
 * A pool with a random name and an app client that allows the password, admin-password, SRP and refresh flows,
 * and what the kit's rules do with them. Users get a verified email so that resets can deliver codes.
 */
final class KitPool {

  static final String TEMPORARY = "Temp-Passw0rd!";
  static final String FINAL = "Final-Passw0rd!";
  static final String OTHER = "Other-Passw0rd!";
  static final String WRONG = "Wrong-Passw0rd!";
  /**
   * The kit's usernames are emails, which every pool accepts: a pool without UsernameAttributes takes any
   * username, and some emulators' pools take only emails (they fail the rules that say so, not every rule).
   */
  static final String JANE = "jane@example.com";
  static final String JOHN = "john@example.com";

  final ScenarioTarget target;
  final CognitoIdentityProviderClient cognito;
  final String id;
  final String clientId;

  private KitPool(ScenarioTarget target, String id, String clientId) {
    this.target = target;
    this.cognito = target.client();
    this.id = id;
    this.clientId = clientId;
  }

  /** A random pool name, as every rule's pool has. */
  static String randomName(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
  }

  static KitPool create(ScenarioTarget target) {
    return create(target, p -> {}, c -> {});
  }

  static KitPool create(ScenarioTarget target, Consumer<CreateUserPoolRequest.Builder> pool,
      Consumer<CreateUserPoolClientRequest.Builder> client) {
    CognitoIdentityProviderClient cognito = target.client();
    String id = cognito.createUserPool(b -> pool.accept(b.poolName(randomName("conformance")))).userPool().id();
    String clientId = cognito.createUserPoolClient(b -> client.accept(b.userPoolId(id).clientName("kit")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH")))
        .userPoolClient().clientId();
    return new KitPool(target, id, clientId);
  }

  static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  static AttributeType[] verifiedEmail(String username) {
    return new AttributeType[]{ attribute("email", email(username)), attribute("email_verified", "true") };
  }

  /** The user's email: the username when it is one. */
  static String email(String username) {
    return username.contains("@") ? username : username + "@example.com";
  }

  /** An invited FORCE_CHANGE_PASSWORD user with {@code temporary} and a verified email. */
  void invite(String username, String temporary) {
    cognito.adminCreateUser(b -> b.userPoolId(id).username(username).temporaryPassword(temporary).messageAction("SUPPRESS")
        .userAttributes(verifiedEmail(username)));
  }

  /** A CONFIRMED user with {@code password} and a verified email. */
  void confirmed(String username, String password) {
    invite(username, TEMPORARY);
    setPassword(username, password, true);
  }

  /** An UNCONFIRMED user from SignUp with {@code password}, whose email an administrator marked verified. */
  void signedUp(String username, String password) {
    cognito.signUp(
        b -> b.clientId(clientId).username(username).password(password).userAttributes(attribute("email", email(username))));
    cognito.adminUpdateUserAttributes(b -> b.userPoolId(id).username(username).userAttributes(attribute("email_verified", "true")));
  }

  void setPassword(String username, String password, boolean permanent) {
    cognito.adminSetUserPassword(b -> b.userPoolId(id).username(username).password(password).permanent(permanent));
  }

  String status(String username) {
    return cognito.adminGetUser(b -> b.userPoolId(id).username(username)).userStatusAsString();
  }

  boolean enabled(String username) {
    return Boolean.TRUE.equals(cognito.adminGetUser(b -> b.userPoolId(id).username(username)).enabled());
  }

  InitiateAuthResponse signIn(String username, String password) {
    return cognito.initiateAuth(b -> b.clientId(clientId).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
  }

  AdminInitiateAuthResponse adminSignIn(String username, String password) {
    return cognito.adminInitiateAuth(b -> b.userPoolId(id).clientId(clientId).authFlow("ADMIN_USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
  }

  /** Signs in, expecting tokens. */
  AuthenticationResultType tokens(String username, String password) {
    InitiateAuthResponse response = signIn(username, password);
    that(response.challengeName() == null, "no challenge for a signed-in user, got " + response.challengeNameAsString());
    that(response.authenticationResult() != null && response.authenticationResult().accessToken() != null, "tokens");
    return response.authenticationResult();
  }

  /** The code the endpoint last sent {@code username}, read through the test control. */
  String code(String username) {
    return target.mailbox().code(id, username).orElseThrow(() -> new AssertionError("expected a code sent to " + username));
  }
}
