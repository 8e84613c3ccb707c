package dev.userpool.postgres;

import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.port.AuthorizationCodes;
import io.vavr.control.Option;
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
    DigestRows.write(db, ISSUE, code.code(), code.expiresAt(), HostedDocuments.ofCode(code));
  }

  @Override
  public Option<AuthorizationCode> take(String code) {
    if (code == null) {
      return Option.none();
    }
    return DigestRows.document(db, TAKE, code).map(document -> HostedDocuments.code(code, document));
  }

  @Override
  public void prune(Instant now) {
    Objects.requireNonNull(now, "now is null");
    DigestRows.prune(db, PRUNE, now);
  }

  @Override
  public String toString() {
    return "PostgresAuthorizationCodes";
  }
}
