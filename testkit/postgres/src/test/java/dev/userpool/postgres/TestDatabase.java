package dev.userpool.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database the tests share: one embedded server per JVM, started on first use, or the server
 * {@code -Duserpool.postgres.url=...} names (whose tables the tests empty: point it at a scratch database).
 */
final class TestDatabase {

  /** The system property that points the tests at an external server. */
  static final String URL_PROPERTY = "userpool.postgres.url";

  private static PostgresStores stores;

  private TestDatabase() {}

  /** The URL of the shared database. */
  static synchronized String url() {
    String external = System.getProperty(URL_PROPERTY, "");
    if (!external.isBlank()) {
      return external;
    }
    return Shared.SERVER.getJdbcUrl("postgres", "postgres");
  }

  /** The stores on the shared database, connected and migrated once. */
  static synchronized PostgresStores stores() {
    if (stores == null) {
      stores = PostgresStores.connect(url());
    }
    return stores;
  }

  /** Empties every table of the shared database. */
  static void deleteEverything() {
    execute("DELETE FROM user_pool");
    execute("DELETE FROM pool_group");
    execute("DELETE FROM token_family");
    execute("DELETE FROM authorization_code");
    execute("DELETE FROM hosted_session");
    execute("UPDATE test_clock SET offset_nanos = 0");
  }

  /** Runs one statement on the shared database. */
  static void execute(String sql) {
    try (Connection c = stores().dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The embedded server, started when first needed and stopped when the JVM exits (by zonky's hook). */
  private static final class Shared {
    static final EmbeddedPostgres SERVER = EmbeddedServer.start();
  }
}
