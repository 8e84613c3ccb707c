package dev.userpool.testkit.jqwik;

import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.store.InMemoryUserPools;
import dev.userpool.testkit.store.InMemoryWebAuthnCredentials;
import java.time.Instant;

/** The passkey store contract in memory: a new pool store with one pool per try. */
class InMemoryWebAuthnCredentialsProperties implements WebAuthnCredentialsContract {

  @Override
  public Subject subject() {
    InMemoryUserPools pools = new InMemoryUserPools();
    UserPoolId id = new UserPoolId("us-east-1_Passkeys1");
    pools.save(UserPool.builder().id(id).name("passkeys").creationDate(Instant.EPOCH).lastModifiedDate(Instant.EPOCH).version(1)
        .build()).get();
    return new Subject(pools, id, new InMemoryWebAuthnCredentials(pools));
  }
}
