package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.user.User;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The server drops the connection in the middle of a write (pg_terminate_backend from a second
 * connection, just before the commit): the caller gets InternalErrorException, nothing of the write is
 * stored, and the next call is served on a fresh connection.
 */
class ConnectionDropTest {

  private final AtomicBoolean dropBeforeCommit = new AtomicBoolean();
  private UserPoolService service;
  private Services.PoolAndClient ids;

  @BeforeEach
  void setUp() {
    Intercepting dropping = new Intercepting(TestDatabase.stores().dataSource(), (c, method) -> {
      if (method.equals("commit") && dropBeforeCommit.get()) {
        terminate(c.unwrap(PGConnection.class).getBackendPID());
      }
    });
    service = Services.on(PostgresStores.on(dropping).userPools());
    ids = Services.poolWithClient(service, "drops", 5);
  }

  @Test
  void shouldStoreNothingOfAPasswordChangeWhoseConnectionDroppedAndServeTheNextCall() {
    User before = Services.ok(service.adminCreateUser(new Requests.AdminCreateUser(ids.pool(), "jane", "Temporary1x", null, "SUPPRESS")));
    Services.ok(Services.setPassword(service, ids.pool(), "jane", "Permanent1x", true));

    dropBeforeCommit.set(true);
    assertThat(Services.setPassword(service, ids.pool(), "jane", "Permanent2x", true).getLeft())
        .isInstanceOf(CognitoError.InternalError.class);
    dropBeforeCommit.set(false);

    User after = Services.ok(service.adminGetUser(new Requests.AdminGetUser(ids.pool(), "jane")));
    assertThat(after.version()).as("the version the last acknowledged write left").isEqualTo(before.version() + 1);
    assertThat(after.passwordHistory().size()).isEqualTo(2);
    assertThat(Services.signIn(service, ids.pool(), ids.client(), "jane", "Permanent2x").getLeft())
        .isInstanceOf(CognitoError.NotAuthorized.class);
    assertThat(Services.signIn(service, ids.pool(), ids.client(), "jane", "Permanent1x").get()).isInstanceOf(Results.Authenticated.class);
    Services.ok(Services.setPassword(service, ids.pool(), "jane", "Permanent2x", true));
  }

  @Test
  void shouldCreateNoUserNorKeyWhenTheConnectionDropsAndLetTheSameNameBeCreatedAfter() {
    dropBeforeCommit.set(true);
    assertThat(Services.create(service, ids.pool(), "john", "Temporary1x").getLeft()).isInstanceOf(CognitoError.InternalError.class);
    dropBeforeCommit.set(false);

    assertThat(service.adminGetUser(new Requests.AdminGetUser(ids.pool(), "john")).getLeft()).isInstanceOf(CognitoError.UserNotFound.class);
    assertThat(Services.ok(service.listUsers(new Requests.ListUsers(ids.pool(), null, null, null))).users()).isEmpty();
    Services.ok(Services.create(service, ids.pool(), "john", "Temporary1x"));
  }

  private void terminate(int pid) throws SQLException {
    try (Connection other = DriverManager.getConnection(TestDatabase.url());
        PreparedStatement s = other.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
      s.setInt(1, pid);
      s.executeQuery();
    }
  }
}
