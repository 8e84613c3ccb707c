package dev.userpool.testkit.inprocess;

import java.time.Duration;
import java.util.Objects;

/**
 * A node's {@link ControllableClock} kept level with a {@link ClockOffset} that several nodes share: an
 * advance adds to the shared offset and then catches this clock up; {@link #catchUp()}, which the local
 * endpoint calls before each operation, moves this clock by whatever the other nodes added since. So time
 * moved through any node has moved on every node by its next request. Thread-safe.
 */
public final class SharedTime implements TimeTravel {

  private final ControllableClock clock;
  private final ClockOffset offset;
  // The shared offset this clock has been moved by; guarded by this.
  private Duration applied = Duration.ZERO;

  /**
   * The clock of one node and the offset it shares.
   *
   * @throws NullPointerException if an argument is null
   */
  public SharedTime(ControllableClock clock, ClockOffset offset) {
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.offset = Objects.requireNonNull(offset, "offset is null");
  }

  /**
   * Moves time forward by {@code by} on every node sharing the offset (on this one at once).
   *
   * @throws IllegalArgumentException if {@code by} is negative
   */
  @Override
  public void advance(Duration by) {
    catchUpTo(offset.advance(by));
  }

  /** Moves this node's clock by what other nodes added to the shared offset since it last looked. */
  public void catchUp() {
    catchUpTo(offset.offset());
  }

  private synchronized void catchUpTo(Duration shared) {
    if (shared.compareTo(applied) > 0) {
      try {
        clock.advance(shared.minus(applied));
      } catch (IllegalArgumentException e) {
        // Past the clock's last second: it stays there (another node's wall clock ran a little ahead of this one's).
      }
      applied = shared;
    }
  }

  /** The shared offset. */
  public ClockOffset offset() {
    return offset;
  }

  @Override
  public synchronized String toString() {
    return "SharedTime[" + clock + ", moved by " + applied + "]";
  }
}
