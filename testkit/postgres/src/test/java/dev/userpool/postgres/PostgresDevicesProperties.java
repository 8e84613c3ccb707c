package dev.userpool.postgres;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.testkit.jqwik.DevicesContract;

/** The device store contract on PostgreSQL (migration V10): each try gets a new, empty pool in the shared database. */
class PostgresDevicesProperties implements DevicesContract {

  @Override
  public Subject subject() {
    return new Subject(TestDatabase.stores().userPools(), PostgresUserSearchProperties.newPool("devices", CaseSensitivity.CASE_SENSITIVE),
        TestDatabase.stores().devices());
  }
}
