package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InsecureFastHasher;
import dev.userpool.user.User;
import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The database stops while four workers write and starts again under their load (issue 28 keeps the probe's
 * figures): during the outage calls answer InternalErrorException; after it the same service serves again;
 * and nothing is lost or half-written: every acknowledged password is in its user's history, the only others
 * there are writes that answered InternalErrorException (their commit may have landed before the connection
 * broke), each user's current password is the newest entry of the history and signs in.
 */
class OutageUnderLoadTest {

  private static final int WORKERS = 4;
  private static final int HISTORY = 24;
  /** Writes per worker, each to its own two users: fewer than the history holds, so none is forgotten by design. */
  private static final int BEFORE = 3;
  private static final int AFTER = 3;

  /** At most this many writes per worker, half to each of its users: fewer per user than the history holds. */
  private static final int MAX_ATTEMPTS = 40;

  /** A password write: the user, the password, and how the service answered. */
  record Write(String username, String password, String answer) {}

  @Test
  @Timeout(240)
  void shouldFailCleanlyDuringAnOutageUnderLoadAndLoseNothingAfterIt() throws Exception {
    Path data = Files.createTempDirectory("userpool-outage");
    int port = freePort();
    EmbeddedPostgres server = EmbeddedServer.start(data, port);
    try (PostgresStores stores = PostgresStores.connect(server.getJdbcUrl("postgres", "postgres"))) {
      UserPoolService service = Services.on(stores.userPools());
      Services.PoolAndClient ids = Services.poolWithClient(service, "outage", HISTORY);
      for (int w = 0; w < WORKERS; w++) {
        for (int u = 0; u < 2; u++) {
          Services.ok(Services.create(service, ids.pool(), user(w, u), "Temporary-" + w + u + "x"));
        }
      }
      List<Write> writes = Collections.synchronizedList(new ArrayList<>());
      Map<Integer, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
      Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();
      AtomicBoolean down = new AtomicBoolean();
      AtomicBoolean up = new AtomicBoolean();
      ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        int worker = w;
        acknowledged.put(w, new AtomicInteger());
        refused.put(w, new AtomicInteger());
        done.add(workers.submit(() -> {
          int attempts = 0;
          // BEFORE acknowledged writes; then, once the database is down, writes until one fails; then, once it is
          // back, writes until AFTER more are acknowledged (a broken pooled connection may fail one first).
          while (acknowledged.get(worker).get() < BEFORE && attempts < MAX_ATTEMPTS) {
            write(service, ids, worker, attempts++, writes, acknowledged, refused);
          }
          while (!down.get()) {
            Thread.sleep(10);
          }
          // One refused write per worker while the database is down, then wait: the database starts again only after
          // every worker has seen the outage, so no write lands in the window before `up` is set.
          while (refused.get(worker).get() == 0 && attempts < MAX_ATTEMPTS) {
            write(service, ids, worker, attempts++, writes, acknowledged, refused);
          }
          while (!up.get()) {
            Thread.sleep(20);
          }
          while (acknowledged.get(worker).get() < BEFORE + AFTER && attempts < MAX_ATTEMPTS) {
            write(service, ids, worker, attempts++, writes, acknowledged, refused);
          }
          return null;
        }));
      }
      while (acknowledged.values().stream().anyMatch(a -> a.get() < BEFORE)) {
        Thread.sleep(20);
      }
      server.close();
      down.set(true);
      while (refused.values().stream().anyMatch(r -> r.get() == 0)) {
        Thread.sleep(50);
      }
      server = EmbeddedServer.start(data, port);
      up.set(true);
      for (Future<?> f : done) {
        f.get(3, TimeUnit.MINUTES);
      }
      workers.shutdown();

      assertThat(writes).as("every answer is a success or InternalErrorException")
          .allSatisfy(w -> assertThat(w.answer()).isIn("ok", "InternalErrorException"));
      assertThat(refused.values()).as("every worker refused during the outage").allSatisfy(r -> assertThat(r.get()).isPositive());
      assertThat(acknowledged.values()).as("every worker served again after the outage").allSatisfy(a -> assertThat(a.get())
          .isEqualTo(BEFORE + AFTER));
      for (int w = 0; w < WORKERS; w++) {
        for (int u = 0; u < 2; u++) {
          assertWhole(service, ids, user(w, u), writes);
        }
      }
    } finally {
      server.close();
    }
  }

  /** The user's history holds each acknowledged write, no write never made, and the newest entry is the password that signs in. */
  private static void assertWhole(UserPoolService service, Services.PoolAndClient ids, String username, List<Write> writes) {
    User stored = Services.ok(service.adminGetUser(new Requests.AdminGetUser(ids.pool(), username)));
    List<PasswordHash> history = stored.passwordHistory().entries().toJavaList();
    List<Write> own = writes.stream().filter(w -> w.username().equals(username)).toList();
    for (Write write : own) {
      boolean kept = history.stream().anyMatch(h -> matches(write.password(), h));
      if (write.answer().equals("ok")) {
        assertThat(kept).as("%s's acknowledged password %s is in the history", username, write.password()).isTrue();
      }
    }
    long made = history.stream().filter(h -> own.stream().anyMatch(w -> matches(w.password(), h))).count();
    assertThat(made).as("%s's history holds the temporary password and writes that were made, nothing else", username)
        .isEqualTo(history.size() - 1);
    Write newest = own.stream().filter(w -> matches(w.password(), stored.password().get().hash())).findFirst().orElseThrow();
    assertThat(Services.signIn(service, ids.pool(), ids.client(), username, newest.password()).get())
        .isInstanceOf(Results.Authenticated.class);
  }

  private static void write(UserPoolService service, Services.PoolAndClient ids, int worker, int attempt, List<Write> writes,
      Map<Integer, AtomicInteger> acknowledged, Map<Integer, AtomicInteger> refused) {
    String username = user(worker, attempt % 2);
    String password = "Password-" + worker + "-" + attempt + "x";
    Either<CognitoError, ?> answer = Services.setPassword(service, ids.pool(), username, password, true);
    writes.add(new Write(username, password, answer.isRight() ? "ok" : answer.getLeft().cognitoError()));
    if (answer.isRight()) {
      acknowledged.get(worker).incrementAndGet();
    } else if (answer.getLeft() instanceof CognitoError.InternalError) {
      refused.get(worker).incrementAndGet();
    }
  }

  private static boolean matches(String password, PasswordHash hash) {
    return InsecureFastHasher.forTestsOnly().verify(Password.of(password), hash);
  }

  private static String user(int worker, int n) {
    return "user" + worker + "x" + n;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
