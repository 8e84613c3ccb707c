package dev.userpool.testkit.inprocess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand, for example past TemporaryPasswordValidityDays: the in-process Cognito's
 * clock and its {@link TimeTravel}. Stands still unless moved; thread-safe.
 */
public final class ControllableClock extends Clock implements TimeTravel {

  /** Where a clock starts unless told otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2030-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;

  private ControllableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** A clock at {@link #DEFAULT_START}. */
  public static ControllableClock create() {
    return new ControllableClock(DEFAULT_START);
  }

  /** A clock at {@code start}. */
  public static ControllableClock at(Instant start) {
    return new ControllableClock(Objects.requireNonNull(start, "start is null"));
  }

  /**
   * Moves the clock forward.
   *
   * @throws IllegalArgumentException if {@code by} is negative
   */
  @Override
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward: " + by);
    }
    now.updateAndGet(t -> t.plus(by));
  }

  /** Moves the clock forward by whole days. */
  public void advanceDays(long days) {
    advance(Duration.ofDays(days));
  }

  /** Sets the time. */
  public ControllableClock set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant is null"));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "ControllableClock[" + now.get() + "]";
  }
}
