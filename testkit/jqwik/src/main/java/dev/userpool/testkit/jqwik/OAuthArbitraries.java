package dev.userpool.testkit.jqwik;

import dev.userpool.pool.AppClient;
import dev.userpool.pool.OAuthFlow;
import dev.userpool.pool.OAuthSettings;
import dev.userpool.pool.ResourceServer;
import dev.userpool.pool.UserPool;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary OAuth configuration: a pool's resource servers and domain, an app client's OAuth settings. */
public final class OAuthArbitraries {

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

  private OAuthArbitraries() {}

  /** Up to two resource servers with up to three scopes each. */
  public static Arbitrary<List<ResourceServer>> anyResourceServers() {
    Arbitrary<ResourceServer.Scope> scope = Combinators.combine(Arbitraries.strings().withChars(LOWER).ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)).as(ResourceServer.Scope::new);
    Arbitrary<ResourceServer> server = Combinators.combine(Arbitraries.strings().withChars(LOWER).ofMinLength(1).ofMaxLength(10),
        scope.list().ofMaxSize(3).uniqueElements(ResourceServer.Scope::scopeName))
        .as((id, scopes) -> new ResourceServer("https://" + id + ".example.com", id, List.ofAll(scopes)));
    return server.list().ofMaxSize(2).uniqueElements(ResourceServer::identifier).map(List::ofAll);
  }

  /** OAuth settings: none, or any flows, scopes, URLs and COGNITO. */
  public static Arbitrary<OAuthSettings> anyOAuthSettings() {
    Arbitrary<OAuthSettings> some = Combinators.combine(Arbitraries.subsetOf(OAuthFlow.values()),
        Arbitraries.subsetOf("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"), Arbitraries.of(true, false),
        Arbitraries.strings().withChars(LOWER).ofMinLength(1).ofMaxLength(8).list().ofMaxSize(2), Arbitraries.of(true, false))
        .as((flows, scopes, enabled, hosts, withDefault) -> {
          List<String> callbacks = List.ofAll(hosts).distinct().map(h -> "https://" + h + ".example.com/cb");
          return OAuthSettings.builder().allowedOAuthFlows(LinkedHashSet.ofAll(flows).toList().sortBy(Enum::ordinal).toLinkedSet())
              .allowedOAuthScopes(List.ofAll(scopes).sorted()).allowedOAuthFlowsUserPoolClient(enabled).callbackUrls(callbacks)
              .logoutUrls(callbacks.map(c -> c + "/bye"))
              .defaultRedirectUri(withDefault ? callbacks.headOption() : Option.none())
              .supportedIdentityProviders(List.of(OAuthSettings.COGNITO)).build();
        });
    return Arbitraries.oneOf(Arbitraries.just(OAuthSettings.none()), some);
  }

  /** {@code pool} with any resource servers, maybe a domain, and any OAuth settings on each client. */
  public static Arbitrary<UserPool> withOAuth(UserPool pool) {
    Arbitrary<List<AppClient>> clients = anyOAuthSettings().list().ofSize(pool.clients().size())
        .map(settings -> pool.clients().values().toList().zipWith(settings, AppClient::withOauth));
    return Combinators.combine(anyResourceServers(), Arbitraries.strings().withChars(LOWER).ofMinLength(1).ofMaxLength(12).optional(),
        clients)
        .as((servers, domain, cs) -> pool.withResourceServers(LinkedHashMap.ofEntries(servers.map(s -> Tuple.of(s.identifier(), s))))
            .withDomain(Option.ofOptional(domain))
            .withClients(LinkedHashMap.ofEntries(cs.map(c -> Tuple.of(c.clientId(), c)))));
  }
}
