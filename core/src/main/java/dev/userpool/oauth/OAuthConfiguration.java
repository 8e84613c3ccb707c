package dev.userpool.oauth;

import dev.userpool.error.CognitoError;
import dev.userpool.error.OAuthConfigRefused;
import dev.userpool.error.OAuthConfigRefused.Kind;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.pool.OAuthFlow;
import dev.userpool.pool.OAuthSettings;
import dev.userpool.pool.ResourceServer;
import dev.userpool.pool.UserPool;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The decisions of the OAuth configuration operations on a pool: resource servers (Create, Update, Delete), the
 * pool's prefix domain (Create, Update, Delete) and the app client's OAuth members. The members' shapes are the API
 * model's ({@code ResourceServerIdentifierType}, {@code ResourceServerScopeNameType}, {@code DomainType},
 * {@code ScopeType}, {@code RedirectUrlType}); each refusal is an {@link OAuthConfigRefused} or the AWS validation
 * message. Every decision returns the pool to save, or the error; nothing changes on an error.
 */
public final class OAuthConfiguration {

  /** {@code Identifier}: 1..256 of {@code [\x21\x23-\x5B\x5D-\x7E]}. */
  public static final StringMember IDENTIFIER = StringMember.plain("identifier").length(1, 256).pattern("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
  /** {@code Name} of a resource server. */
  public static final StringMember NAME = StringMember.plain("name").length(1, 256).pattern("[\\w\\s+=,.@-]+");
  /** {@code ScopeName}: like an identifier, without {@code /}. */
  public static final StringMember SCOPE_NAME = StringMember.plain("scopeName").length(1, 256)
      .pattern("[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+");
  /** {@code ScopeDescription}. */
  public static final StringMember SCOPE_DESCRIPTION = StringMember.plain("scopeDescription").length(1, 256);
  /** {@code Domain}: a prefix of 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen. */
  public static final StringMember DOMAIN = StringMember.plain("domain").length(1, 63).pattern("[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?");
  /** An entry of {@code AllowedOAuthScopes}. */
  public static final StringMember SCOPE = StringMember.plain("allowedOAuthScopes.member").length(1, 256)
      .pattern("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
  /** An entry of {@code CallbackURLs} or {@code LogoutURLs}, or {@code DefaultRedirectURI}. */
  public static final StringMember URL = StringMember.plain("callbackURLs.member").length(1, 1024)
      .pattern("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");

  private OAuthConfiguration() {}

  // -- resource servers

  /**
   * A resource server from CreateResourceServer's or UpdateResourceServer's members: the shapes (each scope a name and
   * a description), then no scope named
   * twice, and at most {@value ResourceServer#MAX_SCOPES} scopes.
   */
  public static Either<CognitoError, ResourceServer> resourceServer(String identifier, String name, Seq<Tuple2<String, String>> scopes) {
    Objects.requireNonNull(scopes, "scopes is null");
    Seq<ParameterViolation> problems = IDENTIFIER.check(identifier).appendAll(NAME.check(name))
        .appendAll(scopes.flatMap(s -> SCOPE_NAME.check(s._1).appendAll(SCOPE_DESCRIPTION.check(s._2))));
    if (scopes.size() > ResourceServer.MAX_SCOPES) {
      problems = problems.append(new ParameterViolation.LengthAbove("scopes", Option.none(), ResourceServer.MAX_SCOPES));
    }
    if (!problems.isEmpty()) {
      return Either.left(new CognitoError.RequestInvalid(problems));
    }
    Option<String> twice = scopes.map(Tuple2::_1).groupBy(n -> n).find(g -> g._2.size() > 1).map(g -> g._1);
    return twice.isDefined()
        ? Either.left(new OAuthConfigRefused(Kind.DUPLICATE_SCOPE, twice.get()))
        : Either.right(new ResourceServer(identifier, name, scopes.map(s -> new ResourceServer.Scope(s._1, s._2))));
  }

  /** CreateResourceServer: refused when the pool has one with that identifier. */
  public static Either<CognitoError, UserPool> create(UserPool pool, ResourceServer server) {
    if (pool.resourceServers().containsKey(server.identifier())) {
      return Either.left(new OAuthConfigRefused(Kind.RESOURCE_SERVER_EXISTS, server.identifier()));
    }
    return Either.right(pool.withResourceServers(pool.resourceServers().put(server.identifier(), server)));
  }

  /** UpdateResourceServer: the server replaced whole (name and scopes); refused when the pool has none with that identifier. */
  public static Either<CognitoError, UserPool> update(UserPool pool, ResourceServer server) {
    return find(pool, server.identifier())
        .map(old -> pool.withResourceServers(pool.resourceServers().put(server.identifier(), server)));
  }

  /** DeleteResourceServer: refused when the pool has none with that identifier. Clients keep naming its scopes; they grant nothing. */
  public static Either<CognitoError, UserPool> delete(UserPool pool, String identifier) {
    return find(pool, identifier).map(old -> pool.withResourceServers(pool.resourceServers().remove(identifier)));
  }

  /** DescribeResourceServer's lookup. */
  public static Either<CognitoError, ResourceServer> find(UserPool pool, String identifier) {
    return pool.resourceServers().get(identifier)
        .toEither(() -> new OAuthConfigRefused(Kind.RESOURCE_SERVER_NOT_FOUND, identifier));
  }

  // -- domains

  /**
   * CreateUserPoolDomain: a prefix domain for a pool without one, that no other pool holds ({@code holder} is the pool
   * that has it now, if any).
   */
  public static Either<CognitoError, UserPool> createDomain(UserPool pool, String domain, Option<UserPool> holder) {
    Seq<ParameterViolation> problems = DOMAIN.check(domain);
    if (!problems.isEmpty()) {
      return Either
          .left(domain.contains(".") ? OAuthConfigRefused.of(Kind.CUSTOM_DOMAIN_UNSUPPORTED) : new CognitoError.RequestInvalid(problems));
    }
    if (holder.exists(h -> !h.id().equals(pool.id()))) {
      return Either.left(OAuthConfigRefused.of(Kind.DOMAIN_TAKEN));
    }
    if (pool.domain().isDefined()) {
      return Either.left(OAuthConfigRefused.of(Kind.POOL_HAS_DOMAIN));
    }
    return Either.right(pool.withDomain(Option.some(domain)));
  }

  /** DeleteUserPoolDomain: refused when the pool does not have that domain. */
  public static Either<CognitoError, UserPool> deleteDomain(UserPool pool, String domain) {
    return pool.domain().contains(domain)
        ? Either.right(pool.withDomain(Option.none()))
        : Either.left(OAuthConfigRefused.of(Kind.DOMAIN_NOT_FOUND));
  }

  // -- the app client's OAuth members

  /**
   * The members as CreateUserPoolClient and UpdateUserPoolClient carry them, null when left out.
   *
   * @param flows {@code AllowedOAuthFlows}
   * @param scopes {@code AllowedOAuthScopes}
   * @param flowsUserPoolClient {@code AllowedOAuthFlowsUserPoolClient}
   * @param callbackUrls {@code CallbackURLs}
   * @param logoutUrls {@code LogoutURLs}
   * @param defaultRedirectUri {@code DefaultRedirectURI}
   * @param identityProviders {@code SupportedIdentityProviders}
   */
  public record ClientMembers(Seq<String> flows, Seq<String> scopes, Boolean flowsUserPoolClient, Seq<String> callbackUrls,
      Seq<String> logoutUrls, String defaultRedirectUri, Seq<String> identityProviders) {

    /** No OAuth member given. */
    public static ClientMembers none() {
      return new ClientMembers(null, null, null, null, null, null, null);
    }
  }

  /**
   * The client's OAuth settings from its members, checked in this order: the shapes (flows from {@code OAuthFlowType},
   * scopes, URLs), the URLs' schemes, DefaultRedirectURI among the callbacks, the identity providers, the scopes'
   * existence in {@code servers}, then the flows: {@code client_credentials} needs a secret and stands alone, and
   * AllowedOAuthFlowsUserPoolClient needs flows; {@code code} and {@code implicit} need a callback URL.
   */
  public static Either<CognitoError, OAuthSettings> clientSettings(ClientMembers m, boolean hasSecret,
      Map<String, ResourceServer> servers) {
    Seq<String> flowNames = orEmpty(m.flows());
    Seq<String> scopes = orEmpty(m.scopes());
    Seq<String> callbacks = orEmpty(m.callbackUrls());
    Seq<String> logouts = orEmpty(m.logoutUrls());
    Seq<ParameterViolation> problems = flowNames.filter(f -> OAuthFlow.ofWireName(f).isEmpty())
        .map(f -> (ParameterViolation) new ParameterViolation.NotInEnum("allowedOAuthFlows.member", f,
            List.of(OAuthFlow.values()).map(OAuthFlow::wireName)))
        .appendAll(scopes.flatMap(SCOPE::check))
        .appendAll(callbacks.flatMap(URL::check))
        .appendAll(logouts.flatMap(u -> URL.named("logoutURLs.member").check(u)))
        .appendAll(URL.named("defaultRedirectURI").checkIfPresent(m.defaultRedirectUri()));
    if (!problems.isEmpty()) {
      return Either.left(new CognitoError.RequestInvalid(problems));
    }
    Option<String> badUrl = callbacks.appendAll(logouts).appendAll(Option.of(m.defaultRedirectUri()))
        .find(u -> !RedirectUris.registrable(u));
    if (badUrl.isDefined()) {
      return Either.left(new OAuthConfigRefused(Kind.INVALID_URL, badUrl.get()));
    }
    if (m.defaultRedirectUri() != null && !callbacks.contains(m.defaultRedirectUri())) {
      return Either.left(OAuthConfigRefused.of(Kind.DEFAULT_REDIRECT_NOT_A_CALLBACK));
    }
    Option<String> provider = orEmpty(m.identityProviders()).find(p -> !p.equals(OAuthSettings.COGNITO));
    if (provider.isDefined()) {
      return Either.left(new OAuthConfigRefused(Kind.UNKNOWN_IDENTITY_PROVIDER, provider.get()));
    }
    Option<String> unknownScope = scopes.find(s -> StandardScope.of(s).isEmpty() && !Scopes.isCustom(s, servers));
    if (unknownScope.isDefined()) {
      return Either.left(new OAuthConfigRefused(Kind.SCOPE_DOES_NOT_EXIST, unknownScope.get()));
    }
    LinkedHashSet<OAuthFlow> flows = LinkedHashSet.ofAll(flowNames.flatMap(OAuthFlow::ofWireName));
    boolean userFlows = flows.contains(OAuthFlow.CODE) || flows.contains(OAuthFlow.IMPLICIT);
    if (flows.contains(OAuthFlow.CLIENT_CREDENTIALS) && !hasSecret) {
      return Either.left(OAuthConfigRefused.of(Kind.CLIENT_CREDENTIALS_WITHOUT_SECRET));
    }
    if (flows.contains(OAuthFlow.CLIENT_CREDENTIALS) && userFlows) {
      return Either.left(OAuthConfigRefused.of(Kind.CLIENT_CREDENTIALS_WITH_USER_FLOWS));
    }
    boolean enabled = Boolean.TRUE.equals(m.flowsUserPoolClient());
    if (enabled && flows.isEmpty()) {
      return Either.left(OAuthConfigRefused.of(Kind.FLOWS_REQUIRED));
    }
    if (enabled && userFlows && callbacks.isEmpty()) {
      return Either.left(OAuthConfigRefused.of(Kind.CALLBACK_URLS_REQUIRED));
    }
    return Either.right(OAuthSettings.builder().allowedOAuthFlows(flows).allowedOAuthScopes(scopes.distinct())
        .allowedOAuthFlowsUserPoolClient(enabled).callbackUrls(callbacks.distinct()).logoutUrls(logouts.distinct())
        .defaultRedirectUri(Option.of(m.defaultRedirectUri())).supportedIdentityProviders(orEmpty(m.identityProviders()).distinct())
        .build());
  }

  private static Seq<String> orEmpty(Seq<String> values) {
    return values == null ? List.empty() : values;
  }
}
