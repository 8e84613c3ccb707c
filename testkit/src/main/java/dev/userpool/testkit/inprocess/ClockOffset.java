package dev.userpool.testkit.inprocess;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Port: how far the test control has moved time (UserpoolTestControl.AdvanceClock), kept where every node
 * of one store reads it, so that a multi-node test moves time once for all nodes. The offset only grows:
 * {@link #advance} adds a non-negative amount atomically, so two nodes advancing at once both count.
 * In memory unless the store shares one (userpool-postgres's); adapters must pass the testkit's
 * {@code ClockOffsetContract}.
 */
public interface ClockOffset {

  /** The offset now: the sum of every advance so far, {@link Duration#ZERO} at first. */
  Duration offset();

  /**
   * Adds {@code by} to the offset, atomically.
   *
   * @return the offset after it
   * @throws IllegalArgumentException if {@code by} is negative
   */
  Duration advance(Duration by);

  /** An offset in this process's memory, starting at zero. Thread-safe. */
  static ClockOffset inMemory() {
    AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    return new ClockOffset() {
      @Override
      public Duration offset() {
        return offset.get();
      }

      @Override
      public Duration advance(Duration by) {
        if (Objects.requireNonNull(by, "by is null").isNegative()) {
          throw new IllegalArgumentException("the offset only grows: " + by);
        }
        return offset.updateAndGet(d -> d.plus(by));
      }

      @Override
      public String toString() {
        return "ClockOffset.inMemory[" + offset.get() + "]";
      }
    };
  }
}
