package dev.userpool.testkit.conformance;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A run's outcomes written out: {@code text} (one line per rule, a summary per area), {@code markdown} (a
 * table per area), {@code json} (one object per rule) or {@code junit} (JUnit XML, one test case per rule,
 * a failure's detail as the failure message, not applicable as skipped), so the report drops into any CI.
 *
 * @param endpoint what was measured (an URL, or {@code in-process})
 * @param outcomes the outcomes, in the catalogue's order
 */
public record Report(String endpoint, List<Outcome> outcomes) {

  /** The report formats. */
  public enum Format {
    TEXT, MARKDOWN, JSON, JUNIT;

    /** The format called {@code name} on the command line. */
    static Format parse(String name) {
      for (Format f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException("--format must be text, markdown, json or junit, not " + name);
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public Report {
    Objects.requireNonNull(endpoint, "endpoint is null");
    outcomes = List.copyOf(outcomes);
  }

  /** How many outcomes have {@code verdict}. */
  public long count(Outcome.Verdict verdict) {
    return outcomes.stream().filter(o -> o.verdict() == verdict).count();
  }

  /** The report in {@code format}. */
  public String render(Format format) {
    switch (format) {
      case MARKDOWN :
        return markdown();
      case JSON :
        return json();
      case JUNIT :
        return junit();
      default :
        return text();
    }
  }

  /** The one-line summary: passed, failed and not applicable. */
  public String summary() {
    return count(Outcome.Verdict.PASSED) + " passed, " + count(Outcome.Verdict.FAILED) + " failed, " + count(Outcome.Verdict.NOT_APPLICABLE)
        + " not applicable, of " + outcomes.size() + " rules";
  }

  private String text() {
    StringBuilder out = new StringBuilder("Cognito conformance of " + endpoint + "\n\n");
    for (Outcome o : outcomes) {
      out.append(label(o.verdict())).append("  ").append(o.rule().id()).append('\n');
      if (o.verdict() != Outcome.Verdict.PASSED) {
        out.append("        rule: ").append(o.rule().statement()).append('\n');
        out.append("        ").append(o.verdict() == Outcome.Verdict.FAILED ? "got:  " : "why:  ").append(o.detail()).append('\n');
      }
    }
    out.append('\n');
    byArea().forEach((area, counts) -> out.append(String.format(Locale.ROOT, "%-44s %4d passed %4d failed %4d n/a%n", area.title(),
        counts[0], counts[1], counts[2])));
    return out.append(summary()).append('\n').toString();
  }

  private String markdown() {
    StringBuilder out = new StringBuilder("# Cognito conformance of " + endpoint + "\n\n" + summary() + ".\n");
    for (Area area : Area.values()) {
      List<Outcome> of = outcomes.stream().filter(o -> o.rule().area() == area).toList();
      if (of.isEmpty()) {
        continue;
      }
      out.append("\n## ").append(area.title()).append("\n\n| Rule | Result | Detail |\n| --- | --- | --- |\n");
      for (Outcome o : of) {
        out.append("| `").append(o.rule().id()).append("` | ").append(label(o.verdict()).trim()).append(" | ")
            .append(cell(o.verdict() == Outcome.Verdict.PASSED ? o.rule().statement() : o.detail())).append(" |\n");
      }
    }
    return out.toString();
  }

  private String json() {
    StringBuilder out = new StringBuilder("{\"endpoint\":").append(quote(endpoint)).append(",\"passed\":")
        .append(count(Outcome.Verdict.PASSED))
        .append(",\"failed\":").append(count(Outcome.Verdict.FAILED)).append(",\"notApplicable\":")
        .append(count(Outcome.Verdict.NOT_APPLICABLE)).append(",\"rules\":[");
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("{\"id\":").append(quote(o.rule().id())).append(",\"area\":")
          .append(quote(o.rule().area().slug()))
          .append(",\"result\":").append(quote(o.verdict().name().toLowerCase(Locale.ROOT))).append(",\"statement\":")
          .append(quote(o.rule().statement())).append(",\"source\":").append(quote(o.rule().source())).append(",\"detail\":")
          .append(quote(o.detail())).append(",\"millis\":").append(o.took().toMillis()).append('}');
    }
    return out.append("\n]}\n").toString();
  }

  private String junit() {
    double seconds = outcomes.stream().mapToLong(o -> o.took().toMillis()).sum() / 1000.0;
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append(
        String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\" time=\"%.3f\">%n",
            xml("cognito-conformance " + endpoint), outcomes.size(), count(Outcome.Verdict.FAILED), count(Outcome.Verdict.NOT_APPLICABLE),
            seconds));
    for (Outcome o : outcomes) {
      out.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"", xml(o.rule().area().slug()),
          xml(o.rule().id()), o.took().toMillis() / 1000.0));
      if (o.verdict() == Outcome.Verdict.PASSED) {
        out.append("/>\n");
      } else if (o.verdict() == Outcome.Verdict.FAILED) {
        out.append(">\n    <failure message=\"").append(xml(o.detail())).append("\">").append(xml(o.rule().statement() + "\n" + o.detail()))
            .append("</failure>\n  </testcase>\n");
      } else {
        out.append(">\n    <skipped message=\"").append(xml(o.detail())).append("\"/>\n  </testcase>\n");
      }
    }
    return out.append("</testsuite>\n").toString();
  }

  /** Passed, failed and not applicable per area, in the areas' order. */
  public Map<Area, long[]> byArea() {
    Map<Area, long[]> counts = new EnumMap<>(Area.class);
    for (Outcome o : outcomes) {
      counts.computeIfAbsent(o.rule().area(), a -> new long[3])[o.verdict().ordinal()]++;
    }
    return counts;
  }

  private static String label(Outcome.Verdict verdict) {
    switch (verdict) {
      case PASSED :
        return "PASS  ";
      case FAILED :
        return "FAIL  ";
      default :
        return "N/A   ";
    }
  }

  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  private static String xml(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        default -> out.append(c < 0x20 && c != '\t' ? "?" : String.valueOf(c));
      }
    }
    return out.toString();
  }
}
