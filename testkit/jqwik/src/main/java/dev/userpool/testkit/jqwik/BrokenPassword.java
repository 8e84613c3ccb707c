package dev.userpool.testkit.jqwik;

import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Violation;
import java.util.Objects;

/**
 * A password built to break exactly one rule of a policy: {@code policy.violations(password)} is
 * exactly {@code [violation]}. It still has the request shape every password member accepts (no
 * leading or trailing whitespace, at most 256 code points), so it reaches the policy check when sent
 * through the service. {@link #toString()} names the rule and the length, never the password.
 *
 * @param policy the policy it breaks
 * @param password the password
 * @param violation the one rule it breaks, as the policy reports it
 */
public record BrokenPassword(PasswordPolicy policy, Password password, Violation violation) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public BrokenPassword {
    Objects.requireNonNull(policy, "policy is null");
    Objects.requireNonNull(password, "password is null");
    Objects.requireNonNull(violation, "violation is null");
  }

  /** The rule and the length; never the password. */
  @Override
  public String toString() {
    return "BrokenPassword[" + violation.code() + ", " + password.length() + " code points, minimumLength " + policy.minimumLength() + "]";
  }
}
