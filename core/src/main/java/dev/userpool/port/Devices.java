package dev.userpool.port;

import dev.userpool.device.Device;
import dev.userpool.pool.UserPoolId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Storage port for tracked devices (ConfirmDevice and the device operations): each user's devices by DeviceKey. A
 * user's devices go with the user: a store either deletes them with the user (PostgreSQL: a foreign key) or never
 * answers them once the user is gone (in memory). Adapters pass {@code DevicesContract} (testkit/jqwik).
 */
public interface Devices {

  /** The user's devices, confirmed or not, oldest first (by creation, then key): the order ListDevices pages in. */
  Seq<Device> list(UserPoolId pool, String sub);

  /** The user's device with this key. */
  Option<Device> find(UserPoolId pool, String sub, String deviceKey);

  /** Stores the device, replacing the user's device with the same key. */
  void save(UserPoolId pool, Device device);

  /** Removes the user's device; false when the user has no device with this key. */
  boolean delete(UserPoolId pool, String sub, String deviceKey);
}
