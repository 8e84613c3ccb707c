package dev.userpool.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.ScenarioTarget;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole catalogue in process, against one InProcessCognito: every rule passes, whatever ran before it. */
class CatalogueTest {

  @Test
  void everyRulePassesInProcess() {
    ScenarioTarget target = ScenarioTarget.of(InProcessCognito.create());
    List<Outcome> outcomes = Kit.run(Catalogue.all(), target, () -> {}, p -> {});
    String failures = outcomes.stream().filter(o -> o.verdict() != Outcome.Verdict.PASSED)
        .map(o -> o.rule().id() + ": " + o.verdict() + " " + o.detail()).collect(Collectors.joining("\n"));
    assertThat(failures).isEmpty();
    assertThat(outcomes).hasSize(Catalogue.all().size());
  }
}
