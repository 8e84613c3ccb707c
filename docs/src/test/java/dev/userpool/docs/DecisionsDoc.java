package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders {@code decisions.md} from the one table, {@link Decisions#ALL}. */
final class DecisionsDoc {

  static final String FILE = "decisions.md";

  private DecisionsDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("Decisions and sources", "the table in Decisions.java");
    md.p("Where Amazon Cognito's behaviour is documented or seen in real responses, the library follows it; where AWS is silent, "
        + "the library decides and says so here. Each entry names the code that implements it (a pointer checked by reflection "
        + "on every build) and, where there are any, public sources. Entries marked *checked* also run the code on every build "
        + "and fail it when the code stops doing what the entry says. " + code("SEMANTICS.md") + " and the research note are the "
        + "team's working references; \"research §n\" names a section of the latter.");
    List<List<String>> kinds = new ArrayList<>();
    for (Decisions.Kind k : Decisions.Kind.values()) {
      long n = Decisions.ALL.stream().filter(e -> e.kind() == k).count();
      kinds.add(List.of(Markdown.link(k.title(), "#" + anchor(k)), k.meaning(), "" + n));
    }
    md.table(List.of("Kind", "Meaning", "Entries"), kinds);

    md.h2("Index");
    List<List<String>> index = new ArrayList<>();
    for (Decisions.Entry e : Decisions.ALL) {
      index.add(List.of(Markdown.link(e.title(), "#" + e.id()), e.kind().title(),
          e.code().stream().map(c -> code(c.display())).collect(Collectors.joining(", ")), e.check().isPresent() ? "yes" : ""));
    }
    md.table(List.of("Entry", "Kind", "Code", "Checked"), index);

    for (Decisions.Kind k : Decisions.Kind.values()) {
      List<Decisions.Entry> entries = Decisions.ALL.stream().filter(e -> e.kind() == k).toList();
      if (entries.isEmpty()) {
        continue;
      }
      md.line("<a id=\"" + anchor(k) + "\"></a>").blank();
      md.h2(k.title());
      md.p(k.meaning());
      for (Decisions.Entry e : entries) {
        md.line("<a id=\"" + e.id() + "\"></a>").blank();
        md.h3(e.title());
        md.p("**Rule.** " + e.rule());
        md.p("**Why.** " + e.reason());
        md.p("**Code.** " + e.code().stream().map(c -> c.markdownLink(2)).collect(Collectors.joining(", "))
            + (e.check().isPresent() ? " *(checked)*" : ""));
        if (!e.sources().isEmpty()) {
          md.p("**Sources.** " + e.sources().stream().map(s -> Markdown.link(s.label(), s.url())).collect(Collectors.joining(", ")));
        }
      }
    }
    return md.toString();
  }

  /** A link from a page in {@code generated/} to an entry, which must exist. */
  static String link(String id) {
    Decisions.Entry e = Decisions.ALL.stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("decisions.md has no entry " + id));
    return Markdown.link(e.title(), FILE + "#" + e.id());
  }

  static String anchor(Decisions.Kind k) {
    return "kind-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every kind, for the index page. */
  static String counts() {
    return Arrays.stream(Decisions.Kind.values())
        .map(k -> Decisions.ALL.stream().filter(e -> e.kind() == k).count() + " " + k.title())
        .collect(Collectors.joining(", "));
  }
}
