package dev.userpool.postgres;

import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Groups;
import dev.userpool.port.StoreConflict;
import dev.userpool.user.Sub;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Groups and memberships on PostgreSQL. A group write is conditional as a user's is: version 1 inserts
 * only if the pool has no group of that name (the primary key), version n updates only the row at
 * version n - 1. Deleting a group deletes its memberships with it (a foreign key, {@code ON DELETE
 * CASCADE}); a membership can only name a group that exists (the same foreign key).
 */
final class PostgresGroups implements Groups {

  private static final String FIND = "SELECT document, version FROM pool_group WHERE pool_id = ? AND name = ?";
  private static final String INSERT = "INSERT INTO pool_group (pool_id, name, version, document) VALUES (?, ?, ?, ?)"
      + " ON CONFLICT (pool_id, name) DO NOTHING";
  private static final String UPDATE = "UPDATE pool_group SET version = ?, document = ? WHERE pool_id = ? AND name = ? AND version = ?";
  private static final String DELETE = "DELETE FROM pool_group WHERE pool_id = ? AND name = ? AND version = ?";
  private static final String LIST = "SELECT document, version FROM pool_group WHERE pool_id = ? AND name > ? ORDER BY name LIMIT ?";
  // One statement: the group is looked up and the membership inserted from it, so a missing group adds nothing.
  private static final String ADD_MEMBER = "WITH g AS (SELECT pool_id, name FROM pool_group WHERE pool_id = ? AND name = ?),"
      + " added AS (INSERT INTO group_member (pool_id, name, sub) SELECT pool_id, name, ? FROM g ON CONFLICT DO NOTHING)"
      + " SELECT count(*) FROM g";
  private static final String REMOVE_MEMBER = "DELETE FROM group_member WHERE pool_id = ? AND name = ? AND sub = ?";
  private static final String MEMBERS = "SELECT sub FROM group_member WHERE pool_id = ? AND name = ? AND sub > ? ORDER BY sub LIMIT ?";
  private static final String GROUPS_OF = "SELECT g.document, g.version FROM group_member m"
      + " JOIN pool_group g ON g.pool_id = m.pool_id AND g.name = m.name WHERE m.pool_id = ? AND m.sub = ? ORDER BY g.name";
  private static final String REMOVE_USER = "DELETE FROM group_member WHERE pool_id = ? AND sub = ?";
  private static final String REMOVE_POOL = "DELETE FROM pool_group WHERE pool_id = ?";

  private final Database db;

  PostgresGroups(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public Option<Group> find(UserPoolId pool, GroupName name) {
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(name, "name is null");
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, pool.value());
        s.setBytes(2, key(name));
        return groups(s).headOption();
      }
    });
  }

  @Override
  public Either<StoreConflict, Group> save(Group group) {
    Objects.requireNonNull(group, "group is null");
    String document = Documents.ofGroup(group);
    return db.write(c -> {
      if (group.version() == 1) {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
          s.setString(1, group.poolId().value());
          s.setBytes(2, key(group.name()));
          s.setLong(3, 1);
          s.setString(4, document);
          return s.executeUpdate() == 1 ? Either.right(group) : Either.left(new StoreConflict.VersionMismatch());
        }
      }
      try (PreparedStatement s = c.prepareStatement(UPDATE)) {
        s.setLong(1, group.version());
        s.setString(2, document);
        s.setString(3, group.poolId().value());
        s.setBytes(4, key(group.name()));
        s.setLong(5, group.version() - 1);
        return s.executeUpdate() == 1 ? Either.right(group) : Either.left(new StoreConflict.VersionMismatch());
      }
    });
  }

  @Override
  public Either<StoreConflict, Group> delete(Group group) {
    Objects.requireNonNull(group, "group is null");
    return db.write(c -> {
      try (PreparedStatement s = c.prepareStatement(DELETE)) {
        s.setString(1, group.poolId().value());
        s.setBytes(2, key(group.name()));
        s.setLong(3, group.version());
        return s.executeUpdate() == 1 ? Either.right(group) : Either.left(new StoreConflict.VersionMismatch());
      }
    });
  }

  @Override
  public Seq<Group> list(UserPoolId pool, Option<GroupName> after, int limit) {
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(after, "after is null");
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(LIST)) {
        s.setString(1, pool.value());
        // The empty key sorts before every name.
        s.setBytes(2, after.map(PostgresGroups::key).getOrElse(new byte[0]));
        s.setInt(3, Math.max(0, limit));
        return groups(s);
      }
    });
  }

  @Override
  public boolean addMember(UserPoolId pool, GroupName name, Sub user) {
    Objects.requireNonNull(user, "user is null");
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(ADD_MEMBER)) {
        s.setString(1, pool.value());
        s.setBytes(2, key(name));
        s.setString(3, user.value());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1) > 0;
        }
      }
    });
  }

  @Override
  public void removeMember(UserPoolId pool, GroupName name, Sub user) {
    update(REMOVE_MEMBER, pool.value(), key(name), user.value());
  }

  @Override
  public Seq<Sub> members(UserPoolId pool, GroupName name, Option<Sub> after, int limit) {
    Objects.requireNonNull(after, "after is null");
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(MEMBERS)) {
        s.setString(1, pool.value());
        s.setBytes(2, key(name));
        s.setString(3, after.map(Sub::value).getOrElse(""));
        s.setInt(4, Math.max(0, limit));
        ArrayList<Sub> subs = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            subs.add(new Sub(r.getString(1)));
          }
        }
        return List.ofAll(subs);
      }
    });
  }

  @Override
  public Seq<Group> groupsOf(UserPoolId pool, Sub user) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(GROUPS_OF)) {
        s.setString(1, pool.value());
        s.setString(2, user.value());
        return groups(s);
      }
    });
  }

  @Override
  public void removeUser(UserPoolId pool, Sub user) {
    update(REMOVE_USER, pool.value(), user.value());
  }

  @Override
  public void removePool(UserPoolId pool) {
    update(REMOVE_POOL, pool.value());
  }

  private void update(String sql, Object... parameters) {
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, Objects.requireNonNull(parameters[i], "an argument is null"));
        }
        return s.executeUpdate();
      }
    });
  }

  /** A group name as its key: the string in UTF-16, whose byte order is {@link String#compareTo}'s. */
  static byte[] key(GroupName name) {
    return name.value().getBytes(StandardCharsets.UTF_16BE);
  }

  private static Seq<Group> groups(PreparedStatement s) throws SQLException {
    ArrayList<Group> groups = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        groups.add(Documents.group(r.getString(1), r.getLong(2)));
      }
    }
    return List.ofAll(groups);
  }
}
