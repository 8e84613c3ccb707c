package dev.userpool.testkit.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControllableClockTest {

  @Test
  void shouldFollowTheWallClockPlusWhatItWasMoved() {
    ControllableClock clock = ControllableClock.wall();

    assertThat(clock.instant()).isCloseTo(Instant.now(), within(2, ChronoUnit.SECONDS));
    clock.advance(Duration.ofDays(8));

    assertThat(clock.instant()).isCloseTo(Instant.now().plus(Duration.ofDays(8)), within(2, ChronoUnit.SECONDS));
    assertThat(clock.offset()).isEqualTo(Duration.ofDays(8));
    assertThat(clock.isFixed()).isFalse();
    assertThat(clock.instant().getNano() % 1_000_000).as("to the millisecond, as Cognito's dates").isZero();
  }

  @Test
  void shouldStandStillWhenFixedUntilMoved() {
    ControllableClock clock = ControllableClock.fixed();

    assertThat(clock.instant()).isEqualTo(ControllableClock.DEFAULT_START).hasToString("2030-01-01T00:00:00Z");
    clock.advanceDays(8);
    clock.advance(Duration.ofSeconds(3));

    assertThat(clock.instant()).hasToString("2030-01-09T00:00:03Z");
    assertThat(clock.isFixed()).isTrue();
    assertThat(ControllableClock.fixedAt(Instant.parse("2024-02-29T12:00:00Z")).instant()).hasToString("2024-02-29T12:00:00Z");
    assertThat(ControllableClock.at(Instant.EPOCH).instant()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void shouldNeverRunBackwards() {
    ControllableClock wall = ControllableClock.wall();
    ControllableClock fixed = ControllableClock.fixed();

    assertThatThrownBy(() -> wall.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fixed.advance(Duration.ofNanos(-1))).isInstanceOf(IllegalArgumentException.class);

    assertThat(wall.offset()).isZero();
    assertThat(fixed.instant()).isEqualTo(ControllableClock.DEFAULT_START);
  }

  @Test
  void shouldStopAtTheYear9999() {
    ControllableClock fixed = ControllableClock.fixed();
    Duration toTheEnd = Duration.between(fixed.instant(), ControllableClock.LATEST);

    assertThatThrownBy(() -> fixed.advance(toTheEnd.plusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9999-12-31T23:59:59Z");
    assertThat(fixed.offset()).as("a refused move changes nothing").isZero();
    fixed.advance(toTheEnd);

    assertThat(fixed.instant()).isEqualTo(ControllableClock.LATEST);
    assertThatThrownBy(() -> fixed.advance(Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ControllableClock.fixedAt(ControllableClock.LATEST.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The wall clock goes on while a test computes how far the end is: a move to the end's second is still taken. */
  @Test
  void shouldMoveTheWallClockToItsLastSecondAndStopThere() {
    ControllableClock wall = ControllableClock.wall();

    assertThatThrownBy(() -> wall.advance(Duration.between(wall.instant(), ControllableClock.LATEST).plusSeconds(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wall.offset()).as("a refused move changes nothing").isZero();
    wall.advance(Duration.between(wall.instant(), ControllableClock.LATEST));

    assertThat(wall.instant()).isBetween(ControllableClock.LATEST.minusSeconds(1), ControllableClock.LATEST);
  }

  @Test
  void shouldParseTheEndpointsClockOption() {
    assertThat(ControllableClock.parse("wall").isFixed()).isFalse();
    assertThat(ControllableClock.parse(" WALL ").isFixed()).isFalse();
    assertThat(ControllableClock.parse("fixed").instant()).isEqualTo(ControllableClock.DEFAULT_START);
    assertThat(ControllableClock.parse("2031-05-06T07:08:09Z").instant()).hasToString("2031-05-06T07:08:09Z");
  }

  @ParameterizedTest
  @ValueSource(strings = { "", "now", "2030-01-01", "2030-01-01T00:00:00", "+99999-01-01T00:00:00Z" })
  void shouldRefuseAClockOptionItDoesNotKnow(String spec) {
    assertThatThrownBy(() -> ControllableClock.parse(spec)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wall, fixed or an instant");
  }

  @Test
  void shouldSayWhichClockItIs() {
    assertThat(ControllableClock.fixed()).hasToString("ControllableClock[fixed, 2030-01-01T00:00:00Z, moved PT0S]");
    assertThat(ControllableClock.wall().toString()).startsWith("ControllableClock[wall, ");
  }
}
