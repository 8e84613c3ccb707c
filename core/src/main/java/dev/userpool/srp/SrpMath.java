package dev.userpool.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The byte-level primitives the clients use, in one place: their {@code padHex} (the minimal two's-complement
 * encoding of a non-negative integer, which is Java's {@link BigInteger#toByteArray()}), SHA-256, HMAC-SHA256,
 * the one-block HKDF with the info string {@value #INFO} and 16 bytes of output, and UTF-8 as Node's
 * {@code Buffer.from(s, 'utf8')} writes it (a lone surrogate becomes U+FFFD).
 */
final class SrpMath {

  /** The HKDF info string of amazon-cognito-identity-js {@code AuthenticationHelper} and Amplify. */
  static final String INFO = "Caldera Derived Key";
  /** The length of the derived key, in bytes. */
  static final int KEY_LENGTH = 16;

  private SrpMath() {}

  /**
   * The clients' {@code padHex(v)} as bytes, for {@code v >= 0}: the fewest bytes that hold {@code v} with a
   * clear sign bit, so a leading {@code 00} appears exactly when the top bit of the magnitude is set.
   */
  static byte[] pad(BigInteger v) {
    if (v.signum() < 0) {
      throw new IllegalArgumentException("only non-negative values are padded");
    }
    return v.toByteArray();
  }

  static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  static byte[] hmacSha256(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK provides HmacSHA256", e);
    }
  }

  /** HKDF-SHA256 (RFC 5869) with one expansion block, truncated to {@value #KEY_LENGTH} bytes, as the clients do. */
  static byte[] hkdf(byte[] inputKeyMaterial, byte[] salt) {
    byte[] prk = hmacSha256(salt, inputKeyMaterial);
    byte[] block = hmacSha256(prk, INFO.getBytes(StandardCharsets.US_ASCII), new byte[]{ 1 });
    return Arrays.copyOf(block, KEY_LENGTH);
  }

  /** A non-negative integer from its big-endian bytes (a hash read as a number, as the clients read hex). */
  static BigInteger unsigned(byte[] bytes) {
    return new BigInteger(1, bytes);
  }

  /**
   * UTF-8 as Node's {@code Buffer.from(s, 'utf8')} and {@code TextEncoder} write it: a lone surrogate becomes
   * U+FFFD ({@code EF BF BD}); {@link String#getBytes} would write {@code ?} instead.
   */
  static byte[] utf8(String s) {
    byte[] out = new byte[s.length() * 3];
    int j = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int cp;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        cp = 0xFFFD;
      } else {
        cp = c;
      }
      if (cp < 0x80) {
        out[j++] = (byte) cp;
      } else if (cp < 0x800) {
        out[j++] = (byte) (0xC0 | (cp >> 6));
        out[j++] = (byte) (0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        out[j++] = (byte) (0xE0 | (cp >> 12));
        out[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[j++] = (byte) (0xF0 | (cp >> 18));
        out[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (cp & 0x3F));
      }
    }
    return Arrays.copyOf(out, j);
  }

  /** Lower-case hex of a non-negative integer, without leading zeros, as the clients' {@code toString(16)}. */
  static String hex(BigInteger v) {
    return v.toString(16);
  }

  /**
   * Parses the hex of a non-negative integer as the clients send it (digits only: no sign, no {@code 0x}),
   * or null when {@code s} is empty, longer than {@code maxDigits} or holds anything else.
   */
  static BigInteger parseHex(String s, int maxDigits) {
    if (s == null || s.isEmpty() || s.length() > maxDigits) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        return null;
      }
    }
    return new BigInteger(s, 16);
  }
}
