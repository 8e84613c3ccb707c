package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.ResourceNotFound;
import dev.userpool.error.Operation;
import dev.userpool.error.PoolOptionRefused;
import dev.userpool.password.Randomness;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.DeletionProtection;
import dev.userpool.pool.ClientSecret;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.UserPools;
import dev.userpool.schema.ClientAttributes;
import dev.userpool.schema.Schema;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The configuration of pools and app clients: CreateUserPool, DescribeUserPool, UpdateUserPool,
 * DeleteUserPool, ListUserPools, and CreateUserPoolClient, DescribeUserPoolClient, UpdateUserPoolClient,
 * DeleteUserPoolClient, ListUserPoolClients. Each parses the request into a typed command ({@link Commands}),
 * lets the domain decide, and writes the pool through the write engine it shares with
 * {@link UserPoolService} (conditional save, retried on a conflict), inside the same {@link Guard}.
 * Reached through {@link UserPoolService#poolConfiguration()}.
 */
public final class PoolConfigurationService {

  private final UserPools pools;
  private final Randomness randomness;
  private final Clock clock;
  private final String region;
  private final Guard guard;
  private final WriteEngine engine;

  PoolConfigurationService(UserPools pools, Randomness randomness, Clock clock, String region, Guard guard, WriteEngine engine) {
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.randomness = Objects.requireNonNull(randomness, "randomness is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.region = Objects.requireNonNull(region, "region is null");
    this.guard = Objects.requireNonNull(guard, "guard is null");
    this.engine = Objects.requireNonNull(engine, "engine is null");
  }

  /** CreateUserPool. */
  public Either<CognitoError, UserPool> createUserPool(Requests.CreateUserPool r) {
    return guard.run(Operation.CREATE_USER_POOL, () -> Commands.parse(r).flatMap(this::run));
  }

  /** CreateUserPool, parsed. */
  public Either<CognitoError, UserPool> createUserPool(Commands.CreateUserPool c) {
    return guard.run(Operation.CREATE_USER_POOL, () -> run(c));
  }

  /**
   * CreateUserPool with an id chosen by the caller (a configuration that names fixed ids), checked as
   * any other; an id already used is {@code InvalidParameterException} (the library's wording).
   */
  public Either<CognitoError, UserPool> createUserPool(Commands.CreateUserPool c, UserPoolId id) {
    Objects.requireNonNull(id, "id is null");
    return guard.run(Operation.CREATE_USER_POOL, () -> create(c, () -> id, 1)
        .mapLeft(e -> e instanceof CognitoError.InternalError
            ? new CognitoError.InvalidParameter(CognitoError.InvalidParameter.Reason.USER_POOL_EXISTS, id.value())
            : e));
  }

  private Either<CognitoError, UserPool> run(Commands.CreateUserPool c) {
    return create(c, () -> UserPoolId.generate(region, randomness), UserPoolService.MAX_ATTEMPTS);
  }

  private Either<CognitoError, UserPool> create(Commands.CreateUserPool c, Supplier<UserPoolId> ids, int attempts) {
    return PoolSettings.tierAllows(c.tier(), c.passwordPolicy())
        .flatMap(ok -> PoolSettings.verifiedBeforeUpdate(HashSet.ofAll(c.attributesRequireVerificationBeforeUpdate()),
            c.autoVerifiedAttributes()))
        .flatMap(beforeUpdate -> Schema.create(c.schema()).flatMap(schema -> {
          Instant now = clock.instant();
          for (int attempt = 0; attempt < attempts; attempt++) {
            UserPool pool = UserPool.builder()
                .id(ids.get())
                .name(c.poolName())
                .passwordPolicy(c.passwordPolicy())
                .tier(c.tier())
                .usernameAttributes(HashSet.ofAll(c.usernameAttributes()))
                .aliasAttributes(HashSet.ofAll(c.aliasAttributes()))
                .autoVerifiedAttributes(HashSet.ofAll(c.autoVerifiedAttributes()))
                .attributesRequireVerificationBeforeUpdate(beforeUpdate)
                .caseSensitivity(c.caseSensitivity())
                .allowAdminCreateUserOnly(c.allowAdminCreateUserOnly())
                .schema(schema)
                .creationDate(now)
                .lastModifiedDate(now)
                .version(1)
                .build();
            if (pools.save(pool).isRight()) {
              return Either.right(pool);
            }
          }
          return Either.left(new CognitoError.InternalError());
        }));
  }

  /** DescribeUserPool. */
  public Either<CognitoError, Results.PoolDescription> describeUserPool(Requests.DescribeUserPool r) {
    return guard.run(Operation.DESCRIBE_USER_POOL, () -> Commands.parse(r).flatMap(this::describe));
  }

  /** DescribeUserPool, parsed. */
  public Either<CognitoError, Results.PoolDescription> describeUserPool(UserPoolId id) {
    return guard.run(Operation.DESCRIBE_USER_POOL, () -> describe(id));
  }

  private Either<CognitoError, Results.PoolDescription> describe(UserPoolId id) {
    return engine.pool(id).map(pool -> new Results.PoolDescription(pool, pools.users(pool.id()).count()));
  }

  /** UpdateUserPool: the policy (absent means the default policy, as in Cognito) and the tier (absent keeps it). */
  public Either<CognitoError, UserPool> updateUserPool(Requests.UpdateUserPool r) {
    return guard.run(Operation.UPDATE_USER_POOL, () -> Commands.parse(r).flatMap(this::run));
  }

  /** UpdateUserPool, parsed. */
  public Either<CognitoError, UserPool> updateUserPool(Commands.UpdateUserPool c) {
    return guard.run(Operation.UPDATE_USER_POOL, () -> run(c));
  }

  private Either<CognitoError, UserPool> run(Commands.UpdateUserPool c) {
    return engine.updatePool(c.userPoolId(), pool -> {
      Tier tier = c.tier().getOrElse(pool.tier());
      return PoolSettings.tierAllows(tier, c.passwordPolicy())
          .flatMap(
              allowed -> PoolSettings.verifiedBeforeUpdate(HashSet.ofAll(c.attributesRequireVerificationBeforeUpdate()),
                  pool.autoVerifiedAttributes()))
          .map(beforeUpdate -> pool.withPasswordPolicy(c.passwordPolicy()).withTier(tier)
              .withAttributesRequireVerificationBeforeUpdate(beforeUpdate).withAllowAdminCreateUserOnly(c.allowAdminCreateUserOnly()));
    });
  }

  /** DeleteUserPool: the pool and all its users. */
  public Either<CognitoError, UserPoolId> deleteUserPool(Requests.DeleteUserPool r) {
    return guard.run(Operation.DELETE_USER_POOL, () -> Commands.parse(r).flatMap(this::delete));
  }

  /** DeleteUserPool, parsed. */
  public Either<CognitoError, UserPoolId> deleteUserPool(UserPoolId id) {
    return guard.run(Operation.DELETE_USER_POOL, () -> delete(id));
  }

  private Either<CognitoError, UserPoolId> delete(UserPoolId id) {
    if (pools.find(id).exists(pool -> pool.deletionProtection() == DeletionProtection.ACTIVE)) {
      return Either.left(new PoolOptionRefused(PoolOptionRefused.Reason.DELETION_PROTECTED));
    }
    return pools.delete(id) ? Either.right(id) : Either.left(new ResourceNotFound(ResourceNotFound.Kind.USER_POOL, id.value()));
  }

  /** CreateUserPoolClient; with GenerateSecret the client gets a secret, drawn through the Randomness port. */
  public Either<CognitoError, AppClient> createUserPoolClient(Requests.CreateUserPoolClient r) {
    return guard.run(Operation.CREATE_USER_POOL_CLIENT, () -> Commands.parse(r).flatMap(this::run));
  }

  /** CreateUserPoolClient, parsed. */
  public Either<CognitoError, AppClient> createUserPoolClient(Commands.CreateUserPoolClient c) {
    return guard.run(Operation.CREATE_USER_POOL_CLIENT, () -> run(c));
  }

  /**
   * CreateUserPoolClient with an id chosen by the caller (a configuration that names fixed ids), checked
   * as any other; an id any pool already uses is {@code InvalidParameterException} (the library's wording).
   */
  public Either<CognitoError, AppClient> createUserPoolClient(Commands.CreateUserPoolClient c, ClientId id) {
    Objects.requireNonNull(id, "id is null");
    return guard.run(Operation.CREATE_USER_POOL_CLIENT, () -> pools.findByClient(id).isDefined()
        ? Either.left(new CognitoError.InvalidParameter(CognitoError.InvalidParameter.Reason.USER_POOL_CLIENT_EXISTS, id.value()))
        : create(c, id));
  }

  private Either<CognitoError, AppClient> run(Commands.CreateUserPoolClient c) {
    return create(c, ClientId.generate(randomness));
  }

  private Either<CognitoError, AppClient> create(Commands.CreateUserPoolClient c, ClientId id) {
    AppClient client = AppClient.builder()
        .clientSecret(c.generateSecret() ? Option.some(ClientSecret.generate(randomness)) : Option.none())
        .clientId(id)
        .clientName(c.clientName())
        .explicitAuthFlows(HashSet.ofAll(c.explicitAuthFlows()))
        .preventUserExistenceErrors(c.preventUserExistenceErrors())
        .authSessionValidity(c.authSessionValidity())
        .tokenValidity(c.tokenValidity())
        .readAttributes(c.readAttributes())
        .writeAttributes(c.writeAttributes())
        .build();
    return engine.updatePool(c.userPoolId(), pool -> AttributeWrites.clientSettings(pool, client, ClientAttributes.Change.CREATE)
        .map(ok -> pool.withClients(pool.clients().put(client.clientId(), client)))).map(pool -> client);
  }

  /** DescribeUserPoolClient. */
  public Either<CognitoError, AppClient> describeUserPoolClient(Requests.DescribeUserPoolClient r) {
    return guard.run(Operation.DESCRIBE_USER_POOL_CLIENT, () -> Commands.parse(r).flatMap(this::describe));
  }

  /** DescribeUserPoolClient, parsed. */
  public Either<CognitoError, AppClient> describeUserPoolClient(Commands.PoolClient c) {
    return guard.run(Operation.DESCRIBE_USER_POOL_CLIENT, () -> describe(c));
  }

  private Either<CognitoError, AppClient> describe(Commands.PoolClient c) {
    return engine.pool(c.userPoolId()).flatMap(pool -> ClientLookups.client(pool, c.clientId()));
  }

  /** ListUserPools: the pools ordered by id, {@code maxResults} at a time. */
  public Either<CognitoError, Results.PoolPage> listUserPools(Requests.ListUserPools r) {
    return guard.run(Operation.LIST_USER_POOLS, () -> Commands.parse(r).map(this::run));
  }

  /** ListUserPools, parsed. */
  public Either<CognitoError, Results.PoolPage> listUserPools(Commands.ListUserPools c) {
    return guard.run(Operation.LIST_USER_POOLS, () -> Either.right(run(c)));
  }

  private Results.PoolPage run(Commands.ListUserPools c) {
    Seq<UserPool> after = pools.list().sortBy(p -> p.id().value())
        .dropWhile(p -> c.after().exists(last -> p.id().value().compareTo(last.value()) <= 0));
    Seq<UserPool> page = after.take(c.maxResults());
    return new Results.PoolPage(page,
        after.size() > c.maxResults() ? Option.some(PageToken.encode(page.last().id().value())) : Option.none());
  }

  /** ListUserPoolClients: the pool's app clients ordered by id, {@code maxResults} at a time. */
  public Either<CognitoError, Results.ClientPage> listUserPoolClients(Requests.ListUserPoolClients r) {
    return guard.run(Operation.LIST_USER_POOL_CLIENTS, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ListUserPoolClients, parsed. */
  public Either<CognitoError, Results.ClientPage> listUserPoolClients(Commands.ListUserPoolClients c) {
    return guard.run(Operation.LIST_USER_POOL_CLIENTS, () -> run(c));
  }

  private Either<CognitoError, Results.ClientPage> run(Commands.ListUserPoolClients c) {
    return engine.pool(c.userPoolId()).flatMap(pool -> c.after().map(last -> {
      Seq<AppClient> after = pool.clients().values().toList().sortBy(a -> a.clientId().value())
          .dropWhile(a -> last.exists(l -> a.clientId().value().compareTo(l.value()) <= 0));
      Seq<AppClient> page = after.take(c.maxResults());
      return new Results.ClientPage(page,
          after.size() > c.maxResults() ? Option.some(PageToken.encode(page.last().clientId().value())) : Option.none());
    }));
  }

  /**
   * UpdateUserPoolClient: the members given replace the client's settings and the members left out go
   * back to their defaults, as in Cognito; the id (and a secret) stay.
   */
  public Either<CognitoError, AppClient> updateUserPoolClient(Requests.UpdateUserPoolClient r) {
    return guard.run(Operation.UPDATE_USER_POOL_CLIENT, () -> Commands.parse(r).flatMap(this::run));
  }

  /** UpdateUserPoolClient, parsed. */
  public Either<CognitoError, AppClient> updateUserPoolClient(Commands.UpdateUserPoolClient c) {
    return guard.run(Operation.UPDATE_USER_POOL_CLIENT, () -> run(c));
  }

  private Either<CognitoError, AppClient> run(Commands.UpdateUserPoolClient c) {
    return engine.updatePool(c.userPoolId(), pool -> ClientLookups.client(pool, c.clientId()).map(current -> current.update(c.clientName(),
        c.explicitAuthFlows(), c.preventUserExistenceErrors(), c.authSessionValidity(), c.tokenValidity())
        .withAttributes(c.readAttributes(), c.writeAttributes()))
        .flatMap(next -> AttributeWrites.clientSettings(pool, next, ClientAttributes.Change.UPDATE))
        .map(next -> pool.withClients(pool.clients().put(c.clientId(), next))))
        .map(pool -> pool.client(c.clientId()).get());
  }

  /** DeleteUserPoolClient. */
  public Either<CognitoError, ClientId> deleteUserPoolClient(Requests.DeleteUserPoolClient r) {
    return guard.run(Operation.DELETE_USER_POOL_CLIENT, () -> Commands.parse(r).flatMap(this::delete));
  }

  /** DeleteUserPoolClient, parsed. */
  public Either<CognitoError, ClientId> deleteUserPoolClient(Commands.PoolClient c) {
    return guard.run(Operation.DELETE_USER_POOL_CLIENT, () -> delete(c));
  }

  private Either<CognitoError, ClientId> delete(Commands.PoolClient c) {
    return engine.updatePool(c.userPoolId(), pool -> ClientLookups.client(pool, c.clientId())
        .map(found -> pool.withClients(pool.clients().remove(c.clientId()))))
        .map(pool -> c.clientId());
  }

  @Override
  public String toString() {
    return "PoolConfigurationService";
  }
}
