package dev.userpool.postgres;

import dev.userpool.port.Groups;
import dev.userpool.testkit.jqwik.GroupsContract;
import net.jqwik.api.PropertyDefaults;

/** The Groups contract on PostgreSQL: each try starts from empty group tables in the shared database. */
@PropertyDefaults(tries = 50)
class PostgresGroupsProperties implements GroupsContract {

  @Override
  public Groups subject() {
    TestDatabase.execute("DELETE FROM pool_group");
    return TestDatabase.stores().groups();
  }
}
