package dev.userpool.oauth;

import dev.userpool.oauth.OAuthError.Kind;
import dev.userpool.pool.OAuthSettings;
import dev.userpool.pool.ResourceServer;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Which scopes a token gets. The scopes a client may have are its {@code AllowedOAuthScopes} that still exist (a
 * standard scope, or a scope of a resource server of the pool); a request that names scopes gets exactly those, and
 * {@code invalid_scope} if one is not among them; a request that names none gets all of them. Client credentials
 * tokens carry only resource servers' scopes (AWS developer guide, "Scopes, M2M, and resource servers"), and
 * {@code invalid_scope} when there are none to give. So a token's scopes are always a subset of the client's allowed
 * scopes, and of the request's when it names any ({@code ScopesProperties}).
 */
public final class Scopes {

  private Scopes() {}

  /** The scopes of a {@code scope} parameter: space-separated, empty items dropped, each once, in order. */
  public static Seq<String> parse(String scope) {
    Objects.requireNonNull(scope, "scope is null");
    return LinkedHashSet.of(scope.split(" ")).filter(s -> !s.isEmpty()).toList();
  }

  /** The scopes as a {@code scope} claim or parameter: space-separated. */
  public static String render(Seq<String> scopes) {
    return scopes.mkString(" ");
  }

  /** Whether {@code scope} is a scope of one of {@code servers}: {@code <identifier>/<scope name>}. */
  public static boolean isCustom(String scope, Map<String, ResourceServer> servers) {
    return servers.values().exists(s -> s.qualifiedScopes().contains(scope));
  }

  /** The client's allowed scopes that still exist, in the client's order. */
  public static Seq<String> available(OAuthSettings client, Map<String, ResourceServer> servers) {
    return client.allowedOAuthScopes().filter(s -> StandardScope.of(s).isDefined() || isCustom(s, servers));
  }

  /**
   * The scopes of a token for a user (authorize endpoint): {@code requested} when every one is available to the
   * client, all available scopes when none is requested.
   */
  public static Either<OAuthError, Seq<String>> forUser(Option<Seq<String>> requested, OAuthSettings client,
      Map<String, ResourceServer> servers) {
    return choose(requested, available(client, servers));
  }

  /**
   * The scopes of a client credentials token: as {@link #forUser} over the client's resource-server scopes only, and
   * {@code invalid_scope} when that leaves none.
   */
  public static Either<OAuthError, Seq<String>> forClient(Option<Seq<String>> requested, OAuthSettings client,
      Map<String, ResourceServer> servers) {
    Seq<String> custom = available(client, servers).filter(s -> isCustom(s, servers));
    return choose(requested, custom).filterOrElse(s -> !s.isEmpty(), s -> OAuthError.of(Kind.INVALID_SCOPE));
  }

  private static Either<OAuthError, Seq<String>> choose(Option<Seq<String>> requested, Seq<String> available) {
    Objects.requireNonNull(requested, "requested is null");
    Seq<String> asked = requested.getOrElse(List.empty()).distinct();
    if (asked.isEmpty()) {
      return Either.right(available);
    }
    Set<String> allowed = LinkedHashSet.ofAll(available);
    return asked.forAll(allowed::contains) ? Either.right(asked) : Either.left(OAuthError.of(Kind.INVALID_SCOPE));
  }
}
