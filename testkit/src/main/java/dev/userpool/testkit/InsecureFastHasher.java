package dev.userpool.testkit;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Salt;
import io.vavr.control.Option;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * FOR TESTS ONLY. One salted SHA-256 per password: fast, so a test suite signs in thousands of times a
 * second, and therefore useless against anyone who sees the hashes. Its scheme,
 * {@value #SCHEME}, says so in every hash it makes, and it warns once on the standard error stream.
 * Production uses {@link dev.userpool.password.Pbkdf2PasswordHasher}.
 */
public final class InsecureFastHasher implements PasswordHasher {

  /** The scheme of every hash this hasher makes. */
  public static final String SCHEME = "INSECURE-TEST-ONLY-SHA256";

  private static final AtomicBoolean WARNED = new AtomicBoolean();
  private static final InsecureFastHasher INSTANCE = new InsecureFastHasher();

  private InsecureFastHasher() {}

  /**
   * The hasher; the first call warns on the standard error stream that it is for tests only. (Not through
   * {@link System.Logger}: bootstrapping {@code java.util.logging} and its formatter for this one line
   * cost about 110 ms, a quarter of a fresh JVM's time to its first answer.)
   */
  public static InsecureFastHasher forTestsOnly() {
    if (WARNED.compareAndSet(false, true)) {
      System.err.println("WARNING: InsecureFastHasher hashes passwords with one SHA-256: for tests only, never for real passwords");
    }
    return INSTANCE;
  }

  @Override
  public String scheme() {
    return SCHEME;
  }

  @Override
  public Option<PasswordHash> derive(Password password, Salt salt, String scheme) {
    if (!SCHEME.equals(scheme)) {
      return Option.none();
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.bytes());
      sha.update(password.encode());
      return Option.some(PasswordHash.of(SCHEME, salt, sha.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "InsecureFastHasher[FOR TESTS ONLY]";
  }
}
