package dev.userpool.postgres;

import dev.userpool.port.UserPools;
import dev.userpool.testkit.jqwik.UserPoolsContract;

/** The UserPools contract on PostgreSQL: each try starts from an empty database. */
class PostgresUserPoolsProperties implements UserPoolsContract {

  @Override
  public UserPools subject() {
    TestDatabase.deleteEverything();
    return TestDatabase.stores().userPools();
  }
}
