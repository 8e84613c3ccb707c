package dev.userpool.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.password.Password;
import dev.userpool.pool.DeviceConfiguration;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.srp.SrpChallenge;
import dev.userpool.srp.SrpTestClient;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.support.Fixtures;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Device authentication's invariants: a proof made with another device secret is always refused (and one made with the
 * device's own is accepted, so the property can fail), and only a remembered device, not forgotten, in a pool with
 * ChallengeRequiredOnNewDevice, is asked for device authentication in place of MFA.
 */
class DeviceAuthenticationProperties {

  private static final Instant NOW = Instant.parse("2026-03-05T09:07:03Z");
  private static final String SECRET = "fixed-device-secret";
  private static final Device REMEMBERED = confirmed(SECRET, 1);

  /** A device issued for jane and confirmed with the verifier of {@code secret}, as the clients compute it. */
  private static Device confirmed(String secret, long seed) {
    Device issued = Device.issued("us-east-1", "sub-jane", Fixtures.seeded(seed).bytes(16), Fixtures.seeded(seed + 1).bytes(9), NOW);
    SrpVerifier verifier = SrpVerifier.compute(issued.groupKey(), issued.deviceKey(), Password.of(secret), Fixtures.seeded(seed + 2));
    return issued.confirm(new DeviceConfiguration(true, false), Base64.getEncoder().encodeToString(verifier.verifier()), Base64
        .getEncoder().encodeToString(verifier.salt()), Option.none(), NOW);
  }

  @Provide
  Arbitrary<String> secrets() {
    return Arbitraries.bytes().array(byte[].class).ofSize(40).map(b -> Base64.getEncoder().encodeToString(b));
  }

  @Property(tries = 25)
  void aProofMadeWithAnotherDeviceSecretIsAlwaysRefused(@ForAll("secrets") String secret, @ForAll("secrets") String other,
      @ForAll long seed) {
    Assume.that(!secret.equals(other));
    Device device = confirmed(secret, seed);
    SrpVerifier verifier = DeviceAuthentication.verifier(device).get();
    SrpTestClient client = new SrpTestClient(device.groupKey(), new BigInteger(1, Fixtures.seeded(seed + 3).bytes(128)).max(
        BigInteger.ONE));
    SrpChallenge challenge = DeviceAuthentication.open(device, client.srpA(), Fixtures.seeded(seed + 4)).get();

    PasswordClaim impostor = client.answer(device.deviceKey(), Password.of(other), verifier, challenge, NOW);
    PasswordClaim owner = client.answer(device.deviceKey(), Password.of(secret), verifier, challenge, NOW);

    assertThat(DeviceAuthentication.verify(device, challenge, impostor)).isFalse();
    assertThat(DeviceAuthentication.verify(device, challenge, owner)).isTrue();
  }

  @Property
  void onlyARememberedDeviceThatIsNotForgottenIsAskedInPlaceOfMfa(@ForAll boolean challengeRequired, @ForAll boolean prompt,
      @ForAll boolean tracking, @ForAll DeviceStatus status, @ForAll boolean forgotten) {
    Option<DeviceConfiguration> configuration = tracking
        ? Option.some(new DeviceConfiguration(challengeRequired, prompt))
        : Option.none();
    Option<Device> found = forgotten ? Option.none() : Option.some(REMEMBERED.withStatus(status, NOW));

    boolean asked = DeviceAuthentication.challenges(configuration, found);

    assertThat(asked).isEqualTo(tracking && challengeRequired && !forgotten && status == DeviceStatus.REMEMBERED);
  }

  @Property(tries = 50)
  void aDeviceWithoutAUsableVerifierIsNeverAsked(@ForAll("secrets") String verifier, @ForAll("secrets") String salt) {
    Device unusable = REMEMBERED.confirm(new DeviceConfiguration(true, false), "not base64!" + verifier, salt, Option.none(), NOW);

    assertThat(DeviceAuthentication.challenges(Option.some(new DeviceConfiguration(true, false)), Option.some(unusable))).isFalse();
    assertThat(DeviceAuthentication.verifier(unusable)).isEmpty();
  }
}
