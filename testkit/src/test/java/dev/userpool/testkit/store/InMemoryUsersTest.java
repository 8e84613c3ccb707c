package dev.userpool.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InMemoryUsersTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final Username JANE = new Username("jane");
  private static final Sub SUB = Sub.generate(SeededRandomness.withSeed(1));

  private final InMemoryUsers users = new InMemoryUsers();

  private static User jane(long version) {
    return User.builder().username(JANE).sub(SUB).status(UserStatus.CONFIRMED)
        .passwordHistory(PasswordHistory.start(Salt.of(new byte[]{ 1 })))
        .creationDate(T0).lastModifiedDate(T0).version(version).build();
  }

  private static Set<LookupKey> keys(String email) {
    return HashSet.of(new LookupKey.ByUsername(JANE.value()), new LookupKey.ByAlias(AliasAttribute.EMAIL, email));
  }

  @Test
  void shouldFindAUserUnderEveryKeyItKeepsWhileNewVersionsAreSaved() throws InterruptedException {
    users.save(jane(1), keys("jane@example.com")).get();
    AtomicBoolean done = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      for (long version = 2; version <= 20_000; version++) {
        users.save(jane(version), keys("jane@example.com")).get();
      }
      done.set(true);
    });
    writer.start();
    long misses = 0;
    while (!done.get()) {
      misses += users.find(new LookupKey.ByUsername("jane")).isEmpty() ? 1 : 0;
      misses += users.find(new LookupKey.BySub(SUB)).isEmpty() ? 1 : 0;
      misses += users.find(new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@example.com")).isEmpty() ? 1 : 0;
    }
    writer.join();

    assertThat(misses).isZero();
    assertThat(users.find(new LookupKey.BySub(SUB)).get().version()).isEqualTo(20_000);
  }

  @Test
  void shouldDropTheKeysAUserNoLongerHoldsAndKeepTheRest() {
    users.save(jane(1), keys("jane@example.com")).get();

    users.save(jane(2), keys("jane@example.org")).get();

    assertThat(users.find(new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@example.com"))).isEmpty();
    assertThat(users.find(new LookupKey.ByAlias(AliasAttribute.EMAIL, "jane@example.org")).map(User::version)).contains(2L);
    assertThat(users.find(new LookupKey.ByUsername("jane")).map(User::version)).contains(2L);
    assertThat(users.find(new LookupKey.BySub(SUB)).map(User::version)).contains(2L);
    assertThat(users.count()).isEqualTo(1);
  }
}
