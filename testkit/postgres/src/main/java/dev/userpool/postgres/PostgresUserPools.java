package dev.userpool.postgres;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User pools on PostgreSQL, each with its app clients and its {@link PostgresUsers}. A save is one
 * transaction: the conditional insert or update of the pool's row, then its client ids; deleting a pool
 * deletes its clients, users and keys with it (foreign keys, {@code ON DELETE CASCADE}).
 */
final class PostgresUserPools implements UserPools {

  private static final String FIND = "SELECT document, version FROM user_pool WHERE id = ?";
  private static final String FIND_BY_CLIENT = "SELECT p.document, p.version FROM app_client c JOIN user_pool p ON p.id = c.pool_id"
      + " WHERE c.client_id = ?";
  private static final String INSERT = "INSERT INTO user_pool (id, version, document) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING";
  private static final String UPDATE = "UPDATE user_pool SET version = ?, document = ? WHERE id = ? AND version = ?";
  private static final String DROP_OLD_CLIENTS = "DELETE FROM app_client WHERE pool_id = ? AND NOT (client_id = ANY (?::text[]))";
  private static final String CLAIM_CLIENTS = "INSERT INTO app_client (client_id, pool_id) SELECT c, ? FROM unnest(?::text[]) AS c"
      + " ON CONFLICT (client_id) DO UPDATE SET pool_id = EXCLUDED.pool_id WHERE app_client.pool_id = EXCLUDED.pool_id";
  private static final String DELETE = "DELETE FROM user_pool WHERE id = ?";
  private static final String LIST = "SELECT document, version FROM user_pool ORDER BY id";

  private final Database db;
  // Each pool's case sensitivity, which never changes (UpdateUserPool has no UsernameConfiguration) and
  // pool ids are not reused (a pool recreated under a deleted one's id is seen here when this process deletes or
  // saves it): the user store folds its search rows by it without reading the pool.
  private final ConcurrentHashMap<UserPoolId, CaseSensitivity> caseSensitivities = new ConcurrentHashMap<>();

  PostgresUserPools(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public Option<UserPool> find(UserPoolId id) {
    Objects.requireNonNull(id, "id is null");
    return db.read(c -> one(c, FIND, id.value()));
  }

  @Override
  public Option<UserPool> findByClient(ClientId clientId) {
    Objects.requireNonNull(clientId, "clientId is null");
    return db.read(c -> one(c, FIND_BY_CLIENT, clientId.value()));
  }

  @Override
  public Either<StoreConflict, UserPool> save(UserPool pool) {
    Objects.requireNonNull(pool, "pool is null");
    if (pool.version() < 1) {
      return Either.left(new StoreConflict.VersionMismatch());
    }
    String document = Documents.ofPool(pool);
    String[] clients = pool.clients().keySet().map(ClientId::value).toSortedSet().toJavaArray(String[]::new);
    return db.write(c -> {
      if (!writeRow(c, pool, document)) {
        return Either.left(new StoreConflict.VersionMismatch());
      }
      try (PreparedStatement s = c.prepareStatement(DROP_OLD_CLIENTS)) {
        s.setString(1, pool.id().value());
        s.setArray(2, c.createArrayOf("text", clients));
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement(CLAIM_CLIENTS)) {
        s.setString(1, pool.id().value());
        s.setArray(2, c.createArrayOf("text", clients));
        // A client id another pool holds (ids are random, so never in practice): decide again.
        return s.executeUpdate() == clients.length ? Either.right(pool) : Either.left(new StoreConflict.VersionMismatch());
      }
    }).peek(saved -> caseSensitivities.put(saved.id(), saved.caseSensitivity()));
  }

  @Override
  public boolean delete(UserPoolId id) {
    Objects.requireNonNull(id, "id is null");
    caseSensitivities.remove(id);
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(DELETE)) {
        s.setString(1, id.value());
        return s.executeUpdate() > 0;
      }
    });
  }

  @Override
  public Seq<UserPool> list() {
    return db.read(c -> {
      ArrayList<UserPool> pools = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(LIST); ResultSet r = s.executeQuery()) {
        while (r.next()) {
          pools.add(Documents.pool(r.getString(1), r.getLong(2)));
        }
      }
      return List.ofAll(pools);
    });
  }

  @Override
  public Users users(UserPoolId id) {
    CaseSensitivity known = caseSensitivities.get(Objects.requireNonNull(id, "id is null"));
    if (known == null) {
      Option<UserPool> pool = find(id);
      // A pool that does not exist has no users to fold: nothing is cached for it.
      pool.forEach(p -> caseSensitivities.put(id, p.caseSensitivity()));
      known = pool.map(UserPool::caseSensitivity).getOrElse(CaseSensitivity.CASE_SENSITIVE);
    }
    return new PostgresUsers(db, id, known);
  }

  private boolean writeRow(Connection c, UserPool pool, String document) throws SQLException {
    if (pool.version() == 1) {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, pool.id().value());
        s.setLong(2, pool.version());
        s.setString(3, document);
        return s.executeUpdate() == 1;
      }
    }
    try (PreparedStatement s = c.prepareStatement(UPDATE)) {
      s.setLong(1, pool.version());
      s.setString(2, document);
      s.setString(3, pool.id().value());
      s.setLong(4, pool.version() - 1);
      return s.executeUpdate() == 1;
    }
  }

  private static Option<UserPool> one(Connection c, String sql, String param) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, param);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Option.some(Documents.pool(r.getString(1), r.getLong(2))) : Option.none();
      }
    }
  }
}
