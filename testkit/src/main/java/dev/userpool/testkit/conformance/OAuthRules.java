package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;

import dev.userpool.testkit.sdk.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * The OAuth configuration as the API shows it: resource servers and their scopes, the OAuth members of app
 * clients and their refusals, and the pool's prefix domain. Domains are global, so each rule's domain has a
 * random name, and the rule deletes it before its pool is deleted.
 */
final class OAuthRules {

  private static final String API = "https://api.example.com";
  private static final String CALLBACK = "https://app.example.com/cb";

  private OAuthRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    resourceServers(rules);
    clients(rules);
    domains(rules);
    return rules;
  }

  private static void resourceServers(List<ConformanceRule> rules) {
    rule(rules, "resource-server.round-trip", "CreateResourceServer, then UpdateResourceServer with another scope: DescribeResourceServer"
        + " lists both scopes in order", api("UpdateResourceServer"), pool -> {
          pool.cognito.createResourceServer(b -> b.userPoolId(pool.id).identifier(API).name("api").scopes(scope("read")));
          pool.cognito.updateResourceServer(b -> b.userPoolId(pool.id).identifier(API).name("api").scopes(scope("read"), scope("write")));
          ResourceServerType described = pool.cognito.describeResourceServer(b -> b.userPoolId(pool.id).identifier(API)).resourceServer();
          equal(List.of("read", "write"), described.scopes().stream().map(ResourceServerScopeType::scopeName).toList(), "scopes");
          equal("api", described.name(), "Name");
        });
    rule(rules, "resource-server.exists", "CreateResourceServer with an identifier the pool has is InvalidParameterException"
        + " \"<identifier> already exists in this user pool.\"", decision("oauth-config-wording"), pool -> {
          pool.cognito.createResourceServer(b -> b.userPoolId(pool.id).identifier(API).name("api"));
          Expect.refused("InvalidParameterException", 400, API + " already exists in this user pool.",
              () -> pool.cognito.createResourceServer(b -> b.userPoolId(pool.id).identifier(API).name("api")));
        });
    rule(rules, "resource-server.unknown", "DescribeResourceServer of an unknown identifier is ResourceNotFoundException"
        + " \"Resource server <identifier> does not exist.\"", decision("oauth-config-wording"),
        pool -> Expect.refused("ResourceNotFoundException", 400, "Resource server " + API + " does not exist.",
            () -> pool.cognito.describeResourceServer(b -> b.userPoolId(pool.id).identifier(API))));
  }

  private static void clients(List<ConformanceRule> rules) {
    rule(rules, "client.described", "The OAuth members of CreateUserPoolClient are what DescribeUserPoolClient returns",
        api("CreateUserPoolClient"), pool -> {
          pool.cognito.createResourceServer(b -> b.userPoolId(pool.id).identifier(API).name("api").scopes(scope("read")));
          String clientId = pool.cognito.createUserPoolClient(b -> web(b.userPoolId(pool.id).clientName("web"))
              .allowedOAuthScopes("openid", API + "/read").callbackURLs(CALLBACK, "http://localhost:3000/cb")).userPoolClient().clientId();
          UserPoolClientType described = pool.cognito.describeUserPoolClient(b -> b.userPoolId(pool.id).clientId(clientId))
              .userPoolClient();
          equal(true, described.allowedOAuthFlowsUserPoolClient(), "AllowedOAuthFlowsUserPoolClient");
          equal(List.of("code"), described.allowedOAuthFlowsAsStrings(), "AllowedOAuthFlows");
          equal(List.of("openid", API + "/read"), described.allowedOAuthScopes(), "AllowedOAuthScopes");
          equal(List.of(CALLBACK, "http://localhost:3000/cb"), described.callbackURLs(), "CallbackURLs");
        });
    refusal(rules, "client.client-credentials-without-secret", "InvalidOAuthFlowException",
        "client_credentials flow can not be selected if client does not have a client secret.",
        b -> b.allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes("openid"));
    refusal(rules, "client.client-credentials-with-code", "InvalidOAuthFlowException",
        "client_credentials flow can not be selected along with code flow or implicit flow.",
        b -> b.generateSecret(true).allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS,
            OAuthFlowType.CODE).allowedOAuthScopes("openid").callbackURLs(CALLBACK).supportedIdentityProviders("COGNITO"));
    refusal(rules, "client.flows-required", "InvalidOAuthFlowException",
        "AllowedOAuthFlows is required when AllowedOAuthFlowsUserPoolClient is true.",
        b -> b.allowedOAuthFlowsUserPoolClient(true).allowedOAuthScopes("openid").callbackURLs(CALLBACK));
    refusal(rules, "client.unknown-scope", "ScopeDoesNotExistException", "Invalid scope requested: https://nowhere.example.com/read",
        b -> web(b).allowedOAuthScopes("https://nowhere.example.com/read").callbackURLs(CALLBACK));
    refusal(rules, "client.http-callback", "InvalidParameterException",
        "Invalid URL: http://app.example.com/cb. HTTPS is required, except for http://localhost.",
        b -> web(b).allowedOAuthScopes("openid").callbackURLs("http://app.example.com/cb"));
    refusal(rules, "client.callback-required", "InvalidParameterException", "CallbackURLs are required for the code and implicit flows.",
        b -> web(b).allowedOAuthScopes("openid"));
    refusal(rules, "client.default-redirect-not-a-callback", "InvalidParameterException",
        "DefaultRedirectURI must be one of the CallbackURLs.",
        b -> web(b).allowedOAuthScopes("openid").callbackURLs(CALLBACK).defaultRedirectURI("https://app.example.com/other"));
    refusal(rules, "client.unknown-identity-provider", "InvalidParameterException", "The provider Google does not exist for User Pool.",
        b -> web(b).allowedOAuthScopes("openid").callbackURLs(CALLBACK).supportedIdentityProviders("COGNITO", "Google"));
  }

  private static void domains(List<ConformanceRule> rules) {
    rule(rules, "domain.round-trip", "CreateUserPoolDomain with a prefix: DescribeUserPoolDomain names the pool; after"
        + " DeleteUserPoolDomain it answers an empty description", api("DescribeUserPoolDomain"), pool -> {
          String domain = KitPool.randomName("kit");
          pool.cognito.createUserPoolDomain(b -> b.userPoolId(pool.id).domain(domain));
          equal(pool.id, pool.cognito.describeUserPoolDomain(b -> b.domain(domain)).domainDescription().userPoolId(), "UserPoolId");
          pool.cognito.deleteUserPoolDomain(b -> b.userPoolId(pool.id).domain(domain));
          equal(null, pool.cognito.describeUserPoolDomain(b -> b.domain(domain)).domainDescription().userPoolId(),
              "UserPoolId after DeleteUserPoolDomain");
        });
    rule(rules, "domain.taken", "CreateUserPoolDomain with a prefix another pool has is InvalidParameterException"
        + " \"Domain already associated with another user pool.\"", decision("oauth-config-wording"), pool -> {
          String domain = KitPool.randomName("kit");
          pool.cognito.createUserPoolDomain(b -> b.userPoolId(pool.id).domain(domain));
          try {
            String other = pool.cognito.createUserPool(b -> b.poolName(KitPool.randomName("conformance"))).userPool().id();
            Expect.refused("InvalidParameterException", 400, "Domain already associated with another user pool.",
                () -> pool.cognito.createUserPoolDomain(b -> b.userPoolId(other).domain(domain)));
          } finally {
            pool.cognito.deleteUserPoolDomain(b -> b.userPoolId(pool.id).domain(domain));
          }
        });
    rule(rules, "domain.one-per-pool", "CreateUserPoolDomain for a pool that has a domain is InvalidParameterException"
        + " \"User pool already has a domain configured.\"", decision("oauth-config-wording"), pool -> {
          String domain = KitPool.randomName("kit");
          pool.cognito.createUserPoolDomain(b -> b.userPoolId(pool.id).domain(domain));
          try {
            Expect.refused("InvalidParameterException", 400, "User pool already has a domain configured.",
                () -> pool.cognito.createUserPoolDomain(b -> b.userPoolId(pool.id).domain(KitPool.randomName("kit"))));
          } finally {
            pool.cognito.deleteUserPoolDomain(b -> b.userPoolId(pool.id).domain(domain));
          }
        });
    rule(rules, "domain.delete-unknown", "DeleteUserPoolDomain of a domain the pool does not have is InvalidParameterException"
        + " \"No such domain or user pool exists.\"", decision("oauth-config-wording"),
        pool -> Expect.refused("InvalidParameterException", 400, "No such domain or user pool exists.",
            () -> pool.cognito.deleteUserPoolDomain(b -> b.userPoolId(pool.id).domain(KitPool.randomName("kit")))));
  }

  private static ResourceServerScopeType scope(String name) {
    return ResourceServerScopeType.builder().scopeName(name).scopeDescription(name + " access").build();
  }

  /** A client of the code flow through the pool's own sign-in. */
  private static CreateUserPoolClientRequest.Builder web(CreateUserPoolClientRequest.Builder b) {
    return b.allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE).supportedIdentityProviders("COGNITO");
  }

  private static void refusal(List<ConformanceRule> rules, String name, String code, String message,
      Consumer<CreateUserPoolClientRequest.Builder> client) {
    rule(rules, name, "CreateUserPoolClient " + name.substring("client.".length()).replace('-', ' ') + " is " + code + " \"" + message
        + "\"", decision("oauth-config-wording"),
        pool -> Expect.refused(code, 400, message,
            () -> pool.cognito.createUserPoolClient(b -> client.accept(b.userPoolId(pool.id).clientName("oauth")))));
  }

  private static void rule(List<ConformanceRule> rules, String name, String statement, String source, Consumer<KitPool> steps) {
    rules.add(new ConformanceRule("oauth." + name, Area.OAUTH, statement, source, target -> steps.accept(KitPool.create(target))));
  }
}
