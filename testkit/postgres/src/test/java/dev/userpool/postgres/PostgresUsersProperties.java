package dev.userpool.postgres;

import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Users;
import dev.userpool.testkit.jqwik.UsersContract;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The Users contract on PostgreSQL: each try gets a new, empty pool in the shared database. */
class PostgresUsersProperties implements UsersContract {

  private static final AtomicLong POOLS = new AtomicLong();

  @Override
  public Users subject() {
    UserPool pool = UserPool.builder()
        .id(new UserPoolId("us-east-1_users" + POOLS.incrementAndGet()))
        .name("contract")
        .creationDate(Instant.EPOCH)
        .lastModifiedDate(Instant.EPOCH)
        .version(1)
        .build();
    TestDatabase.stores().userPools().save(pool).get();
    return TestDatabase.stores().userPools().users(pool.id());
  }
}
