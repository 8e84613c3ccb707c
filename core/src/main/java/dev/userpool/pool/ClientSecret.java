package dev.userpool.pool;

import dev.userpool.password.Randomness;
import dev.userpool.password.SecretText;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An app client's secret ({@code ClientSecret}, made when the client is created with
 * {@code GenerateSecret=true}). Requests that name such a client carry {@code SECRET_HASH}: Base64 of
 * HMAC-SHA256 keyed by the secret over the username followed by the client id (AWS developer guide,
 * "Computing secret hash values"). Cognito must keep the secret itself to check that, so a store keeps
 * {@link #reveal()}; the library never prints it: {@link #toString()} is redacted and no message holds it.
 */
public final class ClientSecret extends SecretText {

  /** The length of a generated secret. */
  public static final int GENERATED_LENGTH = 51;
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private ClientSecret(String value) {
    super(value);
  }

  /**
   * A stored secret.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is empty
   */
  public static ClientSecret of(String value) {
    if (Objects.requireNonNull(value, "value is null").isEmpty()) {
      throw new IllegalArgumentException("a client secret must not be empty");
    }
    return new ClientSecret(value);
  }

  /**
   * A new secret of {@value #GENERATED_LENGTH} lower-case letters and digits (the shape of Cognito's),
   * drawn from {@code randomness}.
   *
   * @throws NullPointerException if {@code randomness} is null
   */
  public static ClientSecret generate(Randomness randomness) {
    Randomness.require(randomness);
    StringBuilder s = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      s.append(ALPHABET.charAt(randomness.nextInt(ALPHABET.length())));
    }
    return new ClientSecret(s.toString());
  }

  /**
   * The {@code SECRET_HASH} a client computes for {@code username}: Base64(HMAC-SHA256(secret, username +
   * clientId)).
   *
   * @throws NullPointerException if an argument is null
   */
  public String secretHash(String username, ClientId clientId) {
    Objects.requireNonNull(username, "username is null");
    Objects.requireNonNull(clientId, "clientId is null");
    return Base64.getEncoder().encodeToString(hmac(username + clientId.value()));
  }

  /**
   * Whether {@code secretHash} is the hash of {@code username} for {@code clientId}, compared in constant time;
   * false for anything that is not Base64.
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean accepts(String secretHash, String username, ClientId clientId) {
    Objects.requireNonNull(secretHash, "secretHash is null");
    Objects.requireNonNull(username, "username is null");
    Objects.requireNonNull(clientId, "clientId is null");
    byte[] given;
    try {
      given = Base64.getDecoder().decode(secretHash);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(hmac(username + clientId.value()), given);
  }

  /**
   * Whether {@code given} is this secret itself (GetTokensFromRefreshToken's {@code ClientSecret}), compared in
   * constant time.
   *
   * @throws NullPointerException if {@code given} is null
   */
  public boolean matches(String given) {
    return sameText(new ClientSecret(Objects.requireNonNull(given, "given is null")));
  }

  private byte[] hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK provides HmacSHA256", e);
    }
  }
}
