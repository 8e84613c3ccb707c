package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.userpool.testkit.inprocess.ClockOffset;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every adapter of the test control's {@link ClockOffset} must pass: it starts at zero, each
 * advance adds exactly its amount (to the nanosecond, however far), advances from several threads (nodes)
 * all count, and a negative amount is refused and changes nothing.
 */
public interface ClockOffsetContract {

  /** A new offset at zero; called once per try. */
  ClockOffset subject();

  /** Amounts up to a thousand years, with nanoseconds. */
  @Provide
  default Arbitrary<Seq<Duration>> advances() {
    return Arbitraries.longs().between(0, 365_000L * 24 * 3600).flatMap(
        seconds -> Arbitraries.integers().between(0, 999_999_999).map(nanos -> Duration.ofSeconds(seconds, nanos)))
        .list().ofMaxSize(6).map(List::ofAll);
  }

  /** The offset is the sum of the advances, and each advance answers the sum so far. */
  @Property
  default void theOffsetIsTheSumOfTheAdvances(@ForAll("advances") Seq<Duration> advances) {
    ClockOffset offset = subject();
    Duration sum = Duration.ZERO;
    assertEquals(Duration.ZERO, offset.offset());
    for (Duration by : advances) {
      sum = sum.plus(by);
      assertEquals(sum, offset.advance(by));
      assertEquals(sum, offset.offset());
    }
    Duration before = offset.offset();
    assertThrows(IllegalArgumentException.class, () -> offset.advance(Duration.ofNanos(-1)));
    assertEquals(before, offset.offset(), "a refused advance changes nothing");
  }

  /** Advances made at once from several threads are all counted. */
  @Property(tries = 5)
  default void concurrentAdvancesAllCount() throws InterruptedException, ExecutionException {
    ClockOffset offset = subject();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      ArrayList<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(threads.submit(() -> {
          for (int i = 0; i < 25; i++) {
            offset.advance(Duration.ofSeconds(1));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdown();
    }
    assertEquals(Duration.ofSeconds(100), offset.offset());
  }
}
