package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * AWS JSON 1.1 bodies to and from the SDK's request and response objects, generically, through
 * {@link SdkPojo#sdkFields()}: each member by its location name, its {@code MarshallingType} deciding
 * the JSON type (structures as objects, lists as arrays, maps as objects, timestamps as epoch seconds
 * with a fraction, blobs as base64, documents as the JSON value they are). Members the body does not name, or names with {@code null}, stay
 * unset, and so does a map's key whose value is {@code null} (amazon-cognito-identity-js sends
 * {@code "DEVICE_KEY": null} in {@code AuthParameters}, which Cognito accepts); a list holding {@code null}
 * is refused; members the model does not know are ignored, as AWS services do.
 *
 * <p>Every failure is a {@link WireError} ({@code SerializationException}) whose message names the
 * member and the JSON type found, never a value nor a map's key (an entry is named by its position,
 * {@code AuthParameters{key 2}}): request bodies hold passwords.
 */
final class AwsJson {

  /** How deep a body may nest; Cognito's deepest request shape is four levels. */
  static final int MAX_NESTING = 64;

  /** Jackson's mapper, made on first use: an endpoint binds its port without waiting for Jackson to load. */
  private volatile ObjectMapper mapper;

  AwsJson() {}

  private ObjectMapper mapper() {
    ObjectMapper made = mapper;
    if (made == null) {
      synchronized (this) {
        made = mapper;
        if (made == null) {
          made = newMapper();
          mapper = made;
        }
      }
    }
    return made;
  }

  private static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  /** Makes Jackson's mapper now rather than on first use (its classes load meanwhile): what {@link Preload} does. */
  void prepare() {
    mapper();
  }

  // -- parsing

  /**
   * The body as a JSON object; an empty body is the empty object.
   *
   * @throws WireError {@code SerializationException} if the body is not one well-formed JSON object
   */
  ObjectNode parse(byte[] body) {
    if (body.length == 0) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node;
    try {
      node = mapper().readTree(body);
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the offending token, which may be part of a password: say where only.
      throw WireError.serialization("Malformed JSON" + where(e.getLocation()) + ".");
    } catch (IOException e) {
      throw WireError.serialization("Malformed JSON.");
    }
    if (node == null || node.isMissingNode()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw WireError.serialization("The request body must be a JSON object.");
    }
    return (ObjectNode) node;
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  // -- JSON to SDK objects

  /**
   * The SDK object the builder builds, its members read from {@code json}.
   *
   * @throws WireError {@code SerializationException} if a member has the wrong JSON type
   */
  Object read(ObjectNode json, SdkPojo builder) {
    return structure(json, builder, "");
  }

  private Object structure(JsonNode json, SdkPojo builder, String path) {
    for (SdkField<?> field : builder.sdkFields()) {
      if (!inPayload(field)) {
        continue;
      }
      JsonNode value = json.get(field.locationName());
      if (value == null || value.isNull()) {
        continue;
      }
      field.set(builder, value(field, value, path.isEmpty() ? field.locationName() : path + "." + field.locationName()));
    }
    return ((SdkBuilder<?, ?>) builder).build();
  }

  private Object value(SdkField<?> field, JsonNode json, String path) {
    MarshallingKnownType type = field.marshallingType().getKnownType();
    if (type == null) {
      throw WireError.serialization("The member at '" + path + "' has a type this endpoint cannot read.");
    }
    switch (type) {
      case STRING :
        if (json.isTextual()) {
          return json.textValue();
        }
        throw mismatch(json, "a String", path);
      case BOOLEAN :
        if (json.isBoolean()) {
          return json.booleanValue();
        }
        throw mismatch(json, "a Boolean", path);
      case INTEGER :
        return integral(json, path, "an Integer", Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
      case LONG :
        return integral(json, path, "a Long", Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
      case SHORT :
        return integral(json, path, "a Short", Short.MIN_VALUE, Short.MAX_VALUE).shortValueExact();
      case BYTE :
        return integral(json, path, "a Byte", Byte.MIN_VALUE, Byte.MAX_VALUE).byteValueExact();
      case FLOAT :
        return floating(json, path, "a Float").floatValue();
      case DOUBLE :
        return floating(json, path, "a Double").doubleValue();
      case BIG_DECIMAL :
        if (json.isNumber()) {
          return json.decimalValue();
        }
        throw mismatch(json, "a BigDecimal", path);
      case INSTANT :
        return instant(json, path);
      case SDK_BYTES :
        return bytes(json, path);
      case SDK_POJO :
        if (json.isObject()) {
          return structure(json, constructor(field, path).get(), path);
        }
        throw mismatch(json, "a structure", path);
      case LIST :
        return list(field, json, path);
      case MAP :
        return map(field, json, path);
      case DOCUMENT :
        return DocumentJson.read(json);
      default :
        throw WireError.serialization("The member at '" + path + "' has a type (" + type + ") this endpoint cannot read.");
    }
  }

  private static Supplier<SdkPojo> constructor(SdkField<?> field, String path) {
    Supplier<SdkPojo> constructor = field.constructor();
    if (constructor == null) {
      throw WireError.serialization("The member at '" + path + "' has a type this endpoint cannot read.");
    }
    return constructor;
  }

  private List<Object> list(SdkField<?> field, JsonNode json, String path) {
    if (!json.isArray()) {
      throw mismatch(json, "a list", path);
    }
    SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
    List<Object> values = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      JsonNode element = json.get(i);
      String at = path + "[" + i + "]";
      if (element.isNull()) {
        throw WireError.serialization("The list at '" + path + "' holds null at " + at + ".");
      }
      values.add(value(member, element, at));
    }
    return values;
  }

  private Map<String, Object> map(SdkField<?> field, JsonNode json, String path) {
    if (!json.isObject()) {
      throw mismatch(json, "a map", path);
    }
    SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
    Map<String, Object> values = new LinkedHashMap<>();
    int number = 0;
    for (Map.Entry<String, JsonNode> entry : json.properties()) {
      // A map's keys are request data (AuthParameters' keys may be anything): name the entry by position only.
      String at = path + "{key " + ++number + "}";
      // A key holding null is absent, as Cognito takes it: amazon-cognito-identity-js sends "DEVICE_KEY": null.
      if (!entry.getValue().isNull()) {
        values.put(entry.getKey(), value(member, entry.getValue(), at));
      }
    }
    return values;
  }

  private static BigDecimal integral(JsonNode json, String path, String expected, long min, long max) {
    if (!json.isNumber()) {
      throw mismatch(json, expected, path);
    }
    BigDecimal value = json.decimalValue();
    BigInteger whole;
    try {
      whole = value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw WireError.serialization("The number at '" + path + "' can not be converted to " + expected + ": it has a fraction.");
    }
    if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
      throw WireError.serialization("The number at '" + path + "' can not be converted to " + expected + ": it is out of range.");
    }
    return new BigDecimal(whole);
  }

  private static BigDecimal floating(JsonNode json, String path, String expected) {
    if (json.isNumber()) {
      return json.decimalValue();
    }
    throw mismatch(json, expected, path);
  }

  private static Instant instant(JsonNode json, String path) {
    try {
      if (json.isNumber()) {
        BigDecimal seconds = json.decimalValue();
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        int nanos = seconds.subtract(whole).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
      }
      if (json.isTextual()) {
        return Instant.parse(json.textValue());
      }
    } catch (ArithmeticException | DateTimeException e) {
      throw WireError.serialization("The timestamp at '" + path + "' is out of range or malformed.");
    }
    throw mismatch(json, "a timestamp", path);
  }

  private static SdkBytes bytes(JsonNode json, String path) {
    if (!json.isTextual()) {
      throw mismatch(json, "a blob", path);
    }
    try {
      return SdkBytes.fromByteArray(Base64.getDecoder().decode(json.textValue()));
    } catch (IllegalArgumentException e) {
      throw WireError.serialization("The blob at '" + path + "' is not base64.");
    }
  }

  private static WireError mismatch(JsonNode json, String expected, String path) {
    return WireError.serialization(kind(json) + " can not be converted to " + expected + " (at '" + path + "').");
  }

  /** The JSON type of a node, in the words AWS's serialization errors use. */
  private static String kind(JsonNode json) {
    switch (json.getNodeType()) {
      case STRING :
        return "STRING_VALUE";
      case NUMBER :
        return "NUMBER_VALUE";
      case BOOLEAN :
        return "BOOLEAN_VALUE";
      case ARRAY :
        return "Start of list";
      case OBJECT :
        return "Start of structure or map";
      case NULL :
        return "NULL_VALUE";
      default :
        return "An unexpected value";
    }
  }

  private static boolean inPayload(SdkField<?> field) {
    return field.location() == null || field.location() == MarshallLocation.PAYLOAD;
  }

  // -- SDK objects to JSON

  /** The SDK object as a JSON object: its set members, by location name. */
  ObjectNode write(SdkPojo pojo) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      if (!inPayload(field)) {
        continue;
      }
      Object value = field.getValueOrDefault(pojo);
      if (isUnset(value)) {
        continue;
      }
      json.set(field.locationName(), node(field, value));
    }
    return json;
  }

  private static boolean isUnset(Object value) {
    return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap;
  }

  private JsonNode node(SdkField<?> field, Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    MarshallingKnownType type = field.marshallingType().getKnownType();
    if (type == null) {
      throw new IllegalStateException("no JSON form for member " + field.memberName());
    }
    switch (type) {
      case STRING :
        return nodes.textNode((String) value);
      case BOOLEAN :
        return nodes.booleanNode((Boolean) value);
      case INTEGER :
      case SHORT :
      case BYTE :
        return nodes.numberNode(((Number) value).intValue());
      case LONG :
        return nodes.numberNode(((Number) value).longValue());
      case FLOAT :
      case DOUBLE :
        double d = ((Number) value).doubleValue();
        return Double.isFinite(d) ? nodes.numberNode(d) : nodes.textNode(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
      case BIG_DECIMAL :
        return nodes.numberNode((BigDecimal) value);
      case INSTANT :
        return nodes.numberNode(epochSeconds((Instant) value));
      case SDK_BYTES :
        return nodes.textNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
      case SDK_POJO :
        return write((SdkPojo) value);
      case LIST :
        SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
        ArrayNode array = nodes.arrayNode();
        for (Object element : (List<?>) value) {
          array.add(element == null ? nodes.nullNode() : node(member, element));
        }
        return array;
      case MAP :
        SdkField<?> valueField = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
        ObjectNode object = nodes.objectNode();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          object.set(String.valueOf(entry.getKey()), entry.getValue() == null ? nodes.nullNode() : node(valueField, entry.getValue()));
        }
        return object;
      case DOCUMENT :
        return DocumentJson.write((Document) value);
      default :
        throw new IllegalStateException("no JSON form for member " + field.memberName() + " of type " + type);
    }
  }

  /** Epoch seconds with the fraction AWS JSON 1.1 uses for timestamps, for example {@code 1893456000.123}. */
  static BigDecimal epochSeconds(Instant instant) {
    BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9)).stripTrailingZeros();
    return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
  }

  /** The JSON text of a node. */
  byte[] bytes(JsonNode json) {
    try {
      return mapper().writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
