package dev.userpool.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.webauthn.WebAuthnChallenge;
import dev.userpool.webauthn.WebAuthnCredential;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;

/**
 * Passkeys on PostgreSQL (migration V8): a row per credential with its counter, a row per open ceremony. A credential id
 * is the pool's primary key, so two registrations of one id cannot both insert; the counter moves by
 * {@code UPDATE ... WHERE sign_count = ?}, so of two sign-ins with one signature only one moves it; a ceremony closes by
 * {@code DELETE ... WHERE challenge = ?}, once. The foreign keys to {@code pool_user} delete both with the user.
 */
final class PostgresWebAuthnCredentials implements WebAuthnCredentials {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "credential_id, sub, sign_count, created_at, document";
  private static final String LIST = "SELECT " + COLUMNS + " FROM webauthn_credential WHERE pool_id = ? AND sub = ?"
      + " ORDER BY created_at, credential_id";
  private static final String FIND = "SELECT " + COLUMNS + " FROM webauthn_credential WHERE pool_id = ? AND credential_id = ?";
  private static final String INSERT = "INSERT INTO webauthn_credential (pool_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
  private static final String DELETE = "DELETE FROM webauthn_credential WHERE pool_id = ? AND sub = ? AND credential_id = ?";
  private static final String ADVANCE = "UPDATE webauthn_credential SET sign_count = ? WHERE pool_id = ? AND credential_id = ?"
      + " AND sub = ? AND sign_count = ?";
  private static final String OPEN = "INSERT INTO webauthn_challenge (pool_id, sub, purpose, challenge, client_id, expires_at, session)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pool_id, sub, purpose) DO UPDATE SET challenge = EXCLUDED.challenge,"
      + " client_id = EXCLUDED.client_id, expires_at = EXCLUDED.expires_at, session = EXCLUDED.session";
  private static final String CHALLENGE = "SELECT challenge, client_id, expires_at, session FROM webauthn_challenge"
      + " WHERE pool_id = ? AND sub = ? AND purpose = ?";
  private static final String CLOSE = "DELETE FROM webauthn_challenge WHERE pool_id = ? AND sub = ? AND purpose = ? AND challenge = ?";

  private final Database db;

  PostgresWebAuthnCredentials(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public Seq<WebAuthnCredential> list(UserPoolId pool, String sub) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(LIST)) {
        s.setString(1, pool.value());
        s.setString(2, sub);
        return rows(s);
      }
    });
  }

  @Override
  public Option<WebAuthnCredential> find(UserPoolId pool, String credentialId) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, pool.value());
        s.setString(2, credentialId);
        return rows(s).headOption();
      }
    });
  }

  private static Seq<WebAuthnCredential> rows(PreparedStatement s) throws SQLException {
    List<WebAuthnCredential> found = List.empty();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        found = found.append(credential(r.getString(1), r.getString(2), r.getLong(3), r.getTimestamp(4), r.getString(5)));
      }
    }
    return found;
  }

  @Override
  public boolean add(UserPoolId pool, WebAuthnCredential credential) {
    String document = document(credential);
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(INSERT)) {
        s.setString(1, pool.value());
        s.setString(2, credential.credentialId());
        s.setString(3, credential.sub());
        s.setLong(4, credential.signCount());
        s.setTimestamp(5, Timestamp.from(credential.createdAt()));
        s.setString(6, document);
        return s.executeUpdate() == 1;
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState()) || FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
          return false;
        }
        throw e;
      }
    });
  }

  @Override
  public boolean delete(UserPoolId pool, String sub, String credentialId) {
    return update(DELETE, pool.value(), sub, credentialId);
  }

  @Override
  public boolean advance(UserPoolId pool, WebAuthnCredential credential, long signCount) {
    return update(ADVANCE, signCount, pool.value(), credential.credentialId(), credential.sub(), credential.signCount());
  }

  @Override
  public void open(UserPoolId pool, WebAuthnChallenge challenge) {
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(OPEN)) {
        s.setString(1, pool.value());
        s.setString(2, challenge.sub());
        s.setString(3, challenge.purpose().name());
        s.setString(4, challenge.challenge());
        s.setString(5, challenge.clientId());
        s.setTimestamp(6, Timestamp.from(challenge.expiresAt()));
        s.setString(7, challenge.session().getOrNull());
        return s.executeUpdate();
      } catch (SQLException e) {
        if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
          return 0;
        }
        throw e;
      }
    });
  }

  @Override
  public Option<WebAuthnChallenge> challenge(UserPoolId pool, String sub, WebAuthnChallenge.Purpose purpose) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(CHALLENGE)) {
        s.setString(1, pool.value());
        s.setString(2, sub);
        s.setString(3, purpose.name());
        try (ResultSet r = s.executeQuery()) {
          return r.next()
              ? Option.some(new WebAuthnChallenge(purpose, sub, r.getString(1), r.getString(2), r.getTimestamp(3).toInstant(),
                  Option.of(r.getString(4))))
              : Option.none();
        }
      }
    });
  }

  @Override
  public boolean close(UserPoolId pool, WebAuthnChallenge challenge) {
    return update(CLOSE, pool.value(), challenge.sub(), challenge.purpose().name(), challenge.challenge());
  }

  private boolean update(String sql, Object... values) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < values.length; i++) {
          s.setObject(i + 1, values[i]);
        }
        return s.executeUpdate() > 0;
      }
    });
  }

  private static String document(WebAuthnCredential c) {
    ObjectNode o = JSON.createObjectNode().put("relyingPartyId", c.relyingPartyId()).put("publicKey", c.publicKey())
        .put("algorithm", c.algorithm()).put("friendlyName", c.friendlyName());
    c.transports().forEach(o.putArray("transports")::add);
    c.attachment().forEach(a -> o.put("attachment", a));
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private static WebAuthnCredential credential(String id, String sub, long signCount, Timestamp createdAt, String document) {
    JsonNode o;
    try {
      o = JSON.readTree(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored credential document is JSON", e);
    }
    List<String> transports = List.empty();
    for (JsonNode t : o.path("transports")) {
      transports = transports.append(t.textValue());
    }
    return new WebAuthnCredential(id, sub, o.get("relyingPartyId").textValue(), o.get("publicKey").textValue(),
        o.get("algorithm").intValue(), signCount, transports, Option.of(o.get("attachment")).map(JsonNode::textValue),
        o.get("friendlyName").textValue(), createdAt.toInstant());
  }

  @Override
  public String toString() {
    return "PostgresWebAuthnCredentials";
  }
}
