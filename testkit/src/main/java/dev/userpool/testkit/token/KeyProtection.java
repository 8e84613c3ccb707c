package dev.userpool.testkit.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a signing key's private half is kept at rest, as the text a {@code SigningKeys} store holds: its PKCS#8
 * encoding in Base64 ({@code pkcs8:...}, protected only by who may read the store), or that encoding encrypted with
 * AES-256-GCM under a key-encryption key the store never sees ({@code a256gcm:...}: a random 96-bit nonce, then the
 * ciphertext and tag; the kid is the associated data, so a sealed key cannot be moved to another kid). The endpoint
 * takes the key-encryption key from the environment variable {@value #ENVIRONMENT_VARIABLE} (Base64 of 32 bytes);
 * every node on one store needs the same one. Neither form is ever printed; {@link #toString()} names the form only.
 */
public final class KeyProtection {

  /** The environment variable holding the key-encryption key: Base64 of 32 random bytes. */
  public static final String ENVIRONMENT_VARIABLE = "USERPOOL_KEY_ENCRYPTION_KEY";

  private static final String PLAIN = "pkcs8:";
  private static final String SEALED = "a256gcm:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final KeyProtection NONE = new KeyProtection(null);

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  private KeyProtection(SecretKeySpec key) {
    this.key = key;
  }

  /** Keys kept as plain PKCS#8: whoever reads the store can sign tokens. */
  public static KeyProtection none() {
    return NONE;
  }

  /**
   * Keys encrypted with AES-256-GCM under {@code keyEncryptionKey} (32 bytes; copied).
   *
   * @throws IllegalArgumentException if the key is not 32 bytes long
   */
  public static KeyProtection aesGcm(byte[] keyEncryptionKey) {
    Objects.requireNonNull(keyEncryptionKey, "keyEncryptionKey is null");
    if (keyEncryptionKey.length != 32) {
      throw new IllegalArgumentException("the key-encryption key must be 32 bytes (AES-256)");
    }
    return new KeyProtection(new SecretKeySpec(keyEncryptionKey.clone(), "AES"));
  }

  /**
   * The protection {@code environment} asks for: {@link #aesGcm} with the key in {@value #ENVIRONMENT_VARIABLE}, or
   * {@link #none()} when it is unset or empty.
   *
   * @throws IllegalArgumentException if the variable is not Base64 of 32 bytes (the message never quotes it)
   */
  public static KeyProtection fromEnvironment(Map<String, String> environment) {
    String value = environment.get(ENVIRONMENT_VARIABLE);
    if (value == null || value.isBlank()) {
      return none();
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " is not Base64 (expected 32 random bytes, e.g. openssl rand -base64 32)");
    }
    if (decoded.length != 32) {
      throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must hold 32 bytes in Base64 (it holds " + decoded.length + ")");
    }
    try {
      return aesGcm(decoded);
    } finally {
      Arrays.fill(decoded, (byte) 0);
    }
  }

  /** Whether keys are encrypted. */
  public boolean encrypts() {
    return key != null;
  }

  /** The stored form of the private key {@code pkcs8} of key {@code kid}. */
  String seal(String kid, byte[] pkcs8) {
    if (key == null) {
      return PLAIN + Base64.getEncoder().encodeToString(pkcs8);
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(pkcs8);
      return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has AES-GCM", e);
    }
  }

  /**
   * The PKCS#8 encoding of a stored private key.
   *
   * @throws KeyProtectionException if the key is encrypted and this protection has no key, or the wrong one
   */
  byte[] open(String kid, String stored) {
    if (stored.startsWith(PLAIN)) {
      return Base64.getDecoder().decode(stored.substring(PLAIN.length()));
    }
    if (!stored.startsWith(SEALED)) {
      throw new KeyProtectionException("signing key " + kid + " is stored in an unknown form");
    }
    if (key == null) {
      throw new KeyProtectionException("the store's signing keys are encrypted: set " + ENVIRONMENT_VARIABLE
          + " to the key-encryption key the first node used");
    }
    byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new KeyProtectionException("cannot decrypt signing key " + kid + ": " + ENVIRONMENT_VARIABLE
          + " is not the key-encryption key the store's keys were sealed with");
    }
  }

  @Override
  public String toString() {
    return key == null ? "KeyProtection[pkcs8]" : "KeyProtection[a256gcm]";
  }

  /** A stored private key that cannot be opened with this protection. The message names the kid only. */
  public static final class KeyProtectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeyProtectionException(String message) {
      super(message, null, false, false);
    }
  }
}
