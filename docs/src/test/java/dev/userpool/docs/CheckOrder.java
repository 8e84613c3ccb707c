package dev.userpool.docs;

import dev.userpool.error.CognitoError;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order in which an operation checks things, as observed by running it: each fault alone (which
 * error it causes, or none), then every two faults together (whose error wins), then all of them at
 * once. The winners give a precedence graph whose topological order is the check order. Nothing here
 * reads the code's Javadoc: the order is what the code does.
 *
 * @param baseOutcome what the operation yields with no fault
 * @param steps the checks, first to last
 * @param notChecked faults the operation does not mind: it still succeeds
 * @param combinations every pair run together, with the winner
 * @param allAtOnce the faults run all together, and the error that won
 */
record CheckOrder(
    Probe probe,
    String baseOutcome,
    List<Step> steps,
    List<Fault> notChecked,
    List<Combination> combinations,
    Set<Fault> allAtOnce,
    CognitoError allAtOnceError) {

  /**
   * One check.
   *
   * @param sameErrorAsPrevious whether the previous step fails with the same error and no run can tell them apart
   */
  record Step(Fault fault, CognitoError error, boolean sameErrorAsPrevious) {}

  /** Two faults run together, and which one's error the caller got. */
  record Combination(Fault a, Fault b, CognitoError result, Fault first) {}

  /**
   * Observes {@code probe}.
   *
   * @throws AssertionError when the observations make no order: the base fails, a pair yields a third
   *     error, the winners form a cycle, or all faults at once do not yield the first step's error
   */
  static CheckOrder observe(Probe probe) {
    Either<CognitoError, ?> base = probe.runWith(Set.of());
    if (base.isLeft()) {
      throw new AssertionError(probe.name() + ": the scenario without faults should succeed, but fails with " + base.getLeft());
    }
    Map<Fault, CognitoError> solo = new LinkedHashMap<>();
    List<Fault> notChecked = new ArrayList<>();
    for (Fault f : probe.candidates()) {
      Either<CognitoError, ?> r = probe.runWith(EnumSet.of(f));
      if (r.isLeft()) {
        solo.put(f, r.getLeft());
      } else {
        notChecked.add(f);
      }
    }
    List<Fault> checks = new ArrayList<>(solo.keySet());
    Map<Fault, Set<Fault>> before = new LinkedHashMap<>();
    checks.forEach(f -> before.put(f, new LinkedHashSet<>()));
    List<Combination> combinations = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      for (int j = i + 1; j < checks.size(); j++) {
        Fault a = checks.get(i);
        Fault b = checks.get(j);
        if ((a.setsStatus() && b.setsStatus()) || solo.get(a).equals(solo.get(b))) {
          continue;
        }
        Either<CognitoError, ?> r = probe.runWith(EnumSet.of(a, b));
        if (r.isRight()) {
          throw new AssertionError(probe.name() + ": " + a + " and " + b + " each fail alone but succeed together");
        }
        Fault first = r.getLeft().equals(solo.get(a)) ? a : r.getLeft().equals(solo.get(b)) ? b : null;
        if (first == null) {
          throw new AssertionError(probe.name() + ": " + a + " and " + b + " together give " + r.getLeft()
              + ", neither's own error; add a fault that tells them apart");
        }
        combinations.add(new Combination(a, b, r.getLeft(), first));
        before.get(first == a ? b : a).add(first);
      }
    }
    List<Step> steps = order(probe, checks, before, solo);
    Set<Fault> all = EnumSet.noneOf(Fault.class);
    boolean statusTaken = false;
    for (Step s : steps) {
      if (!s.fault().setsStatus() || !statusTaken) {
        all.add(s.fault());
        statusTaken |= s.fault().setsStatus();
      }
    }
    CognitoError allError = null;
    if (!all.isEmpty()) {
      Either<CognitoError, ?> r = probe.runWith(all);
      if (r.isRight() || !r.getLeft().equals(steps.get(0).error())) {
        throw new AssertionError(probe.name() + ": with " + all + " at once the first check (" + steps.get(0).fault()
            + ") should win, but the result is " + r);
      }
      allError = r.getLeft();
    }
    return new CheckOrder(probe, Probe.outcome(base.get()), steps, notChecked, combinations, all, allError);
  }

  /** The topological order of the precedence graph; ties (no run can separate them) keep the candidates' order. */
  private static List<Step> order(Probe probe, List<Fault> checks, Map<Fault, Set<Fault>> before, Map<Fault, CognitoError> solo) {
    List<Step> steps = new ArrayList<>();
    List<Fault> left = new ArrayList<>(checks);
    while (!left.isEmpty()) {
      List<Fault> ready = left.stream().filter(f -> before.get(f).stream().noneMatch(left::contains)).toList();
      if (ready.isEmpty()) {
        throw new AssertionError(probe.name() + ": the checks " + left + " win over each other in a cycle");
      }
      Fault next = ready.get(0);
      if (ready.size() > 1 && ready.stream().anyMatch(f -> !solo.get(f).equals(solo.get(next)))) {
        throw new AssertionError(probe.name() + ": no run orders " + ready + ", though their errors differ");
      }
      // Pairs with the same error are never run, so an equal neighbour is one no run can separate.
      boolean sameAsPrevious = !steps.isEmpty() && steps.get(steps.size() - 1).error().equals(solo.get(next));
      steps.add(new Step(next, solo.get(next), sameAsPrevious));
      left.remove(next);
    }
    return steps;
  }

  /** The first step's error, as the caller sees it when everything is wrong at once. */
  Optional<CognitoError> firstError() {
    return Optional.ofNullable(allAtOnceError);
  }
}
