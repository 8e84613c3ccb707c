package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.UserPool;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Iterator;
import java.util.Map.Entry;

/**
 * The pool's tags in its document, as an object in the tags' order; a document written before tags were kept has
 * none, and a pool without tags writes none.
 */
final class TagDocuments {

  private TagDocuments() {}

  static void write(ObjectNode o, UserPool p) {
    if (!p.tags().isEmpty()) {
      ObjectNode tags = o.putObject("tags");
      p.tags().forEach(t -> tags.put(t._1, t._2));
    }
  }

  static UserPool read(JsonNode o, UserPool p) {
    JsonNode tags = o.get("tags");
    if (tags == null) {
      return p;
    }
    Map<String, String> read = LinkedHashMap.empty();
    for (Iterator<Entry<String, JsonNode>> it = tags.fields(); it.hasNext();) {
      Entry<String, JsonNode> e = it.next();
      read = read.put(e.getKey(), e.getValue().textValue());
    }
    return p.withTags(read);
  }
}
