package dev.userpool.postgres;

import dev.userpool.port.SigningKeys;
import dev.userpool.port.StoreConflict;
import dev.userpool.token.SigningKey;
import dev.userpool.token.SigningKeySet;
import dev.userpool.token.TokenUse;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;

/**
 * The signing keys on PostgreSQL: the set's version in {@code signing_key_set} (one row), its keys in
 * {@code signing_key}. The first set is created with {@code INSERT ... ON CONFLICT DO NOTHING} on the version row, so of
 * two processes starting together on an empty database one's keys are kept and both read them; a rotation updates the
 * version row only if it still holds the version the rotation started from, and rewrites the keys in the same
 * transaction. A read is one statement, so it never sees half a rotation. The private keys are stored as the signer
 * gives them (protected as it chose) and never printed.
 */
final class PostgresSigningKeys implements SigningKeys {

  private static final String READ = "SELECT s.version, k.kid, k.token_use, k.public_key, k.private_key, k.verifies_until"
      + " FROM signing_key_set s LEFT JOIN signing_key k ON true WHERE s.id = 1 ORDER BY k.position";
  private static final String CREATE = "INSERT INTO signing_key_set (id, version) VALUES (1, ?) ON CONFLICT (id) DO NOTHING";
  private static final String BUMP = "UPDATE signing_key_set SET version = ? WHERE id = 1 AND version = ?";
  private static final String CLEAR = "DELETE FROM signing_key";
  private static final String INSERT = "INSERT INTO signing_key (kid, position, token_use, public_key, private_key, verifies_until)"
      + " VALUES (?, ?, ?, ?, ?, ?)";

  private final Database db;

  PostgresSigningKeys(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public Option<SigningKeySet> find() {
    return db.read(PostgresSigningKeys::read);
  }

  @Override
  public SigningKeySet createIfAbsent(SigningKeySet first) {
    Objects.requireNonNull(first, "first is null");
    Either<StoreConflict, SigningKeySet> created = db.write(c -> {
      try (PreparedStatement s = c.prepareStatement(CREATE)) {
        s.setLong(1, first.version());
        if (s.executeUpdate() == 0) {
          return Either.left(new StoreConflict.VersionMismatch()); // another process created the set first
        }
      }
      insertKeys(c, first);
      return Either.right(first);
    });
    return created.getOrElse(() -> find().getOrElseThrow(() -> new IllegalStateException("the signing key set vanished")));
  }

  @Override
  public Either<StoreConflict, SigningKeySet> replace(SigningKeySet next) {
    Objects.requireNonNull(next, "next is null");
    return db.write(c -> {
      try (PreparedStatement s = c.prepareStatement(BUMP)) {
        s.setLong(1, next.version());
        s.setLong(2, next.version() - 1);
        if (s.executeUpdate() == 0) {
          return Either.left(new StoreConflict.VersionMismatch());
        }
      }
      try (PreparedStatement s = c.prepareStatement(CLEAR)) {
        s.executeUpdate();
      }
      insertKeys(c, next);
      return Either.right(next);
    });
  }

  private static void insertKeys(Connection c, SigningKeySet set) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      int position = 0;
      for (SigningKey key : set.keys()) {
        s.setString(1, key.kid());
        s.setInt(2, position++);
        s.setString(3, key.use().claim());
        s.setString(4, key.publicKey());
        s.setString(5, key.privateKey());
        s.setTimestamp(6, key.verifiesUntil().map(Timestamp::from).getOrNull());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static Option<SigningKeySet> read(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(READ); ResultSet r = s.executeQuery()) {
      long version = 0;
      List<SigningKey> keys = List.empty();
      while (r.next()) {
        version = r.getLong(1);
        if (r.getString(2) != null) {
          Timestamp until = r.getTimestamp(6);
          keys = keys.append(new SigningKey(r.getString(2), use(r.getString(3)), r.getString(4), r.getString(5),
              Option.of(until).map(Timestamp::toInstant)));
        }
      }
      return version == 0 ? Option.none() : Option.some(new SigningKeySet(version, keys));
    }
  }

  private static TokenUse use(String claim) {
    for (TokenUse use : TokenUse.values()) {
      if (use.claim().equals(claim)) {
        return use;
      }
    }
    throw new IllegalStateException("a signing key for an unknown token use: " + claim);
  }

  @Override
  public String toString() {
    return "PostgresSigningKeys";
  }
}
