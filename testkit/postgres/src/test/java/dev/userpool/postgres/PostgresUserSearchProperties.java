package dev.userpool.postgres;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Users;
import dev.userpool.testkit.jqwik.UserSearchContract;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** ListUsers' search contract on PostgreSQL: each try gets a new, empty pool of the given case sensitivity. */
class PostgresUserSearchProperties implements UserSearchContract {

  private static final AtomicLong POOLS = new AtomicLong();

  @Override
  public Users subject(CaseSensitivity caseSensitivity) {
    return usersOfNewPool("search", caseSensitivity);
  }

  /** The users of a new, empty pool in the shared database, named {@code us-east-1_<name><n>}. */
  static Users usersOfNewPool(String name, CaseSensitivity caseSensitivity) {
    return TestDatabase.stores().userPools().users(newPool(name, caseSensitivity));
  }

  /** A new, empty pool in the shared database, named {@code us-east-1_<name><n>}: its id. */
  static UserPoolId newPool(String name, CaseSensitivity caseSensitivity) {
    UserPool pool = UserPool.builder()
        .id(new UserPoolId("us-east-1_" + name + POOLS.incrementAndGet()))
        .name(name)
        .caseSensitivity(caseSensitivity)
        .creationDate(Instant.EPOCH)
        .lastModifiedDate(Instant.EPOCH)
        .version(1)
        .build();
    TestDatabase.stores().userPools().save(pool).get();
    return pool.id();
  }
}
