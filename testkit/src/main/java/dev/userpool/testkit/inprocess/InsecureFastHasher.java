package dev.userpool.testkit.inprocess;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Salt;
import io.vavr.control.Option;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * FOR TESTS ONLY. One salted SHA-256 per password: fast, so a test suite signs in thousands of times a
 * second, and therefore useless against anyone who sees the hashes. Its scheme,
 * {@value #SCHEME}, says so in every hash it makes, and so does its {@code toString}. It prints nothing:
 * a warning in every test JVM of every project that uses the testkit would be noise its users learn to
 * ignore. Production uses {@link dev.userpool.password.Pbkdf2PasswordHasher}.
 */
public final class InsecureFastHasher implements PasswordHasher {

  /** The scheme of every hash this hasher makes. */
  public static final String SCHEME = "INSECURE-TEST-ONLY-SHA256";

  private static final InsecureFastHasher INSTANCE = new InsecureFastHasher();

  private InsecureFastHasher() {}

  /** The hasher; the name of the method is the warning. */
  public static InsecureFastHasher forTestsOnly() {
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
