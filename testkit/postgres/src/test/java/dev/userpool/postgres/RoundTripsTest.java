package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an operation costs the database, counted rather than timed: the statements prepared (each is run
 * once) and the commits. A round trip is most of a call's time on PostgreSQL (docs/PERFORMANCE.md).
 */
class RoundTripsTest {

  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private UserPoolService service;
  private Services.PoolAndClient ids;

  @BeforeEach
  void setUp() {
    Intercepting counting = new Intercepting(TestDatabase.stores().dataSource(), (c, method) -> {
      if (method.equals("prepareStatement") || method.equals("commit")) {
        calls.add(method);
      }
    });
    service = Services.on(PostgresStores.on(counting).userPools());
    ids = Services.poolWithClient(service, "round-trips", 0);
    Services.ok(Services.create(service, ids.pool(), "jane", "Temporary1x"));
    Services.ok(Services.setPassword(service, ids.pool(), "jane", "Permanent1x", true));
    calls.clear();
  }

  @Test
  void shouldFindThePoolFindTheUserAndSaveInOneStatementAndACommitForAdminSetUserPassword() {
    Services.ok(Services.setPassword(service, ids.pool(), "jane", "Permanent2x", true));

    assertThat(calls).containsExactly("prepareStatement", "prepareStatement", "prepareStatement", "commit");
  }

  @Test
  void shouldFindThePoolAndTheUserAndWriteNothingForASignIn() {
    assertThat(Services.ok(Services.signIn(service, ids.pool(), ids.client(), "jane", "Permanent1x")))
        .isInstanceOf(Results.Authenticated.class);

    assertThat(calls).containsExactly("prepareStatement", "prepareStatement");
  }
}
