package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.LookupKey;
import org.junit.jupiter.api.Test;

/** The testkit's InProcessCognito runs on the PostgreSQL store when given it: the endpoint's path to a database. */
class InProcessCognitoOnPostgresTest {

  @Test
  void shouldKeepWhatItsServiceDoesInThePostgresStore() {
    InProcessCognito cognito = InProcessCognito.builder().store(TestDatabase.stores().userPools()).build();
    Services.PoolAndClient ids = Services.poolWithClient(cognito.service(), "local", 0);
    Services.ok(Services.create(cognito.service(), ids.pool(), "jane", "Temporary1x"));

    PostgresStores other = PostgresStores.connect(TestDatabase.url());
    try {
      assertThat(other.userPools().users(new UserPoolId(ids.pool())).find(new LookupKey.ByUsername("jane"))).isNotEmpty();
    } finally {
      other.close();
    }
    assertThat(cognito.store()).isSameAs(TestDatabase.stores().userPools());
    assertThatThrownBy(cognito::pools).isInstanceOf(IllegalStateException.class).hasMessageContaining("store()");
  }
}
