package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.TokenFamilies;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Sub;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every adapter of the {@link TokenFamilies} port (the token registry) must pass: a family is
 * found by its origin and by its refresh token and by nothing else; revoking one family leaves the others;
 * revoking a user's families revokes exactly those of that user in that pool; and revocation is permanent,
 * whatever operations follow; pruning forgets exactly the families nothing can use any more
 * ({@link TokenFamily#usableAt}), with their refresh tokens, and keeps every other as it was.
 */
public interface TokenFamiliesContract {

  /** A new, empty registry; called once per try. */
  TokenFamilies subject();

  UserPoolId POOL = new UserPoolId("us-east-1_Contract1");
  UserPoolId OTHER_POOL = new UserPoolId("eu-west-1_Contract2");
  Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** Families of two users in two pools, with distinct origins; each one's refresh token is "rt-" + its origin. */
  @Provide
  default Arbitrary<Seq<TokenFamily>> families() {
    Arbitrary<Sub> subs = Arbitraries.of(new Sub("11111111-1111-4111-8111-111111111111"),
        new Sub("22222222-2222-4222-8222-222222222222"));
    return Arbitraries.integers().between(1, 1_000_000).set().ofMinSize(1).ofMaxSize(8).flatMap(
        origins -> subs.list().ofSize(origins.size()).flatMap(users -> Arbitraries.of(POOL, OTHER_POOL).list().ofSize(origins.size())
            .map(pools -> List.ofAll(origins).zipWithIndex().map(o -> family("o" + o._1, pools.get(o._2), users.get(o._2))))));
  }

  /** Operations on a registry, encoded as numbers: revoke one family, or revoke all of one family's user. */
  @Provide
  default Arbitrary<Seq<Integer>> operations() {
    return Arbitraries.integers().between(0, 15).list().ofMaxSize(10).map(List::ofAll);
  }

  /** Hours after {@link #NOW} at which each family's refresh token expires, and at which the registry is pruned. */
  @Provide
  default Arbitrary<Seq<Integer>> hours() {
    return Arbitraries.integers().between(1, 72).list().ofMinSize(9).ofMaxSize(9).map(List::ofAll);
  }

  private static TokenFamily family(String origin, UserPoolId pool, Sub sub) {
    return TokenFamily.builder().originJti(origin).eventId("e-" + origin).pool(pool).sub(sub)
        .client(new ClientId("client0123456789")).authTime(NOW).refreshExpiresAt(NOW.plusSeconds(3600))
        .scopes(origin.length() % 2 == 0 ? Option.some(List.of("openid", "https://api.example.com/read")) : Option.none()).build();
  }

  /** A family is found by its origin and by its refresh token; other strings find nothing. */
  @Property
  default void familiesAreFoundByOriginAndRefreshToken(@ForAll("families") Seq<TokenFamily> families) {
    TokenFamilies registry = subject();
    families.forEach(f -> registry.issue(f, "rt-" + f.originJti()));

    for (TokenFamily f : families) {
      assertEquals(Option.some(f), registry.find(f.originJti()));
      assertEquals(Option.some(f), registry.findByRefreshToken("rt-" + f.originJti()));
      assertEquals(Option.none(), registry.findByRefreshToken(f.originJti()), "the origin is not a refresh token");
    }
    assertEquals(Option.none(), registry.find("unknown"));
    assertEquals(Option.none(), registry.findByRefreshToken(null));
    assertFalse(registry.revoke("unknown"));
  }

  /** Revoking a user's families revokes exactly that user's in that pool. */
  @Property
  default void revokingAUserRevokesExactlyTheirFamilies(@ForAll("families") Seq<TokenFamily> families) {
    TokenFamilies registry = subject();
    families.forEach(f -> registry.issue(f, "rt-" + f.originJti()));
    TokenFamily target = families.head();

    int revoked = registry.revokeAll(target.pool(), target.sub());

    Seq<TokenFamily> theirs = families.filter(f -> f.pool().equals(target.pool()) && f.sub().equals(target.sub()));
    assertEquals(theirs.size(), revoked);
    for (TokenFamily f : families) {
      assertEquals(theirs.contains(f), registry.find(f.originJti()).get().revoked(), f.originJti());
    }
    assertEquals(0, registry.revokeAll(target.pool(), target.sub()), "a second sign-out revokes nothing new");
  }

  /** Once revoked, a family stays revoked whatever follows; a family never revoked stays valid. */
  @Property
  default void revocationIsPermanent(@ForAll("families") Seq<TokenFamily> families, @ForAll("operations") Seq<Integer> ops) {
    TokenFamilies registry = subject();
    families.forEach(f -> registry.issue(f, "rt-" + f.originJti()));
    Set<String> revoked = new HashSet<>();
    for (int op : ops) {
      TokenFamily f = families.get(op % families.size());
      if (op < 8) {
        assertTrue(registry.revoke(f.originJti()));
        revoked.add(f.originJti());
      } else {
        registry.revokeAll(f.pool(), f.sub());
        families.filter(g -> g.pool().equals(f.pool()) && g.sub().equals(f.sub())).forEach(g -> revoked.add(g.originJti()));
      }
      for (TokenFamily g : families) {
        assertEquals(revoked.contains(g.originJti()), registry.find(g.originJti()).get().revoked(), g.originJti());
        assertEquals(revoked.contains(g.originJti()), registry.findByRefreshToken("rt-" + g.originJti()).get().revoked());
      }
    }
  }

  /** Pruning forgets exactly the unusable families (revoked or not), keeps the others as they were, and forgets once. */
  @Property
  default void pruningForgetsExactlyTheFamiliesNothingCanUse(@ForAll("families") Seq<TokenFamily> issued,
      @ForAll("hours") Seq<Integer> hours) {
    TokenFamilies registry = subject();
    Seq<TokenFamily> families = issued.zipWithIndex()
        .map(f -> TokenFamily.builder().originJti(f._1.originJti()).eventId(f._1.eventId()).pool(f._1.pool()).sub(f._1.sub())
            .client(f._1.client()).authTime(NOW).refreshExpiresAt(NOW.plusSeconds(3600L * hours.get(f._2))).build());
    families.forEach(f -> registry.issue(f, "rt-" + f.originJti()));
    registry.revoke(families.head().originJti());
    Instant at = NOW.plusSeconds(3600L * (hours.last() + 24));

    int pruned = registry.prune(at);

    assertEquals(families.count(f -> !f.usableAt(at)), pruned);
    for (TokenFamily f : families) {
      Option<TokenFamily> expected = f.usableAt(at)
          ? Option.some(f.originJti().equals(families.head().originJti()) ? f.revoke() : f)
          : Option.none();
      assertEquals(expected, registry.find(f.originJti()), f.originJti());
      assertEquals(expected, registry.findByRefreshToken("rt-" + f.originJti()), f.originJti());
    }
    assertEquals(0, registry.prune(at), "a second pruning at the same time forgets nothing");
    TokenFamily last = families.last();
    assertEquals(families.count(f -> f.usableAt(at) && !f.revoked() && f.pool().equals(last.pool()) && f.sub().equals(last.sub())
        && !f.originJti().equals(families.head().originJti())), registry.revokeAll(last.pool(), last.sub()),
        "a sign-out after pruning revokes the kept families only");
  }
}
