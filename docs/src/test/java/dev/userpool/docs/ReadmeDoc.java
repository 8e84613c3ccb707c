package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.user.Action;
import dev.userpool.user.UserStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders the docs module's {@code README.md}: the index of the generated pages and of the runnable examples. */
final class ReadmeDoc {

  private ReadmeDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("userpool rule documentation", "the code, through the docs module's tests");
    md.p("The rules of the library, generated from the code itself so that they cannot drift: the transition table is the data the "
        + "decisions read, the check orders are observed by running the decisions, the messages are the ones the code returns, "
        + "and every code snippet is a test.");
    md.h2("Pages");
    List<List<String>> rows = new ArrayList<>();
    for (DocsGenerationTest.Document d : DocsGenerationTest.documents()) {
      if (!d.path().equals("README.md")) {
        rows.add(List.of(Markdown.link(code(Path.of(d.path()).getFileName().toString()), d.path()), d.summary()));
      }
    }
    md.table(List.of("Page", "What it holds"), rows);
    md.p("In numbers: " + UserStatus.values().length + " statuses × " + Action.values().length + " actions; "
        + CognitoError.catalogue().size() + " error wordings under " + ErrorsDoc.byCode().size() + " codes for "
        + Operation.values().length + " operations; " + Probe.decisions().size() + " decisions and " + Probe.services().size()
        + " service operations whose check order is observed; " + Decisions.ALL.size() + " entries in decisions.md ("
        + DecisionsDoc.counts() + ").");

    md.h2("Runnable examples");
    md.p("Snippets are regions of the tests (" + code("*Examples.java") + ", and " + code("SignInTest.java")
        + ", named as a consumer's test would be), marked " + code("// tag::name[]") + " and "
        + code("// end::name[]") + "; the pages include them verbatim, and the build runs them.");
    List<List<String>> examples = new ArrayList<>();
    for (String name : snippets.names()) {
      Snippets.Snippet s = snippets.get(name);
      examples.add(List.of(code(name), Markdown.link(code(Path.of(s.sourceFile()).getFileName().toString()),
          s.sourceFile().replaceFirst("^docs/", ""))));
    }
    md.table(List.of("Snippet", "Source"), examples);

    md.h2("Keeping it current");
    md.p(code("DocsGenerationTest") + " renders every page and compares it with the committed file. A difference fails the build "
        + "with the first differing line and the command that refreshes the pages:");
    md.code("sh", DocsGenerationTest.UPDATE_COMMAND + "\n");
    md.p("(or, skipping the other modules' tests, " + code(DocsGenerationTest.QUICK_UPDATE_COMMAND) + "). Review the diff and "
        + "commit it with the code change. The same test fails when a file in " + code("generated/") + " is no longer produced, "
        + "when a snippet is defined but not shown, and when an entry of decisions.md points at code that no longer exists. "
        + "Rendering needs no network and no clock: it reads the code and the example sources only, and "
        + code("DocsArchitectureTest") + " keeps " + code("java.net") + " and the wall clock out of the docs code.");
    return md.toString();
  }
}
