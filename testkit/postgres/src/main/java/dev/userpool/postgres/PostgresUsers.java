package dev.userpool.postgres;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.Users;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.user.Username;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The users of one pool on PostgreSQL. A save is one transaction: a conditional insert (version 1, only
 * if the sub is absent) or a conditional update ({@code UPDATE ... WHERE version = n - 1}); then the
 * user's keys that no longer apply are deleted and the new ones claimed, a key another user holds
 * rolling the whole save back as {@link StoreConflict.KeyTaken}. Two processes on one database therefore
 * never lose an update and never give one key to two users.
 */
final class PostgresUsers implements Users {

  private static final HexFormat HEX = HexFormat.of();

  private static final String COLUMNS = "u.document, u.version";
  private static final String FIND_BY_SUB = "SELECT " + COLUMNS + " FROM pool_user u WHERE u.pool_id = ? AND u.sub = ?";
  private static final String FIND_BY_KEY = "SELECT " + COLUMNS
      + " FROM user_key k JOIN pool_user u ON u.pool_id = k.pool_id AND u.sub = k.sub"
      + " WHERE k.pool_id = ? AND k.kind = ? AND k.value = ?";
  private static final String INSERT = "INSERT INTO pool_user (pool_id, sub, username, username_order, status, enabled, version, document)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pool_id, sub) DO NOTHING";
  private static final String UPDATE = "UPDATE pool_user SET username = ?, username_order = ?, status = ?, enabled = ?, version = ?, document = ?"
      + " WHERE pool_id = ? AND sub = ? AND version = ?";
  private static final String DROP_OLD_KEYS = "DELETE FROM user_key k WHERE k.pool_id = ? AND k.sub = ?"
      + " AND NOT EXISTS (SELECT 1 FROM unnest(?::text[], ?::text[]) AS n(kind, value)"
      + " WHERE n.kind = k.kind AND decode(n.value, 'hex') = k.value)";
  // A key this user already holds is "updated" to itself and returned; one another user holds is not.
  private static final String CLAIM_KEYS = "INSERT INTO user_key (pool_id, kind, value, sub)"
      + " SELECT ?, n.kind, decode(n.value, 'hex'), ? FROM unnest(?::text[], ?::text[]) AS n(kind, value)"
      + " ON CONFLICT (pool_id, kind, value) DO UPDATE SET sub = EXCLUDED.sub WHERE user_key.sub = EXCLUDED.sub"
      + " RETURNING kind, encode(value, 'hex')";
  private static final String DELETE = "DELETE FROM pool_user WHERE pool_id = ? AND sub = ? AND version = ?";
  private static final String LIST_FIRST = "SELECT " + COLUMNS + " FROM pool_user u WHERE u.pool_id = ? ORDER BY u.username_order LIMIT ?";
  private static final String LIST_AFTER = "SELECT " + COLUMNS + " FROM pool_user u WHERE u.pool_id = ? AND u.username_order > ?"
      + " ORDER BY u.username_order LIMIT ?";
  private static final String COUNT = "SELECT count(*) FROM pool_user WHERE pool_id = ?";

  private final Database db;
  private final String pool;

  PostgresUsers(Database db, UserPoolId pool) {
    this.db = Objects.requireNonNull(db, "db is null");
    this.pool = Objects.requireNonNull(pool, "pool is null").value();
  }

  @Override
  public Option<User> find(LookupKey key) {
    Objects.requireNonNull(key, "key is null");
    return db.read(c -> {
      if (key instanceof LookupKey.BySub bySub) {
        try (PreparedStatement s = c.prepareStatement(FIND_BY_SUB)) {
          s.setString(1, pool);
          s.setString(2, bySub.sub().value());
          return one(s);
        }
      }
      StoredKey k = StoredKey.of(key);
      try (PreparedStatement s = c.prepareStatement(FIND_BY_KEY)) {
        s.setString(1, pool);
        s.setString(2, k.kind());
        s.setBytes(3, k.value());
        return one(s);
      }
    });
  }

  @Override
  public Either<StoreConflict, User> save(User user, Set<LookupKey> keys) {
    Objects.requireNonNull(user, "user is null");
    Objects.requireNonNull(keys, "keys is null");
    if (user.version() < 1) {
      return Either.left(new StoreConflict.VersionMismatch());
    }
    // Sub keys are the row itself; the others are claimed in one order, so two claimants never deadlock.
    List<LookupKey> given = List.ofAll(keys).filter(k -> !(k instanceof LookupKey.BySub));
    List<StoredKey> stored = given.map(StoredKey::of).sortBy(StoredKey::id);
    String document = Documents.ofUser(user);
    return db.write(c -> {
      if (!writeRow(c, user, document)) {
        return Either.left(new StoreConflict.VersionMismatch());
      }
      String[] kinds = stored.map(StoredKey::kind).toJavaArray(String[]::new);
      String[] values = stored.map(k -> HEX.formatHex(k.value())).toJavaArray(String[]::new);
      if (user.version() > 1) {
        try (PreparedStatement s = c.prepareStatement(DROP_OLD_KEYS)) {
          s.setString(1, pool);
          s.setString(2, user.sub().value());
          s.setArray(3, c.createArrayOf("text", kinds));
          s.setArray(4, c.createArrayOf("text", values));
          s.executeUpdate();
        }
      }
      if (kinds.length == 0) {
        return Either.right(user);
      }
      HashSet<String> claimed = new HashSet<>();
      try (PreparedStatement s = c.prepareStatement(CLAIM_KEYS)) {
        s.setString(1, pool);
        s.setString(2, user.sub().value());
        s.setArray(3, c.createArrayOf("text", kinds));
        s.setArray(4, c.createArrayOf("text", values));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            claimed.add(r.getString(1) + ":" + r.getString(2));
          }
        }
      }
      // Report the first taken key in the caller's order, as the in-memory store does.
      Option<LookupKey> taken = given.find(k -> !claimed.contains(StoredKey.of(k).id()));
      return taken.isDefined() ? Either.left(new StoreConflict.KeyTaken(taken.get())) : Either.right(user);
    });
  }

  @Override
  public Either<StoreConflict, User> delete(User user) {
    Objects.requireNonNull(user, "user is null");
    int deleted = db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(DELETE)) {
        s.setString(1, pool);
        s.setString(2, user.sub().value());
        s.setLong(3, user.version());
        return s.executeUpdate();
      }
    });
    return deleted == 1 ? Either.right(user) : Either.left(new StoreConflict.VersionMismatch());
  }

  @Override
  public Seq<User> list(Option<Username> after, int limit) {
    if (limit <= 0) {
      return List.empty();
    }
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(after.isDefined() ? LIST_AFTER : LIST_FIRST)) {
        s.setString(1, pool);
        if (after.isDefined()) {
          s.setBytes(2, order(after.get().value()));
          s.setInt(3, limit);
        } else {
          s.setInt(2, limit);
        }
        return all(s);
      }
    });
  }

  @Override
  public long count() {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(COUNT)) {
        s.setString(1, pool);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    });
  }

  // -- helpers

  /** Inserts (version 1) or updates (version n over n - 1) the row; false when the version did not fit. */
  private boolean writeRow(Connection c, User user, String document) throws SQLException {
    String username = user.username().value();
    if (user.version() == 1) {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, pool);
        s.setString(2, user.sub().value());
        s.setString(3, username);
        s.setBytes(4, order(username));
        s.setString(5, user.status().name());
        s.setBoolean(6, user.enabled());
        s.setLong(7, user.version());
        s.setString(8, document);
        return s.executeUpdate() == 1;
      }
    }
    try (PreparedStatement s = c.prepareStatement(UPDATE)) {
      s.setString(1, username);
      s.setBytes(2, order(username));
      s.setString(3, user.status().name());
      s.setBoolean(4, user.enabled());
      s.setLong(5, user.version());
      s.setString(6, document);
      s.setString(7, pool);
      s.setString(8, user.sub().value());
      s.setLong(9, user.version() - 1);
      return s.executeUpdate() == 1;
    }
  }

  /** The username's sort key: UTF-16 code units, big-endian, so bytes sort as {@link String#compareTo} does. */
  static byte[] order(String username) {
    return username.getBytes(StandardCharsets.UTF_16BE);
  }

  private static Option<User> one(PreparedStatement s) throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      return r.next() ? Option.some(Documents.user(r.getString(1), r.getLong(2))) : Option.none();
    }
  }

  private static Seq<User> all(PreparedStatement s) throws SQLException {
    ArrayList<User> users = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        users.add(Documents.user(r.getString(1), r.getLong(2)));
      }
    }
    return List.ofAll(users);
  }

  /** A key as stored: its kind ({@code username}, {@code alias:EMAIL}, ...) and its value in UTF-16. */
  record StoredKey(String kind, byte[] value) {

    static StoredKey of(LookupKey key) {
      if (key instanceof LookupKey.ByUsername u) {
        return new StoredKey("username", order(u.folded()));
      }
      if (key instanceof LookupKey.ByAlias a) {
        return new StoredKey("alias:" + a.attribute().name(), order(a.folded()));
      }
      throw new IllegalArgumentException("a sub is not stored as a key");
    }

    /** The key as the claim query returns it. */
    String id() {
      return kind + ":" + HEX.formatHex(value);
    }
  }
}
