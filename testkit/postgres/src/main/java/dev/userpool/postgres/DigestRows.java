package dev.userpool.postgres;

import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The statements the hosted pages' tables share ({@code authorization_code}, {@code hosted_session}): rows kept under the
 * SHA-256 digest of a secret ({@link HostedDocuments#digest}), with an expiry and a JSON document.
 */
final class DigestRows {

  private DigestRows() {}

  /** Writes the row of {@code secret}: {@code sql} takes the digest, the expiry and the document. */
  static void write(Database db, String sql, String secret, Instant expiresAt, String document) {
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setBytes(1, HostedDocuments.digest(secret));
        s.setTimestamp(2, Timestamp.from(expiresAt));
        s.setString(3, document);
        return s.executeUpdate();
      }
    });
  }

  /** The document {@code sql} (taking the digest, returning the document) gives for {@code secret}, if any. */
  static Option<String> document(Database db, String sql, String secret) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setBytes(1, HostedDocuments.digest(secret));
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Option.some(r.getString(1)) : Option.none();
        }
      }
    });
  }

  /** Runs {@code sql} with one parameter, the digest of {@code secret}. */
  static void update(Database db, String sql, String secret) {
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setBytes(1, HostedDocuments.digest(secret));
        return s.executeUpdate();
      }
    });
  }

  /** Runs {@code sql} with one parameter, {@code now}: the pruning of expired rows. */
  static void prune(Database db, String sql, Instant now) {
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setTimestamp(1, Timestamp.from(now));
        return s.executeUpdate();
      }
    });
  }
}
