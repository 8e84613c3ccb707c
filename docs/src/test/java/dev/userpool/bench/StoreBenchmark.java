package dev.userpool.bench;

import dev.userpool.pool.AliasAttribute;
import dev.userpool.port.Users;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lookups in testkit's in-memory store holding {@value #USERS} users, by username, by a verified email
 * alias and by sub, each for a user drawn at random (so most lookups miss the CPU caches). The key is
 * built per lookup, as the service builds it from the request.
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g", "--add-opens=java.base/java.math=ALL-UNNAMED" })
public class StoreBenchmark extends BenchDefaults {

  static final int USERS = 1_000_000;

  @State(Scope.Benchmark)
  public static class Store {
    Users users;
    String[] usernames;
    String[] emails;
    Sub[] subs;

    @Setup(Level.Trial)
    public void fill() {
      InMemoryUserPools pools = new InMemoryUserPools();
      User[] all = BenchFixtures.fill(pools, BenchFixtures.pool(0), USERS);
      users = pools.users(BenchFixtures.pool(0).id());
      usernames = new String[USERS];
      emails = new String[USERS];
      subs = new Sub[USERS];
      for (int i = 0; i < USERS; i++) {
        usernames[i] = all[i].username().value();
        emails[i] = BenchFixtures.email(i);
        subs[i] = all[i].sub();
      }
    }
  }

  /** A per-thread xorshift, so the draw costs a few instructions and no allocation. */
  @State(Scope.Thread)
  public static class Draw {
    long x = 0x9E3779B97F4A7C15L;

    int next() {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      return (int) (((x >>> 32) * USERS) >>> 32);
    }
  }

  @Benchmark
  public Option<User> findByUsername(Store s, Draw d) {
    return s.users.find(new LookupKey.ByUsername(s.usernames[d.next()]));
  }

  @Benchmark
  public Option<User> findByAlias(Store s, Draw d) {
    return s.users.find(new LookupKey.ByAlias(AliasAttribute.EMAIL, s.emails[d.next()]));
  }

  @Benchmark
  public Option<User> findBySub(Store s, Draw d) {
    return s.users.find(new LookupKey.BySub(s.subs[d.next()]));
  }
}
