package dev.userpool.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.testkit.PoolSpec;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TestUser;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.Attributes;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class InMemoryStoreStressTest {

  private static final Instant T0 = ControllableClock.DEFAULT_START;

  @Test
  void shouldNeverHideAUserFromReadersWhileItIsRewritten() throws InterruptedException {
    InMemoryUsers users = new InMemoryUsers();
    Sub sub = new Sub("00000000-0000-4000-8000-000000000001");
    LookupKey byName = new LookupKey.ByUsername("jane");
    LookupKey byAlias = new LookupKey.ByAlias(AliasAttribute.PREFERRED_USERNAME, "janie");
    users.save(user(sub, 1), LinkedHashSet.of(byName, byAlias)).get();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger misses = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);

    Thread reader = new Thread(() -> {
      started.countDown();
      while (writing.get()) {
        if (users.find(byName).isEmpty() || users.find(byAlias).isEmpty()) {
          misses.incrementAndGet();
        }
      }
    });
    reader.start();
    started.await();
    for (long version = 2; version <= 200_000; version++) {
      users.save(user(sub, version), LinkedHashSet.of(byName, byAlias)).get();
    }
    writing.set(false);
    reader.join();

    assertThat(misses).hasValue(0);
  }

  @Test
  void shouldNeverHideAClientFromReadersWhileItsPoolIsRewritten() throws InterruptedException {
    InMemoryUserPools pools = new InMemoryUserPools();
    ClientId clientId = new ClientId("client1234567890");
    AppClient client = AppClient.builder().clientId(clientId).clientName("web").build();
    UserPool pool = UserPool.builder().id(new UserPoolId("us-east-1_STRESS")).name("stress")
        .clients(LinkedHashMap.of(clientId, client)).creationDate(T0).lastModifiedDate(T0).version(1).build();
    pools.save(pool).get();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger misses = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);

    Thread reader = new Thread(() -> {
      started.countDown();
      while (writing.get()) {
        if (pools.findByClient(clientId).isEmpty()) {
          misses.incrementAndGet();
        }
      }
    });
    reader.start();
    started.await();
    for (long version = 2; version <= 200_000; version++) {
      pools.save(pool.withVersion(version)).get();
    }
    writing.set(false);
    reader.join();

    assertThat(misses).hasValue(0);
  }

  private static final int THREADS = 4;
  private static final int SETS_PER_THREAD = 50;

  /** One successful AdminSetUserPassword: the password it set and the user it returned. */
  private record Success(String password, User after) {}

  @Test
  void shouldLoseNoPasswordSetByManyThreadsOnOneUser() throws InterruptedException {
    TestPool pool = TestPool.create(InProcessCognito.create(), PoolSpec.defaults().historySize(24));
    TestUser jane = pool.user("jane").password("Initial-Passw0rd").confirmed();
    long before = jane.user().version();

    List<Success> successes = setPasswordsConcurrently(pool, thread -> "jane");

    assertThat(successes).hasSize(THREADS * SETS_PER_THREAD);
    assertAccountsForEverySuccess(pool, jane, before, successes);
  }

  @Test
  void shouldLoseNoPasswordSetByManyThreadsOnTheirOwnUsersAndAShared() throws InterruptedException {
    TestPool pool = TestPool.create(InProcessCognito.create(), PoolSpec.defaults().historySize(24));
    TestUser shared = pool.user("shared").password("Initial-Passw0rd").confirmed();
    List<TestUser> own = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      own.add(pool.user("user-" + t).password("Initial-Passw0rd").confirmed());
    }
    long sharedBefore = shared.user().version();
    long ownBefore = own.get(0).user().version();

    List<Success> successes = setPasswordsConcurrently(pool, thread -> thread % 2 == 0 ? "user-" + thread : "shared");
    for (int t = 0; t < THREADS; t += 2) {
      String name = "user-" + t;
      assertAccountsForEverySuccess(pool, own.get(t), ownBefore,
          successes.stream().filter(s -> s.after().username().value().equals(name)).toList());
    }
    assertAccountsForEverySuccess(pool, shared, sharedBefore,
        successes.stream().filter(s -> s.after().username().value().equals("shared")).toList());
    assertThat(successes).hasSize(THREADS * SETS_PER_THREAD);
  }

  /** Each thread sets {@value #SETS_PER_THREAD} distinct permanent passwords on the user it names; returns the successes. */
  private static List<Success> setPasswordsConcurrently(TestPool pool, IntFunction<String> userOfThread)
      throws InterruptedException {
    ConcurrentLinkedQueue<Success> successes = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<CognitoError> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.execute(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < SETS_PER_THREAD; i++) {
          String password = "Passw0rd!-" + thread + "-" + i;
          Either<CognitoError, User> outcome = pool.service().adminSetUserPassword(
              new Requests.AdminSetUserPassword(pool.id().value(), userOfThread.apply(thread), password, true));
          outcome.peek(after -> successes.add(new Success(password, after))).peekLeft(failures::add);
        }
      });
    }
    start.countDown();
    threads.shutdown();
    assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    assertThat(failures).as("no set fails, not even by losing every retry").isEmpty();
    return new ArrayList<>(successes);
  }

  /**
   * Every success got its own version, one after another from {@code before}; the stored user has the
   * last; and its history holds the newest successes' passwords, newest first, as far as it reaches.
   */
  private static void assertAccountsForEverySuccess(TestPool pool, TestUser user, long before, List<Success> successes) {
    List<Success> byVersion = new ArrayList<>(successes);
    byVersion.sort(Comparator.comparingLong(s -> s.after().version()));
    for (int i = 0; i < byVersion.size(); i++) {
      assertThat(byVersion.get(i).after().version()).as("the version of success " + i).isEqualTo(before + 1 + i);
    }
    User stored = user.user();
    assertThat(stored.version()).isEqualTo(before + successes.size());
    var entries = stored.passwordHistory().entries();
    assertThat(entries.size()).isEqualTo(Math.min(24, 1 + successes.size()));
    for (int i = 0; i < Math.min(entries.size(), byVersion.size()); i++) {
      Password expected = Password.of(byVersion.get(byVersion.size() - 1 - i).password());
      assertThat(pool.cognito().hasher().verify(expected, entries.get(i))).as("history entry " + i).isTrue();
    }
    String last = byVersion.get(byVersion.size() - 1).password();
    assertThatCode(() -> user.signIn(last)).as("the last password set is the current one").doesNotThrowAnyException();
  }

  private static User user(Sub sub, long version) {
    return User.builder().username(new Username("jane")).sub(sub).status(UserStatus.UNCONFIRMED)
        .attributes(Attributes.empty().with("preferred_username", "janie"))
        .passwordHistory(PasswordHistory.start(Salt.of(new byte[]{ 1 })))
        .creationDate(T0).lastModifiedDate(T0).version(version).build();
  }
}
