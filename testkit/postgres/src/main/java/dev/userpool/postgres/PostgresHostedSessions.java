package dev.userpool.postgres;

import dev.userpool.oauth.HostedSession;
import dev.userpool.port.HostedSessions;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The hosted pages' sign-in sessions on PostgreSQL (V9's {@code hosted_session}), kept under the digest of their id:
 * a browser signed in through one endpoint is signed in on every endpoint on the database, and a logout through any of
 * them ends the session for all. Pruning is one {@code DELETE} of the expired rows.
 */
final class PostgresHostedSessions implements HostedSessions {

  private static final String OPEN = "INSERT INTO hosted_session (id_digest, expires_at, document) VALUES (?, ?, ?)"
      + " ON CONFLICT (id_digest) DO UPDATE SET expires_at = EXCLUDED.expires_at, document = EXCLUDED.document";
  private static final String FIND = "SELECT document FROM hosted_session WHERE id_digest = ?";
  private static final String CLOSE = "DELETE FROM hosted_session WHERE id_digest = ?";
  private static final String PRUNE = "DELETE FROM hosted_session WHERE expires_at <= ?";

  private final Database db;

  PostgresHostedSessions(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public void open(HostedSession session) {
    Objects.requireNonNull(session, "session is null");
    DigestRows.write(db, OPEN, session.id(), session.expiresAt(), HostedDocuments.ofSession(session));
  }

  @Override
  public Option<HostedSession> find(String id) {
    if (id == null) {
      return Option.none();
    }
    return DigestRows.document(db, FIND, id).map(document -> HostedDocuments.session(id, document));
  }

  @Override
  public void close(String id) {
    if (id != null) {
      DigestRows.update(db, CLOSE, id);
    }
  }

  @Override
  public void prune(Instant now) {
    Objects.requireNonNull(now, "now is null");
    DigestRows.prune(db, PRUNE, now);
  }

  @Override
  public String toString() {
    return "PostgresHostedSessions";
  }
}
