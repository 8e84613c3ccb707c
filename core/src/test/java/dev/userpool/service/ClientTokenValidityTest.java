package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.TimeUnits;
import dev.userpool.pool.TokenValidity.Lifetime;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** The token validity members of CreateUserPoolClient and UpdateUserPoolClient. */
class ClientTokenValidityTest {

  private final SimpleUserPools store = new SimpleUserPools();
  private final UserPoolService service = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER)
      .randomness(Fixtures.seeded(1)).clock(new MutableClock(Fixtures.T0)).build();
  private final String poolId = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();

  private Either<CognitoError, AppClient> create(Integer access, Integer id, Integer refresh,
      Requests.TokenValidityUnitsType units) {
    return service.poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "web", null, null, null, null,
        access, id, refresh, units));
  }

  private static Requests.TokenValidityUnitsType units(String access, String id, String refresh) {
    return new Requests.TokenValidityUnitsType(access, id, refresh);
  }

  @Test
  void shouldKeepTheLifetimesInTheUnitsGiven() {
    AppClient client = create(5, 45, 60, units("minutes", "minutes", "minutes")).get();

    assertThat(client.tokenValidity()).isEqualTo(new TokenValidity(new Lifetime(5, TimeUnits.MINUTES),
        new Lifetime(45, TimeUnits.MINUTES), new Lifetime(60, TimeUnits.MINUTES)));
    assertThat(service.poolConfiguration().describeUserPoolClient(new Requests.DescribeUserPoolClient(poolId, client.clientId().value()))
        .get().tokenValidity()).isEqualTo(client.tokenValidity());
  }

  @Test
  void shouldReadAmountsWithoutUnitsAsHoursAndDaysAndTakeDefaultsForAmountsLeftOut() {
    assertThat(create(2, null, 10, null).get().tokenValidity()).isEqualTo(new TokenValidity(
        new Lifetime(2, TimeUnits.HOURS), new Lifetime(60, TimeUnits.MINUTES), new Lifetime(10, TimeUnits.DAYS)));
    assertThat(create(null, null, null, units("seconds", "days", "hours")).get().tokenValidity())
        .isEqualTo(TokenValidity.cognitoDefault());
    assertThat(create(86400, 300, 1, units("seconds", "seconds", "days")).get().tokenValidity())
        .isEqualTo(new TokenValidity(new Lifetime(86400, TimeUnits.SECONDS), new Lifetime(300, TimeUnits.SECONDS),
            new Lifetime(1, TimeUnits.DAYS)));
  }

  @Test
  void shouldRefuseLifetimesOutOfRangeWithCognitosMessage() {
    String invalid = "InvalidParameterException: Invalid range for token validity";
    assertThat(message(create(4, null, null, units("minutes", null, null)))).isEqualTo(invalid);
    assertThat(message(create(25, null, null, units("hours", null, null)))).isEqualTo(invalid);
    assertThat(message(create(null, 2, null, units(null, "days", null)))).isEqualTo(invalid);
    assertThat(message(create(null, null, 59, units(null, null, "minutes")))).isEqualTo(invalid);
    assertThat(message(create(null, null, 3651, null))).isEqualTo(invalid);
    assertThat(store.find(new UserPoolId(poolId)).get().clients().isEmpty()).isTrue();
  }

  @Test
  void shouldRefuseAnAccessOrIdTokenThatOutlivesTheRefreshToken() {
    String invalid = "InvalidParameterException: Invalid range for token validity";
    assertThat(message(create(2, null, 60, units("hours", null, "minutes")))).isEqualTo(invalid);
    assertThat(message(create(null, 61, 1, units(null, "minutes", "hours")))).isEqualTo(invalid);
    assertThat(create(60, 60, 60, units("minutes", "minutes", "minutes")).isRight()).isTrue();
  }

  @Test
  void shouldRefuseAmountsAndUnitsOutsideTheApiShapes() {
    assertThat(message(create(0, null, null, units("fortnights", null, null)))).isEqualTo(
        "InvalidParameterException: 2 validation errors detected: Value '0' at 'accessTokenValidity' failed to satisfy "
            + "constraint: Member must have value greater than or equal to 1; Value 'fortnights' at "
            + "'tokenValidityUnits.accessToken' failed to satisfy constraint: Member must satisfy enum value set: "
            + "[seconds, minutes, hours, days]");
  }

  @Test
  void shouldSetTheLifetimesOnUpdateAndResetThemWhenLeftOut() {
    String clientId = create(10, 10, 2, units("minutes", "minutes", "hours")).get().clientId().value();

    AppClient updated = service.poolConfiguration()
        .updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, null, null, null,
            null, 1, 30, 7, units("days", "minutes", "days")))
        .get();
    assertThat(updated.tokenValidity()).isEqualTo(new TokenValidity(new Lifetime(1, TimeUnits.DAYS),
        new Lifetime(30, TimeUnits.MINUTES), new Lifetime(7, TimeUnits.DAYS)));

    AppClient reset = service.poolConfiguration().updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, clientId, null, null, null,
        null)).get();
    assertThat(reset.tokenValidity()).isEqualTo(TokenValidity.cognitoDefault());
  }

  @Test
  void shouldLeaveTheClientUnchangedWhenAnUpdateIsOutOfRange() {
    AppClient client = create(10, 10, 2, units("minutes", "minutes", "hours")).get();

    assertThat(message(service.poolConfiguration().updateUserPoolClient(new Requests.UpdateUserPoolClient(poolId, client.clientId().value(),
        null, null, null, null, 3, null, 2, units("hours", null, "hours"))))).isEqualTo(
            "InvalidParameterException: Invalid range for token validity");
    assertThat(service.poolConfiguration().describeUserPoolClient(new Requests.DescribeUserPoolClient(poolId, client.clientId().value()))
        .get()).isEqualTo(client);
  }
}
