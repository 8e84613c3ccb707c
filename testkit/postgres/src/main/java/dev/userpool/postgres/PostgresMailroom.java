package dev.userpool.postgres;

import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.inprocess.Mailroom;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.user.Message;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The test control's mailbox on PostgreSQL: the latest code, the latest code for each attribute being verified and the
 * latest temporary password of each user, one row each, replaced by an upsert, so a code sent through one endpoint is
 * read through any other on the database. The secrets are in clear (a test reads them back), in a table of their own;
 * see V5's comment. A delivery for a pool deleted meanwhile is dropped.
 */
final class PostgresMailroom implements Mailroom {

  private static final String CODE = "code";
  private static final String TEMPORARY_PASSWORD = "temporary_password";
  /** The kind of an attribute-verification code's row, followed by the attribute's name. */
  private static final String VERIFICATION = "verification:";
  private static final String DELIVER = "INSERT INTO test_mailbox (pool_id, username, kind, secret)"
      + " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM user_pool WHERE id = ?)"
      + " ON CONFLICT (pool_id, username, kind) DO UPDATE SET secret = EXCLUDED.secret";
  private static final String READ = "SELECT secret FROM test_mailbox WHERE pool_id = ? AND username = ? AND kind = ?";

  private final Database db;

  PostgresMailroom(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public void deliver(UserPoolId pool, Message message) {
    Objects.requireNonNull(pool, "pool is null");
    String kind = message.fold(code -> CODE, invitation -> TEMPORARY_PASSWORD);
    String secret = message.fold(code -> code.code().reveal(), invitation -> invitation.temporaryPassword().reveal());
    store(pool, message.username().value(), kind, secret);
    RecordingMailbox.verifiedAttribute(message).ifPresent(attribute -> store(pool, message.username().value(), VERIFICATION + attribute,
        secret));
  }

  private void store(UserPoolId pool, String username, String kind, String secret) {
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(DELIVER)) {
        s.setString(1, pool.value());
        s.setString(2, username);
        s.setString(3, kind);
        s.setBytes(4, secret.getBytes(StandardCharsets.UTF_16BE));
        s.setString(5, pool.value());
        return s.executeUpdate();
      }
    });
  }

  @Override
  public Optional<String> verificationCode(String userPoolId, String username, String attributeName) {
    return read(userPoolId, username, VERIFICATION + attributeName);
  }

  @Override
  public Optional<String> temporaryPassword(String userPoolId, String username) {
    return read(userPoolId, username, TEMPORARY_PASSWORD);
  }

  @Override
  public Optional<String> code(String userPoolId, String username) {
    return read(userPoolId, username, CODE);
  }

  private Optional<String> read(String pool, String username, String kind) {
    Objects.requireNonNull(pool, "userPoolId is null");
    Objects.requireNonNull(username, "username is null");
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(READ)) {
        s.setString(1, pool);
        s.setString(2, username);
        s.setString(3, kind);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(new String(r.getBytes(1), StandardCharsets.UTF_16BE)) : Optional.empty();
        }
      }
    });
  }

  /** Never a secret. */
  @Override
  public String toString() {
    return "PostgresMailroom";
  }
}
