package dev.userpool.testkit.sdk;

import dev.userpool.trigger.Json;
import io.vavr.collection.List;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * The API's document members (CredentialCreationOptions, Credential) between the SDK's {@link Document} and the library's
 * {@link Json}: numbers keep their text, objects their members' order.
 */
public final class DocumentValues {

  private DocumentValues() {}

  /** A JSON value as the SDK's document. */
  public static Document document(Json json) {
    if (json instanceof Json.Text t) {
      return Document.fromString(t.value());
    }
    if (json instanceof Json.Num n) {
      return Document.fromNumber(SdkNumber.fromString(n.value()));
    }
    if (json instanceof Json.Bool b) {
      return Document.fromBoolean(b.value());
    }
    if (json instanceof Json.Arr a) {
      return Document.fromList(a.items().map(DocumentValues::document).asJava());
    }
    if (json instanceof Json.Obj o) {
      Map<String, Document> members = new LinkedHashMap<>();
      o.members().forEach((name, value) -> members.put(name, document(value)));
      return Document.fromMap(members);
    }
    return Document.fromNull();
  }

  /** The SDK's document as a JSON value. */
  public static Json json(Document document) {
    if (document.isString()) {
      return new Json.Text(document.asString());
    }
    if (document.isNumber()) {
      return new Json.Num(document.asNumber().stringValue());
    }
    if (document.isBoolean()) {
      return new Json.Bool(document.asBoolean());
    }
    if (document.isList()) {
      return new Json.Arr(List.ofAll(document.asList()).map(DocumentValues::json));
    }
    if (document.isMap()) {
      Json.Obj object = Json.Obj.empty();
      for (Map.Entry<String, Document> member : document.asMap().entrySet()) {
        object = object.with(member.getKey(), json(member.getValue()));
      }
      return object;
    }
    return new Json.Null();
  }
}
