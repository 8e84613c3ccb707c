package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.OAuthConfigRefused;
import dev.userpool.error.Operation;
import dev.userpool.oauth.OAuthConfiguration;
import dev.userpool.oauth.OAuthConfiguration.ClientMembers;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.OAuthSettings;
import dev.userpool.pool.ResourceServer;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The OAuth configuration operations: CreateUserPoolDomain, DescribeUserPoolDomain, UpdateUserPoolDomain,
 * DeleteUserPoolDomain, the five resource server operations, and the app client's OAuth members on
 * CreateUserPoolClient and UpdateUserPoolClient. Each checks the pool id's shape, then the pool, then
 * {@link OAuthConfiguration}'s decision, and writes the pool through the user pool service's write engine.
 */
public final class OAuthConfigOperations {

  private final UserPoolService service;
  private final UserPools pools;
  private final Guard guard;

  /**
   * The operations over {@code service}'s pools.
   *
   * @throws NullPointerException if an argument is null
   */
  public OAuthConfigOperations(UserPoolService service, UserPools pools, RateLimits rateLimits) {
    this.service = Objects.requireNonNull(service, "service is null");
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  // -- domains

  /** CreateUserPoolDomain: the prefix domain, now the pool's. */
  public Either<CognitoError, String> createUserPoolDomain(String userPoolId, String domain, boolean customDomainConfig) {
    return guard.run(Operation.CREATE_USER_POOL_DOMAIN, () -> poolId(userPoolId, OAuthConfiguration.DOMAIN.check(domain))
        .flatMap(id -> customDomainConfig
            ? Either.left(OAuthConfigRefused.of(OAuthConfigRefused.Kind.CUSTOM_DOMAIN_UNSUPPORTED))
            : service.engine().updatePool(id, pool -> OAuthConfiguration.createDomain(pool, domain, holder(domain))))
        .map(pool -> domain));
  }

  /** DescribeUserPoolDomain: the pool that has {@code domain}; none (an empty description) when no pool has it. */
  public Either<CognitoError, Option<UserPool>> describeUserPoolDomain(String domain) {
    return guard.run(Operation.DESCRIBE_USER_POOL_DOMAIN, () -> {
      Seq<ParameterViolation> problems = OAuthConfiguration.DOMAIN.check(domain);
      return problems.isEmpty() ? Either.right(holder(domain)) : Either.left(new CognitoError.RequestInvalid(problems));
    });
  }

  /** UpdateUserPoolDomain: nothing of a prefix domain changes here; refused when the pool does not have it. */
  public Either<CognitoError, String> updateUserPoolDomain(String userPoolId, String domain) {
    return guard.run(Operation.UPDATE_USER_POOL_DOMAIN, () -> poolId(userPoolId, OAuthConfiguration.DOMAIN.check(domain))
        .flatMap(service.engine()::pool)
        .flatMap(pool -> pool.domain().contains(domain)
            ? Either.<CognitoError, String>right(domain)
            : OAuthConfiguration.deleteDomain(pool, domain).map(p -> domain)));
  }

  /** DeleteUserPoolDomain. */
  public Either<CognitoError, String> deleteUserPoolDomain(String userPoolId, String domain) {
    return guard.run(Operation.DELETE_USER_POOL_DOMAIN, () -> poolId(userPoolId, OAuthConfiguration.DOMAIN.check(domain))
        .flatMap(id -> service.engine().updatePool(id, pool -> OAuthConfiguration.deleteDomain(pool, domain)))
        .map(pool -> domain));
  }

  private Option<UserPool> holder(String domain) {
    return pools.list().find(p -> p.domain().contains(domain));
  }

  // -- resource servers

  /** CreateResourceServer. */
  public Either<CognitoError, ResourceServer> createResourceServer(String userPoolId, String identifier, String name,
      Seq<Tuple2<String, String>> scopes) {
    return guard.run(Operation.CREATE_RESOURCE_SERVER, () -> server(userPoolId, identifier, name, scopes)
        .flatMap(t -> service.engine().updatePool(t._1, pool -> OAuthConfiguration.create(pool, t._2)).map(pool -> t._2)));
  }

  /** UpdateResourceServer: name and scopes replaced. */
  public Either<CognitoError, ResourceServer> updateResourceServer(String userPoolId, String identifier, String name,
      Seq<Tuple2<String, String>> scopes) {
    return guard.run(Operation.UPDATE_RESOURCE_SERVER, () -> server(userPoolId, identifier, name, scopes)
        .flatMap(t -> service.engine().updatePool(t._1, pool -> OAuthConfiguration.update(pool, t._2)).map(pool -> t._2)));
  }

  /** DescribeResourceServer. */
  public Either<CognitoError, ResourceServer> describeResourceServer(String userPoolId, String identifier) {
    return guard.run(Operation.DESCRIBE_RESOURCE_SERVER, () -> poolId(userPoolId, OAuthConfiguration.IDENTIFIER.check(identifier))
        .flatMap(service.engine()::pool).flatMap(pool -> OAuthConfiguration.find(pool, identifier)));
  }

  /** ListResourceServers: every resource server of the pool, in creation order. */
  public Either<CognitoError, Seq<ResourceServer>> listResourceServers(String userPoolId) {
    return guard.run(Operation.LIST_RESOURCE_SERVERS, () -> poolId(userPoolId, List.empty())
        .flatMap(service.engine()::pool).map(pool -> pool.resourceServers().values().toList()));
  }

  /** DeleteResourceServer. */
  public Either<CognitoError, String> deleteResourceServer(String userPoolId, String identifier) {
    return guard.run(Operation.DELETE_RESOURCE_SERVER, () -> poolId(userPoolId, OAuthConfiguration.IDENTIFIER.check(identifier))
        .flatMap(id -> service.engine().updatePool(id, pool -> OAuthConfiguration.delete(pool, identifier))).map(pool -> identifier));
  }

  private Either<CognitoError, Tuple2<UserPoolId, ResourceServer>> server(String userPoolId, String identifier, String name,
      Seq<Tuple2<String, String>> scopes) {
    return poolId(userPoolId, List.empty())
        .flatMap(id -> OAuthConfiguration.resourceServer(identifier, name, scopes).map(s -> Tuple.of(id, s)));
  }

  // -- the app client's OAuth members

  /**
   * CreateUserPoolClient with its OAuth members: the members are checked against the pool (its resource servers) and
   * the secret the request asks for before the client is created, then set on the new client.
   */
  public Either<CognitoError, AppClient> createUserPoolClient(Requests.CreateUserPoolClient r, ClientMembers oauth) {
    Either<CognitoError, OAuthSettings> settings = settingsFor(r.userPoolId(), oauth, Boolean.TRUE.equals(r.generateSecret()));
    if (settings.isLeft() && !(settings.getLeft() instanceof CognitoError.ResourceNotFound)) {
      return guard.run(Operation.CREATE_USER_POOL_CLIENT, () -> Either.left(settings.getLeft()));
    }
    return service.poolConfiguration().createUserPoolClient(r).flatMap(client -> settings.isLeft()
        ? Either.right(client)
        : withOauth(r.userPoolId(),
            client.clientId(), settings.get()));
  }

  /**
   * UpdateUserPoolClient with its OAuth members: members left out go back to no OAuth, as the other members go back to
   * their defaults; the client's secret decides whether {@code client_credentials} may be kept.
   */
  public Either<CognitoError, AppClient> updateUserPoolClient(Requests.UpdateUserPoolClient r, ClientMembers oauth) {
    boolean hasSecret = UserPoolId.MEMBER.accepts(r.userPoolId()) && ClientId.MEMBER.accepts(r.clientId())
        && pools.find(new UserPoolId(r.userPoolId())).flatMap(p -> p.client(new ClientId(r.clientId())))
            .exists(c -> c.clientSecret().isDefined());
    Either<CognitoError, OAuthSettings> settings = settingsFor(r.userPoolId(), oauth, hasSecret);
    if (settings.isLeft() && !(settings.getLeft() instanceof CognitoError.ResourceNotFound)) {
      return guard.run(Operation.UPDATE_USER_POOL_CLIENT, () -> Either.left(settings.getLeft()));
    }
    return service.poolConfiguration().updateUserPoolClient(r).flatMap(client -> settings.isLeft()
        ? Either.right(client)
        : withOauth(r.userPoolId(),
            client.clientId(), settings.get()));
  }

  private Either<CognitoError, OAuthSettings> settingsFor(String userPoolId, ClientMembers oauth, boolean hasSecret) {
    if (!UserPoolId.MEMBER.accepts(userPoolId)) {
      return Either.left(new CognitoError.ResourceNotFound(CognitoError.ResourceNotFound.Kind.USER_POOL, String.valueOf(userPoolId)));
    }
    return service.engine().pool(new UserPoolId(userPoolId))
        .flatMap(pool -> OAuthConfiguration.clientSettings(oauth, hasSecret, pool.resourceServers()));
  }

  private Either<CognitoError, AppClient> withOauth(String userPoolId, ClientId clientId, OAuthSettings settings) {
    return service.engine().updatePool(new UserPoolId(userPoolId), pool -> pool.client(clientId)
        .toEither(() -> (CognitoError) new CognitoError.ResourceNotFound(CognitoError.ResourceNotFound.Kind.USER_POOL_CLIENT,
            clientId.value()))
        .map(client -> pool.withClients(pool.clients().put(clientId, client.withOauth(settings)))))
        .map(pool -> pool.client(clientId).get());
  }

  private static Either<CognitoError, UserPoolId> poolId(String userPoolId, Seq<ParameterViolation> others) {
    Seq<ParameterViolation> problems = UserPoolId.MEMBER.check(userPoolId).appendAll(others);
    return problems.isEmpty() ? Either.right(new UserPoolId(userPoolId)) : Either.left(new CognitoError.RequestInvalid(problems));
  }

  @Override
  public String toString() {
    return "OAuthConfigOperations";
  }
}
