package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.ControllableClock;
import org.junit.jupiter.api.Test;

@CognitoEndpointTest(clock = "fixed")
class CognitoEndpointFixedClockTest {

  @Test
  void shouldFreezeTheEndpointsClockWhenAsked(EndpointPool cognito, LocalEndpoint endpoint) {
    Wire.Reply moved = Wire.control(cognito.uri(), "AdvanceClock", "{\"Days\": 1}");

    assertThat(endpoint.cognito().clock().isFixed()).isTrue();
    assertThat(moved.json().path("Now").asText()).isEqualTo(ControllableClock.DEFAULT_START.plusSeconds(86400).toString())
        .isEqualTo("2030-01-02T00:00:00Z");
  }
}
