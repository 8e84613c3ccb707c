package dev.userpool.testkit.conformance;

import dev.userpool.testkit.sdk.ScenarioTarget;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One rule of the conformance catalogue: a stable id, the area it belongs to, the rule in one line, where
 * the rule comes from, and the calls that check it. The steps throw {@link AssertionError} when the target
 * breaks the rule, and {@link NotApplicable} when the target lacks what the rule needs (its clock cannot be
 * moved, its codes cannot be read).
 *
 * @param id stable identifier, {@code <area>.<name>}, for example {@code lifecycle.sign-in.user-password-auth.confirmed}
 * @param area what the rule is about
 * @param statement the rule in one line
 * @param source an AWS documentation page, a public bug report, or the entry of docs/generated/decisions.md
 * @param steps the calls and assertions
 */
public record ConformanceRule(String id, Area area, String statement, String source, Consumer<ScenarioTarget> steps) {

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  /**
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id is malformed or does not start with the area's slug
   */
  public ConformanceRule {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(area, "area is null");
    Objects.requireNonNull(statement, "statement is null");
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(steps, "steps is null");
    if (!ID.matcher(id).matches() || !id.startsWith(area.slug() + ".")) {
      throw new IllegalArgumentException("bad rule id " + id + " for area " + area.slug());
    }
  }

  /**
   * Checks the rule against {@code target}.
   *
   * @throws AssertionError if the target breaks the rule
   * @throws NotApplicable if the target cannot run it
   */
  public void check(ScenarioTarget target) {
    steps.accept(Objects.requireNonNull(target, "target is null"));
  }

  @Override
  public String toString() {
    return id;
  }
}
