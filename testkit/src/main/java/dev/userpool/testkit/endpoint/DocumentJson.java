package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * The AWS JSON protocol's document type (Smithy {@code document}: CredentialCreationOptions, Credential): any JSON value,
 * carried as it is, to and from the SDK's {@link Document}. Numbers keep their text ({@link SdkNumber}), objects their
 * members' order.
 */
final class DocumentJson {

  private DocumentJson() {}

  /** The JSON value as a document. */
  static Document read(JsonNode json) {
    switch (json.getNodeType()) {
      case STRING :
        return Document.fromString(json.textValue());
      case NUMBER :
        return Document.fromNumber(SdkNumber.fromBigDecimal(json.decimalValue()));
      case BOOLEAN :
        return Document.fromBoolean(json.booleanValue());
      case ARRAY :
        List<Document> items = new ArrayList<>(json.size());
        json.forEach(item -> items.add(read(item)));
        return Document.fromList(items);
      case OBJECT :
        Map<String, Document> members = new LinkedHashMap<>();
        json.properties().forEach(member -> members.put(member.getKey(), read(member.getValue())));
        return Document.fromMap(members);
      default :
        return Document.fromNull();
    }
  }

  /** The document as a JSON value. */
  static JsonNode write(Document document) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (document.isString()) {
      return nodes.textNode(document.asString());
    }
    if (document.isNumber()) {
      return nodes.numberNode(new BigDecimal(document.asNumber().stringValue()));
    }
    if (document.isBoolean()) {
      return nodes.booleanNode(document.asBoolean());
    }
    if (document.isList()) {
      ArrayNode array = nodes.arrayNode();
      document.asList().forEach(item -> array.add(write(item)));
      return array;
    }
    if (document.isMap()) {
      ObjectNode object = nodes.objectNode();
      document.asMap().forEach((name, value) -> object.set(name, write(value)));
      return object;
    }
    return nodes.nullNode();
  }
}
