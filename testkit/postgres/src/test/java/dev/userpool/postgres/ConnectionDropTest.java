package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.UserPoolService;
import dev.userpool.user.User;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
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
    service = Services.on(PostgresStores.on(new Dropping(TestDatabase.stores().dataSource())).userPools());
    ids = Services.poolWithClient(service, "drops", 5);
  }

  @Test
  void shouldStoreNothingOfAPasswordChangeWhoseConnectionDroppedAndServeTheNextCall() {
    User before = Services.ok(service.adminCreateUser(new Requests.AdminCreateUser(ids.pool(), "jane", "Temporary1x", null, "SUPPRESS")));
    Services.ok(Services.setPassword(service, ids.pool(), "jane", "Permanent1x", true));

    dropBeforeCommit.set(true);
    assertThat(Services.setPassword(service, ids.pool(), "jane", "Permanent2x", true).getLeft()).isInstanceOf(CognitoError.InternalError.class);
    dropBeforeCommit.set(false);

    User after = Services.ok(service.adminGetUser(new Requests.AdminGetUser(ids.pool(), "jane")));
    assertThat(after.version()).as("the version the last acknowledged write left").isEqualTo(before.version() + 1);
    assertThat(after.passwordHistory().size()).isEqualTo(2);
    assertThat(Services.signIn(service, ids.pool(), ids.client(), "jane", "Permanent2x").getLeft()).isInstanceOf(CognitoError.NotAuthorized.class);
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

  /** A data source whose connections, while the flag is up, are terminated by the server as they commit. */
  private final class Dropping implements DataSource {
    private final DataSource real;

    Dropping(DataSource real) {
      this.real = real;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = real.getConnection();
      InvocationHandler h = (proxy, method, args) -> {
        if (method.getName().equals("commit") && dropBeforeCommit.get()) {
          terminate(c.unwrap(PGConnection.class).getBackendPID());
        }
        try {
          return method.invoke(c, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private void terminate(int pid) throws SQLException {
      try (Connection other = DriverManager.getConnection(TestDatabase.url());
           PreparedStatement s = other.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
        s.setInt(1, pid);
        s.executeQuery();
      }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLException("not used");
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
