package dev.userpool.mfa;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as Cognito's software tokens use them (HMAC-SHA1, six digits, 30-second
 * steps, time zero at the epoch; AWS developer guide "TOTP software token MFA"), over the time given. A code is
 * accepted for its own step and one step either side (a clock drift of up to 30 seconds; the window is the library's
 * decision, AWS does not publish it), and only for a step after the last one accepted, so a code is never accepted
 * twice.
 */
public final class Totp {

  /** The length of a step. */
  public static final long STEP_SECONDS = 30;

  /** Steps accepted on either side of the current one. */
  public static final int WINDOW = 1;

  private static final int DIGITS = 6;

  private Totp() {}

  /** The step {@code now} falls in. */
  public static long step(Instant now) {
    return Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
  }

  /** The six-digit code of {@code secret} for {@code step} (RFC 4226 dynamic truncation over the step counter). */
  public static String code(byte[] secret, long step) {
    byte[] hash = hmacSha1(secret, ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0xf;
    int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
        | (hash[offset + 3] & 0xff);
    return String.format("%06d", binary % 1_000_000);
  }

  /** The code of {@code secret} at {@code now}. */
  public static String code(byte[] secret, Instant now) {
    return code(secret, step(now));
  }

  /**
   * The step whose code {@code given} is, among the steps around {@code now} later than {@code lastAccepted}; none
   * when it matches none of them. Every candidate is compared, in constant time.
   */
  public static Option<Long> match(byte[] secret, String given, Instant now, Option<Long> lastAccepted) {
    long current = step(now);
    byte[] offered = given.getBytes(StandardCharsets.US_ASCII);
    Option<Long> found = Option.none();
    for (long s : List.rangeClosed(current - WINDOW, current + WINDOW)) {
      boolean equal = MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII), offered);
      if (equal && given.length() == DIGITS && lastAccepted.forAll(last -> s > last) && found.isEmpty()) {
        found = Option.some(s);
      }
    }
    return found;
  }

  private static byte[] hmacSha1(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA1", e);
    }
  }
}
