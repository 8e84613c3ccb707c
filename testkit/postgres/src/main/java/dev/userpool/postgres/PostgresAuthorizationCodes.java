package dev.userpool.postgres;

import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.port.AuthorizationCodes;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * The authorization codes on PostgreSQL (V9's {@code authorization_code}), kept under the digest of the code. A code
 * is taken with one {@code DELETE ... RETURNING}: of two redemptions of one code through any endpoints on the database,
 * exactly one gets the row, so a code is redeemed at most once across nodes. Pruning is one {@code DELETE} of the
 * expired rows.
 */
final class PostgresAuthorizationCodes implements AuthorizationCodes {

  private static final String ISSUE = "INSERT INTO authorization_code (code_digest, expires_at, document) VALUES (?, ?, ?)";
  private static final String TAKE = "DELETE FROM authorization_code WHERE code_digest = ? RETURNING document";
  private static final String PRUNE = "DELETE FROM authorization_code WHERE expires_at <= ?";

  private final Database db;

  PostgresAuthorizationCodes(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public void issue(AuthorizationCode code) {
    Objects.requireNonNull(code, "code is null");
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(ISSUE)) {
        s.setBytes(1, HostedDocuments.digest(code.code()));
        s.setTimestamp(2, Timestamp.from(code.expiresAt()));
        s.setString(3, HostedDocuments.ofCode(code));
        return s.executeUpdate();
      }
    });
  }

  @Override
  public Option<AuthorizationCode> take(String code) {
    if (code == null) {
      return Option.none();
    }
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(TAKE)) {
        s.setBytes(1, HostedDocuments.digest(code));
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Option.some(HostedDocuments.code(code, r.getString(1))) : Option.none();
        }
      }
    });
  }

  @Override
  public void prune(Instant now) {
    Objects.requireNonNull(now, "now is null");
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(PRUNE)) {
        s.setTimestamp(1, Timestamp.from(now));
        return s.executeUpdate();
      }
    });
  }

  @Override
  public String toString() {
    return "PostgresAuthorizationCodes";
  }
}
