package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.conformance.Area;
import dev.userpool.testkit.conformance.Catalogue;
import dev.userpool.testkit.conformance.ConformanceRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conformance kit's catalogue cites sources that exist, and README and conformance.md agree on how to run it. */
class ConformanceDocTest {

  @Test
  void everyRuleCitesAnAwsPageOrADecisionThatExists() throws IOException {
    String decisions = Files.readString(DocsGenerationTest.moduleDir().resolve("generated/decisions.md"), StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    for (ConformanceRule rule : Catalogue.all()) {
      String source = rule.source();
      String prefix = "docs/generated/decisions.md#";
      if (source.startsWith(prefix)) {
        if (!decisions.contains("<a id=\"" + source.substring(prefix.length()) + "\"></a>")) {
          problems.add(rule.id() + " cites a missing entry " + source);
        }
      } else if (!source.startsWith("https://docs.aws.amazon.com/")) {
        problems.add(rule.id() + " cites " + source);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCatalogueCoversEveryAreaWithSeveralHundredRules() {
    assertThat(Catalogue.all()).hasSizeGreaterThan(400);
    for (Area area : Area.values()) {
      assertThat(Catalogue.of(area)).as(area.slug()).isNotEmpty();
    }
  }

  @Test
  void theReadmeGivesTheCommandsThePageNames() throws IOException {
    String readme = Files.readString(DocsGenerationTest.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("`" + ConformanceDoc.PEERS_COMMAND + "`").contains("conformance --endpoint URL")
        .contains("UserpoolTestControl.AdvanceClock").contains("UserpoolTestControl.LastCode")
        .contains("UserpoolTestControl.LastTemporaryPassword");
  }
}
