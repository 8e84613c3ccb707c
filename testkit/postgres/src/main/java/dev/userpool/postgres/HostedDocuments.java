package dev.userpool.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.oauth.HostedSession;
import dev.userpool.oauth.Pkce;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Sub;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The documents of the hosted endpoints' rows: an {@link AuthorizationCode} and a {@link HostedSession} without their
 * secret (the code, the session id), which the row keeps as a digest only ({@link #digest}) and the reader supplies.
 */
final class HostedDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HostedDocuments() {}

  /** The SHA-256 digest under which a code or session id is kept. */
  static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String ofCode(AuthorizationCode c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("pool", c.pool().value());
    o.put("client", c.client().value());
    o.put("sub", c.sub().value());
    o.put("redirectUri", c.redirectUri());
    ArrayNode scopes = o.putArray("scopes");
    c.scopes().forEach(scopes::add);
    c.pkce().forEach(p -> o.putObject("pkce").put("challenge", p.challenge()).put("method", p.method().name()));
    c.nonce().forEach(n -> o.put("nonce", n));
    o.put("authTime", c.authTime().toString());
    o.put("issuedAt", c.issuedAt().toString());
    return write(o);
  }

  static AuthorizationCode code(String code, String document) {
    JsonNode o = read(document);
    return AuthorizationCode.builder().code(code)
        .pool(new UserPoolId(o.get("pool").textValue()))
        .client(new ClientId(o.get("client").textValue()))
        .sub(new Sub(o.get("sub").textValue()))
        .redirectUri(o.get("redirectUri").textValue())
        .scopes(List.ofAll(o.get("scopes")).map(JsonNode::textValue))
        .pkce(Option.of(o.get("pkce")).map(p -> new Pkce(p.get("challenge").textValue(), Pkce.Method.valueOf(p.get("method")
            .textValue()))))
        .nonce(Option.of(o.get("nonce")).map(JsonNode::textValue))
        .authTime(Instant.parse(o.get("authTime").textValue()))
        .issuedAt(Instant.parse(Option.of(o.get("issuedAt")).getOrElse(o.get("authTime")).textValue()))
        .build();
  }

  static String ofSession(HostedSession s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("pool", s.pool().value());
    o.put("sub", s.sub().value());
    o.put("authTime", s.authTime().toString());
    return write(o);
  }

  static HostedSession session(String id, String document) {
    JsonNode o = read(document);
    return new HostedSession(id, new UserPoolId(o.get("pool").textValue()), new Sub(o.get("sub").textValue()),
        Instant.parse(o.get("authTime").textValue()));
  }

  private static String write(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a document", e);
    }
  }

  private static JsonNode read(String document) {
    try {
      return JSON.readTree(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored document is not JSON", e);
    }
  }
}
