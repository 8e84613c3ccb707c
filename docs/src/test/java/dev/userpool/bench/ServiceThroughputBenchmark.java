package dev.userpool.bench;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.service.Requests;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InsecureFastHasher;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.user.User;
import io.vavr.control.Either;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * AdminSetUserPassword through {@link UserPoolService} (validation, pool and user lookup, decision with
 * the fast test hasher, conditional save, event) on a pool of {@value StoreBenchmark#USERS} users in the
 * in-memory store; 1, 2 and 4 threads, each on its own user ({@code distinct}) or all on one ({@code hot}).
 * The machine has 2 cores, so 4 threads measure contention, not more parallelism.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g", "--add-opens=java.base/java.math=ALL-UNNAMED" })
public class ServiceThroughputBenchmark {

  @State(Scope.Benchmark)
  public static class Pool {
    @Param({ "distinct", "hot" })
    String target;

    UserPoolService service;
    String poolId;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void fill() {
      InMemoryUserPools pools = new InMemoryUserPools();
      UserPool pool = BenchFixtures.pool(0);
      BenchFixtures.fill(pools, pool, StoreBenchmark.USERS);
      poolId = pool.id().value();
      service = UserPoolService.builder()
          .pools(pools)
          .hasher(InsecureFastHasher.forTestsOnly())
          .randomness(SeededRandomness.withSeed(1))
          .clock(ControllableClock.at(BenchFixtures.T0))
          .build();
    }
  }

  /**
   * One calling thread. Its public fields are JMH counters, reported per iteration: calls that gave up
   * with InternalErrorException (the service's {@value UserPoolService#MAX_ATTEMPTS} attempts all lost
   * the race) and any other refusal (there should be none).
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Caller {
    Requests.AdminSetUserPassword request;
    public long gaveUp;
    public long otherRefusals;

    @Setup(Level.Iteration)
    public void reset() {
      gaveUp = 0;
      otherRefusals = 0;
    }

    @Setup(Level.Trial)
    public void pick(Pool p) {
      int thread = p.threads.getAndIncrement();
      int user = p.target.equals("hot") ? 0 : 1 + thread * 7919;
      request = new Requests.AdminSetUserPassword(p.poolId, BenchFixtures.username(user), BenchFixtures.NEW_PASSWORD, true);
    }
  }

  private static Either<CognitoError, User> call(Pool p, Caller c) {
    Either<CognitoError, User> result = p.service.adminSetUserPassword(c.request);
    if (result.isLeft()) {
      if (result.getLeft() instanceof CognitoError.InternalError) {
        c.gaveUp++;
      } else {
        c.otherRefusals++;
      }
    }
    return result;
  }

  @Benchmark
  @Threads(1)
  public Either<CognitoError, User> threads1(Pool p, Caller c) {
    return call(p, c);
  }

  @Benchmark
  @Threads(2)
  public Either<CognitoError, User> threads2(Pool p, Caller c) {
    return call(p, c);
  }

  @Benchmark
  @Threads(4)
  public Either<CognitoError, User> threads4(Pool p, Caller c) {
    return call(p, c);
  }
}
