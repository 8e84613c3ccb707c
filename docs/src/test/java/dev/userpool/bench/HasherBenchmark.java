package dev.userpool.bench;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Salt;
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
import org.openjdk.jmh.annotations.Warmup;

/** One key derivation: the unit of the cost model. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class HasherBenchmark {

  @Param({"fast", "pbkdf2"})
  String hasher;

  PasswordHasher h;
  Password password = Password.of(BenchFixtures.PASSWORD);
  Salt salt = Salt.random(BenchFixtures.seeded(1));

  @Setup
  public void setUp() {
    h = BenchFixtures.hasher(hasher);
  }

  @Benchmark
  public PasswordHash derive() {
    return h.hash(password, salt);
  }
}
