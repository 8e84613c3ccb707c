package dev.userpool.postgres;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.port.Users;
import dev.userpool.testkit.jqwik.UsersContract;

/** The Users contract on PostgreSQL: each try gets a new, empty pool in the shared database. */
class PostgresUsersProperties implements UsersContract {

  @Override
  public Users subject() {
    return PostgresUserSearchProperties.usersOfNewPool("users", CaseSensitivity.CASE_SENSITIVE);
  }
}
