package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.oauth.HostedSession;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.jqwik.AuthorizationCodesContract;
import dev.userpool.user.Sub;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.constraints.IntRange;

/**
 * Two nodes, each with its own connection pool as two processes would have, on one database: a code issued through
 * one is redeemed at most once whichever nodes try (concurrently), and a session opened through one is found, and
 * ended, through the other.
 */
class HostedStateAcrossNodesProperties {

  private static final PostgresStores FIRST = PostgresStores.connect(TestDatabase.url());
  private static final PostgresStores SECOND = PostgresStores.connect(TestDatabase.url());

  @AfterContainer
  static void close() {
    FIRST.close();
    SECOND.close();
  }

  @Property(tries = 20)
  void aCodeIsRedeemedAtMostOnceAcrossNodes(@ForAll @IntRange(min = 1, max = 1_000_000) int value,
      @ForAll @IntRange(min = 2, max = 6) int attempts) {
    AuthorizationCode code = AuthorizationCodesContract.code("across-" + value + "-" + System.nanoTime(), Instant.now(), value % 2 == 0);
    (value % 3 == 0 ? SECOND : FIRST).authorizationCodes().issue(code);
    ConcurrentLinkedQueue<AuthorizationCode> taken = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<Void>> tries = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      PostgresStores node = i % 2 == 0 ? FIRST : SECOND;
      tries.add(CompletableFuture.runAsync(() -> node.authorizationCodes().take(code.code()).forEach(taken::add)));
    }
    tries.forEach(CompletableFuture::join);

    assertThat(taken).hasSize(1);
    assertThat(taken.peek()).isEqualTo(code);
  }

  @Property(tries = 10)
  void aSessionOpenedOnOneNodeHoldsAndEndsOnTheOther(@ForAll @IntRange(min = 1, max = 1_000_000) int value) {
    HostedSession session = new HostedSession("session-" + value + "-" + System.nanoTime(), new UserPoolId("us-east-1_Across1"),
        new Sub("11111111-1111-4111-8111-111111111111"), Instant.parse("2026-01-01T00:00:00Z"));
    FIRST.hostedSessions().open(session);

    assertThat(SECOND.hostedSessions().find(session.id())).isEqualTo(Option.some(session));
    SECOND.hostedSessions().close(session.id());
    assertThat(FIRST.hostedSessions().find(session.id())).isEqualTo(Option.none());
  }
}
