package dev.userpool.testkit.endpoint;

import dev.userpool.pool.ResourceServer;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.token.WellKnown;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The endpoint's GET routes of a pool's published documents (JWKS, OpenID discovery). */
final class WellKnownRoutes {

  private WellKnownRoutes() {}

  /**
   * The document a local endpoint at {@code baseUrl} serves for a GET of {@code path}: the JWKS for
   * {@code /<poolId>/.well-known/jwks.json} and the discovery document for
   * {@code /<poolId>/.well-known/openid-configuration}, when {@code cognito} has that pool; empty for any
   * other path. The discovery document's {@code jwks_uri} is the endpoint's own URL of the keys, whichever
   * issuer the tokens carry.
   */
  static Optional<String> answer(String path, InProcessCognito cognito, String baseUrl) {
    Objects.requireNonNull(cognito, "cognito is null");
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    for (String suffix : List.of(WellKnown.JWKS_PATH, WellKnown.DISCOVERY_PATH)) {
      if (path != null && path.startsWith("/") && path.endsWith(suffix) && path.length() > suffix.length() + 1) {
        String rawPool = path.substring(1, path.length() - suffix.length());
        if (!UserPoolId.MEMBER.accepts(rawPool) || cognito.store().find(new UserPoolId(rawPool)).isEmpty()) {
          return Optional.empty();
        }
        UserPoolId pool = new UserPoolId(rawPool);
        return Optional.of(suffix.equals(WellKnown.JWKS_PATH)
            ? cognito.jwks()
            : WellKnown.openidConfiguration(cognito.issuer(pool), base + "/" + pool.value() + WellKnown.JWKS_PATH, base,
                cognito.store().find(pool).map(p -> p.resourceServers().values().flatMap(ResourceServer::qualifiedScopes).toJavaList())
                    .getOrElse(List.of())));
      }
    }
    return Optional.empty();
  }
}
