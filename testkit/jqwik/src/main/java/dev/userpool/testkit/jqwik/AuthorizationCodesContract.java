package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.oauth.Pkce;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.AuthorizationCodes;
import dev.userpool.user.Sub;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every adapter of the {@link AuthorizationCodes} port must pass: a code issued is taken back exactly as
 * issued, once (a second take finds nothing, and of concurrent takes exactly one finds it), nothing else is taken by its
 * value, and pruning forgets exactly the codes expired at that time.
 */
public interface AuthorizationCodesContract {

  /** A new, empty store; called once per try. */
  AuthorizationCodes subject();

  /** The time the contract's codes are issued around. */
  Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** Codes with distinct values, issued up to ten minutes apart, with or without PKCE and nonce. */
  @Provide
  default Arbitrary<Seq<AuthorizationCode>> codes() {
    return Arbitraries.integers().between(1, 1_000_000).set().ofMinSize(1).ofMaxSize(6)
        .flatMap(values -> Arbitraries.integers().between(0, 600).list().ofSize(values.size())
            .map(seconds -> List.ofAll(values).zip(seconds).map(v -> code("code-" + v._1, NOW.plusSeconds(v._2), v._1 % 2 == 0))));
  }

  /** A code of the contract. */
  static AuthorizationCode code(String value, Instant authTime, boolean withPkce) {
    return AuthorizationCode.builder().code(value).pool(new UserPoolId("us-east-1_Contract1")).client(new ClientId("client1"))
        .sub(new Sub("11111111-1111-4111-8111-111111111111")).redirectUri("https://app.example.com/cb?x=1")
        .scopes(List.of("openid", "email", "https://api.example.com/read"))
        .pkce(withPkce ? Option.some(new Pkce("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.Method.S256)) : Option.none())
        .nonce(withPkce ? Option.some("n0nce") : Option.none()).authTime(authTime).build();
  }

  /** Every code is taken once, exactly as issued; a second take and an unknown value find nothing. */
  @Property
  default void aCodeIsTakenOnceExactlyAsIssued(@ForAll("codes") Seq<AuthorizationCode> codes) {
    AuthorizationCodes store = subject();
    codes.forEach(store::issue);
    assertEquals(Option.none(), store.take("unknown"));
    for (AuthorizationCode c : codes) {
      Option<AuthorizationCode> taken = store.take(c.code());
      assertEquals(Option.some(c), taken);
      assertEquals(c.pkce(), taken.get().pkce());
      assertEquals(c.nonce(), taken.get().nonce());
      assertEquals(Option.none(), store.take(c.code()));
    }
  }

  /** Of concurrent takes of one code, exactly one finds it. */
  @Property(tries = 20)
  default void concurrentTakesOfACodeFindItOnce(@ForAll("codes") Seq<AuthorizationCode> codes) {
    AuthorizationCodes store = subject();
    AuthorizationCode code = codes.head();
    store.issue(code);
    ConcurrentLinkedQueue<AuthorizationCode> found = new ConcurrentLinkedQueue<>();
    ArrayList<CompletableFuture<Void>> takes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      takes.add(CompletableFuture.runAsync(() -> store.take(code.code()).forEach(found::add)));
    }
    takes.forEach(CompletableFuture::join);
    assertEquals(1, found.size());
  }

  /** Pruning at a time forgets exactly the codes expired then; the others are still taken once. */
  @Property
  default void pruningForgetsExactlyTheExpiredCodes(@ForAll("codes") Seq<AuthorizationCode> codes) {
    AuthorizationCodes store = subject();
    codes.forEach(store::issue);
    Instant at = NOW.plus(Duration.ofMinutes(AuthorizationCode.LIFETIME_MINUTES)).plusSeconds(300);
    store.prune(at);
    for (AuthorizationCode c : codes) {
      boolean expired = !at.isBefore(c.expiresAt());
      assertEquals(!expired, store.take(c.code()).isDefined(), c.code());
    }
    assertTrue(store.take("code-0").isEmpty());
  }
}
