package dev.userpool.pool;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** Mirrors {@code TimeUnitsType}: the unit of an app client's token validity. */
public enum TimeUnits {
  /** {@code seconds}. */
  SECONDS("seconds", ChronoUnit.SECONDS),
  /** {@code minutes}. */
  MINUTES("minutes", ChronoUnit.MINUTES),
  /** {@code hours}. */
  HOURS("hours", ChronoUnit.HOURS),
  /** {@code days}. */
  DAYS("days", ChronoUnit.DAYS);

  private final String wire;
  private final ChronoUnit unit;

  TimeUnits(String wire, ChronoUnit unit) {
    this.wire = wire;
    this.unit = unit;
  }

  /** The value on the wire, for example {@code minutes}. */
  public String wire() {
    return wire;
  }

  /** {@code amount} of this unit. */
  public Duration of(long amount) {
    return Duration.of(amount, unit);
  }

  /** The unit whose wire value is {@code value}. */
  public static Option<TimeUnits> fromWire(String value) {
    return List.of(values()).find(u -> u.wire.equals(value));
  }
}
