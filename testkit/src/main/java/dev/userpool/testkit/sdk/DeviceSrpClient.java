package dev.userpool.testkit.sdk;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.userpool.password.Randomness;
import dev.userpool.srp.SrpGroup;
import dev.userpool.srp.SrpTimestamp;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The client side of device authentication for tests that drive it through an SDK, computed as amazon-cognito-identity-js
 * does ({@code AuthenticationHelper.generateHashDevice}, {@code CognitoUser.getDeviceResponse}): a device secret and salt
 * for one NewDeviceMetadata, the DeviceSecretVerifierConfig ConfirmDevice takes, and the answers to DEVICE_SRP_AUTH and
 * DEVICE_PASSWORD_VERIFIER. One instance is one remembered device; each {@link #deviceSrpAuth} starts a new exchange.
 */
public final class DeviceSrpClient {

  private final String groupKey;
  private final String deviceKey;
  private final String secret;
  private final byte[] salt;
  private final Randomness randomness;
  private SrpClient exchange;

  private DeviceSrpClient(String groupKey, String deviceKey, String secret, byte[] salt, Randomness randomness) {
    this.groupKey = groupKey;
    this.deviceKey = deviceKey;
    this.secret = secret;
    this.salt = salt;
    this.randomness = randomness;
  }

  /**
   * A device for NewDeviceMetadata's {@code deviceGroupKey} and {@code deviceKey}: a 40-byte secret and a 16-byte salt
   * drawn from {@code randomness}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DeviceSrpClient of(String deviceGroupKey, String deviceKey, Randomness randomness) {
    Randomness r = Randomness.require(randomness);
    String secret = Base64.getEncoder().encodeToString(r.bytes(40));
    byte[] salt = new BigInteger(1, r.bytes(16)).toByteArray();
    return new DeviceSrpClient(Objects.requireNonNull(deviceGroupKey, "deviceGroupKey is null"), Objects.requireNonNull(deviceKey,
        "deviceKey is null"), secret, salt, r);
  }

  /** The DeviceKey. */
  public String deviceKey() {
    return deviceKey;
  }

  /** ConfirmDevice's PasswordVerifier: Base64 of {@code g^x}'s bytes. */
  public String passwordVerifier() {
    byte[] identity = SrpClient.sha256((groupKey + deviceKey + ":" + secret).getBytes(UTF_8));
    BigInteger x = new BigInteger(1, SrpClient.sha256(salt, identity));
    return Base64.getEncoder().encodeToString(SrpGroup.powerOfG(x).toByteArray());
  }

  /** ConfirmDevice's Salt: Base64 of the salt's bytes. */
  public String salt() {
    return Base64.getEncoder().encodeToString(salt);
  }

  /** DEVICE_SRP_AUTH's ChallengeResponses for {@code username}: USERNAME, DEVICE_KEY and a new exchange's SRP_A. */
  public Map<String, String> deviceSrpAuth(String username) {
    exchange = new SrpClient(groupKey, new BigInteger(1, randomness.bytes(128)).max(BigInteger.ONE));
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("USERNAME", Objects.requireNonNull(username, "username is null"));
    responses.put("DEVICE_KEY", deviceKey);
    responses.put("SRP_A", exchange.srpA());
    return responses;
  }

  /**
   * DEVICE_PASSWORD_VERIFIER's ChallengeResponses at {@code now} for its challenge parameters (SALT, SRP_B, SECRET_BLOCK):
   * USERNAME, PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP, PASSWORD_CLAIM_SIGNATURE and DEVICE_KEY.
   *
   * @throws IllegalStateException before {@link #deviceSrpAuth}
   */
  public Map<String, String> answer(Map<String, String> challengeParameters, String username, Instant now) {
    if (exchange == null) {
      throw new IllegalStateException("no DEVICE_SRP_AUTH answered yet");
    }
    String block = challengeParameters.get("SECRET_BLOCK");
    String timestamp = SrpTimestamp.format(now);
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("USERNAME", username);
    responses.put("PASSWORD_CLAIM_SECRET_BLOCK", block);
    responses.put("TIMESTAMP", timestamp);
    responses.put("PASSWORD_CLAIM_SIGNATURE", exchange.signature(deviceKey, secret, challengeParameters.get("SALT"), challengeParameters
        .get("SRP_B"), block, timestamp));
    responses.put("DEVICE_KEY", deviceKey);
    return responses;
  }

  /** Shows the device key only: the secret never. */
  @Override
  public String toString() {
    return "DeviceSrpClient[" + deviceKey + "]";
  }
}
