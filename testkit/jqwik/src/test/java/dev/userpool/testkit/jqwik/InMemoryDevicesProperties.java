package dev.userpool.testkit.jqwik;

import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.store.InMemoryDevices;
import dev.userpool.testkit.store.InMemoryUserPools;
import java.time.Instant;

/** The device store contract in memory: a new pool store with one pool per try. */
class InMemoryDevicesProperties implements DevicesContract {

  @Override
  public Subject subject() {
    InMemoryUserPools pools = new InMemoryUserPools();
    UserPoolId id = new UserPoolId("us-east-1_Devices1");
    pools.save(UserPool.builder().id(id).name("devices").creationDate(Instant.EPOCH).lastModifiedDate(Instant.EPOCH).version(1).build())
        .get();
    return new Subject(pools, id, new InMemoryDevices(pools));
  }
}
