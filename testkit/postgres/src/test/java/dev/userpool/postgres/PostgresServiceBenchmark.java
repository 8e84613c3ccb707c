package dev.userpool.postgres;

import dev.userpool.error.CognitoError;
import dev.userpool.port.UserPools;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.user.User;
import io.vavr.control.Either;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * AdminSetUserPassword and a sign-in (AdminInitiateAuth, CONFIRMED user, right password) through the
 * service, on the in-memory store and on PostgreSQL (an embedded server on this machine, over TCP on
 * loopback), with the fast test hasher so the store's share shows. {@code roundTrip} is one
 * {@code SELECT 1} on a pooled connection: the unit the PostgreSQL figures are made of.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PostgresServiceBenchmark {

  @Param({ "memory", "postgresql" })
  public String store;

  private EmbeddedPostgres server;
  private PostgresStores stores;
  private UserPoolService service;
  private Services.PoolAndClient ids;
  private Requests.AdminSetUserPassword[] sets;
  private Requests.AdminInitiateAuth signIn;
  private int next;

  @Setup
  public void setUp() {
    UserPools pools;
    if (store.equals("postgresql")) {
      server = EmbeddedServer.start();
      stores = PostgresStores.connect(server.getJdbcUrl("postgres", "postgres"));
      pools = stores.userPools();
    } else {
      pools = new InMemoryUserPools();
    }
    service = Services.on(pools);
    ids = Services.poolWithClient(service, "bench", 0);
    Services.ok(Services.create(service, ids.pool(), "jane", "Temporary1x"));
    Services.ok(Services.setPassword(service, ids.pool(), "jane", "Permanent1x", true));
    sets = new Requests.AdminSetUserPassword[]{
        new Requests.AdminSetUserPassword(ids.pool(), "jane", "Permanent1x", true),
        new Requests.AdminSetUserPassword(ids.pool(), "jane", "Permanent2x", true) };
    signIn = new Requests.AdminInitiateAuth(ids.pool(), ids.client(), "ADMIN_USER_PASSWORD_AUTH",
        Map.of("USERNAME", "bench-signin", "PASSWORD", "Permanent1x"));
    Services.ok(Services.create(service, ids.pool(), "bench-signin", "Temporary1x"));
    Services.ok(Services.setPassword(service, ids.pool(), "bench-signin", "Permanent1x", true));
    if (!(service.signIns().adminInitiateAuth(signIn).get() instanceof Results.Authenticated)) {
      throw new IllegalStateException("the sign-in does not authenticate");
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    if (stores != null) {
      stores.close();
      server.close();
    }
  }

  /** AdminSetUserPassword, permanent, alternating two passwords: find, decide, conditional save. */
  @Benchmark
  public Either<CognitoError, User> adminSetUserPassword() {
    Either<CognitoError, User> result = service.adminSetUserPassword(sets[next++ & 1]);
    if (result.isLeft()) {
      throw new IllegalStateException(result.getLeft().toString());
    }
    return result;
  }

  /** AdminInitiateAuth with the right password: find the pool and the user, decide; nothing to save. */
  @Benchmark
  public Either<CognitoError, Results.SignIn> signIn() {
    return service.signIns().adminInitiateAuth(signIn);
  }

  /** One round trip to the database on a pooled connection. */
  @Benchmark
  public int roundTrip() throws SQLException {
    if (stores == null) {
      return 0;
    }
    try (Connection c = stores.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 1")) {
      r.next();
      return r.getInt(1);
    }
  }
}
