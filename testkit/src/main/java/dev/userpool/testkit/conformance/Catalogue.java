package dev.userpool.testkit.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule of the conformance kit, in a stable order: the hand-written scenarios of
 * {@link dev.userpool.testkit.sdk.CognitoScenarios}, the transition table's cells ({@link LifecycleRules}),
 * request validation generated from the member shapes ({@link RequestRules}) and written out ({@link MemberRules}),
 * and the rules written for the kit ({@link MoreRules}). Ids are unique and stable: a rule keeps its id while the rule stands.
 */
public final class Catalogue {

  private static final List<ConformanceRule> ALL = build();

  private Catalogue() {}

  /** Every rule. */
  public static List<ConformanceRule> all() {
    return ALL;
  }

  /** The rule with {@code id}. */
  public static Optional<ConformanceRule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The rules of {@code area}. */
  public static List<ConformanceRule> of(Area area) {
    return ALL.stream().filter(r -> r.area() == area).toList();
  }

  private static List<ConformanceRule> build() {
    List<ConformanceRule> all = new ArrayList<>();
    all.addAll(ScenarioRules.all());
    all.addAll(LifecycleRules.all());
    all.addAll(RequestRules.all());
    all.addAll(MemberRules.all());
    all.addAll(MoreRules.all());
    Set<String> ids = new HashSet<>();
    for (ConformanceRule rule : all) {
      if (!ids.add(rule.id())) {
        throw new IllegalStateException("two rules have the id " + rule.id());
      }
    }
    return List.copyOf(all);
  }
}
