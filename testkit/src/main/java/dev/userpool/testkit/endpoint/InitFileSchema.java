package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.userpool.service.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The schema members of the init file: a pool's {@code "schema"}, each element CreateUserPool's
 * {@code SchemaAttributeType} in the file's spelling ({@code {"name": "team", "attributeDataType": "String",
 * "developerOnlyAttribute": false, "mutable": true, "required": false, "stringAttributeConstraints": {"minLength": "1",
 * "maxLength": "64"}, "numberAttributeConstraints": {"minValue": "0", "maxValue": "9"}}}), and a client's
 * {@code "readAttributes"} and {@code "writeAttributes"} (arrays of attribute names). Shapes are checked here; the
 * rules are CreateUserPool's and CreateUserPoolClient's.
 */
final class InitFileSchema {

  static final String SCHEMA = "schema";
  private static final Set<String> ELEMENT = Set.of("name", "attributeDataType", "developerOnlyAttribute", "mutable", "required",
      "stringAttributeConstraints", "numberAttributeConstraints");

  private InitFileSchema() {}

  /** The problems of a pool's {@code "schema"}, reported as the rest of the file's. */
  static void check(JsonNode pool, String path, List<InitFile.Problem> problems) {
    JsonNode schema = pool.path(SCHEMA);
    if (schema.isMissingNode()) {
      return;
    }
    if (!schema.isArray()) {
      problems.add(new InitFile.Problem(path + "." + SCHEMA, "must be an array"));
      return;
    }
    for (int i = 0; i < schema.size(); i++) {
      String at = path + "." + SCHEMA + "[" + i + "]";
      JsonNode e = schema.get(i);
      if (!e.isObject()) {
        problems.add(new InitFile.Problem(at, "must be an object"));
        continue;
      }
      InitFile.members(e, at, ELEMENT, problems);
      for (String text : new String[]{ "name", "attributeDataType" }) {
        InitFile.type(e, at, text, JsonNode::isTextual, "a string", problems);
      }
      for (String flag : new String[]{ "developerOnlyAttribute", "mutable", "required" }) {
        InitFile.type(e, at, flag, JsonNode::isBoolean, "a boolean", problems);
      }
      for (String bounds : new String[]{ "stringAttributeConstraints", "numberAttributeConstraints" }) {
        InitFile.type(e, at, bounds, JsonNode::isObject, "an object", problems);
      }
    }
  }

  /** A pool's {@code "schema"} as CreateUserPool takes it; absent is null. */
  static List<Requests.SchemaAttributeType> schema(JsonNode pool) {
    JsonNode schema = pool.path(SCHEMA);
    if (!schema.isArray()) {
      return null;
    }
    List<Requests.SchemaAttributeType> elements = new ArrayList<>();
    for (JsonNode e : schema) {
      JsonNode length = e.path("stringAttributeConstraints");
      JsonNode range = e.path("numberAttributeConstraints");
      elements.add(new Requests.SchemaAttributeType(text(e.get("name")), text(e.get("attributeDataType")),
          flag(e.get("developerOnlyAttribute")), flag(e.get("mutable")), flag(e.get("required")),
          length.isObject()
              ? new Requests.StringAttributeConstraintsType(text(length.get("minLength")), text(length.get("maxLength")))
              : null,
          range.isObject() ? new Requests.NumberAttributeConstraintsType(text(range.get("minValue")), text(range.get("maxValue"))) : null));
    }
    return elements;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Boolean flag(JsonNode node) {
    return node == null || node.isNull() ? null : node.asBoolean();
  }
}
