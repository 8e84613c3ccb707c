package dev.userpool.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.DeviceConfiguration;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DeviceProperties {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String SUB = "5c2a3f4e-1b2d-4c3e-8f9a-0b1c2d3e4f50";

  private static Device issued(byte[] random, byte[] group, Instant at) {
    return Device.issued("eu-west-1", SUB, random, group, at);
  }

  @Property
  void anIssuedDeviceKeyIsTheRegionAndAVersionFourUuidTheModelAccepts(@ForAll @Size(16) byte[] random, @ForAll @Size(9) byte[] group) {
    Device d = issued(random, group, NOW);

    assertThat(d.deviceKey()).matches(Device.KEY_PATTERN).hasSizeLessThanOrEqualTo(55)
        .matches("eu-west-1_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(d.groupKey()).matches("-[A-Z]{9}");
    assertThat(d.confirmed()).isFalse();
    assertThat(d.remembered()).isFalse();
  }

  @Property
  void confirmDeviceRemembersAtOnceExactlyWhenThePoolDoesNotAskTheUser(@ForAll @Size(16) byte[] random, @ForAll boolean challenge,
      @ForAll boolean prompt) {
    DeviceConfiguration config = new DeviceConfiguration(challenge, prompt);
    Device confirmed = issued(random, new byte[9], NOW).confirm(config, "dmVyaWZpZXI=", "c2FsdA==", Option.some("phone"),
        NOW.plusSeconds(1));

    assertThat(confirmed.confirmed()).isTrue();
    assertThat(confirmed.remembered()).isEqualTo(!prompt);
    assertThat(Device.userConfirmationNecessary(config)).isEqualTo(prompt);
    assertThat(confirmed.attributes().toJavaMap(t -> t)).containsEntry("device_status", prompt ? "not_remembered" : "remembered")
        .containsEntry("device_name", "phone");
  }

  @Property
  void aForgottenStatusNeverRemembers(@ForAll @Size(16) byte[] random, @ForAll boolean prompt) {
    Device confirmed = issued(random, new byte[9], NOW).confirm(new DeviceConfiguration(true, prompt), "dg==", "cw==", Option.none(),
        NOW);

    assertThat(confirmed.withStatus(DeviceStatus.NOT_REMEMBERED, NOW).remembered()).isFalse();
    assertThat(confirmed.withStatus(DeviceStatus.REMEMBERED, NOW).remembered()).isTrue();
    assertThat(confirmed.withStatus(DeviceStatus.NOT_REMEMBERED, NOW).attributes().toJavaMap(t -> t)).doesNotContainKey("device_name");
  }

  @Property
  void theCursorOrdersAsCreationThenKey(@ForAll @Size(16) byte[] a, @ForAll @Size(16) byte[] b, @ForAll @IntRange(max = 3) int secondsA,
      @ForAll @IntRange(max = 3) int secondsB) {
    Device first = issued(a, new byte[9], NOW.plusSeconds(secondsA));
    Device second = issued(b, new byte[9], NOW.plusSeconds(secondsB));
    Comparator<Device> order = Comparator.comparing(Device::created).thenComparing(Device::deviceKey);

    assertThat(Integer.signum(first.cursor().compareTo(second.cursor()))).isEqualTo(Integer.signum(order.compare(first, second)));
    assertThat(Device.isCursor(first.cursor())).isTrue();
  }

  @Property
  void theVerifierNeverShowsInText(@ForAll @Size(16) byte[] random) {
    Device confirmed = issued(random, new byte[9], NOW).confirm(new DeviceConfiguration(false, false), "c2VjcmV0VmVyaWZpZXI=",
        "c2VjcmV0U2FsdA==", Option.none(), NOW);

    assertThat(confirmed.toString()).doesNotContain("c2VjcmV0VmVyaWZpZXI=").doesNotContain("c2VjcmV0U2FsdA==");
  }
}
