package dev.userpool.device;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Mirrors {@code DeviceRememberedStatusType}: whether a confirmed device is remembered. A device a sign-in issued and
 * ConfirmDevice has not confirmed yet is {@link #UNCONFIRMED}, a state the API never shows (such a device is in no list).
 */
public enum DeviceStatus {
  /** Issued in NewDeviceMetadata, not confirmed yet. */
  UNCONFIRMED("unconfirmed"),
  /** {@code remembered}: device authentication may replace MFA. */
  REMEMBERED("remembered"),
  /** {@code not_remembered}: tracked, but every sign-in from it is a new device's. */
  NOT_REMEMBERED("not_remembered");

  private final String wire;

  DeviceStatus(String wire) {
    this.wire = wire;
  }

  /** The wire value, {@code remembered} or {@code not_remembered}. */
  public String wire() {
    return wire;
  }

  /** The status a {@code DeviceRememberedStatus} names ({@code remembered} or {@code not_remembered}), if any. */
  public static Option<DeviceStatus> ofWire(String value) {
    return List.of(REMEMBERED, NOT_REMEMBERED).find(s -> s.wire.equals(value));
  }
}
