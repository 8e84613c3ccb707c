package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.userpool.oauth.HostedSession;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.HostedSessions;
import dev.userpool.user.Sub;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every adapter of the {@link HostedSessions} port must pass: a session opened is found by its id exactly
 * as opened, and by nothing else; closing one leaves the others; pruning forgets exactly the sessions expired then.
 */
public interface HostedSessionsContract {

  /** A new, empty store; called once per try. */
  HostedSessions subject();

  /** The time the contract's sessions begin around. */
  Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** Sessions with distinct ids, in two pools, begun up to two hours apart. */
  @Provide
  default Arbitrary<Seq<HostedSession>> sessions() {
    return Arbitraries.integers().between(1, 1_000_000).set().ofMinSize(1).ofMaxSize(6)
        .flatMap(ids -> Arbitraries.integers().between(0, 7_200).list().ofSize(ids.size())
            .map(seconds -> List.ofAll(ids).zip(seconds).map(v -> new HostedSession("session-" + v._1, new UserPoolId(v._1 % 2 == 0
                ? "us-east-1_Contract1"
                : "eu-west-1_Contract2"), new Sub("11111111-1111-4111-8111-111111111111"), NOW.plusSeconds(v._2)))));
  }

  /** Every session is found as opened; an unknown id finds nothing; a closed one is gone and the others stay. */
  @Property
  default void aSessionIsFoundUntilClosed(@ForAll("sessions") Seq<HostedSession> sessions) {
    HostedSessions store = subject();
    sessions.forEach(store::open);
    assertEquals(Option.none(), store.find("unknown"));
    sessions.forEach(s -> assertEquals(Option.some(s), store.find(s.id())));
    store.close(sessions.head().id());
    assertEquals(Option.none(), store.find(sessions.head().id()));
    sessions.tail().forEach(s -> assertEquals(Option.some(s), store.find(s.id())));
  }

  /** Pruning at a time forgets exactly the sessions expired then. */
  @Property
  default void pruningForgetsExactlyTheExpiredSessions(@ForAll("sessions") Seq<HostedSession> sessions) {
    HostedSessions store = subject();
    sessions.forEach(store::open);
    Instant at = NOW.plusSeconds(HostedSession.LIFETIME_MINUTES * 60L + 1_800);
    store.prune(at);
    sessions.forEach(s -> assertEquals(at.isBefore(s.expiresAt()), store.find(s.id()).isDefined(), s.toString()));
  }
}
