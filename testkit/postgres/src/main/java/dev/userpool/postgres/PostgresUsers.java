package dev.userpool.postgres;

import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.Users;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.user.UserSearch;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The users of one pool on PostgreSQL. A save is one transaction: a conditional insert (version 1, only
 * if the sub is absent) or a conditional update ({@code UPDATE ... WHERE version = n - 1}); then the
 * user's keys that no longer apply are deleted and the new ones claimed, a key another user holds
 * rolling the whole save back as {@link StoreConflict.KeyTaken}. Two processes on one database therefore
 * never lose an update and never give one key to two users. The same statement replaces the user's
 * {@code user_search} rows (migration V6), which ListUsers' filters read.
 */
final class PostgresUsers implements Users {

  private static final HexFormat HEX = HexFormat.of();

  private static final String COLUMNS = "u.document, u.version";
  private static final String FIND_BY_SUB = "SELECT " + COLUMNS + " FROM pool_user u WHERE u.pool_id = ? AND u.sub = ?";
  private static final String FIND_BY_KEY = "SELECT " + COLUMNS
      + " FROM user_key k JOIN pool_user u ON u.pool_id = k.pool_id AND u.sub = k.sub"
      + " WHERE k.pool_id = ? AND k.kind = ? AND k.value = ?";
  // One statement writes the row and its keys: the row first, conditionally; the keys only if it was
  // written. A key this user holds already is "updated" to itself and so returned; one that another user
  // holds is not, and the caller rolls back. The result is one row: rows written, keys claimed.
  private static final String KEYS = "n AS (SELECT t.kind, decode(t.value, 'hex') AS value FROM unnest(?::text[], ?::text[]) AS t(kind, "
      + "value)),"
      + " d AS (DELETE FROM user_key k USING w WHERE k.pool_id = w.pool_id AND k.sub = w.sub"
      + "   AND NOT EXISTS (SELECT 1 FROM n WHERE n.kind = k.kind AND n.value = k.value)),"
      + " c AS (INSERT INTO user_key (pool_id, kind, value, sub) SELECT w.pool_id, n.kind, n.value, w.sub FROM w, n"
      + "   ON CONFLICT (pool_id, kind, value) DO UPDATE SET sub = EXCLUDED.sub WHERE user_key.sub = EXCLUDED.sub"
      + "   RETURNING kind || ':' || encode(value, 'hex') AS id),"
      // The search rows: the ones that no longer apply go, the new ones come; unchanged ones stay.
      + " sn AS (SELECT t.attribute, decode(t.value, 'hex') AS value FROM unnest(?::text[], ?::text[]) AS t(attribute, value)),"
      + " sd AS (DELETE FROM user_search s USING w WHERE s.pool_id = w.pool_id AND s.sub = w.sub AND (s.username_order <> w.username_order"
      + "   OR NOT EXISTS (SELECT 1 FROM sn WHERE sn.attribute = s.attribute AND sn.value = s.value))),"
      + " si AS (INSERT INTO user_search (pool_id, attribute, value, username_order, sub)"
      + "   SELECT w.pool_id, sn.attribute, sn.value, w.username_order, w.sub FROM w, sn ON CONFLICT DO NOTHING)"
      + " SELECT (SELECT count(*) FROM w), (SELECT coalesce(array_agg(id), '{}') FROM c)";
  private static final String INSERT = "WITH w AS (INSERT INTO pool_user"
      + " (pool_id, sub, username, username_order, status, enabled, version, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT (pool_id, sub) DO NOTHING RETURNING pool_id, sub, username_order), " + KEYS;
  private static final String UPDATE = "WITH w AS (UPDATE pool_user"
      + " SET username = ?, username_order = ?, status = ?, enabled = ?, version = ?, document = ?"
      + " WHERE pool_id = ? AND sub = ? AND version = ? RETURNING pool_id, sub, username_order), " + KEYS;
  private static final String DELETE = "DELETE FROM pool_user WHERE pool_id = ? AND sub = ? AND version = ?";
  private static final String LIST_FIRST = "SELECT " + COLUMNS + " FROM pool_user u WHERE u.pool_id = ? ORDER BY u.username_order LIMIT ?";
  private static final String LIST_AFTER = "SELECT " + COLUMNS + " FROM pool_user u WHERE u.pool_id = ? AND u.username_order > ?"
      + " ORDER BY u.username_order LIMIT ?";
  // The page's usernames first, from user_search's indexes alone, then the page's users: a prefix many users match
  // sorts only index entries, and only the page's rows of pool_user are read.
  private static final String SEARCH = "SELECT " + COLUMNS + " FROM (SELECT s.username_order FROM user_search s"
      + " WHERE s.pool_id = ? AND s.attribute = ? AND %s AND s.username_order > ? ORDER BY s.username_order LIMIT ?) p"
      + " JOIN pool_user u ON u.pool_id = ? AND u.username_order = p.username_order ORDER BY p.username_order";
  private static final String EXACT = String.format(SEARCH, "s.value = ?");
  private static final String PREFIX = String.format(SEARCH, "s.value >= ? AND s.value < ?");
  private static final String PREFIX_TO_END = String.format(SEARCH, "s.value >= ?");
  private static final String COUNT = "SELECT count(*) FROM pool_user WHERE pool_id = ?";

  private final Database db;
  private final String pool;
  private final CaseSensitivity caseSensitivity;

  /** The users of {@code pool}, whose case sensitivity the search rows are folded by. */
  PostgresUsers(Database db, UserPoolId pool, CaseSensitivity caseSensitivity) {
    this.db = Objects.requireNonNull(db, "db is null");
    this.pool = Objects.requireNonNull(pool, "pool is null").value();
    this.caseSensitivity = Objects.requireNonNull(caseSensitivity, "caseSensitivity is null");
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
    List<SearchRows.Row> search = SearchRows.of(user, caseSensitivity);
    String[] kinds = stored.map(StoredKey::kind).toJavaArray(String[]::new);
    String[] values = stored.map(k -> HEX.formatHex(k.value())).toJavaArray(String[]::new);
    return db.write(c -> {
      try (
          PreparedStatement s = writeStatement(c, user, document,
              new String[][]{ kinds, values, SearchRows.attributes(search), SearchRows.values(search) });
          ResultSet r = s.executeQuery()) {
        r.next();
        if (r.getLong(1) != 1) {
          return Either.left(new StoreConflict.VersionMismatch());
        }
        HashSet<String> claimed = new HashSet<>(Arrays.asList((String[]) r.getArray(2).getArray()));
        // Report the first taken key in the caller's order, as the in-memory store does.
        Option<LookupKey> taken = given.find(k -> !claimed.contains(StoredKey.of(k).id()));
        return taken.isDefined() ? Either.left(new StoreConflict.KeyTaken(taken.get())) : Either.right(user);
      }
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
  public Seq<User> search(UserSearch search, Option<Username> after, int limit) {
    if (search.caseSensitivity() != caseSensitivity) {
      return Users.super.search(search, after, limit);
    }
    if (limit <= 0) {
      return List.empty();
    }
    return db.read(c -> {
      try (PreparedStatement s = searchStatement(c, "", search, after, limit)) {
        return all(s);
      }
    });
  }

  /** The plan PostgreSQL chooses for a search (EXPLAIN), for the tests that check it uses the indexes. */
  String explain(UserSearch search, Option<Username> after, int limit) {
    return db.read(c -> {
      try (PreparedStatement s = searchStatement(c, "EXPLAIN ", search, after, limit); ResultSet r = s.executeQuery()) {
        StringBuilder plan = new StringBuilder();
        while (r.next()) {
          plan.append(r.getString(1)).append('\n');
        }
        return plan.toString();
      }
    });
  }

  private PreparedStatement searchStatement(Connection c, String explain, UserSearch search, Option<Username> after, int limit)
      throws SQLException {
    Option<String> bound = search.prefix() ? UserSearch.upperBound(search.value()) : Option.none();
    String sql = !search.prefix() ? EXACT : bound.isDefined() ? PREFIX : PREFIX_TO_END;
    PreparedStatement s = c.prepareStatement(explain + sql);
    int i = 1;
    s.setString(i++, pool);
    s.setString(i++, search.attribute().filterName());
    s.setBytes(i++, order(search.value()));
    if (bound.isDefined()) {
      s.setBytes(i++, order(bound.get()));
    }
    s.setBytes(i++, order(after.map(Username::value).getOrElse("")));
    s.setInt(i++, limit);
    s.setString(i, pool);
    return s;
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

  /** The insert (version 1) or the update (version n over n - 1) of the row and its keys. */
  private PreparedStatement writeStatement(Connection c, User user, String document, String[][] arrays) throws SQLException {
    String username = user.username().value();
    PreparedStatement s = c.prepareStatement(user.version() == 1 ? INSERT : UPDATE);
    int i = 1;
    if (user.version() == 1) {
      s.setString(i++, pool);
      s.setString(i++, user.sub().value());
    }
    s.setString(i++, username);
    s.setBytes(i++, order(username));
    s.setString(i++, user.status().name());
    s.setBoolean(i++, user.enabled());
    s.setLong(i++, user.version());
    s.setString(i++, document);
    if (user.version() > 1) {
      s.setString(i++, pool);
      s.setString(i++, user.sub().value());
      s.setLong(i++, user.version() - 1);
    }
    for (String[] array : arrays) {
      s.setArray(i++, c.createArrayOf("text", array));
    }
    return s;
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
