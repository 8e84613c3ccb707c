package dev.userpool.bench;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;

/** Password policy evaluation (Cognito's default policy): no hashing, no history. */
public class PolicyBenchmark extends BenchDefaults {

  PasswordPolicy policy = PasswordPolicy.cognitoDefault();
  /** 14 characters, every class present: the common case. */
  Password typical = Password.of(BenchFixtures.PASSWORD);
  /** {@value Password#MAX_LENGTH} characters, every class present: the longest a request may carry. */
  Password longest = Password.of(longPassword());
  /** Lowercase only: breaks three rules (uppercase, number, symbol; length is fine). */
  Password weak = Password.of("correcthorse");
  /** {@value Password#MAX_LENGTH} characters without an uppercase letter: the worst case, every character is read. */
  Password longestWeak = Password.of(longPassword().toLowerCase(Locale.ROOT));

  @Benchmark
  public Seq<Violation> violationsTypical() {
    return policy.violations(typical);
  }

  @Benchmark
  public Seq<Violation> violations256() {
    return policy.violations(longest);
  }

  @Benchmark
  public Seq<Violation> violations256MissingUppercase() {
    return policy.violations(longestWeak);
  }

  @Benchmark
  public Seq<Violation> violationsWeak() {
    return policy.violations(weak);
  }

  @Benchmark
  public Validation<Seq<Violation>, Password> evaluateTypical() {
    return policy.evaluate(typical);
  }

  static String longPassword() {
    StringBuilder s = new StringBuilder(Password.MAX_LENGTH);
    String cycle = "Corr3ct-Horse!Battery~Staple9";
    while (s.length() < Password.MAX_LENGTH) {
      s.append(cycle.charAt(s.length() % cycle.length()));
    }
    return s.toString();
  }
}
