package dev.userpool.postgres;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.testkit.jqwik.WebAuthnCredentialsContract;

/** The passkey store contract on PostgreSQL (migration V8): each try gets a new, empty pool in the shared database. */
class PostgresWebAuthnCredentialsProperties implements WebAuthnCredentialsContract {

  @Override
  public Subject subject() {
    return new Subject(TestDatabase.stores().userPools(), PostgresUserSearchProperties.newPool("passkeys", CaseSensitivity.CASE_SENSITIVE),
        TestDatabase.stores().webAuthnCredentials());
  }
}
