package dev.userpool.password;

import io.vavr.control.Option;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The default {@link PasswordHasher}: PBKDF2 with HMAC-SHA256 (RFC 8018) from the JDK's {@link Mac},
 * a 32-byte digest, and a configurable iteration count. The scheme records the count
 * ({@code PBKDF2-HMAC-SHA256/600000}), so hashes made under an earlier cost still verify after the
 * cost is raised.
 *
 * <p>For well-formed Unicode passwords the digest equals the JDK's {@code PBKDF2WithHmacSHA256} over
 * UTF-8; unlike it, a lone surrogate is not replaced by {@code ?} (see {@link Password#encode()}).
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** The scheme prefix; the iteration count follows the slash. */
  public static final String SCHEME_PREFIX = "PBKDF2-HMAC-SHA256/";

  private static final String HMAC = "HmacSHA256";
  private static final int DIGEST_LENGTH = 32;

  private final int iterations;
  private final String scheme;

  private Pbkdf2PasswordHasher(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive: " + iterations);
    }
    this.iterations = iterations;
    this.scheme = SCHEME_PREFIX + iterations;
  }

  /** The hasher with {@value #DEFAULT_ITERATIONS} iterations. */
  public static Pbkdf2PasswordHasher withDefaultCost() {
    return new Pbkdf2PasswordHasher(DEFAULT_ITERATIONS);
  }

  /**
   * A hasher with the given iteration count.
   *
   * @throws IllegalArgumentException if {@code iterations} is not positive
   */
  public static Pbkdf2PasswordHasher withIterations(int iterations) {
    return new Pbkdf2PasswordHasher(iterations);
  }

  /** The iteration count of new hashes. */
  public int iterations() {
    return iterations;
  }

  @Override
  public String scheme() {
    return scheme;
  }

  @Override
  public Option<PasswordHash> derive(Password password, Salt salt, String scheme) {
    Objects.requireNonNull(password, "password is null");
    Objects.requireNonNull(salt, "salt is null");
    Objects.requireNonNull(scheme, "scheme is null");
    return iterationsOf(scheme).map(n -> PasswordHash.of(scheme, salt, pbkdf2(password.encode(), salt.unsafeBytes(), n)));
  }

  private static Option<Integer> iterationsOf(String scheme) {
    if (!scheme.startsWith(SCHEME_PREFIX)) {
      return Option.none();
    }
    String count = scheme.substring(SCHEME_PREFIX.length());
    if (count.isEmpty() || count.length() > 9 || !count.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Option.none();
    }
    int n = Integer.parseInt(count);
    return n < 1 ? Option.none() : Option.some(n);
  }

  /** PBKDF2 for a single output block (dkLen = hLen = 32), reusing one buffer per iteration. */
  static byte[] pbkdf2(byte[] password, byte[] salt, int iterations) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key(password));
      Arrays.fill(password, (byte) 0);
      mac.update(salt);
      mac.update(new byte[]{ 0, 0, 0, 1 });
      byte[] u = mac.doFinal();
      byte[] t = u.clone();
      for (int i = 1; i < iterations; i++) {
        mac.update(u);
        mac.doFinal(u, 0);
        for (int k = 0; k < DIGEST_LENGTH; k++) {
          t[k] ^= u[k];
        }
      }
      return t;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + HMAC, e);
    }
  }

  private static SecretKeySpec key(byte[] password) {
    // HMAC pads a short key with zero bytes, so the empty key equals the one-zero-byte key,
    // which SecretKeySpec (unlike HMAC) accepts.
    return new SecretKeySpec(password.length == 0 ? new byte[1] : password, HMAC);
  }

  @Override
  public String toString() {
    return "Pbkdf2PasswordHasher[" + scheme + "]";
  }
}
