package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.ResourceNotFound;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.UserPools;
import dev.userpool.user.Username;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How the services find the pool and app client a request names (by client id, or by pool and client id
 * for the admin operations) and check its SECRET_HASH; shared by {@link PoolConfigurationService},
 * {@link SignUpService} and {@link SignInService}.
 */
final class ClientLookups {

  private final UserPools pools;
  private final WriteEngine engine;

  ClientLookups(UserPools pools, WriteEngine engine) {
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.engine = Objects.requireNonNull(engine, "engine is null");
  }

  static Either<CognitoError, AppClient> client(UserPool pool, ClientId id) {
    return pool.client(id).toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, id.value()));
  }

  Either<CognitoError, Tuple2<UserPool, AppClient>> poolOfClient(ClientId id) {
    return pools.findByClient(id)
        .flatMap(pool -> pool.client(id).map(client -> Tuple.of(pool, client)))
        .toEither(() -> new ResourceNotFound(ResourceNotFound.Kind.USER_POOL_CLIENT, id.value()));
  }

  /** The pool and client, when the request's SECRET_HASH is right for {@code username} (or the client has no secret). */
  static Either<CognitoError, Tuple2<UserPool, AppClient>> secretHash(Tuple2<UserPool, AppClient> pc, Username username,
      Option<String> secretHash) {
    return pc._2.checkSecretHash(username.value(), secretHash).<Either<CognitoError, Tuple2<UserPool, AppClient>>>map(Either::left)
        .getOrElse(Either.right(pc));
  }

  /** The pool and client an admin command names, or the pool of a client. */
  Either<CognitoError, Tuple2<UserPool, AppClient>> poolAndClient(Option<UserPoolId> poolId, ClientId clientId) {
    return poolId.isEmpty()
        ? poolOfClient(clientId)
        : engine.pool(poolId.get()).flatMap(pool -> client(pool, clientId).map(client -> Tuple.of(pool, client)));
  }
}
