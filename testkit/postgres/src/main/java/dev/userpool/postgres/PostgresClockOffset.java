package dev.userpool.postgres;

import dev.userpool.testkit.inprocess.ClockOffset;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Objects;

/**
 * The test control's clock offset on PostgreSQL: one row, grown by one {@code UPDATE ... RETURNING}, so two
 * endpoints advancing at once both count, and every endpoint on the database reads the same offset.
 */
final class PostgresClockOffset implements ClockOffset {

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private static final String READ = "SELECT offset_nanos FROM test_clock";
  private static final String ADVANCE = "UPDATE test_clock SET offset_nanos = offset_nanos + ? RETURNING offset_nanos";

  private final Database db;

  PostgresClockOffset(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public Duration offset() {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(READ); ResultSet r = s.executeQuery()) {
        return r.next() ? duration(r.getBigDecimal(1)) : Duration.ZERO;
      }
    });
  }

  @Override
  public Duration advance(Duration by) {
    if (Objects.requireNonNull(by, "by is null").isNegative()) {
      throw new IllegalArgumentException("the offset only grows: " + by);
    }
    BigDecimal nanos = new BigDecimal(BigInteger.valueOf(by.getSeconds()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(by.getNano())));
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(ADVANCE)) {
        s.setBigDecimal(1, nanos);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return duration(r.getBigDecimal(1));
        }
      }
    });
  }

  private static Duration duration(BigDecimal nanos) {
    BigInteger[] secondsAndNanos = nanos.toBigIntegerExact().divideAndRemainder(NANOS_PER_SECOND);
    return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
  }

  @Override
  public String toString() {
    return "PostgresClockOffset";
  }
}
