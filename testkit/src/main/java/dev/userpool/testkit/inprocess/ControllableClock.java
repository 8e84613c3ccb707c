package dev.userpool.testkit.inprocess;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The in-process Cognito's clock and its {@link TimeTravel}: a base clock plus an offset that a test
 * moves forward, for example past TemporaryPasswordValidityDays. The offset only grows: the clock never
 * runs backwards. Thread-safe.
 *
 * <ul>
 *   <li>{@link #wall()}: the wall clock (to the millisecond) plus the offset, so tokens' {@code iat} is the
 *       real time and a verifier on the real clock (Spring's {@code JwtTimestampValidator}, nimbus's
 *       {@code DefaultJWTClaimsVerifier}, aws-jwt-verify) judges them as it would Cognito's;</li>
 *   <li>{@link #fixed()} and {@link #fixedAt(Instant)}: a frozen instant plus the offset, for runs that are
 *       reproducible to the second (every date, every token the same on every run).</li>
 * </ul>
 * Either way it stops at {@link #LATEST}.
 */
public final class ControllableClock extends Clock implements TimeTravel {

  /** Where a {@link #fixed()} clock stands: the clock the library's own examples pin their dates to. */
  public static final Instant DEFAULT_START = Instant.parse("2030-01-01T00:00:00Z");
  /** The latest instant the clock shows: past it, dates lose their four-digit years and token expiries overflow. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** The text of {@link #DEFAULT_START}. */
  static final String DEFAULT_START_TEXT = "2030-01-01T00:00:00Z";

  private final Clock base;
  private final boolean fixed;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  private ControllableClock(Clock base, boolean fixed) {
    this.base = base;
    this.fixed = fixed;
  }

  /** The wall clock, to the millisecond, plus an offset that {@link #advance} grows. */
  public static ControllableClock wall() {
    return new ControllableClock(Clock.tickMillis(ZoneOffset.UTC), false);
  }

  /** A clock frozen at {@link #DEFAULT_START} ({@value #DEFAULT_START_TEXT}) until {@link #advance moved}. */
  public static ControllableClock fixed() {
    return fixedAt(DEFAULT_START);
  }

  /** A clock frozen at {@code start} until {@link #advance moved}. */
  public static ControllableClock fixedAt(Instant start) {
    Objects.requireNonNull(start, "start is null");
    if (start.isAfter(LATEST)) {
      throw new IllegalArgumentException("a clock starts at the latest at " + LATEST + ": " + start);
    }
    return new ControllableClock(Clock.fixed(start, ZoneOffset.UTC), true);
  }

  /** The same as {@link #fixedAt(Instant)}. */
  public static ControllableClock at(Instant start) {
    return fixedAt(start);
  }

  /**
   * The clock {@code spec} names: {@code wall}, {@code fixed} (frozen at {@link #DEFAULT_START}) or an
   * ISO-8601 instant such as {@code 2030-01-01T00:00:00Z} (frozen there); the option of the endpoint's
   * command line.
   *
   * @throws IllegalArgumentException if {@code spec} is none of these
   */
  public static ControllableClock parse(String spec) {
    String text = Objects.requireNonNull(spec, "spec is null").trim();
    switch (text.toLowerCase(Locale.ROOT)) {
      case "wall" :
        return wall();
      case "fixed" :
        return fixed();
      default :
        try {
          return fixedAt(Instant.parse(text));
        } catch (DateTimeException | IllegalArgumentException e) {
          throw new IllegalArgumentException("a clock is wall, fixed or an instant such as " + DEFAULT_START_TEXT + " (at the latest "
              + LATEST + "): " + spec);
        }
    }
  }

  /**
   * Moves the clock forward: adds {@code by} to the offset.
   *
   * @throws IllegalArgumentException if {@code by} is negative, or would move the clock past {@link #LATEST}'s
   *     second (the clock is then unchanged); a move that ends within that second is taken, and the clock then
   *     shows {@link #LATEST} (so that the wall clock's milliseconds between reading the clock and moving it do
   *     not refuse a move to the last second)
   */
  @Override
  public void advance(Duration by) {
    Objects.requireNonNull(by, "by is null");
    if (by.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward: " + by);
    }
    offset.updateAndGet(current -> {
      Duration next = current.plus(by);
      if (Duration.between(base.instant(), LATEST.plusMillis(999)).compareTo(next) < 0) {
        throw new IllegalArgumentException("the clock cannot move past " + LATEST);
      }
      return next;
    });
  }

  /** Moves the clock forward by whole days. */
  public void advanceDays(long days) {
    advance(Duration.ofDays(days));
  }

  /** How far the clock has been moved forward, in all. */
  public Duration offset() {
    return offset.get();
  }

  /** Whether the clock stands still between moves (a {@link #fixed()} clock) rather than following the wall clock. */
  public boolean isFixed() {
    return fixed;
  }

  @Override
  public Instant instant() {
    Instant now = base.instant().plus(offset.get());
    return now.isAfter(LATEST) ? LATEST : now;
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
    return "ControllableClock[" + (isFixed() ? "fixed" : "wall") + ", " + instant() + ", moved " + offset.get() + "]";
  }
}
