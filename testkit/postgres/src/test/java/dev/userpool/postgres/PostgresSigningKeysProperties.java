package dev.userpool.postgres;

import dev.userpool.port.SigningKeys;
import dev.userpool.testkit.jqwik.SigningKeysContract;

/** The SigningKeys contract on PostgreSQL: each try starts from a database without keys. */
class PostgresSigningKeysProperties implements SigningKeysContract {

  @Override
  public SigningKeys subject() {
    TestDatabase.execute("DELETE FROM signing_key");
    TestDatabase.execute("DELETE FROM signing_key_set");
    return TestDatabase.stores().signingKeys();
  }
}
