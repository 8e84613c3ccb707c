package dev.userpool.testkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The claims of a JWT the target issued, read without verifying it (the rules check what the claims say). */
final class Jwt {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode payload;

  private Jwt(JsonNode payload) {
    this.payload = payload;
  }

  /**
   * The payload of {@code token}.
   *
   * @throws AssertionError if it is not a JWT with a JSON payload (the token itself is never shown)
   */
  static Jwt claims(String token) {
    String[] parts = parts(token);
    try {
      return new Jwt(JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)));
    } catch (IOException | IllegalArgumentException e) {
      throw new AssertionError("expected a JWT whose payload is JSON");
    }
  }

  /** The {@code kid} of the token's header, or null. */
  static String keyId(String token) {
    String[] parts = parts(token);
    try {
      JsonNode kid = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).get("kid");
      return kid == null ? null : kid.asText();
    } catch (IOException | IllegalArgumentException e) {
      throw new AssertionError("expected a JWT whose header is JSON");
    }
  }

  private static String[] parts(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 3) {
      throw new AssertionError("expected a JWT of three parts");
    }
    return parts;
  }

  /** A string claim, or null. */
  String text(String name) {
    JsonNode value = payload.get(name);
    return value == null || !value.isTextual() ? null : value.textValue();
  }

  /** A numeric claim, or null. */
  Long number(String name) {
    JsonNode value = payload.get(name);
    return value == null || !value.isNumber() ? null : value.longValue();
  }

  /** An array claim of strings, or null. */
  List<String> list(String name) {
    JsonNode value = payload.get(name);
    if (value == null || !value.isArray()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    value.forEach(v -> items.add(v.asText()));
    return items;
  }
}
