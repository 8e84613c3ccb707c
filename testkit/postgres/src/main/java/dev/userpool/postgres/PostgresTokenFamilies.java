package dev.userpool.postgres;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.TokenFamilies;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Sub;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * The token registry on PostgreSQL: one row per family, the refresh token kept as its SHA-256 digest
 * only. Revocation is one {@code UPDATE ... SET revoked = true}: no statement sets it back, and of two
 * concurrent sign-outs the second finds the rows revoked already (its {@code WHERE NOT revoked} is
 * checked again after the first commits), so each family is counted once. Every process on the database
 * sees a revocation at once. Pruning is one {@code DELETE} of the rows whose {@code unusable_from}
 * ({@link TokenFamily#unusableFrom}) has passed, on an index; several processes pruning at once delete
 * each row once.
 */
final class PostgresTokenFamilies implements TokenFamilies {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String INSERT = "INSERT INTO token_family (origin_jti, pool_id, sub, refresh_digest, revoked, document,"
      + " unusable_from) VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String FIND = "SELECT document, revoked FROM token_family WHERE origin_jti = ?";
  private static final String FIND_BY_REFRESH = "SELECT document, revoked FROM token_family WHERE refresh_digest = ?";
  private static final String REVOKE = "UPDATE token_family SET revoked = true WHERE origin_jti = ?";
  private static final String REVOKE_ALL = "UPDATE token_family SET revoked = true WHERE pool_id = ? AND sub = ? AND NOT revoked";
  private static final String PRUNE = "DELETE FROM token_family WHERE unusable_from <= ?";

  private final Database db;

  PostgresTokenFamilies(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public void issue(TokenFamily family, String refreshToken) {
    Objects.requireNonNull(family, "family is null");
    Objects.requireNonNull(refreshToken, "refreshToken is null");
    String document = Documents.ofFamily(family);
    boolean inserted = db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, family.originJti());
        s.setString(2, family.pool().value());
        s.setString(3, family.sub().value());
        s.setBytes(4, digest(refreshToken));
        s.setBoolean(5, family.revoked());
        s.setString(6, document);
        s.setTimestamp(7, Timestamp.from(family.unusableFrom()));
        s.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          return false;
        }
        throw e;
      }
    });
    if (!inserted) {
      throw new IllegalArgumentException("a family with this origin_jti (or refresh token) exists already");
    }
  }

  @Override
  public Option<TokenFamily> find(String originJti) {
    return originJti == null ? Option.none() : one(FIND, originJti);
  }

  @Override
  public Option<TokenFamily> findByRefreshToken(String refreshToken) {
    return refreshToken == null ? Option.none() : one(FIND_BY_REFRESH, digest(refreshToken));
  }

  @Override
  public boolean revoke(String originJti) {
    Objects.requireNonNull(originJti, "originJti is null");
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(REVOKE)) {
        s.setString(1, originJti);
        return s.executeUpdate() > 0;
      }
    });
  }

  @Override
  public int revokeAll(UserPoolId pool, Sub user) {
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(user, "user is null");
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(REVOKE_ALL)) {
        s.setString(1, pool.value());
        s.setString(2, user.value());
        return s.executeUpdate();
      }
    });
  }

  @Override
  public int prune(Instant now) {
    Objects.requireNonNull(now, "now is null");
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(PRUNE)) {
        s.setTimestamp(1, Timestamp.from(now));
        return s.executeUpdate();
      }
    });
  }

  private Option<TokenFamily> one(String sql, Object key) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setObject(1, key);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Option.some(Documents.family(r.getString(1), r.getBoolean(2))) : Option.none();
        }
      }
    });
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "PostgresTokenFamilies";
  }
}
