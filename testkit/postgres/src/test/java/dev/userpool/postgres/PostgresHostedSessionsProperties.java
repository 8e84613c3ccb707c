package dev.userpool.postgres;

import dev.userpool.port.HostedSessions;
import dev.userpool.testkit.jqwik.HostedSessionsContract;
import net.jqwik.api.PropertyDefaults;

/** The HostedSessions contract on PostgreSQL: each try starts from an empty database. */
@PropertyDefaults(tries = 50)
class PostgresHostedSessionsProperties implements HostedSessionsContract {

  @Override
  public HostedSessions subject() {
    TestDatabase.deleteEverything();
    return TestDatabase.stores().hostedSessions();
  }
}
