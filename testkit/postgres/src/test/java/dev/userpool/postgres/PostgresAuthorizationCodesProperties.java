package dev.userpool.postgres;

import dev.userpool.port.AuthorizationCodes;
import dev.userpool.testkit.jqwik.AuthorizationCodesContract;
import net.jqwik.api.PropertyDefaults;

/** The AuthorizationCodes contract on PostgreSQL: each try starts from an empty database. */
@PropertyDefaults(tries = 50)
class PostgresAuthorizationCodesProperties implements AuthorizationCodesContract {

  @Override
  public AuthorizationCodes subject() {
    TestDatabase.deleteEverything();
    return TestDatabase.stores().authorizationCodes();
  }
}
