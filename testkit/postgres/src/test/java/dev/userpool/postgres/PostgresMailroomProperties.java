package dev.userpool.postgres;

import dev.userpool.pool.UserPool;
import dev.userpool.testkit.inprocess.Mailroom;
import dev.userpool.testkit.jqwik.MailroomContract;
import java.time.Instant;
import net.jqwik.api.PropertyDefaults;

/** The Mailroom contract on PostgreSQL: each try starts from an empty database holding the contract's pools. */
@PropertyDefaults(tries = 50)
class PostgresMailroomProperties implements MailroomContract {

  @Override
  public Mailroom subject() {
    TestDatabase.deleteEverything();
    POOLS.forEach(id -> TestDatabase.stores().userPools().save(UserPool.builder().id(id).name("mailroom")
        .creationDate(Instant.EPOCH).lastModifiedDate(Instant.EPOCH).version(1).build()).get());
    return TestDatabase.stores().mailroom();
  }
}
