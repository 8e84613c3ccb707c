package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.AccountRecoverySetting;
import dev.userpool.pool.DeletionProtection;
import dev.userpool.pool.RecoveryOption;
import dev.userpool.pool.UserPool;
import io.vavr.collection.List;

/**
 * The pool's options in its document: {@code deletionProtection}, {@code recoveryMechanisms} (the
 * AccountRecoverySetting), .... A document written before the options were kept has none, and reads as the defaults; an
 * option at its default is not written.
 */
final class PoolOptionDocuments {

  private PoolOptionDocuments() {}

  static void write(ObjectNode o, UserPool p) {
    if (p.deletionProtection() != DeletionProtection.INACTIVE) {
      o.put("deletionProtection", p.deletionProtection().name());
    }
    p.accountRecoverySetting().forEach(s -> {
      ArrayNode mechanisms = o.putArray("recoveryMechanisms");
      s.mechanisms().forEach(m -> mechanisms.addObject().put("name", m.name().name()).put("priority", m.priority()));
    });
  }

  static UserPool read(JsonNode o, UserPool p) {
    JsonNode protection = o.get("deletionProtection");
    UserPool read = protection == null ? p : p.withDeletionProtection(DeletionProtection.valueOf(protection.textValue()));
    JsonNode mechanisms = o.get("recoveryMechanisms");
    if (mechanisms == null) {
      return read;
    }
    List<RecoveryOption> options = List.empty();
    for (JsonNode m : mechanisms) {
      options = options.append(new RecoveryOption(RecoveryOption.Name.valueOf(m.get("name").textValue()), m.get("priority").intValue()));
    }
    return read.withAccountRecoverySetting(AccountRecoverySetting.of(options).toOption());
  }
}
