package dev.userpool.testkit.conformance;

import java.time.Duration;
import java.util.Objects;

/**
 * What one rule did against a target.
 *
 * @param rule the rule
 * @param verdict passed, failed or not applicable
 * @param detail for a failure, what was expected and what came back; for not applicable, why; empty when passed
 * @param took how long the rule ran
 */
public record Outcome(ConformanceRule rule, Verdict verdict, String detail, Duration took) {

  /** The three verdicts. */
  public enum Verdict {
    /** The target follows the rule. */
    PASSED,
    /** The target breaks the rule (or failed while the rule set up its pool). */
    FAILED,
    /** The target lacks what the rule needs. */
    NOT_APPLICABLE
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public Outcome {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(verdict, "verdict is null");
    Objects.requireNonNull(detail, "detail is null");
    Objects.requireNonNull(took, "took is null");
  }
}
