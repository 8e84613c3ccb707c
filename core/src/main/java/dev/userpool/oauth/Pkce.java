package dev.userpool.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Proof Key for Code Exchange (RFC 7636): the challenge an authorize request sends and the check of the verifier the
 * token request sends. Verifiers and challenges are 43 to 128 characters of {@code [A-Za-z0-9-._~]} (section 4.1);
 * {@code S256} compares BASE64URL(SHA-256(verifier)) with the challenge, {@code plain} the verifier itself (section
 * 4.6), in constant time.
 *
 * @param challenge the {@code code_challenge}
 * @param method the {@code code_challenge_method}
 */
public record Pkce(String challenge, Method method) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

  /** A {@code code_challenge_method}. */
  public enum Method {
    /** The SHA-256 of the verifier, BASE64URL without padding. */
    S256("S256"),
    /** The verifier itself. */
    PLAIN("plain");

    private final String wireName;

    Method(String wireName) {
      this.wireName = wireName;
    }

    /** The value on the wire. */
    public String wireName() {
      return wireName;
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public Pkce {
    Objects.requireNonNull(challenge, "challenge is null");
    Objects.requireNonNull(method, "method is null");
  }

  /** Whether {@code value} has the shape of a verifier or challenge. */
  public static boolean wellFormed(String value) {
    return value != null && SHAPE.matcher(value).matches();
  }

  /** The S256 challenge of {@code verifier}. */
  public static String s256(String verifier) {
    Objects.requireNonNull(verifier, "verifier is null");
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  /** Whether {@code verifier} is well formed and answers this challenge. */
  public boolean verifies(String verifier) {
    if (!wellFormed(verifier)) {
      return false;
    }
    String expected = method == Method.S256 ? s256(verifier) : verifier;
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "Pkce[" + method.wireName() + "]";
  }
}
