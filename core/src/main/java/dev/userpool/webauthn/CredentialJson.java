package dev.userpool.webauthn;

import dev.userpool.trigger.Json;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Reading a RegistrationResponseJSON or AuthenticationResponseJSON (W3C WebAuthn Level 3, section 5.1.8 and 5.1.9: the
 * JSON forms browsers' {@code toJSON()} and Amplify write, binary members base64url) and its client data.
 */
final class CredentialJson {

  private CredentialJson() {}

  /** The client data a ceremony signed: type, challenge, origin, and the raw bytes (their hash is signed). */
  record ClientData(String type, String challenge, String origin, byte[] raw) {}

  /** A member of an object, as a string. */
  static Option<String> text(Json json, String... path) {
    Option<Json> at = Option.some(json);
    for (String name : path) {
      at = at.flatMap(j -> j instanceof Json.Obj o ? o.get(name) : Option.none());
    }
    return at.flatMap(j -> j instanceof Json.Text t ? Option.some(t.value()) : Option.none());
  }

  /** A member holding base64url, decoded. */
  static Option<byte[]> bytes(Json json, String... path) {
    return text(json, path).flatMap(CredentialJson::base64Url);
  }

  /** Base64url (padding optional) decoded; none for anything else. */
  static Option<byte[]> base64Url(String text) {
    if (!text.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '=')) {
      return Option.none();
    }
    try {
      return Option.some(Base64.getUrlDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return Option.none();
    }
  }

  /** Bytes as base64url without padding. */
  static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** {@code transports}: the strings of the array, none when absent or not strings. */
  static Seq<String> strings(Json json, String... path) {
    Option<Json> at = Option.some(json);
    for (String name : path) {
      at = at.flatMap(j -> j instanceof Json.Obj o ? o.get(name) : Option.none());
    }
    return at.flatMap(j -> j instanceof Json.Arr a ? Option.some(a.items()) : Option.none()).getOrElse(List.empty())
        .flatMap(j -> j instanceof Json.Text t ? List.of(t.value()) : List.empty());
  }

  /** clientDataJSON decoded and parsed: its type, challenge and origin strings. */
  static Option<ClientData> clientData(byte[] raw) {
    return Json.parse(new String(raw, StandardCharsets.UTF_8)).toOption()
        .flatMap(j -> text(j, "type").flatMap(type -> text(j, "challenge")
            .flatMap(challenge -> text(j, "origin").map(origin -> new ClientData(type, challenge, origin, raw)))));
  }

  static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
