package dev.userpool.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.device.Device;
import dev.userpool.device.DeviceStatus;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Devices;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * Tracked devices on PostgreSQL (migration V10): a row per device, keyed by the pool and DeviceKey, the rest a JSON
 * document. A save is an upsert that never moves a key to another user; the foreign key to {@code pool_user} deletes a
 * user's devices with the user, and a save for a user already gone changes nothing.
 */
final class PostgresDevices implements Devices {

  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = "device_key, sub, created_at, document";
  private static final String LIST = "SELECT " + COLUMNS + " FROM device WHERE pool_id = ? AND sub = ? ORDER BY created_at, device_key";
  private static final String FIND = "SELECT " + COLUMNS + " FROM device WHERE pool_id = ? AND sub = ? AND device_key = ?";
  private static final String SAVE = "INSERT INTO device (pool_id, " + COLUMNS
      + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (pool_id, device_key)"
      + " DO UPDATE SET document = EXCLUDED.document WHERE device.sub = EXCLUDED.sub";
  private static final String DELETE = "DELETE FROM device WHERE pool_id = ? AND sub = ? AND device_key = ?";

  private final Database db;

  PostgresDevices(Database db) {
    this.db = Objects.requireNonNull(db, "db is null");
  }

  @Override
  public Seq<Device> list(UserPoolId pool, String sub) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(LIST)) {
        s.setString(1, pool.value());
        s.setString(2, sub);
        return rows(s);
      }
    });
  }

  @Override
  public Option<Device> find(UserPoolId pool, String sub, String deviceKey) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, pool.value());
        s.setString(2, sub);
        s.setString(3, deviceKey);
        return rows(s).headOption();
      }
    });
  }

  @Override
  public void save(UserPoolId pool, Device device) {
    String document = document(device);
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(SAVE)) {
        s.setString(1, pool.value());
        s.setString(2, device.deviceKey());
        s.setString(3, device.sub());
        s.setTimestamp(4, Timestamp.from(device.created()));
        s.setString(5, document);
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
  public boolean delete(UserPoolId pool, String sub, String deviceKey) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(DELETE)) {
        s.setString(1, pool.value());
        s.setString(2, sub);
        s.setString(3, deviceKey);
        return s.executeUpdate() == 1;
      }
    });
  }

  private static Seq<Device> rows(PreparedStatement s) throws SQLException {
    List<Device> found = List.empty();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        found = found.append(device(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant(), r.getString(4)));
      }
    }
    return found;
  }

  private static String document(Device d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("groupKey", d.groupKey());
    o.put("status", d.status().name());
    d.name().forEach(n -> o.put("name", n));
    d.verifier().forEach(v -> o.put("passwordVerifier", v._1).put("salt", v._2));
    o.put("lastModified", d.lastModified().toString());
    o.put("lastAuthenticated", d.lastAuthenticated().toString());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a device document does not serialize", e);
    }
  }

  private static Device device(String key, String sub, Instant created, String document) throws SQLException {
    try {
      JsonNode o = JSON.readTree(document);
      return new Device(key, o.get("groupKey").textValue(), sub, DeviceStatus.valueOf(o.get("status").textValue()),
          Option.of(o.get("name")).map(JsonNode::textValue), Option.of(o.get("passwordVerifier"))
              .map(v -> Tuple.of(v.textValue(), o.get("salt").textValue())),
          created, Instant.parse(o.get("lastModified").textValue()),
          Instant.parse(o.get("lastAuthenticated").textValue()));
    } catch (JsonProcessingException e) {
      throw new SQLException("device " + key + " has an unreadable document", e);
    }
  }

  @Override
  public String toString() {
    return "PostgresDevices";
  }
}
