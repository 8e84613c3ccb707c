package dev.userpool.testkit.store;

import dev.userpool.device.Device;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Devices;
import dev.userpool.port.UserPools;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tracked devices in memory: per pool and user, the devices by key. A user's devices go with the user: those of a sub
 * the pool no longer has are dropped when next read, so a deleted user's devices never answer (the pool's users are
 * {@code pools}'). Thread-safe.
 */
public final class InMemoryDevices implements Devices {

  private static final Comparator<Device> ORDER = Comparator.comparing(Device::created).thenComparing(Device::deviceKey);

  private final UserPools pools;
  private final Map<UserPoolId, Map<String, Map<String, Device>>> devices = new ConcurrentHashMap<>();

  /**
   * Devices of the users of {@code pools}.
   *
   * @throws NullPointerException if {@code pools} is null
   */
  public InMemoryDevices(UserPools pools) {
    this.pools = Objects.requireNonNull(pools, "pools is null");
  }

  private Map<String, Device> of(UserPoolId pool, String sub) {
    Map<String, Map<String, Device>> users = devices.computeIfAbsent(pool, p -> new ConcurrentHashMap<>());
    if (!Sub.isSub(sub) || pools.users(pool).find(new LookupKey.BySub(new Sub(sub))).isEmpty()) {
      users.remove(sub);
      return new ConcurrentHashMap<>();
    }
    return users.computeIfAbsent(sub, s -> new ConcurrentHashMap<>());
  }

  @Override
  public Seq<Device> list(UserPoolId pool, String sub) {
    return List.ofAll(of(pool, sub).values()).sorted(ORDER);
  }

  @Override
  public Option<Device> find(UserPoolId pool, String sub, String deviceKey) {
    return Option.of(of(pool, sub).get(deviceKey));
  }

  @Override
  public void save(UserPoolId pool, Device device) {
    of(pool, device.sub()).put(device.deviceKey(), device);
  }

  @Override
  public boolean delete(UserPoolId pool, String sub, String deviceKey) {
    return of(pool, sub).remove(deviceKey) != null;
  }

  @Override
  public String toString() {
    return "InMemoryDevices";
  }
}
