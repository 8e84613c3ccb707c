package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.DeletionProtection;
import dev.userpool.pool.UserPool;

/**
 * The pool's options in its document: {@code deletionProtection}, .... A document written before the options were kept
 * has none, and reads as the defaults; an option at its default is not written.
 */
final class PoolOptionDocuments {

  private PoolOptionDocuments() {}

  static void write(ObjectNode o, UserPool p) {
    if (p.deletionProtection() != DeletionProtection.INACTIVE) {
      o.put("deletionProtection", p.deletionProtection().name());
    }
  }

  static UserPool read(JsonNode o, UserPool p) {
    JsonNode protection = o.get("deletionProtection");
    return protection == null ? p : p.withDeletionProtection(DeletionProtection.valueOf(protection.textValue()));
  }
}
