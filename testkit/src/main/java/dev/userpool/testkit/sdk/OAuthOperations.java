package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.oauth.OAuthConfiguration.ClientMembers;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.OAuthSettings;
import dev.userpool.pool.ResourceServer;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.OAuthConfigOperations;
import dev.userpool.service.Requests;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collection;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * The SDK side of the OAuth configuration operations, for {@link InProcessCognitoClient}: SDK requests onto
 * {@link OAuthConfigOperations}, results onto SDK responses, and the app client's OAuth members both ways.
 */
final class OAuthOperations {

  /** The client's way to turn a result into its value or the SDK's exception. */
  interface Run {
    <T> T run(Either<? extends CognitoError, T> result);
  }

  /** The client's way to complete a response. */
  interface Respond {
    <R extends CognitoIdentityProviderResponse> R respond(CognitoIdentityProviderResponse.Builder builder, Class<R> type);
  }

  private final OAuthConfigOperations config;
  private final Run run;
  private final Respond respond;

  OAuthOperations(OAuthConfigOperations config, Run run, Respond respond) {
    this.config = Objects.requireNonNull(config, "config is null");
    this.run = Objects.requireNonNull(run, "run is null");
    this.respond = Objects.requireNonNull(respond, "respond is null");
  }

  // -- app clients

  CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest r, Requests.CreateUserPoolClient request) {
    AppClient client = run.run(ConfigurationMembers.check("CreateUserPoolClient", r, request)
        .flatMap(q -> config.createUserPoolClient(q, new ClientMembers(list(r.hasAllowedOAuthFlows(),
            r.allowedOAuthFlowsAsStrings()), list(r.hasAllowedOAuthScopes(), r.allowedOAuthScopes()), r.allowedOAuthFlowsUserPoolClient(),
            list(r.hasCallbackURLs(), r.callbackURLs()), list(r.hasLogoutURLs(), r.logoutURLs()), r.defaultRedirectURI(),
            list(r.hasSupportedIdentityProviders(), r.supportedIdentityProviders())))));
    return respond.respond(CreateUserPoolClientResponse.builder().userPoolClient(Shapes.client(new UserPoolId(r.userPoolId()), client)),
        CreateUserPoolClientResponse.class);
  }

  UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest r, Requests.UpdateUserPoolClient request) {
    AppClient client = run.run(ConfigurationMembers.check("UpdateUserPoolClient", r, request)
        .flatMap(q -> config.updateUserPoolClient(q, new ClientMembers(list(r.hasAllowedOAuthFlows(),
            r.allowedOAuthFlowsAsStrings()), list(r.hasAllowedOAuthScopes(), r.allowedOAuthScopes()), r.allowedOAuthFlowsUserPoolClient(),
            list(r.hasCallbackURLs(), r.callbackURLs()), list(r.hasLogoutURLs(), r.logoutURLs()), r.defaultRedirectURI(),
            list(r.hasSupportedIdentityProviders(), r.supportedIdentityProviders())))));
    return respond.respond(UpdateUserPoolClientResponse.builder().userPoolClient(Shapes.client(new UserPoolId(r.userPoolId()), client)),
        UpdateUserPoolClientResponse.class);
  }

  /** The client's OAuth members on a description, as DescribeUserPoolClient shows them (empty lists left out). */
  static void describe(UserPoolClientType.Builder b, OAuthSettings s) {
    b.allowedOAuthFlowsUserPoolClient(s.allowedOAuthFlowsUserPoolClient());
    if (!s.allowedOAuthFlows().isEmpty()) {
      b.allowedOAuthFlowsWithStrings(s.allowedOAuthFlows().toList().map(f -> f.wireName()).toJavaList());
    }
    if (!s.allowedOAuthScopes().isEmpty()) {
      b.allowedOAuthScopes(s.allowedOAuthScopes().toJavaList());
    }
    if (!s.callbackUrls().isEmpty()) {
      b.callbackURLs(s.callbackUrls().toJavaList());
    }
    if (!s.logoutUrls().isEmpty()) {
      b.logoutURLs(s.logoutUrls().toJavaList());
    }
    s.defaultRedirectUri().forEach(b::defaultRedirectURI);
    if (!s.supportedIdentityProviders().isEmpty()) {
      b.supportedIdentityProviders(s.supportedIdentityProviders().toJavaList());
    }
  }

  // -- domains

  CreateUserPoolDomainResponse createUserPoolDomain(CreateUserPoolDomainRequest r) {
    run.run(ConfigurationMembers.check("CreateUserPoolDomain", r, r).flatMap(q -> config.createUserPoolDomain(r.userPoolId(), r.domain(),
        r.customDomainConfig() != null)));
    return respond.respond(CreateUserPoolDomainResponse.builder().managedLoginVersion(r.managedLoginVersion()),
        CreateUserPoolDomainResponse.class);
  }

  DescribeUserPoolDomainResponse describeUserPoolDomain(DescribeUserPoolDomainRequest r) {
    Option<UserPool> pool = run.run(config.describeUserPoolDomain(r.domain()));
    DomainDescriptionType.Builder d = DomainDescriptionType.builder();
    pool.forEach(p -> d.userPoolId(p.id().value()).domain(r.domain()).status(DomainStatusType.ACTIVE).version("1")
        .cloudFrontDistribution(r.domain() + ".auth.localhost"));
    return respond.respond(DescribeUserPoolDomainResponse.builder().domainDescription(d.build()), DescribeUserPoolDomainResponse.class);
  }

  UpdateUserPoolDomainResponse updateUserPoolDomain(UpdateUserPoolDomainRequest r) {
    run.run(ConfigurationMembers.check("UpdateUserPoolDomain", r, r).flatMap(q -> config.updateUserPoolDomain(r.userPoolId(), r.domain())));
    return respond.respond(UpdateUserPoolDomainResponse.builder().managedLoginVersion(r.managedLoginVersion()),
        UpdateUserPoolDomainResponse.class);
  }

  DeleteUserPoolDomainResponse deleteUserPoolDomain(DeleteUserPoolDomainRequest r) {
    run.run(config.deleteUserPoolDomain(r.userPoolId(), r.domain()));
    return respond.respond(DeleteUserPoolDomainResponse.builder(), DeleteUserPoolDomainResponse.class);
  }

  // -- resource servers

  CreateResourceServerResponse createResourceServer(CreateResourceServerRequest r) {
    ResourceServer s = run.run(config.createResourceServer(r.userPoolId(), r.identifier(), r.name(), scopes(r.hasScopes(), r.scopes())));
    return respond.respond(CreateResourceServerResponse.builder().resourceServer(server(r.userPoolId(), s)),
        CreateResourceServerResponse.class);
  }

  DescribeResourceServerResponse describeResourceServer(DescribeResourceServerRequest r) {
    ResourceServer s = run.run(config.describeResourceServer(r.userPoolId(), r.identifier()));
    return respond.respond(DescribeResourceServerResponse.builder().resourceServer(server(r.userPoolId(), s)),
        DescribeResourceServerResponse.class);
  }

  ListResourceServersResponse listResourceServers(ListResourceServersRequest r) {
    Seq<ResourceServer> all = run.run(config.listResourceServers(r.userPoolId()));
    return respond.respond(ListResourceServersResponse.builder().resourceServers(all.map(s -> server(r.userPoolId(), s)).toJavaList()),
        ListResourceServersResponse.class);
  }

  UpdateResourceServerResponse updateResourceServer(UpdateResourceServerRequest r) {
    ResourceServer s = run.run(config.updateResourceServer(r.userPoolId(), r.identifier(), r.name(), scopes(r.hasScopes(), r.scopes())));
    return respond.respond(UpdateResourceServerResponse.builder().resourceServer(server(r.userPoolId(), s)),
        UpdateResourceServerResponse.class);
  }

  DeleteResourceServerResponse deleteResourceServer(DeleteResourceServerRequest r) {
    run.run(config.deleteResourceServer(r.userPoolId(), r.identifier()));
    return respond.respond(DeleteResourceServerResponse.builder(), DeleteResourceServerResponse.class);
  }

  private static ResourceServerType server(String poolId, ResourceServer s) {
    return ResourceServerType.builder().userPoolId(poolId).identifier(s.identifier()).name(s.name())
        .scopes(s.scopes().map(c -> ResourceServerScopeType.builder().scopeName(c.scopeName()).scopeDescription(c.scopeDescription())
            .build()).toJavaList())
        .build();
  }

  private static Seq<Tuple2<String, String>> scopes(boolean has, Collection<ResourceServerScopeType> scopes) {
    return has ? List.ofAll(scopes).map(s -> Tuple.of(s.scopeName(), s.scopeDescription())) : List.empty();
  }

  private static Seq<String> list(boolean has, Collection<String> values) {
    return has ? List.ofAll(values) : null;
  }
}
