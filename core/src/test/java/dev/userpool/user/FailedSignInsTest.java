package dev.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static Option<FailedSignIns> failures(int n, Instant at) {
    Option<FailedSignIns> f = Option.none();
    for (int i = 0; i < n; i++) {
      f = FailedSignIns.afterFailure(f, at);
    }
    return f;
  }

  @Test
  void shouldNotLockOutBeforeTheFifthFailure() {
    assertThat(FailedSignIns.locksOut(failures(4, T0), T0)).isFalse();
    assertThat(FailedSignIns.lockout(0)).isZero();
    assertThat(FailedSignIns.lockout(4)).isZero();
  }

  @Test
  void shouldLockOutForOneSecondAfterFiveFailures() {
    Option<FailedSignIns> five = failures(5, T0);
    assertThat(FailedSignIns.lockedUntil(five, T0)).containsExactly(T0.plusSeconds(1));
    assertThat(FailedSignIns.locksOut(five, T0.plusMillis(999))).isTrue();
    assertThat(FailedSignIns.locksOut(five, T0.plusSeconds(1))).isFalse();
  }

  @Test
  void shouldDoubleTheLockoutUpToFifteenMinutes() {
    assertThat(FailedSignIns.lockout(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(FailedSignIns.lockout(10)).isEqualTo(Duration.ofSeconds(32));
    assertThat(FailedSignIns.lockout(14)).isEqualTo(Duration.ofSeconds(512));
    assertThat(FailedSignIns.lockout(15)).isEqualTo(Duration.ofMinutes(15));
    assertThat(FailedSignIns.lockout(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void shouldNotCountAttemptsDuringALockout() {
    Option<FailedSignIns> five = failures(5, T0);
    Option<FailedSignIns> refused = FailedSignIns.afterRefusedAttempt(five, T0.plusMillis(500));
    assertThat(refused.get().count()).isEqualTo(5);
    assertThat(FailedSignIns.lockedUntil(refused, T0.plusMillis(600))).containsExactly(T0.plusSeconds(1));
  }

  @Test
  void shouldForgetTheCountAfterFifteenQuietMinutes() {
    Option<FailedSignIns> seven = failures(7, T0);
    assertThat(FailedSignIns.counted(seven, T0.plus(Duration.ofMinutes(15)).minusMillis(1))).isNotEmpty();
    assertThat(FailedSignIns.counted(seven, T0.plus(Duration.ofMinutes(15)))).isEmpty();
    assertThat(FailedSignIns.afterFailure(seven, T0.plus(Duration.ofMinutes(15))).get().count()).isEqualTo(1);
  }

  @Test
  void shouldRestartTheQuietPeriodOnARefusedAttempt() {
    Option<FailedSignIns> seven = failures(7, T0);
    Option<FailedSignIns> refused = FailedSignIns.afterRefusedAttempt(seven, T0.plus(Duration.ofMinutes(10)));
    assertThat(FailedSignIns.counted(refused, T0.plus(Duration.ofMinutes(20)))).isNotEmpty();
  }
}
