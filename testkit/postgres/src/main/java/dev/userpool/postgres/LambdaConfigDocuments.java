package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.LambdaConfig;
import dev.userpool.pool.Trigger;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

/**
 * The LambdaConfig part of a pool's document: {@code "lambdaConfig": {"functions": {"PreSignUp": "arn:..."},
 * "preTokenGenerationVersion": "V1_0"}}, written only for a pool with triggers. A document without it (written before
 * triggers were kept) is a pool without triggers, so no migration is needed.
 */
final class LambdaConfigDocuments {

  private LambdaConfigDocuments() {}

  static void write(ObjectNode pool, LambdaConfig config) {
    if (config.isEmpty()) {
      return;
    }
    ObjectNode o = pool.putObject("lambdaConfig");
    ObjectNode functions = o.putObject("functions");
    config.functions().forEach((trigger, arn) -> functions.put(trigger.memberName(), arn));
    o.put("preTokenGenerationVersion", config.preTokenGenerationVersion().name());
  }

  static LambdaConfig read(JsonNode pool) {
    JsonNode o = pool.get("lambdaConfig");
    if (o == null || o.isNull()) {
      return LambdaConfig.none();
    }
    LinkedHashMap<Trigger, String> functions = LinkedHashMap.ofEntries(List.ofAll(() -> o.get("functions").fieldNames())
        .map(name -> Tuple.of(Trigger.ofMember(name).get(), o.get("functions").get(name).textValue())));
    return new LambdaConfig(functions, LambdaConfig.PreTokenGenerationVersion.valueOf(o.get("preTokenGenerationVersion").textValue()));
  }
}
