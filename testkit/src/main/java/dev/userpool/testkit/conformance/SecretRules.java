package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.FINAL;
import static dev.userpool.testkit.conformance.KitPool.WRONG;
import static dev.userpool.testkit.conformance.KitPool.attribute;
import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.that;

import dev.userpool.testkit.sdk.Expect;
import dev.userpool.testkit.sdk.ScenarioTarget;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** App-client secrets and SECRET_HASH, lockout, and the pool's settings and schema. */
final class SecretRules {

  private static final String USER = KitPool.JANE;

  private SecretRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    secrets(rules);
    lockout(rules);
    schemas(rules);
    return rules;
  }

  private static void secrets(List<ConformanceRule> rules) {
    secret(rules, "initiate-auth.missing",
        "InitiateAuth on a client with a secret and no SECRET_HASH is NotAuthorizedException naming the client",
        (pool, client) -> Expect.refused("NotAuthorizedException", 400,
            "Client " + client.clientId() + " is configured for secret but secret was not received", () -> signIn(pool, client, null)));
    secret(rules, "initiate-auth.wrong", "InitiateAuth with a SECRET_HASH of another secret is NotAuthorizedException naming the client",
        (pool, client) -> Expect.refused("NotAuthorizedException", 400, "Unable to verify secret hash for client " + client.clientId(),
            () -> signIn(pool, client, hash("not-the-secret", USER, client.clientId()))));
    secret(rules, "initiate-auth.right", "InitiateAuth with the right SECRET_HASH returns tokens", decision("secret-hash"),
        (pool, client) -> that(signIn(pool, client, hash(client.clientSecret(), USER, client.clientId())) != null, "tokens"));
    secret(rules, "forgot-password.missing",
        "ForgotPassword on a client with a secret and no SecretHash is NotAuthorizedException naming the"
            + " client",
        (pool, client) -> Expect.refused("NotAuthorizedException", 400,
            "Client " + client.clientId() + " is configured for secret but secret was not received",
            () -> pool.cognito.forgotPassword(b -> b.clientId(client.clientId()).username(USER))));
    secret(rules, "sign-up.wrong", "SignUp with a SecretHash of another secret is NotAuthorizedException naming the client",
        (pool, client) -> Expect.refused("NotAuthorizedException", 400, "Unable to verify secret hash for client " + client.clientId(),
            () -> pool.cognito.signUp(b -> b.clientId(client.clientId()).username(KitPool.JOHN).password(FINAL)
                .secretHash(hash("not-the-secret", KitPool.JOHN, client.clientId())))));
    secret(rules, "refresh.missing",
        "REFRESH_TOKEN_AUTH on a client with a secret and no SECRET_HASH is NotAuthorizedException naming the client",
        decision("refresh-secret-hash"), (pool, client) -> Expect.refused("NotAuthorizedException", 400,
            "Client " + client.clientId() + " is configured for secret but secret was not received",
            () -> refresh(pool, client, refreshToken(pool, client), null)));
    secret(rules, "refresh.username", "REFRESH_TOKEN_AUTH with the SECRET_HASH of the user's username renews the tokens",
        decision("refresh-secret-hash"), (pool, client) -> that(
            refresh(pool, client, refreshToken(pool, client), hash(client.clientSecret(), USER, client.clientId())).accessToken() != null,
            "an access token"));
    secret(rules, "described", "CreateUserPoolClient with GenerateSecret returns a ClientSecret, and DescribeUserPoolClient shows the same",
        api("CreateUserPoolClient"), (pool, client) -> {
          that(client.clientSecret() != null && !client.clientSecret().isEmpty(), "a ClientSecret");
          equal(client.clientSecret(), pool.cognito.describeUserPoolClient(b -> b.userPoolId(pool.id).clientId(client.clientId()))
              .userPoolClient().clientSecret(), "DescribeUserPoolClient ClientSecret");
        });
  }

  private static void secret(List<ConformanceRule> rules, String name, String statement, Secret steps) {
    secret(rules, name, statement, Sources.SECRET_HASH, steps);
  }

  private static void secret(List<ConformanceRule> rules, String name, String statement, String source, Secret steps) {
    rules.add(new ConformanceRule("secrets." + name, Area.SECRETS, statement, source, target -> {
      KitPool pool = KitPool.create(target);
      pool.confirmed(USER, FINAL);
      UserPoolClientType client = pool.cognito.createUserPoolClient(b -> b.userPoolId(pool.id).clientName("secret").generateSecret(true)
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient();
      steps.accept(pool, client);
    }));
  }

  @FunctionalInterface
  private interface Secret {
    void accept(KitPool pool, UserPoolClientType client);
  }

  private static Object signIn(KitPool pool, UserPoolClientType client, String secretHash) {
    Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", USER, "PASSWORD", FINAL));
    if (secretHash != null) {
      parameters.put("SECRET_HASH", secretHash);
    }
    return pool.cognito.initiateAuth(b -> b.clientId(client.clientId()).authFlow("USER_PASSWORD_AUTH").authParameters(parameters))
        .authenticationResult();
  }

  private static String refreshToken(KitPool pool, UserPoolClientType client) {
    return pool.cognito.initiateAuth(b -> b.clientId(client.clientId()).authFlow("USER_PASSWORD_AUTH").authParameters(
        Map.of("USERNAME", USER, "PASSWORD", FINAL, "SECRET_HASH", hash(client.clientSecret(), USER, client.clientId()))))
        .authenticationResult().refreshToken();
  }

  private static AuthenticationResultType refresh(KitPool pool, UserPoolClientType client, String token, String secretHash) {
    Map<String, String> parameters = new HashMap<>(Map.of("REFRESH_TOKEN", token));
    if (secretHash != null) {
      parameters.put("SECRET_HASH", secretHash);
    }
    return pool.cognito.initiateAuth(b -> b.clientId(client.clientId()).authFlow("REFRESH_TOKEN_AUTH").authParameters(parameters))
        .authenticationResult();
  }

  /** Base64(HMAC-SHA256(secret, username + clientId)), as AWS's page computes it. */
  static String hash(String secret, String username, String clientId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }

  private static void lockout(List<ConformanceRule> rules) {
    rules.add(new ConformanceRule("lockout.right-password-resets-the-count", Area.LOCKOUT,
        "Four wrong passwords, then the right one, then four wrong ones again: each wrong one is \"Incorrect username or password.\","
            + " and the right one still signs in",
        decision("lockout-details"), target -> {
          KitPool pool = KitPool.create(target);
          pool.confirmed(USER, FINAL);
          for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
              Expect.refused("NotAuthorizedException", 400, "Incorrect username or password.", () -> pool.signIn(USER, WRONG));
            }
            pool.tokens(USER, FINAL);
          }
        }));
    rules.add(new ConformanceRule("lockout.other-users-unaffected", Area.LOCKOUT,
        "A user locked out by wrong passwords does not lock out another user of the pool", Sources.LOCKOUT, target -> {
          KitPool pool = KitPool.create(target);
          pool.confirmed(USER, FINAL);
          pool.confirmed(KitPool.JOHN, FINAL);
          for (int i = 0; i < 6; i++) {
            try {
              pool.signIn(USER, WRONG);
            } catch (NotAuthorizedException e) {
              // counted
            }
          }
          pool.tokens(KitPool.JOHN, FINAL);
        }));
  }

  private static void schemas(List<ConformanceRule> rules) {
    schema(rules, "create-user-pool.username-and-alias", "CreateUserPool with both UsernameAttributes and AliasAttributes is"
        + " InvalidParameterException", decision("invalid-parameter-wordings"),
        target -> Expect.refused("InvalidParameterException", 400,
            "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.",
            () -> target.client().createUserPool(b -> b.poolName(KitPool.randomName("conformance")).usernameAttributesWithStrings("email")
                .aliasAttributesWithStrings("email"))));
    schema(rules, "describe-user-pool.unknown", "DescribeUserPool of an unknown pool is ResourceNotFoundException naming it",
        decision("resource-not-found"), target -> Expect.refused("ResourceNotFoundException", 400,
            "User pool us-east-1_NoSuchPool0 does not exist.",
            () -> target.client().describeUserPool(b -> b.userPoolId("us-east-1_NoSuchPool0"))));
    schema(rules, "describe-user-pool-client.unknown", "DescribeUserPoolClient of an unknown client is ResourceNotFoundException naming it",
        decision("resource-not-found"), target -> {
          KitPool pool = KitPool.create(target);
          Expect.refused("ResourceNotFoundException", 400, "User pool client nosuchclient0000000000000 does not exist.",
              () -> pool.cognito.describeUserPoolClient(b -> b.userPoolId(pool.id).clientId("nosuchclient0000000000000")));
        });
    schema(rules, "email-as-username",
        "In a pool whose UsernameAttributes is email, AdminCreateUser with a username that is not an email is"
            + " InvalidParameterException \"Username should be an email.\"",
        decision("invalid-parameter-wordings"), target -> {
          KitPool pool = KitPool.create(target, p -> p.usernameAttributesWithStrings("email"), c -> {});
          Expect.refused("InvalidParameterException", 400, "Username should be an email.",
              () -> pool.cognito.adminCreateUser(b -> b.userPoolId(pool.id).username("jane").messageAction("SUPPRESS")));
        });
    schema(rules, "sub-is-immutable", "AdminUpdateUserAttributes cannot change sub", decision("schema-immutable"), target -> {
      KitPool pool = KitPool.create(target);
      pool.confirmed(USER, FINAL);
      Expect.refused("InvalidParameterException", 400,
          "Attributes did not conform to the schema: sub: Attribute cannot be updated. (changing an immutable attribute)",
          () -> pool.cognito.adminUpdateUserAttributes(b -> b.userPoolId(pool.id).username(USER)
              .userAttributes(attribute("sub", "00000000-0000-0000-0000-000000000000"))));
    });
    schema(rules, "unknown-attribute", "AdminUpdateUserAttributes with an attribute the schema lacks is InvalidParameterException"
        + " \"user.nickname2: Attribute does not exist in the schema.\" and a line break", decision("schema-write-wording"), target -> {
          KitPool pool = KitPool.create(target);
          pool.confirmed(USER, FINAL);
          Expect.refused("InvalidParameterException", 400, "user.nickname2: Attribute does not exist in the schema.\n",
              () -> pool.cognito.adminUpdateUserAttributes(b -> b.userPoolId(pool.id).username(USER).userAttributes(attribute("nickname2",
                  "x"))));
        });
    schema(rules, "custom-attribute-kept",
        "A custom attribute of the pool's schema is stored and returned by AdminGetUser as custom:<name>",
        decision("schema-custom-attributes"), target -> {
          KitPool pool = KitPool.create(target, p -> p.schema(SchemaAttributeType.builder().name("tier").attributeDataType("String")
              .mutable(true).build()), c -> {});
          pool.cognito.adminCreateUser(b -> b.userPoolId(pool.id).username(USER).messageAction("SUPPRESS")
              .userAttributes(attribute("custom:tier", "gold")));
          equal("gold", pool.cognito.adminGetUser(b -> b.userPoolId(pool.id).username(USER)).userAttributes().stream()
              .filter(a -> a.name().equals("custom:tier")).map(AttributeType::value).findFirst().orElse(null), "custom:tier");
        });
    schema(rules, "standard-attributes-described",
        "DescribeUserPool lists the standard attributes, sub and email among them, in SchemaAttributes",
        decision("schema-standard-attributes"), target -> {
          KitPool pool = KitPool.create(target);
          List<String> names = pool.cognito.describeUserPool(b -> b.userPoolId(pool.id)).userPool().schemaAttributes().stream()
              .map(SchemaAttributeType::name).toList();
          that(names.contains("sub") && names.contains("email") && names.contains("phone_number"),
              "sub, email and phone_number in " + names);
        });
  }

  private static void schema(List<ConformanceRule> rules, String name, String statement, String source,
      Consumer<ScenarioTarget> steps) {
    rules.add(new ConformanceRule("schemas." + name, Area.SCHEMAS, statement, source, steps::accept));
  }
}
