package dev.userpool.bench;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Salt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** One key derivation: the unit of the cost model. */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HasherBenchmark extends BenchDefaults {

  @Param({ "fast", "pbkdf2" })
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
