package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.service.Requests;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InsecureFastHasher;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two services, each with its own connection pool as two processes would have, on one database: four
 * workers create the same usernames, set passwords and sign in at once. Afterwards exactly one create per
 * username won, every acknowledged password is in the user's history in the order each worker wrote it,
 * nothing unacknowledged is, and each user's status is the one its last password write gives.
 */
class TwoServicesTest {

  private static final int USERS = 4;
  private static final int WORKERS = 4;
  private static final int OPERATIONS = 40;
  /** Fewer password writes per user than the history holds, so none is forgotten by design. */
  private static final int HISTORY = 24;
  private static final int MAX_WRITES = HISTORY - 2;

  /** An acknowledged password write: who wrote which password, how, in what order for that worker. */
  record Write(int worker, int sequence, String password, boolean temporary) {}

  private final PostgresStores first = PostgresStores.connect(TestDatabase.url());
  private final PostgresStores second = PostgresStores.connect(TestDatabase.url());

  @AfterEach
  void tearDown() {
    first.close();
    second.close();
  }

  @Test
  void shouldLoseNoAcknowledgedWriteAndCreateEachUserOnceAcrossTwoServices() throws Exception {
    UserPoolService[] services = { Services.on(first.userPools()), Services.on(second.userPools()) };
    Services.PoolAndClient ids = Services.poolWithClient(services[0], "shared", HISTORY);
    Map<String, List<Write>> acknowledged = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
    List<String> usernames = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      usernames.add("user" + u);
      acknowledged.put("user" + u, Collections.synchronizedList(new ArrayList<>()));
      creates.put("user" + u, new AtomicInteger());
      writes.put("user" + u, new AtomicInteger(1));
    }
    List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      UserPoolService service = services[w % 2];
      done.add(pool.submit(() -> {
        Random random = new Random(worker);
        int sequence = 0;
        List<String> order = new ArrayList<>(usernames);
        Collections.shuffle(order, random);
        for (String username : order) {
          String temporary = "Temp" + worker + "x" + username + "A1";
          Either<CognitoError, ?> created = Services.create(service, ids.pool(), username, temporary);
          if (created.isRight()) {
            creates.get(username).incrementAndGet();
            acknowledged.get(username).add(new Write(worker, sequence++, temporary, true));
          } else if (!(created.getLeft() instanceof CognitoError.UsernameExists)) {
            unexpected.add("create " + username + ": " + created.getLeft());
          }
        }
        for (int i = 0; i < OPERATIONS; i++) {
          String username = usernames.get(random.nextInt(USERS));
          if (random.nextInt(3) > 0 && writes.get(username).incrementAndGet() <= MAX_WRITES) {
            boolean temporary = random.nextInt(4) == 0;
            String password = "Pass" + worker + "x" + i + "A1";
            Either<CognitoError, ?> set = Services.setPassword(service, ids.pool(), username, password, !temporary);
            if (set.isRight()) {
              acknowledged.get(username).add(new Write(worker, sequence++, password, temporary));
            } else {
              unexpected.add("set " + username + ": " + set.getLeft());
            }
          } else {
            List<Write> known = acknowledged.get(username);
            String guess = known.isEmpty() ? "Nothing1A" : known.get(random.nextInt(known.size())).password();
            Either<CognitoError, ?> signIn = Services.signIn(service, ids.pool(), ids.client(), username, guess);
            if (signIn.isLeft() && !(signIn.getLeft() instanceof CognitoError.NotAuthorized)) {
              unexpected.add("sign in " + username + ": " + signIn.getLeft());
            }
          }
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    assertThat(unexpected).isEmpty();
    for (String username : usernames) {
      assertThat(creates.get(username)).as("creates of %s that won", username).hasValue(1);
      User stored = Services.ok(services[1].adminGetUser(new Requests.AdminGetUser(ids.pool(), username)));
      List<PasswordHash> history = stored.passwordHistory().entries().reverse().toJavaList();
      List<Write> writesOf = acknowledged.get(username);

      assertThat(history).as("one history entry per acknowledged write of %s", username).hasSize(writesOf.size());
      Map<Write, Integer> position = new HashMap<>();
      for (Write write : writesOf) {
        int at = indexOf(history, write.password());
        assertThat(at).as("%s's password from worker %d is in the history", username, write.worker()).isNotNegative();
        position.put(write, at);
      }
      Map<Integer, List<Write>> byWorker = writesOf.stream().collect(Collectors.groupingBy(Write::worker));
      for (List<Write> own : byWorker.values()) {
        List<Write> bySequence = own.stream().sorted((a, b) -> Integer.compare(a.sequence(), b.sequence())).toList();
        List<Write> byHistory = own.stream().sorted((a, b) -> Integer.compare(position.get(a), position.get(b))).toList();
        assertThat(byHistory).as("a worker's writes of %s are in its order", username).isEqualTo(bySequence);
      }
      Write last = writesOf.stream().filter(w -> position.get(w) == history.size() - 1).findFirst().orElseThrow();
      assertThat(stored.status()).as("the status of %s after its last write", username)
          .isEqualTo(last.temporary() ? UserStatus.FORCE_CHANGE_PASSWORD : UserStatus.CONFIRMED);
      assertThat(InsecureFastHasher.forTestsOnly().verify(Password.of(last.password()), stored.password().get().hash())).isTrue();
    }
  }

  private static int indexOf(List<PasswordHash> history, String password) {
    for (int i = 0; i < history.size(); i++) {
      if (InsecureFastHasher.forTestsOnly().verify(Password.of(password), history.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
