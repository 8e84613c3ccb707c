package dev.userpool.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.AppClient;
import dev.userpool.schema.AttributeDataType;
import dev.userpool.schema.Constraints;
import dev.userpool.schema.Schema;
import dev.userpool.schema.SchemaAttribute;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The schema parts of a pool's document: its SchemaAttributes in order, and each app client's ReadAttributes and
 * WriteAttributes when set. A document written before schemas were kept has none: the pool has the standard
 * attributes and its clients the defaults.
 */
final class SchemaDocuments {

  private SchemaDocuments() {}

  static void write(ArrayNode into, Schema schema) {
    for (SchemaAttribute a : schema.attributes()) {
      ObjectNode o = into.addObject();
      o.put("name", a.name());
      o.put("dataType", a.dataType().name());
      ArrayNode traits = o.putArray("traits");
      a.traits().toList().sortBy(Enum::ordinal).forEach(t -> traits.add(t.name()));
      Constraints c = a.constraints();
      if (c instanceof Constraints.Length length) {
        ObjectNode l = o.putObject("length");
        length.minLength().forEach(v -> l.put("min", v));
        length.maxLength().forEach(v -> l.put("max", v));
      } else if (c instanceof Constraints.Range range) {
        ObjectNode r = o.putObject("range");
        range.minValue().forEach(v -> r.put("min", v));
        range.maxValue().forEach(v -> r.put("max", v));
      }
    }
  }

  static Schema read(JsonNode array) {
    if (array == null) {
      return Schema.standard();
    }
    Seq<SchemaAttribute> attributes = List.empty();
    for (JsonNode o : array) {
      Constraints constraints = new Constraints.None();
      if (o.has("length")) {
        constraints = new Constraints.Length(text(o.get("length"), "min"), text(o.get("length"), "max"));
      } else if (o.has("range")) {
        constraints = new Constraints.Range(text(o.get("range"), "min"), text(o.get("range"), "max"));
      }
      attributes = attributes
          .append(new SchemaAttribute(o.get("name").textValue(), AttributeDataType.valueOf(o.get("dataType").textValue()),
              HashSet.ofAll(o.get("traits")).map(t -> SchemaAttribute.Trait.valueOf(t.textValue())), constraints));
    }
    return Schema.of(attributes);
  }

  static void writeClient(ObjectNode client, AppClient c) {
    c.readAttributes().forEach(names -> names.forEach(client.putArray("readAttributes")::add));
    c.writeAttributes().forEach(names -> names.forEach(client.putArray("writeAttributes")::add));
  }

  static Option<Seq<String>> names(JsonNode client, String field) {
    return Option.of(client.get(field)).map(array -> List.ofAll(array).map(JsonNode::textValue));
  }

  private static Option<String> text(JsonNode o, String field) {
    return Option.of(o.get(field)).map(JsonNode::textValue);
  }
}
