package dev.userpool.testkit;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.parameter.ParameterViolation;
import java.io.PrintStream;

/**
 * A small command-line check: evaluates a password against a Cognito password policy and prints the
 * verdict as Cognito would word it. It never prints the password.
 *
 * <pre>{@code
 * PolicyCheck <password> [minimumLength]
 * }</pre>
 */
public final class PolicyCheck {

  private PolicyCheck() {}

  /** Runs the check; exits with 0 when the password is accepted, 1 when refused, 2 on bad usage. */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    if (args.length < 1 || args.length > 2) {
      out.println("usage: PolicyCheck <password> [minimumLength]");
      return 2;
    }
    var builder = PasswordPolicy.builder();
    if (args.length == 2) {
      var draft = PasswordPolicy.draft().requireLowercase(true).requireUppercase(true).requireNumbers(true)
          .requireSymbols(true);
      try {
        draft.minimumLength(Integer.parseInt(args[1]));
      } catch (NumberFormatException e) {
        out.println("minimumLength must be a whole number");
        return 2;
      }
      var policy = draft.validate();
      if (policy.isInvalid()) {
        out.println("InvalidParameterException: " + ParameterViolation.describe(policy.getError()));
        return 2;
      }
      return report(policy.get(), args[0], out);
    }
    return report(builder.build(), args[0], out);
  }

  private static int report(PasswordPolicy policy, String raw, PrintStream out) {
    out.println("Policy: minimum length " + policy.minimumLength() + ", upper, lower, numbers and symbols required");
    var parsed = Password.parse("password", raw);
    if (parsed.isInvalid()) {
      out.println("InvalidParameterException: " + ParameterViolation.describe(parsed.getError()));
      return 1;
    }
    var violations = policy.violations(parsed.get());
    if (violations.isEmpty()) {
      out.println("Accepted (" + parsed.get().length() + " code points)");
      return 0;
    }
    out.println("InvalidPasswordException: Password does not conform to policy: " + violations.head().description());
    violations.tail().forEach(v -> out.println("  also: " + v.description() + " [" + v.code() + "]"));
    return 1;
  }
}
