package dev.userpool.postgres;

import dev.userpool.port.TokenFamilies;
import dev.userpool.testkit.jqwik.TokenFamiliesContract;
import net.jqwik.api.PropertyDefaults;

/** The TokenFamilies contract on PostgreSQL: each try starts from an empty registry in the shared database. */
@PropertyDefaults(tries = 50)
class PostgresTokenFamiliesProperties implements TokenFamiliesContract {

  @Override
  public TokenFamilies subject() {
    TestDatabase.execute("DELETE FROM token_family");
    return TestDatabase.stores().tokenFamilies();
  }
}
