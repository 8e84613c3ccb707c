package dev.userpool.postgres;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.user.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V7: the {@code user_search} rows (V6) of the users stored before it, folded as each pool's case
 * sensitivity says, which only Java can do exactly ({@code lower()} is not {@link String#toLowerCase}).
 */
final class UserSearchBackfill implements JavaMigration {

  private static final String POOLS = "SELECT id, document, version FROM user_pool";
  private static final String USERS = "SELECT document, version FROM pool_user WHERE pool_id = ?";
  private static final String INSERT = "INSERT INTO user_search (pool_id, attribute, value, username_order, sub) VALUES (?, ?, ?, ?, ?)"
      + " ON CONFLICT DO NOTHING";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("7");
  }

  @Override
  public String getDescription() {
    return "user search backfill";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    Map<String, CaseSensitivity> pools = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(POOLS); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        pools.put(r.getString(1), Documents.pool(r.getString(2), r.getLong(3)).caseSensitivity());
      }
    }
    try (PreparedStatement users = c.prepareStatement(USERS); PreparedStatement insert = c.prepareStatement(INSERT)) {
      for (Map.Entry<String, CaseSensitivity> pool : pools.entrySet()) {
        users.setString(1, pool.getKey());
        try (ResultSet r = users.executeQuery()) {
          while (r.next()) {
            add(insert, pool.getKey(), Documents.user(r.getString(1), r.getLong(2)), pool.getValue());
          }
        }
        insert.executeBatch();
      }
    }
  }

  private static void add(PreparedStatement insert, String pool, User user, CaseSensitivity caseSensitivity) throws SQLException {
    for (SearchRows.Row row : SearchRows.of(user, caseSensitivity)) {
      insert.setString(1, pool);
      insert.setString(2, row.attribute());
      insert.setBytes(3, row.value());
      insert.setBytes(4, PostgresUsers.order(user.username().value()));
      insert.setString(5, user.sub().value());
      insert.addBatch();
    }
  }
}
