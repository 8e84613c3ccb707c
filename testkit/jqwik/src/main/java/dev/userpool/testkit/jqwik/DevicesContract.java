package dev.userpool.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.userpool.device.Device;
import dev.userpool.device.DeviceStatus;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.DeviceConfiguration;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Devices;
import dev.userpool.port.UserPools;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * The contract every adapter of the {@link Devices} port must pass, as a jqwik contract: implement it in a test class and
 * return, from {@link #subject()}, a new device store beside the pool store it follows, with one empty pool.
 *
 * <p>What it pins: a saved device is listed for its owner (oldest first, then by key) and found by owner and key, with
 * every member as saved; a save replaces the owner's device of that key; no user sees another's device; delete takes
 * only the owner's device, once; and a deleted user's devices are gone.
 */
public interface DevicesContract {

  /** A new device store, the pool store whose users it follows, and the id of an empty pool in it. */
  record Subject(UserPools pools, UserPoolId pool, Devices devices) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public Subject {
      Objects.requireNonNull(pools, "pools is null");
      Objects.requireNonNull(pool, "pool is null");
      Objects.requireNonNull(devices, "devices is null");
    }
  }

  /** A new store; called once per try. */
  Subject subject();

  Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  /** A sub no generated user has but by chance. */
  String OTHER_SUB = "11111111-1111-4111-8111-111111111111";

  /** The creation times of up to 8 devices, as seconds after {@link #NOW}: some equal, so the key breaks ties. */
  @Provide
  default Arbitrary<Seq<Integer>> creationOffsets() {
    return Arbitraries.integers().between(0, 3).list().ofMaxSize(8).map(List::ofAll);
  }

  private static User saved(Subject s, User user) {
    Naming naming = new Naming(HashSet.empty(), LinkedHashSet.of(AliasAttribute.values()), CaseSensitivity.CASE_SENSITIVE);
    return s.pools().users(s.pool()).save(user, naming.keysOf(user)).get();
  }

  private static Device device(User owner, int index, Instant created) {
    byte[] random = new byte[16];
    random[0] = (byte) index;
    random[15] = (byte) (index * 7 + 1);
    return Device.issued("us-east-1", owner.sub().value(), random, new byte[]{ 1, 2, 3, 4, 5, 6, 7, 8, (byte) index }, created);
  }

  /** Saved devices are listed for their owner, oldest first then by key, and found with every member as saved. */
  @Property(tries = 30)
  @Domain(CognitoDomain.class)
  default void savedDevicesAreListedInOrderAndFoundAsSaved(@ForAll User user, @ForAll("creationOffsets") Seq<Integer> offsets) {
    Subject s = subject();
    User owner = saved(s, user);
    Seq<Device> made = offsets.zipWithIndex().map(t -> device(owner, t._2, NOW.plusSeconds(t._1)));
    made.forEach(d -> s.devices().save(s.pool(), d));
    Seq<Device> expected = made.sorted(Comparator.comparing(Device::created).thenComparing(Device::deviceKey));
    assertEquals(expected, s.devices().list(s.pool(), owner.sub().value()), "oldest first, then by key");
    made.forEach(d -> assertEquals(Option.some(d), s.devices().find(s.pool(), owner.sub().value(), d.deviceKey()), "found as saved"));
  }

  /** A save replaces the owner's device of that key (confirmed, renamed, remembered), and delete takes it once. */
  @Property(tries = 20)
  @Domain(CognitoDomain.class)
  default void aSaveReplacesAndADeleteRemovesOnce(@ForAll User user, @ForAll boolean prompt) {
    Subject s = subject();
    User owner = saved(s, user);
    String sub = owner.sub().value();
    Device issued = device(owner, 1, NOW);
    s.devices().save(s.pool(), issued);
    Device confirmed = issued.confirm(new DeviceConfiguration(true, prompt), "dmVyaWZpZXI=", "c2FsdA==", Option.some("phone"),
        NOW.plusSeconds(5)).withStatus(DeviceStatus.REMEMBERED, NOW.plusSeconds(9)).authenticated(NOW.plusSeconds(11));
    s.devices().save(s.pool(), confirmed);
    assertEquals(List.of(confirmed), s.devices().list(s.pool(), sub), "replaced, not added");
    String another = sub.equals(OTHER_SUB) ? OTHER_SUB.replace('1', '2') : OTHER_SUB;
    assertFalse(s.devices().delete(s.pool(), another, issued.deviceKey()), "another user's delete");
    assertTrue(s.devices().find(s.pool(), another, issued.deviceKey()).isEmpty(), "another's find");
    assertTrue(s.devices().delete(s.pool(), sub, issued.deviceKey()), "delete");
    assertFalse(s.devices().delete(s.pool(), sub, issued.deviceKey()), "a second delete");
    assertTrue(s.devices().list(s.pool(), sub).isEmpty(), "gone");
  }

  /** A deleted user's devices are gone: never listed or found again. */
  @Property(tries = 10)
  @Domain(CognitoDomain.class)
  default void aDeletedUsersDevicesAreGone(@ForAll User user) {
    Subject s = subject();
    User owner = saved(s, user);
    Device d = device(owner, 3, NOW);
    s.devices().save(s.pool(), d);
    assertTrue(s.pools().users(s.pool()).delete(owner).isRight(), "delete the user");
    assertTrue(s.devices().list(s.pool(), owner.sub().value()).isEmpty(), "not listed");
    assertTrue(s.devices().find(s.pool(), owner.sub().value(), d.deviceKey()).isEmpty(), "not found");
  }
}
