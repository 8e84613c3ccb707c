package dev.userpool.postgres;

import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Password;
import dev.userpool.password.Salt;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.InsecureFastHasher;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.user.Attributes;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.Naming;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.control.Option;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A pool of a million users (issue 29), in memory and on PostgreSQL: loads {@code users} (default
 * 1,000,000) users into each store, printing progress every 100,000, and measures, at 1,000 users and at
 * the full count: the retained heap per user (in memory) or the tables' size per user (PostgreSQL),
 * AdminGetUser and a sign-in (AdminInitiateAuth, ADMIN_USER_PASSWORD_AUTH, two RS256 tokens) through the
 * in-process SDK client, and the first page (60) of ListUsers for each kind of filter. The users' passwords
 * are hashed with the testkit's fast hasher, which the sign-ins check too: these figures are about the
 * store and its indexes, not hashing. On PostgreSQL users are loaded by batched multi-row inserts (the rows
 * the store writes: the user, its keys, its search rows), then vacuumed and analysed at each size; every other call goes through the
 * service. The server is an embedded one (fsync off), or {@code -Dscale.postgres.url=...}. Latencies are
 * single-threaded wall-clock percentiles of {@code n} calls after a warm-up, not JMH: figures to compare
 * the two sizes in one run, on a quiet machine.
 *
 * <pre>
 * mvn -B -ntp -Pscale -pl testkit/postgres -am verify -DskipTests
 * mvn -B -ntp -Pscale -pl testkit/postgres -am verify -DskipTests -Dscale.args="-Dusers=20000 -Dstores=memory"
 * </pre>
 */
public final class ScaleBench {

  static final int SMALL = 1_000;
  static final int REPORT = 100_000;
  static final int BATCH = 5_000;
  static final String PASSWORD = "Corr3ct-Horse!";
  static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  private ScaleBench() {}

  public static void main(String[] args) throws Exception {
    int users = Integer.getInteger("users", 1_000_000);
    String stores = System.getProperty("stores", "memory,postgresql");
    System.out.printf("ScaleBench: %,d users a store; passwords hashed with the testkit's fast hasher (%s): the figures are"
        + " about the store, not hashing%n", users, InsecureFastHasher.SCHEME);
    for (String store : stores.split(",")) {
      if (store.equals("memory")) {
        run("memory", new InMemoryUserPools(), null, users);
      } else {
        runOnPostgres(users);
      }
    }
  }

  private static void runOnPostgres(int users) throws Exception {
    String url = System.getProperty("scale.postgres.url", "");
    EmbeddedPostgres server = url.isBlank() ? EmbeddedServer.start() : null;
    try (PostgresStores stores = PostgresStores.connect(server == null ? url : server.getJdbcUrl("postgres", "postgres"))) {
      run("postgresql", stores.userPools(), stores, users);
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static void run(String name, UserPools pools, PostgresStores pg, int count) throws Exception {
    InProcessCognito.Builder b = InProcessCognito.builder().store(pools);
    if (pg != null) {
      b.groups(pg.groups()).tokenFamilies(pg.tokenFamilies());
    }
    InProcessCognito cognito = b.build();
    CognitoIdentityProviderClient client = InProcessCognitoClient.of(cognito);
    String poolId = client.createUserPool(p -> p.poolName("scale").aliasAttributesWithStrings("email")).userPool().id();
    String app = client.createUserPoolClient(c -> c.userPoolId(poolId).clientName("app")
        .explicitAuthFlowsWithStrings("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    UserPool pool = pools.find(new UserPoolId(poolId)).get();
    Loader loader = pg == null ? new Loader.Through(pools.users(pool.id()), Naming.of(pool)) : new Loader.Batched(pg, pool);
    System.out.printf("%n== %s ==%n", name);
    long heapBefore = pg == null ? settledUsedHeap() : 0;
    long start = System.nanoTime();
    load(loader, 0, Math.min(SMALL, count), start);
    if (pg != null) {
      ((Loader.Batched) loader).analyse();
    }
    Latencies.measure(client, poolId, app, Math.min(SMALL, count));
    load(loader, Math.min(SMALL, count), count, start);
    if (pg == null) {
      long heapAfter = settledUsedHeap();
      System.out.printf("retained heap: %,d bytes for %,d users, %.0f bytes a user (GC-settled used heap before and after loading)%n",
          heapAfter - heapBefore, count, (heapAfter - heapBefore) / (double) count);
    } else {
      ((Loader.Batched) loader).analyse();
      ((Loader.Batched) loader).printSizes(count);
    }
    Latencies.measure(client, poolId, app, count);
  }

  private static void load(Loader loader, int from, int to, long start) {
    for (int i = from; i < to; i += BATCH) {
      int end = Math.min(to, i + BATCH);
      loader.load(IntStream.range(i, end).parallel().mapToObj(ScaleBench::user).toArray(User[]::new));
      if (end / REPORT != i / REPORT || end == to) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("loaded %,d users in %.1f s (%,.0f users/s)%n", end, seconds, end / seconds);
      }
    }
  }

  /** User number {@code i}: {@code user-0000042}, a verified email, given_name one of 1,000, CONFIRMED (every 100th UNCONFIRMED). */
  static User user(int i) {
    String name = username(i);
    PasswordHasher hasher = InsecureFastHasher.forTestsOnly();
    Random random = new Random(i);
    Salt salt = Salt.random(random::nextBytes);
    PasswordHash hash = hasher.hash(Password.of(PASSWORD), salt);
    return User.builder()
        .username(new Username(name))
        .sub(new Sub(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString()))
        .status(i % 100 == 99 ? UserStatus.UNCONFIRMED : UserStatus.CONFIRMED)
        .attributes(Attributes.empty().with("email", email(i)).with("email_verified", "true").with("given_name", givenName(i)))
        .password(Option.some(new CurrentPassword(hash, T0, PasswordKind.PERMANENT)))
        .passwordHistory(PasswordHistory.start(salt).record(hash, 0))
        .creationDate(T0)
        .lastModifiedDate(T0)
        .build();
  }

  static String username(int i) {
    return String.format("user-%07d", i);
  }

  static String email(int i) {
    return username(i) + "@example.com";
  }

  static String givenName(int i) {
    return String.format("Name%03d", i % 1000);
  }

  /** The used heap after a few collections, the least of five readings. */
  static long settledUsedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  /** Single-threaded latencies of the operations, at the pool's current size. */
  static final class Latencies {

    private Latencies() {}

    static void measure(CognitoIdentityProviderClient client, String pool, String app, int count) {
      Random random = new Random(count);
      IntFunction<String> anyUser = n -> username(random.nextInt(count));
      System.out.printf("-- %,d users: latency of single calls, microseconds%n", count);
      System.out.printf("%-52s %8s %8s %8s %8s%n", "operation", "calls", "p50", "p99", "mean");
      time("AdminGetUser", 2_000, n -> client.adminGetUser(r -> r.userPoolId(pool).username(anyUser.apply(n))));
      time("AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH (2 RS256)", 500, n -> {
        int u = random.nextInt(count);
        int confirmed = u % 100 == 99 ? u - 1 : u;
        client.adminInitiateAuth(r -> r.userPoolId(pool).clientId(app).authFlow("ADMIN_USER_PASSWORD_AUTH")
            .authParameters(Map.of("USERNAME", username(confirmed), "PASSWORD", PASSWORD)));
      });
      listUsers(client, pool, "no filter", n -> null);
      listUsers(client, pool, "username = (one user)", n -> "username = \"" + anyUser.apply(n) + "\"");
      listUsers(client, pool, "email = (one user)", n -> "email = \"" + email(random.nextInt(count)) + "\"");
      listUsers(client, pool, "given_name = (0.1% of users)", n -> "given_name = \"" + givenName(random.nextInt(1000)) + "\"");
      listUsers(client, pool, "cognito:user_status = UNCONFIRMED (1%)", n -> "cognito:user_status = \"UNCONFIRMED\"");
      listUsers(client, pool, "status = Enabled (all)", n -> "status = \"Enabled\"");
      listUsers(client, pool, "username ^= (100 users at 1M)", n -> "username ^= \"" + anyUser.apply(n).substring(0, 10) + "\"");
      listUsers(client, pool, "email ^= (100 users at 1M)", n -> "email ^= \"" + email(random.nextInt(count)).substring(0, 10) + "\"");
      listUsers(client, pool, "given_name ^= (1% of users)",
          n -> "given_name ^= \"" + givenName(random.nextInt(1000)).substring(0, 6) + "\"");
      listUsers(client, pool, "sub ^= (1/16 of users)", n -> "sub ^= \"" + Integer.toHexString(random.nextInt(16)) + "\"");
      listUsers(client, pool, "cognito:user_status ^= \"UN\" (1%)", n -> "cognito:user_status ^= \"UN\"");
    }

    private static void listUsers(CognitoIdentityProviderClient client, String pool, String label, IntFunction<String> filter) {
      time("ListUsers 60, " + label, 300, n -> client.listUsers(r -> r.userPoolId(pool).limit(60).filter(filter.apply(n))));
    }

    private static void time(String label, int calls, IntConsumerThatCalls call) {
      for (int n = 0; n < calls / 5; n++) {
        call.call(n);
      }
      long[] nanos = new long[calls];
      for (int n = 0; n < calls; n++) {
        long t = System.nanoTime();
        call.call(n);
        nanos[n] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      System.out.printf("%-52s %8d %8.0f %8.0f %8.0f%n", label, calls, nanos[calls / 2] / 1e3, nanos[calls * 99 / 100] / 1e3,
          Arrays.stream(nanos).average().orElse(0) / 1e3);
    }

    @FunctionalInterface
    interface IntConsumerThatCalls {
      void call(int n);
    }
  }
}
