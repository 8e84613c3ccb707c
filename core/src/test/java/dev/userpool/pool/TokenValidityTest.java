package dev.userpool.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenValidityTest {

  static Either<CognitoError, TokenValidity> of(Integer access, Integer id, Integer refresh, TimeUnits unit, TimeUnits refreshUnit) {
    return TokenValidity.of(Option.of(access), Option.of(id), Option.of(refresh), Option.of(unit), Option.of(unit),
        Option.of(refreshUnit));
  }

  @Test
  void shouldDefaultToSixtyMinutesSixtyMinutesAndThirtyDays() {
    TokenValidity validity = of(null, null, null, null, null).get();

    assertThat(validity).isEqualTo(TokenValidity.cognitoDefault());
    assertThat(validity.accessToken().duration()).isEqualTo(Duration.ofMinutes(60));
    assertThat(validity.idToken().duration()).isEqualTo(Duration.ofMinutes(60));
    assertThat(validity.refreshToken().duration()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void shouldReadAmountsWithoutUnitsAsHoursAndDays() {
    TokenValidity validity = of(2, 3, 7, null, null).get();

    assertThat(validity.accessToken().duration()).isEqualTo(Duration.ofHours(2));
    assertThat(validity.idToken().duration()).isEqualTo(Duration.ofHours(3));
    assertThat(validity.refreshToken().duration()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void shouldTakeARefreshValidityOfZeroAsTheDefault() {
    assertThat(of(null, null, 0, null, TimeUnits.MINUTES).get().refreshToken().duration()).isEqualTo(Duration.ofDays(30));
  }

  @ParameterizedTest
  @CsvSource({
      "5, 5, 60, MINUTES, MINUTES, true",
      "4, 5, 60, MINUTES, MINUTES, false",
      "5, 4, 60, MINUTES, MINUTES, false",
      "299, 300, 3600, SECONDS, SECONDS, false",
      "1440, 1440, 1440, MINUTES, MINUTES, true",
      "1441, 60, 3650, MINUTES, DAYS, false",
      "60, 1441, 3650, MINUTES, DAYS, false",
      "60, 60, 59, MINUTES, MINUTES, false",
      "60, 60, 3650, MINUTES, DAYS, true",
      "60, 60, 3651, MINUTES, DAYS, false",
      "2, 1, 1, HOURS, HOURS, false",
      "-1, 60, 30, MINUTES, DAYS, false"
  })
  void shouldKeepEachLifetimeInItsRange(int access, int id, int refresh, TimeUnits unit, TimeUnits refreshUnit, boolean valid) {
    Either<CognitoError, TokenValidity> result = of(access, id, refresh, unit, refreshUnit);

    if (valid) {
      assertThat(result.get().accessToken()).isEqualTo(new TokenValidity.Lifetime(access, unit));
    } else {
      assertThat(result.getLeft().cognitoError()).isEqualTo("InvalidParameterException");
      assertThat(result.getLeft().message()).isEqualTo("Invalid range for token validity");
    }
  }

  @Test
  void shouldSpellUnitsAsTheApiDoes() {
    assertThat(TimeUnits.fromWire("minutes")).contains(TimeUnits.MINUTES);
    assertThat(TimeUnits.fromWire("Minutes")).isEmpty();
    assertThat(TimeUnits.DAYS.wire()).isEqualTo("days");
  }
}
