package dev.userpool.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.user.Attributes;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

  private static User user(Sub sub, long version) {
    return User.builder().username(new Username("jane")).sub(sub).status(UserStatus.UNCONFIRMED)
        .attributes(Attributes.empty().with("preferred_username", "janie"))
        .passwordHistory(PasswordHistory.start(Salt.of(new byte[] {1})))
        .creationDate(T0).lastModifiedDate(T0).version(version).build();
  }
}
