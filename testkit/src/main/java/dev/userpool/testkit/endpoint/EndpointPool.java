package dev.userpool.testkit.endpoint;

import dev.userpool.testkit.TestPool;
import java.net.URI;
import java.util.Objects;

/**
 * What a {@link CognitoEndpointTest} gives its tests: where the local endpoint listens and which pool and
 * app client to use there, plus the pool's fixtures to put users in it.
 *
 * @param uri the endpoint's URL, e.g. {@code http://127.0.0.1:53127}: the SDKs' endpoint override, the
 *     CLI's {@code --endpoint-url}
 * @param pool the pool the endpoint serves, for fixtures ({@code pool.user("jane")...}), its clock and mailbox
 */
public record EndpointPool(URI uri, TestPool pool) {

  /**
   * The endpoint's URL with the pool it serves.
   *
   * @throws NullPointerException if an argument is null
   */
  public EndpointPool {
    Objects.requireNonNull(uri, "uri is null");
    Objects.requireNonNull(pool, "pool is null");
  }

  /** The pool's id, e.g. {@code us-east-1_te9dXtI5c}: the {@code UserPoolId} of requests. */
  public String userPoolId() {
    return pool.id().value();
  }

  /** The app client's id: the {@code ClientId} of sign-in requests. */
  public String clientId() {
    return pool.clientId().value();
  }
}
