package dev.userpool.testkit.conformance;

import dev.userpool.testkit.sdk.ScenarioTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * Runs conformance rules against a target and turns what happened into {@link Outcome}s: an
 * {@link AssertionError} is a failure (its message says what was expected and what came back), a Cognito
 * error the rule did not expect is a failure naming the code, status and message, no answer within the
 * call's time limit is a failure, so is any other exception the rule throws on an answer it cannot read (the
 * run goes on), {@link NotApplicable} is not applicable.
 *
 * <pre>{@code
 * List<Outcome> outcomes = Kit.run(Catalogue.all(), ScenarioTarget.local(), () -> {}, progress -> {});
 * }</pre>
 */
public final class Kit {

  /** Where a run is: {@code done} of {@code total} rules, the last one's outcome. */
  public record Progress(int done, int total, Outcome last) {}

  private Kit() {}

  /** Checks one rule against {@code target}. */
  public static Outcome check(ConformanceRule rule, ScenarioTarget target) {
    Objects.requireNonNull(rule, "rule is null");
    long start = System.nanoTime();
    Outcome.Verdict verdict = Outcome.Verdict.PASSED;
    String detail = "";
    try {
      rule.check(target);
    } catch (NotApplicable e) {
      verdict = Outcome.Verdict.NOT_APPLICABLE;
      detail = e.getMessage();
    } catch (AssertionError e) {
      verdict = Outcome.Verdict.FAILED;
      detail = String.valueOf(e.getMessage());
    } catch (CognitoIdentityProviderException e) {
      verdict = Outcome.Verdict.FAILED;
      detail = "unexpected " + describe(e);
    } catch (SdkClientException e) {
      verdict = Outcome.Verdict.FAILED;
      detail = "no answer: " + e.getMessage();
    } catch (RuntimeException e) {
      // An answer the rule cannot read (a member missing: NullPointerException) fails the rule, not the run.
      verdict = Outcome.Verdict.FAILED;
      detail = "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return new Outcome(rule, verdict, detail, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Checks every rule in order against {@code target}, calling {@code afterEach} after each (to delete what
   * the rule created) and {@code progress} with each outcome.
   */
  public static List<Outcome> run(List<ConformanceRule> rules, ScenarioTarget target, Runnable afterEach, Consumer<Progress> progress) {
    List<Outcome> outcomes = new ArrayList<>();
    for (ConformanceRule rule : rules) {
      Outcome outcome = check(rule, target);
      afterEach.run();
      outcomes.add(outcome);
      progress.accept(new Progress(outcomes.size(), rules.size(), outcome));
    }
    return List.copyOf(outcomes);
  }

  /** An SDK error as the reports show it: code, HTTP status and message. */
  static String describe(CognitoIdentityProviderException e) {
    String code = e.awsErrorDetails() == null ? e.getClass().getSimpleName() : e.awsErrorDetails().errorCode();
    String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
    return code + " (" + e.statusCode() + ") \"" + message + "\"";
  }
}
