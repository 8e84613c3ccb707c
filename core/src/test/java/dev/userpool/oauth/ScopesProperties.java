package dev.userpool.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.OAuthSettings;
import dev.userpool.pool.ResourceServer;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScopesProperties {

  private static final List<String> UNIVERSE = List.of("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin",
      "api/read", "api/write", "api/admin", "gone/read", "nonsense");
  private static final Map<String, ResourceServer> SERVERS = LinkedHashMap.of("api", new ResourceServer("api", "API",
      List.of(new ResourceServer.Scope("read", "r"), new ResourceServer.Scope("write", "w"))));

  @Provide
  Arbitrary<Collection<String>> scopeLists() {
    return Arbitraries.of(UNIVERSE.toJavaList()).list().ofMaxSize(6).map(l -> l);
  }

  private static OAuthSettings client(Collection<String> allowed) {
    return OAuthSettings.builder().allowedOAuthScopes(List.ofAll(allowed)).allowedOAuthFlowsUserPoolClient(true).build();
  }

  @Property
  void aUsersTokenScopesAreASubsetOfTheClientsAndOfTheRequests(@ForAll("scopeLists") Collection<String> allowed,
      @ForAll("scopeLists") Collection<String> requested) {
    Option<Seq<String>> asked = requested.isEmpty() ? Option.none() : Option.some(List.ofAll(requested));
    Either<OAuthError, Seq<String>> granted = Scopes.forUser(asked, client(allowed), SERVERS);

    granted.forEach(scopes -> {
      assertThat(scopes.toJavaList()).isSubsetOf(allowed);
      assertThat(scopes.toJavaList()).isSubsetOf(Scopes.available(client(allowed), SERVERS).toJavaList());
      if (!requested.isEmpty()) {
        assertThat(scopes.toJavaList()).isSubsetOf(requested);
      }
    });
    granted.swap().forEach(e -> assertThat(e.kind()).isEqualTo(OAuthError.Kind.INVALID_SCOPE));
  }

  @Property
  void aClientCredentialsTokenCarriesOnlyResourceServerScopesTheClientAndRequestAllow(
      @ForAll("scopeLists") Collection<String> allowed, @ForAll("scopeLists") Collection<String> requested) {
    Option<Seq<String>> asked = requested.isEmpty() ? Option.none() : Option.some(List.ofAll(requested));
    Either<OAuthError, Seq<String>> granted = Scopes.forClient(asked, client(allowed), SERVERS);

    granted.forEach(scopes -> {
      assertThat(scopes.toJavaList()).isNotEmpty().isSubsetOf(allowed).isSubsetOf("api/read", "api/write");
      if (!requested.isEmpty()) {
        assertThat(scopes.toJavaList()).isSubsetOf(requested);
      }
    });
  }

  @Property
  void aRequestForAnAllowedScopeIsGrantedExactly(@ForAll("scopeLists") Collection<String> allowed) {
    Seq<String> available = Scopes.available(client(allowed), SERVERS);

    available.forEach(scope -> assertThat(Scopes.forUser(Option.some(List.of(scope)), client(allowed), SERVERS))
        .isEqualTo(Either.right(List.of(scope))));
  }
}
