package dev.userpool.testkit.conformance;

import dev.userpool.testkit.sdk.ScenarioTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
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
 *
 * <p>{@link #run(List, ScenarioTarget, Runnable, Consumer, int)} runs rules on several threads at once: each rule has
 * its own pool, so rules do not see each other, except through the endpoint's one clock and the time the machine
 * takes. A rule that moves the clock while others run could expire their codes and sessions, so while rules run side
 * by side the clock does not move: a rule that asks to move it is stopped and runs again, alone, once the others are
 * done. So does a rule that failed side by side (a lockout of one second can pass while a busy machine answers), and
 * its outcome alone is the one reported: side by side or one by one, a run reports the same outcomes.
 */
public final class Kit {

  /**
   * Where a run is: {@code done} of {@code total} rules, the last one's outcome, and whether that rule ran again alone
   * (it moved the clock, or failed, side by side).
   */
  public record Progress(int done, int total, Outcome last, boolean again) {}

  private Kit() {}

  /** Checks one rule against {@code target}. */
  public static Outcome check(ConformanceRule rule, ScenarioTarget target) {
    Objects.requireNonNull(rule, "rule is null");
    long start = System.nanoTime();
    Outcome.Verdict verdict = Outcome.Verdict.PASSED;
    String detail = "";
    try {
      rule.check(target);
    } catch (ClockMoved e) {
      throw e;
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
    return run(rules, target, afterEach, progress, 1);
  }

  /**
   * Checks every rule against {@code target} on {@code parallelism} threads, calling {@code afterEach} on the rule's
   * thread after each (to delete what the rule created on that thread) and {@code progress}, one call at a time, as
   * each outcome comes; the outcomes are in the order of {@code rules}, whatever order they finished in. The rules
   * that move the clock, and those that failed side by side, run again after the others, one at a time.
   *
   * @throws IllegalArgumentException if {@code parallelism} is below 1
   */
  public static List<Outcome> run(List<ConformanceRule> rules, ScenarioTarget target, Runnable afterEach, Consumer<Progress> progress,
      int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    Outcome[] outcomes = new Outcome[rules.size()];
    AtomicInteger done = new AtomicInteger();
    boolean sideBySide = parallelism > 1;
    BiConsumer<Outcome, Boolean> finished = (outcome, again) -> {
      synchronized (done) {
        progress.accept(new Progress(done.incrementAndGet(), rules.size(), outcome, again));
      }
    };
    List<Integer> alone = new ArrayList<>();
    if (parallelism == 1) {
      for (int i = 0; i < rules.size(); i++) {
        alone.add(i);
      }
    } else {
      ScenarioTarget stillClock = new ScenarioTarget(target.client(), by -> {
        throw new ClockMoved();
      }, target.mailbox());
      ExecutorService threads = Executors.newFixedThreadPool(parallelism, r -> {
        Thread t = new Thread(r, "conformance-kit");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Boolean>> ran = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
          int index = i;
          ran.add(threads.submit(() -> {
            Outcome outcome;
            try {
              outcome = check(rules.get(index), stillClock);
            } catch (ClockMoved e) {
              return false;
            } finally {
              afterEach.run();
            }
            if (outcome.verdict() == Outcome.Verdict.FAILED) {
              return false;
            }
            outcomes[index] = outcome;
            finished.accept(outcome, false);
            return true;
          }));
        }
        for (int i = 0; i < ran.size(); i++) {
          if (!ran.get(i).get()) {
            alone.add(i);
          }
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException("a rule's thread failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } finally {
        threads.shutdownNow();
      }
    }
    for (int index : alone) {
      outcomes[index] = check(rules.get(index), target);
      afterEach.run();
      finished.accept(outcomes[index], sideBySide);
    }
    return List.of(outcomes);
  }

  /** Thrown by the clock of rules that run side by side: the rule runs again, alone. */
  private static final class ClockMoved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClockMoved() {
      super("the clock moves only while a rule runs alone", null, false, false);
    }
  }

  /** An SDK error as the reports show it: code, HTTP status and message. */
  static String describe(CognitoIdentityProviderException e) {
    String code = e.awsErrorDetails() == null ? e.getClass().getSimpleName() : e.awsErrorDetails().errorCode();
    String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
    return code + " (" + e.statusCode() + ") \"" + message + "\"";
  }
}
