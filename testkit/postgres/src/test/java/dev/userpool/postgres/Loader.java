package dev.userpool.postgres;

import dev.userpool.pool.UserPool;
import dev.userpool.port.Users;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;

/** How {@link ScaleBench} stores its users: through the store port, or in batched multi-row inserts on PostgreSQL. */
interface Loader {

  void load(User[] users);

  /** One save a user through the port, with the keys the service would give it. */
  record Through(Users users, Naming naming) implements Loader {
    @Override
    public void load(User[] batch) {
      for (User u : batch) {
        if (users.save(u, naming.keysOf(u)).isLeft()) {
          throw new IllegalStateException("could not store " + u.username());
        }
      }
    }
  }

  /**
   * The rows {@link PostgresUsers#save} writes (the user, its keys, its search rows), for a batch of new users
   * in three multi-row inserts and one transaction.
   */
  final class Batched implements Loader {

    private static final HexFormat HEX = HexFormat.of();
    private static final String USERS = "INSERT INTO pool_user (pool_id, sub, username, username_order, status, enabled, version, document)"
        + " SELECT ?, t.sub, t.username, decode(t.ord, 'hex'), t.status, t.enabled, 1, t.doc"
        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[])"
        + " AS t(sub, username, ord, status, enabled, doc)";
    private static final String KEYS = "INSERT INTO user_key (pool_id, kind, value, sub) SELECT ?, t.kind, decode(t.value, 'hex'), t.sub"
        + " FROM unnest(?::text[], ?::text[], ?::text[]) AS t(kind, value, sub)";
    private static final String SEARCH = "INSERT INTO user_search (pool_id, attribute, value, username_order, sub)"
        + " SELECT ?, t.attribute, decode(t.value, 'hex'), decode(t.ord, 'hex'), t.sub"
        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS t(attribute, value, ord, sub)";

    private final PostgresStores stores;
    private final UserPool pool;
    private final Naming naming;

    Batched(PostgresStores stores, UserPool pool) {
      this.stores = stores;
      this.pool = pool;
      this.naming = Naming.of(pool);
    }

    @Override
    public void load(User[] batch) {
      ArrayList<String[]> users = new ArrayList<>();
      ArrayList<String[]> keys = new ArrayList<>();
      ArrayList<String[]> search = new ArrayList<>();
      for (User u : batch) {
        String sub = u.sub().value();
        String order = HEX.formatHex(PostgresUsers.order(u.username().value()));
        users.add(new String[]{ sub, u.username().value(), order, u.status().name(), String.valueOf(u.enabled()), Documents.ofUser(u) });
        for (LookupKey k : naming.keysOf(u).filter(k -> !(k instanceof LookupKey.BySub))) {
          PostgresUsers.StoredKey stored = PostgresUsers.StoredKey.of(k);
          keys.add(new String[]{ stored.kind(), HEX.formatHex(stored.value()), sub });
        }
        for (SearchRows.Row row : SearchRows.of(u, pool.caseSensitivity())) {
          search.add(new String[]{ row.attribute(), HEX.formatHex(row.value()), order, sub });
        }
      }
      try (Connection c = stores.dataSource().getConnection()) {
        c.setAutoCommit(false);
        insert(c, USERS, users, new String[]{ "text", "text", "text", "text", "boolean", "text" });
        insert(c, KEYS, keys, new String[]{ "text", "text", "text" });
        insert(c, SEARCH, search, new String[]{ "text", "text", "text", "text" });
        c.commit();
        c.setAutoCommit(true);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private void insert(Connection c, String sql, ArrayList<String[]> rows, String[] types) throws SQLException {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, pool.id().value());
        for (int col = 0; col < types.length; col++) {
          Object[] column = new Object[rows.size()];
          for (int r = 0; r < rows.size(); r++) {
            String v = rows.get(r)[col];
            column[r] = types[col].equals("boolean") ? (Object) Boolean.valueOf(v) : v;
          }
          s.setArray(col + 2, c.createArrayOf(types[col], column));
        }
        s.executeUpdate();
      }
    }

    /**
     * VACUUM (ANALYZE): the planner learns the tables' new sizes and values, and the visibility map lets index-only
     * scans skip the heap, as autovacuum leaves tables some time after a bulk insert (PostgreSQL 13+ vacuums on
     * inserts too). Measuring before it would measure autovacuum racing the calls.
     */
    void analyse() throws SQLException {
      try (Connection c = stores.dataSource().getConnection(); Statement s = c.createStatement()) {
        s.execute("VACUUM (ANALYZE) pool_user");
        s.execute("VACUUM (ANALYZE) user_key");
        s.execute("VACUUM (ANALYZE) user_search");
      }
    }

    /** The tables' and their indexes' size on disk, per user. */
    void printSizes(int count) throws SQLException {
      try (Connection c = stores.dataSource().getConnection(); Statement s = c.createStatement()) {
        for (String table : List.of("pool_user", "user_key", "user_search")) {
          try (ResultSet r = s.executeQuery("SELECT pg_table_size('" + table + "'), pg_indexes_size('" + table + "')")) {
            r.next();
            System.out.printf("%-12s table %,14d bytes, indexes %,14d bytes: %,.0f bytes a user%n", table, r.getLong(1), r.getLong(2),
                (r.getLong(1) + r.getLong(2)) / (double) count);
          }
        }
      }
    }
  }
}
