package dev.userpool.testkit.endpoint;

import java.util.Optional;

/**
 * A {@code GET} route of the endpoint beside its {@code POST /} protocol, for example {@code GET /health}
 * or a pool's {@code /<poolId>/.well-known/jwks.json}. The endpoint asks its routes in order, on a
 * worker thread, with the request path (without the query); the first that answers wins, and a path no
 * route answers falls through to the usual {@code 404}/{@code 405}. A route must not repeat anything
 * from the path in an error message, and must not block for long (it holds a worker).
 */
@FunctionalInterface
interface GetRoute {

  /** The answer for {@code path}, or empty if this route does not serve it. */
  Optional<Reply> answer(String path);
}
