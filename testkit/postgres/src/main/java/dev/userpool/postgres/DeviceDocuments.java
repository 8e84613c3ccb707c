package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.DeviceConfiguration;
import io.vavr.control.Option;

/**
 * The DeviceConfiguration part of a pool's document: {@code "deviceConfiguration": {"challengeRequiredOnNewDevice": true,
 * "deviceOnlyRememberedOnUserPrompt": false}}, absent when the pool tracks no devices (and in documents written before it).
 */
final class DeviceDocuments {

  private DeviceDocuments() {}

  static void writePool(ObjectNode pool, Option<DeviceConfiguration> configuration) {
    configuration.forEach(c -> pool.putObject("deviceConfiguration").put("challengeRequiredOnNewDevice", c.challengeRequiredOnNewDevice())
        .put("deviceOnlyRememberedOnUserPrompt", c.deviceOnlyRememberedOnUserPrompt()));
  }

  static Option<DeviceConfiguration> readPool(JsonNode pool) {
    JsonNode o = pool.get("deviceConfiguration");
    return o == null || o.isNull()
        ? Option.none()
        : Option.some(new DeviceConfiguration(o.get("challengeRequiredOnNewDevice").booleanValue(),
            o.get("deviceOnlyRememberedOnUserPrompt").booleanValue()));
  }
}
