package dev.userpool.mfa;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.Locale;

/** RFC 4648 base32 (alphabet {@code A-Z2-7}), unpadded, as authenticator apps read a TOTP secret. */
public final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  /** {@code bytes} in base32, without padding. */
  public static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /** The bytes {@code text} encodes (case and padding ignored), or none when it is not base32. */
  public static Option<byte[]> decode(String text) {
    String digits = text.toUpperCase(Locale.ROOT).replace("=", "");
    byte[] out = new byte[digits.length() * 5 / 8];
    int length = 0;
    int buffer = 0;
    int bits = 0;
    for (char c : digits.toCharArray()) {
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        return Option.none();
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[length++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return Option.some(Arrays.copyOf(out, length));
  }
}
