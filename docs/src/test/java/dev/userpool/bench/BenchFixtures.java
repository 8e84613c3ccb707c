package dev.userpool.bench;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.password.Salt;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Users;
import dev.userpool.testkit.inprocess.InsecureFastHasher;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.user.Attributes;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.Naming;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Random;
import java.util.stream.IntStream;

/** What the benchmarks share: a pool, a context, users with a history of a given size, a filled store. */
final class BenchFixtures {

  static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  static final String PASSWORD = "Corr3ct-Horse!";
  static final String NEW_PASSWORD = "N3w-Battery-Staple!";
  static final ClientId CLIENT_ID = new ClientId("benchclient0123456789");
  static final AppClient CLIENT = AppClient.builder().clientId(CLIENT_ID).clientName("bench")
      .explicitAuthFlows(HashSet.of(ExplicitAuthFlow.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlow.ALLOW_ADMIN_USER_PASSWORD_AUTH))
      .build();

  private BenchFixtures() {}

  /** {@code fast} (the testkit's InsecureFastHasher) or {@code pbkdf2} (the production default, 600,000 iterations). */
  static PasswordHasher hasher(String name) {
    switch (name) {
      case "fast" :
        return InsecureFastHasher.forTestsOnly();
      case "pbkdf2" :
        return Pbkdf2PasswordHasher.withDefaultCost();
      default :
        throw new IllegalArgumentException("unknown hasher " + name);
    }
  }

  static Randomness seeded(long seed) {
    return new Random(seed)::nextBytes;
  }

  /** A PLUS pool (history allowed) with Cognito's default rules, the given history size, and email as an alias. */
  static UserPool pool(int historySize) {
    return UserPool.builder()
        .id(new UserPoolId("us-east-1_BENCH"))
        .name("bench")
        .passwordPolicy(PasswordPolicy.builder().passwordHistorySize(historySize).build())
        .tier(Tier.PLUS)
        .aliasAttributes(HashSet.of(AliasAttribute.EMAIL))
        .clients(LinkedHashMap.of(CLIENT_ID, CLIENT))
        .creationDate(T0)
        .lastModifiedDate(T0)
        .version(1)
        .build();
  }

  static Context context(UserPool pool, PasswordHasher hasher) {
    ConfirmationCode code = ConfirmationCode.of("123456");
    return new Context(T0, pool, hasher, seeded(7), () -> code);
  }

  /**
   * User number {@code i}: username {@code user-i}, a verified email, and a history of {@code historySize}
   * entries under the hasher's scheme (random digests: they cost what real ones cost to compare, and no
   * candidate matches them), the newest being the current password.
   */
  static User user(int i, int historySize, PasswordHasher hasher, UserStatus status, Randomness randomness) {
    Salt salt = Salt.random(randomness);
    PasswordHistory history = PasswordHistory.start(salt);
    PasswordHash current = PasswordHash.of(hasher.scheme(), salt, randomness.bytes(32));
    for (int k = 1; k < historySize; k++) {
      history = history.record(PasswordHash.of(hasher.scheme(), salt, randomness.bytes(32)), historySize);
    }
    history = history.record(current, historySize);
    return stored(i, status, current, history, randomness);
  }

  /** A user whose current password really is {@link #PASSWORD}, so that sign-in succeeds. */
  static User userWithPassword(int i, PasswordHasher hasher, UserStatus status, Randomness randomness) {
    Salt salt = Salt.random(randomness);
    PasswordHash hash = hasher.hash(Password.of(PASSWORD), salt);
    return stored(i, status, hash, PasswordHistory.start(salt).record(hash, 0), randomness);
  }

  /** User number {@code i} with a verified email, created at {@link #T0}; the sub is drawn last. */
  private static User stored(int i, UserStatus status, PasswordHash current, PasswordHistory history, Randomness randomness) {
    PasswordKind kind = status == UserStatus.FORCE_CHANGE_PASSWORD ? PasswordKind.TEMPORARY : PasswordKind.PERMANENT;
    return User.builder()
        .username(new Username(username(i)))
        .sub(Sub.generate(randomness))
        .status(status)
        .attributes(Attributes.empty().with("email", email(i)).with("email_verified", "true"))
        .password(Option.some(new CurrentPassword(current, T0, kind)))
        .passwordHistory(history)
        .creationDate(T0)
        .lastModifiedDate(T0)
        .build();
  }

  static String username(int i) {
    return "user-" + i;
  }

  static String email(int i) {
    return "user-" + i + "@example.com";
  }

  /**
   * Fills {@code pools} with a pool of {@code count} users as the service would store them (a real
   * password hash of the fast hasher each, a verified email alias, no history as in Cognito's default
   * policy), through the store port; returns the users in order. The users are made on every core (each
   * from its own seed, so the fill is the same every time), then saved one by one.
   */
  static User[] fill(InMemoryUserPools pools, UserPool pool, int count) {
    pools.save(pool);
    Users users = pools.users(pool.id());
    Naming naming = Naming.of(pool);
    PasswordHasher hasher = InsecureFastHasher.forTestsOnly();
    User[] all = IntStream.range(0, count).parallel()
        .mapToObj(i -> userWithPassword(i, hasher, UserStatus.CONFIRMED, seeded(i)))
        .toArray(User[]::new);
    for (User u : all) {
      if (users.save(u, naming.keysOf(u)).isLeft()) {
        throw new IllegalStateException("could not store " + u.username());
      }
    }
    return all;
  }
}
