package dev.userpool.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.userpool.testkit.conformance.Area;
import dev.userpool.testkit.conformance.Catalogue;
import dev.userpool.testkit.conformance.ConformanceRule;
import dev.userpool.testkit.conformance.Kit;
import dev.userpool.testkit.conformance.Outcome;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.ScenarioTarget;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Renders {@code conformance.md}: the conformance kit's catalogue per area (from {@link Catalogue}), this
 * library's results (the catalogue run in process while the page renders), and the results measured on other
 * endpoints by the {@code conformance-peers} profile, read from {@code docs/src/test/resources/conformance/}
 * (each a report of the kit in JSON and a properties file with the product, its version and the date).
 */
final class ConformanceDoc {

  static final String FILE = "conformance.md";
  /** Where the measured reports are, relative to the docs module. */
  static final String MEASURED = "src/test/resources/conformance";
  /** The command that measures the peers and rewrites this page. */
  static final String PEERS_COMMAND = "mvn -B -ntp -Pconformance-peers -pl testkit/server,docs -am verify -Ddocs.update=true "
      + "-Dtest=DocsGenerationTest -Dsurefire.failIfNoSpecifiedTests=false";
  private static final List<String> ORDER = List.of("userpool-server", "moto", "cognito-local");

  /** One measured endpoint: what it is, and each rule's result by id. */
  private record Peer(String name, String version, String date, Map<String, String> results) {}

  private ConformanceDoc() {}

  static String render(Snippets snippets) {
    List<ConformanceRule> rules = Catalogue.all();
    List<Outcome> own = Kit.run(rules, ScenarioTarget.of(InProcessCognito.create()), () -> {}, p -> {});
    Map<String, String> ownResults = new HashMap<>();
    own.forEach(o -> ownResults.put(o.rule().id(), verdict(o.verdict().name())));
    List<Peer> peers = peers();

    Markdown md = Markdown.generated("The conformance kit",
        "Catalogue.all() (testkit, dev.userpool.testkit.conformance), a run of it in process, and the reports in docs/" + MEASURED);
    md.p(rules.size() + " rules in " + Area.values().length + " areas. Each rule has a stable id, a statement, and its source: an AWS "
        + "page or the entry of [decisions.md](decisions.md) where AWS is silent. Run them against any Cognito-compatible endpoint with "
        + "`java -jar userpool-server.jar conformance --endpoint URL` (README, \"For emulator authors\"); rules that move the clock or "
        + "read a code sent need the endpoint's test control and are not applicable without it.");
    md.p("Columns: **userpool (in process)** is this library, run while this page renders (CI runs the same rules over HTTP against "
        + "the endpoint: `ConformanceCommandTest`). The other columns were measured on one machine by `" + PEERS_COMMAND + "`; the "
        + "table below gives each one's version and date. pass: the rule holds; FAIL: it does not; n/a: the endpoint lacks what the "
        + "rule needs (the test control; the hosted OAuth endpoints, which are measured over HTTP only, so they are n/a in process; "
        + "a trigger's function, which the kit gives in process only, so those rules are n/a over HTTP); blank: not measured (the rule "
        + "is newer than the measurement).");
    if (!peers.isEmpty()) {
      md.table(List.of("Endpoint", "Version", "Measured on"), peers.stream().map(p -> List.of(p.name(), p.version(), p.date())).toList());
    }
    List<String> header = new ArrayList<>(List.of("Area", "Rules", "userpool (in process)"));
    peers.forEach(p -> header.add(p.name()));
    List<List<String>> summary = new ArrayList<>();
    for (Area area : Area.values()) {
      List<ConformanceRule> of = Catalogue.of(area);
      List<String> row = new ArrayList<>(List.of("[" + area.title() + "](#" + area.slug() + ")", String.valueOf(of.size()),
          tally(of, ownResults)));
      peers.forEach(p -> row.add(tally(of, p.results())));
      summary.add(row);
    }
    List<String> total = new ArrayList<>(List.of("**All**", String.valueOf(rules.size()), tally(rules, ownResults)));
    peers.forEach(p -> total.add(tally(rules, p.results())));
    summary.add(total);
    md.h2("Summary").p("Passed of the rules measured; failed and not applicable in brackets.").table(header, summary);

    for (Area area : Area.values()) {
      md.line("<a id=\"" + area.slug() + "\"></a>").blank().h2(area.title());
      List<String> columns = new ArrayList<>(List.of("Rule", "Statement", "Source", "userpool"));
      peers.forEach(p -> columns.add(p.name()));
      List<List<String>> rows = new ArrayList<>();
      for (ConformanceRule rule : Catalogue.of(area)) {
        List<String> row = new ArrayList<>(
            List.of("`" + rule.id() + "`", rule.statement(), source(rule.source()), ownResults.get(rule.id())));
        peers.forEach(p -> row.add(p.results().getOrDefault(rule.id(), "")));
        rows.add(row);
      }
      md.table(columns, rows);
    }
    return md.toString();
  }

  private static String tally(List<ConformanceRule> rules, Map<String, String> results) {
    long measured = rules.stream().filter(r -> results.containsKey(r.id())).count();
    if (measured == 0) {
      return "";
    }
    long passed = rules.stream().filter(r -> "pass".equals(results.get(r.id()))).count();
    long failed = rules.stream().filter(r -> "FAIL".equals(results.get(r.id()))).count();
    long na = measured - passed - failed;
    return passed + " / " + measured + (failed + na == 0 ? "" : " (" + failed + " failed" + (na == 0 ? "" : ", " + na + " n/a") + ")");
  }

  private static String verdict(String name) {
    switch (name.toLowerCase()) {
      case "passed" :
        return "pass";
      case "failed" :
        return "FAIL";
      default :
        return "n/a";
    }
  }

  private static String source(String source) {
    String decisions = "docs/generated/decisions.md#";
    if (source.startsWith(decisions)) {
      return "[decision](decisions.md#" + source.substring(decisions.length()) + ")";
    }
    String api = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_";
    if (source.startsWith(api)) {
      return "[AWS API " + source.substring(api.length()).replace(".html", "") + "](" + source + ")";
    }
    return "[AWS guide](" + source + ")";
  }

  private static List<Peer> peers() {
    Path dir = DocsGenerationTest.moduleDir().resolve(MEASURED);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).map(f -> f.substring(0, f.length() - 5))
          .sorted((a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Peer> peers = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String name : names) {
      Properties about = new Properties();
      try (Reader in = Files.newBufferedReader(dir.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
        about.load(in);
        JsonNode report = json.readTree(dir.resolve(name + ".json").toFile());
        Map<String, String> results = new HashMap<>();
        report.get("rules").forEach(r -> results.put(r.get("id").asText(), verdict(r.get("result").asText())));
        peers.add(new Peer(about.getProperty("name", name), about.getProperty("version", "?"), about.getProperty("date", "?"), results));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the measured report " + name, e);
      }
    }
    return peers;
  }

  private static int rank(String name) {
    int i = ORDER.indexOf(name);
    return i < 0 ? ORDER.size() : i;
  }
}
