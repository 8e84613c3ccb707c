package dev.userpool.bench;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.store.InMemoryTokenFamilies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;

/**
 * Whether memory stays flat under a long sign-in load (issue 28): {@code signins} password sign-ins
 * (default 1,000,000) through the in-process SDK client, by {@value #USERS} users on all cores, the clock
 * moving {@code step} (default one second) after each, with the app client's shortest lifetimes (refresh
 * tokens 60 minutes, access and ID tokens 5), so that a family is unusable 25 hours of clock time after its
 * sign-in: about 90,000 sign-ins' worth at one second a sign-in. Every {@code report} sign-ins (default
 * 100,000) it prints the used heap after full collections, the families held and the events kept: flat once
 * the first 25 clock hours have passed, where before pruning the heap grew by about 490 bytes a sign-in.
 * Run by the bench profile with {@code -Xmx1g} (which a million unpruned sign-ins would about half fill).
 *
 * <pre>
 * mvn -B -ntp -Psign-in-heap -pl docs -am verify -DskipTests
 * mvn -B -ntp -Psign-in-heap -pl docs -am verify -DskipTests -Dsignin.heap.args="-Dsignins=20000 -Dreport=5000"
 * </pre>
 */
public final class SignInHeap {

  static final int USERS = 1_000;
  private static final String PASSWORD = "Corr3ct-Horse!";

  private SignInHeap() {}

  public static void main(String[] args) throws Exception {
    long signIns = Long.getLong("signins", 1_000_000);
    long report = Long.getLong("report", 100_000);
    Duration step = Duration.parse(System.getProperty("step", "PT1S"));
    InProcessCognito cognito = InProcessCognito.create();
    CognitoIdentityProviderClient client = InProcessCognitoClient.of(cognito);
    String pool = client.createUserPool(b -> b.poolName("heap")).userPool().id();
    String app = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
        .explicitAuthFlowsWithStrings("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
        .refreshTokenValidity(60).accessTokenValidity(5).idTokenValidity(5)
        .tokenValidityUnits(u -> u.refreshToken(TimeUnitsType.MINUTES).accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.MINUTES)))
        .userPoolClient().clientId();
    for (int u = 0; u < USERS; u++) {
      String username = "user" + u;
      client.adminCreateUser(b -> b.userPoolId(pool).username(username).temporaryPassword(PASSWORD).messageAction("SUPPRESS"));
      client.adminSetUserPassword(b -> b.userPoolId(pool).username(username).password(PASSWORD).permanent(true));
    }
    InMemoryTokenFamilies families = (InMemoryTokenFamilies) cognito.tokenFamilies();
    System.out.printf("%,d sign-ins by %,d users, the clock moving %s after each; refresh tokens last 60 minutes%n", signIns, USERS,
        step);
    System.out.printf("%12s %16s %12s %10s %10s%n", "sign-ins", "heap after GC", "families", "events", "seconds");
    long start = System.nanoTime();
    print(0, families, cognito, start);
    AtomicLong done = new AtomicLong();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    for (long reported = 0; reported < signIns; reported += report) {
      long until = Math.min(signIns, reported + report);
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(workers.submit(() -> {
          for (long n = done.incrementAndGet(); n <= until; n = done.incrementAndGet()) {
            String username = "user" + (n % USERS);
            client.adminInitiateAuth(b -> b.userPoolId(pool).clientId(app).authFlow("ADMIN_USER_PASSWORD_AUTH")
                .authParameters(Map.of("USERNAME", username, "PASSWORD", PASSWORD)));
            cognito.clock().advance(step);
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      done.set(until);
      print(until, families, cognito, start);
    }
    workers.shutdown();
  }

  private static void print(long signIns, InMemoryTokenFamilies families, InProcessCognito cognito, long start)
      throws InterruptedException {
    System.out.printf("%,12d %,13d KB %,12d %,10d %,10d%n", signIns, MemoryPerUser.settledUsedHeap() / 1024, families.size(),
        cognito.events().size(), (System.nanoTime() - start) / 1_000_000_000L);
  }
}
