package dev.userpool.postgres;

import dev.userpool.testkit.inprocess.ClockOffset;
import dev.userpool.testkit.jqwik.ClockOffsetContract;
import net.jqwik.api.PropertyDefaults;

/** The ClockOffset contract on PostgreSQL: each try starts from a zero offset in the shared database. */
@PropertyDefaults(tries = 50)
class PostgresClockOffsetProperties implements ClockOffsetContract {

  @Override
  public ClockOffset subject() {
    TestDatabase.execute("UPDATE test_clock SET offset_nanos = 0");
    return TestDatabase.stores().clockOffset();
  }
}
