package dev.userpool.device;

import dev.userpool.password.Randomness;
import dev.userpool.pool.DeviceConfiguration;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.srp.SrpChallenge;
import dev.userpool.srp.SrpRefusal;
import dev.userpool.srp.SrpVerifier;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Device authentication (DEVICE_SRP_AUTH, then DEVICE_PASSWORD_VERIFIER) as pure rules: when a sign-in is asked for it,
 * and the SRP exchange against the device's verifier. The exchange is SRP-6a in the 3072-bit group of USER_SRP_AUTH with
 * the device's names in place of the pool's and the user's (amazon-cognito-identity-js {@code CognitoUser.getDeviceResponse}
 * and {@code AuthenticationHelper.generateHashDevice}): the verifier ConfirmDevice stored is {@code g^x} with
 * {@code x = H(PAD(salt) | H(DeviceGroupKey | DeviceKey | ":" | device secret))}, and the proof is the HMAC over
 * {@code DeviceGroupKey | DeviceKey | SECRET_BLOCK | TIMESTAMP}. ConfirmDevice's PasswordVerifier and Salt are the Base64
 * of the numbers' big-endian bytes.
 */
public final class DeviceAuthentication {

  /**
   * One challenge of device authentication: its ChallengeName, the ChallengeParameters it carries, the ChallengeResponses
   * its answer needs (each missing one is {@code InvalidParameterException: Missing required parameter <name>}, in this
   * order), and what the right answer gets.
   */
  public record Challenge(String name, List<String> parameters, List<String> answer, String next) {
    public Challenge {
      Objects.requireNonNull(name, "name is null");
      Objects.requireNonNull(parameters, "parameters is null");
      Objects.requireNonNull(answer, "answer is null");
      Objects.requireNonNull(next, "next is null");
    }
  }

  /**
   * The sequence, in order: what a sign-in whose first factor passed gets when {@link #challenges} says so, and what each
   * answer gets. The members are RespondToAuthChallenge's reference for DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER; the
   * parameters are those amazon-cognito-identity-js reads, with USERNAME and DEVICE_KEY (the library's choice).
   */
  public static final List<Challenge> SEQUENCE = List.of(
      new Challenge("DEVICE_SRP_AUTH", List.of("USER_ID_FOR_SRP"), List.of("USERNAME", "DEVICE_KEY", "SRP_A"),
          "DEVICE_PASSWORD_VERIFIER"),
      new Challenge("DEVICE_PASSWORD_VERIFIER", List.of("SALT", "SECRET_BLOCK", "SRP_B", "USERNAME", "DEVICE_KEY"), List.of("USERNAME",
          "DEVICE_KEY", "PASSWORD_CLAIM_SIGNATURE", "PASSWORD_CLAIM_SECRET_BLOCK", "TIMESTAMP"), "tokens"));

  private DeviceAuthentication() {}

  /**
   * The challenge named {@code name} in {@link #SEQUENCE}.
   *
   * @throws java.util.NoSuchElementException if it names none
   */
  public static Challenge challenge(String name) {
    return SEQUENCE.find(c -> c.name().equals(name)).get();
  }

  /**
   * Whether a sign-in whose first factor passed is asked for device authentication instead of MFA or tokens: the pool's
   * DeviceConfiguration has ChallengeRequiredOnNewDevice, and the sign-in's DEVICE_KEY names {@code device}, confirmed,
   * remembered and with a verifier. A device not remembered, forgotten or unknown is asked nothing (its sign-in goes
   * on to MFA as any other).
   */
  public static boolean challenges(Option<DeviceConfiguration> configuration, Option<Device> device) {
    return configuration.exists(DeviceConfiguration::challengeRequiredOnNewDevice)
        && device.exists(d -> d.remembered() && verifier(d).isDefined());
  }

  /**
   * The device's SRP verifier, from the Base64 PasswordVerifier and Salt ConfirmDevice stored; none when it has none or
   * they are not Base64 of a salt and a value in {@code [1, N)} (such a device cannot authenticate).
   */
  public static Option<SrpVerifier> verifier(Device device) {
    Objects.requireNonNull(device, "device is null");
    return device.verifier().flatMap(v -> {
      try {
        return Option.some(SrpVerifier.of(Base64.getDecoder().decode(v._2), Base64.getDecoder().decode(v._1)));
      } catch (IllegalArgumentException e) {
        return Option.none();
      }
    });
  }

  /**
   * DEVICE_SRP_AUTH's answer: opens an exchange for the client's {@code SRP_A} against the device's verifier.
   *
   * @throws IllegalArgumentException if the device has no usable verifier (check {@link #challenges} first)
   */
  public static Either<SrpRefusal, SrpChallenge> open(Device device, String srpA, Randomness randomness) {
    SrpVerifier verifier = verifier(device).getOrElseThrow(() -> new IllegalArgumentException("the device has no verifier"));
    return verifier.challenge(srpA, randomness);
  }

  /**
   * Whether {@code claim} (DEVICE_PASSWORD_VERIFIER's PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK and TIMESTAMP)
   * proves the device's secret in {@code exchange}; false for a device without a usable verifier.
   */
  public static boolean verify(Device device, SrpChallenge exchange, PasswordClaim claim) {
    Objects.requireNonNull(exchange, "exchange is null");
    Objects.requireNonNull(claim, "claim is null");
    return verifier(device).exists(v -> exchange.verify(v, device.groupKey(), device.deviceKey(), claim));
  }

  /**
   * DEVICE_PASSWORD_VERIFIER's challenge parameters: {@code SALT} (the device's, hex), {@code SECRET_BLOCK}, {@code SRP_B},
   * {@code USERNAME} (the user's) and {@code DEVICE_KEY}.
   */
  public static Map<String, String> parameters(Device device, SrpChallenge exchange, String username) {
    Map<String, String> values = Map.of("SALT", verifier(device).map(SrpVerifier::saltHex).getOrElse(""), "SECRET_BLOCK", exchange
        .secretBlock(), "SRP_B", exchange.srpB(), "USERNAME", username, "DEVICE_KEY", device.deviceKey());
    Map<String, String> parameters = new LinkedHashMap<>();
    challenge("DEVICE_PASSWORD_VERIFIER").parameters().forEach(name -> parameters.put(name, values.get(name)));
    return parameters;
  }
}
