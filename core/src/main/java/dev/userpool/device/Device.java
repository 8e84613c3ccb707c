package dev.userpool.device;

import dev.userpool.pool.DeviceConfiguration;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A user's device, as Cognito tracks it (AWS developer guide, "Working with user devices in your user pool"): issued at
 * a sign-in in a pool with a DeviceConfiguration (NewDeviceMetadata: DeviceKey and DeviceGroupKey), confirmed by
 * ConfirmDevice with the device's SRP verifier and salt, remembered or not.
 *
 * @param deviceKey {@code <region>_<uuid>}, for example {@code us-east-1_0c8a...}
 * @param groupKey the DeviceGroupKey the device's SRP verifier was computed with
 * @param sub the owner's sub
 * @param status unconfirmed, remembered or not remembered
 * @param name DeviceName, when ConfirmDevice gave one
 * @param verifier DeviceSecretVerifierConfig's PasswordVerifier and Salt (base64), once confirmed
 * @param created DeviceCreateDate (when issued)
 * @param lastModified DeviceLastModifiedDate
 * @param lastAuthenticated DeviceLastAuthenticatedDate (the latest sign-in with it)
 */
public record Device(String deviceKey, String groupKey, String sub, DeviceStatus status, Option<String> name,
    Option<Tuple2<String, String>> verifier, Instant created, Instant lastModified, Instant lastAuthenticated) {

  /** The model's DeviceKeyType pattern. */
  public static final String KEY_PATTERN = "[\\w-]+_[0-9a-f-]+";

  /** The model's DeviceNameType: 1 to {@value} characters. */
  public static final int MAX_NAME = 1024;

  /**
   * @throws NullPointerException if an argument is null
   */
  public Device {
    Objects.requireNonNull(deviceKey, "deviceKey is null");
    Objects.requireNonNull(groupKey, "groupKey is null");
    Objects.requireNonNull(sub, "sub is null");
    Objects.requireNonNull(status, "status is null");
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(verifier, "verifier is null");
    Objects.requireNonNull(created, "created is null");
    Objects.requireNonNull(lastModified, "lastModified is null");
    Objects.requireNonNull(lastAuthenticated, "lastAuthenticated is null");
  }

  /**
   * The device a sign-in issues for {@code sub}: DeviceKey is the pool's region and a version 4 UUID made of
   * {@code random} (16 bytes), DeviceGroupKey ({@code -} and 9 letters) of {@code groupRandom}.
   *
   * @throws IllegalArgumentException if {@code random} is not 16 bytes or {@code groupRandom} is shorter than 9
   */
  public static Device issued(String region, String sub, byte[] random, byte[] groupRandom, Instant now) {
    if (random.length != 16 || groupRandom.length < 9) {
      throw new IllegalArgumentException("16 random bytes for the key, 9 for the group");
    }
    byte[] b = random.clone();
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    String hex = HexFormat.of().formatHex(b);
    String uuid = hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
        + hex.substring(20);
    StringBuilder group = new StringBuilder("-");
    for (int i = 0; i < 9; i++) {
      group.append((char) ('A' + Math.floorMod(groupRandom[i], 26)));
    }
    return new Device(region + "_" + uuid, group.toString(), sub, DeviceStatus.UNCONFIRMED, Option.none(), Option.none(), now, now,
        now);
  }

  /** Whether ConfirmDevice has confirmed it (it is then listed, got and remembered or not). */
  public boolean confirmed() {
    return status != DeviceStatus.UNCONFIRMED;
  }

  /** Whether it is remembered: a device sign-in with it may replace MFA. */
  public boolean remembered() {
    return status == DeviceStatus.REMEMBERED;
  }

  /**
   * ConfirmDevice: the device with its verifier, salt and name; remembered at once unless the pool's
   * DeviceOnlyRememberedOnUserPrompt leaves the choice to the user (UpdateDeviceStatus), then not remembered.
   */
  public Device confirm(DeviceConfiguration config, String passwordVerifier, String salt, Option<String> deviceName, Instant now) {
    DeviceStatus next = userConfirmationNecessary(config) ? DeviceStatus.NOT_REMEMBERED : DeviceStatus.REMEMBERED;
    return new Device(deviceKey, groupKey, sub, next, deviceName.orElse(name), Option.some(Tuple.of(passwordVerifier, salt)), created,
        now, lastAuthenticated);
  }

  /** ConfirmDevice's UserConfirmationNecessary: true when the pool remembers devices only on the user's prompt. */
  public static boolean userConfirmationNecessary(DeviceConfiguration config) {
    return config.deviceOnlyRememberedOnUserPrompt();
  }

  /** UpdateDeviceStatus: the device remembered or not. */
  public Device withStatus(DeviceStatus next, Instant now) {
    return new Device(deviceKey, groupKey, sub, next, name, verifier, created, now, lastAuthenticated);
  }

  /** A sign-in with the device: its DeviceLastAuthenticatedDate moves on. */
  public Device authenticated(Instant now) {
    return new Device(deviceKey, groupKey, sub, status, name, verifier, created, lastModified, now);
  }

  /**
   * DeviceAttributes as the API shows them: {@code device_status} ({@code remembered} or {@code not_remembered}) and,
   * when given, {@code device_name}. The library knows no client IP, so there is no {@code last_ip_used}.
   */
  public Seq<Tuple2<String, String>> attributes() {
    return List.of(Tuple.of("device_status", status.wire())).appendAll(name.map(n -> Tuple.of("device_name", n)));
  }

  /** The device's place in ListDevices' order: created, then key (fixed width, so text order is that order). */
  public String cursor() {
    return String.format("%020d|%s", created.toEpochMilli(), deviceKey);
  }

  /** Whether {@code text} is a {@link #cursor()}. */
  public static boolean isCursor(String text) {
    return text.matches("[0-9]{20}\\|" + KEY_PATTERN);
  }

  @Override
  public String toString() {
    return "Device[deviceKey=" + deviceKey + ", sub=" + sub + ", status=" + status + ", verifier=" + verifier.map(v -> "***")
        .getOrElse("none") + "]";
  }
}
