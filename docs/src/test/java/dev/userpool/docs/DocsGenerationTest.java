package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.error.Operation;
import dev.userpool.user.Refusal;
import dev.userpool.user.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Renders the rule documentation from the code and compares it with the committed Markdown: a
// difference fails the build with the command that refreshes it. With -Ddocs.update=true the files
// are rewritten instead. Rendering reads only the code and the example sources: no network, no clock,
// no randomness that reaches the output.
class DocsGenerationTest {

  // The command that rewrites every generated file.
  static final String UPDATE_COMMAND = "mvn -q -pl docs -am verify -Ddocs.update=true";
  // The same, without running the other modules' tests.
  static final String QUICK_UPDATE_COMMAND = "mvn -q -pl docs -am verify -Ddocs.update=true -Dtest='DocsGenerationTest' "
      + "-Dsurefire.failIfNoSpecifiedTests=false";
  // Where the generated pages live, relative to the docs module.
  static final String GENERATED = "generated";

  // One file of the documentation, relative to the docs module, and how to render it.
  record Document(String path, String summary, Function<Snippets, String> renderer) {}

  static List<Document> documents() {
    return List.of(
        new Document("README.md", "this index", ReadmeDoc::render),
        new Document(GENERATED + "/" + StateMachineDoc.FILE,
            "statuses × actions: the transition table and its diagram, the Enabled flag, and each operation's check order, observed "
                + "by running it",
            StateMachineDoc::render),
        new Document(GENERATED + "/" + PasswordPolicyDoc.FILE,
            "ranges and defaults, character classes and symbols, violations and their messages, history and its cost, "
                + "temporary passwords",
            PasswordPolicyDoc::render),
        new Document(GENERATED + "/" + ErrorsDoc.FILE,
            "every error the library returns: code, HTTP status, exact message, the operations that return it; request "
                + "validation messages",
            ErrorsDoc::render),
        new Document(GENERATED + "/" + TokensDoc.FILE,
            "the ID and access tokens' claims with sample payloads, lifetimes and their ranges, groups in tokens, and the "
                + "checks and messages of a presented token",
            TokensDoc::render),
        new Document(GENERATED + "/" + SchemaDoc.FILE,
            "the standard attributes of a new pool, custom attributes and their limits, the check of every attribute write with "
                + "its messages, and what an app client reads and writes",
            SchemaDoc::render),
        new Document(GENERATED + "/" + OAuthDoc.FILE,
            "the hosted OAuth endpoints, the grants each client may use, scopes and the claims they release, and every OAuth "
                + "error with where it comes from",
            OAuthDoc::render),
        new Document(GENERATED + "/" + ConformanceDoc.FILE,
            "the conformance kit's rules per area with their sources, this library's results, and other endpoints' measured results",
            ConformanceDoc::render),
        new Document(GENERATED + "/" + TriggersDoc.FILE,
            "the Lambda triggers: each trigger source, when it runs, what its response may change, its event as sent, and the "
                + "errors",
            TriggersDoc::render),
        new Document(GENERATED + "/" + MfaDoc.FILE,
            "multi-factor authentication: the challenge sequence after a first factor (table and diagram), TOTP, and every MFA "
                + "message with its source",
            MfaDoc::render),
        new Document(GENERATED + "/" + UserAuthDoc.FILE,
            "choice-based sign-in (USER_AUTH): the first factors as a table, the sequence, the one-time codes sent by SMS and email, "
                + "and every message with its source",
            UserAuthDoc::render),
        new Document(GENERATED + "/" + WebAuthnDoc.FILE,
            "passkeys: the relying party and its origins, the ceremonies' options, the checks of a registration and of a sign-in "
                + "in order, and every refusal with its message",
            WebAuthnDoc::render),
        new Document(GENERATED + "/" + ConfigurationDoc.FILE,
            "every input member of every implemented operation: implemented, stored and echoed only, no effect, or refused by "
                + "name, with the values accepted and why",
            ConfigurationDoc::render),
        new Document(GENERATED + "/" + DecisionsDoc.FILE,
            "where AWS is silent and the library decided, where the code follows research over SEMANTICS.md, and the "
                + "confirmed facts with their sources",
            DecisionsDoc::render));
  }

  private static Map<String, String> rendered;
  private static Snippets snippets;

  // Every document rendered once, with one set of snippets so their use can be checked.
  static synchronized Map<String, String> rendered() {
    if (rendered == null) {
      snippets = Snippets.load();
      Map<String, String> out = new LinkedHashMap<>();
      for (Document d : documents()) {
        String text = d.renderer().apply(snippets);
        out.put(d.path(), text.endsWith("\n") ? text : text + "\n");
      }
      rendered = out;
    }
    return rendered;
  }

  static Stream<String> documentPaths() {
    return documents().stream().map(Document::path);
  }

  // -- the check

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentPaths")
  void committedDocumentationMatchesTheCode(String path) throws IOException {
    String expected = rendered().get(path);
    Path file = moduleDir().resolve(path);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    Optional<String> committed = Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    requireCurrent(path, committed, expected);
  }

  // Fails with the first differing line and the refresh command unless {@code committed} is exactly {@code expected}.
  static void requireCurrent(String path, Optional<String> committed, String expected) {
    if (committed.isEmpty() || !committed.get().equals(expected)) {
      throw new AssertionError(staleness(path, committed, expected));
    }
  }

  @Test
  void aStaleFileFailsWithItsFirstDifferenceAndTheRefreshCommand() {
    String expected = rendered().get(GENERATED + "/" + StateMachineDoc.FILE);
    String tampered = expected.replace("| ForgotPassword |", "| ForgotPassword (edited by hand) |");

    assertThat(tampered).isNotEqualTo(expected);
    assertThatThrownBy(() -> requireCurrent("generated/state-machine.md", Optional.of(tampered), expected))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("docs/generated/state-machine.md is stale")
        .hasMessageContaining("(edited by hand)")
        .hasMessageContaining(UPDATE_COMMAND);
    assertThatThrownBy(() -> requireCurrent("generated/state-machine.md", Optional.empty(), expected))
        .hasMessageContaining("is missing").hasMessageContaining(UPDATE_COMMAND);
    requireCurrent("generated/state-machine.md", Optional.of(expected), expected);
  }

  @Test
  void renderingIsDeterministic() {
    Snippets again = Snippets.load();
    for (Document d : documents()) {
      String second = d.renderer().apply(again);
      assertThat(second.endsWith("\n") ? second : second + "\n").as(d.path()).isEqualTo(rendered().get(d.path()));
    }
  }

  @Test
  void noStaleFileLingersInTheGeneratedFolder() throws IOException {
    Set<String> expected = new TreeSet<>(rendered().keySet());
    Set<String> present = new TreeSet<>();
    Path folder = moduleDir().resolve(GENERATED);
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.forEach(f -> present.add(GENERATED + "/" + f.getFileName()));
      }
    }
    present.removeAll(expected);
    if (updating()) {
      for (String stray : present) {
        Files.delete(moduleDir().resolve(stray));
      }
      return;
    }
    assertThat(present)
        .as("files in docs/%s that no renderer produces; delete them or run %s", GENERATED, UPDATE_COMMAND)
        .isEmpty();
  }

  @Test
  void everySnippetIsShownAndEveryShownSnippetExists() {
    rendered();
    assertThat(snippets.names()).as("snippets defined in *Examples.java").isNotEmpty();
    assertThat(snippets.used()).as("snippets the documentation shows").isEqualTo(snippets.names());
  }

  @Test
  void everyDecisionPointsAtCodeThatExists() {
    List<String> problems = new ArrayList<>();
    for (Decisions.Entry e : Decisions.ALL) {
      for (CodeRef ref : e.code()) {
        ref.problem(repositoryRoot()).ifPresent(p -> problems.add(e.id() + ": " + p));
      }
    }
    assertThat(problems).as("decisions.md entries whose code pointer is broken").isEmpty();
  }

  @Test
  void aPointerToAMissingMemberIsReported() {
    assertThat(CodeRef.to(User.class, "signIn").problem(repositoryRoot())).isEmpty();
    assertThat(CodeRef.to(Refusal.class, "CANNOT_CONFIRM").problem(repositoryRoot())).isEmpty();
    assertThat(CodeRef.to(User.class, "signInWithSrp").problem(repositoryRoot()))
        .hasValueSatisfying(p -> assertThat(p).contains("no enum constant, field, method or record component named signInWithSrp"));
  }

  @Test
  void everyCheckedDecisionStillHolds() {
    List<String> broken = new ArrayList<>();
    for (Decisions.Entry e : Decisions.ALL) {
      e.check().ifPresent(check -> {
        try {
          check.run();
        } catch (AssertionError failure) {
          broken.add(e.id() + ": " + failure.getMessage());
        }
      });
    }
    assertThat(Decisions.ALL.stream().filter(e -> e.check().isPresent())).as("entries checked by running the code").isNotEmpty();
    assertThat(broken).as("decisions.md entries the code no longer follows").isEmpty();
  }

  @Test
  void decisionsHaveUniqueIdsAndFactsHaveSources() {
    Set<String> ids = new TreeSet<>();
    for (Decisions.Entry e : Decisions.ALL) {
      assertThat(ids.add(e.id())).as("id %s is unique", e.id()).isTrue();
      assertThat(e.id()).matches("[a-z0-9-]+");
      if (e.kind() == Decisions.Kind.CONFIRMED) {
        assertThat(e.sources()).as("sources of the confirmed fact %s", e.id()).isNotEmpty();
      }
      e.sources().forEach(source -> assertThat(source.url()).startsWith("https://"));
    }
  }

  @Test
  void theCatalogueAndTheOperationsNameTheSameErrorCodes() {
    Set<String> catalogued = new TreeSet<>(ErrorsDoc.byCode().keySet());
    Set<String> listed = new TreeSet<>();
    for (Operation o : Operation.values()) {
      o.errors().forEach(listed::add);
    }
    assertThat(listed).as("codes operations may return, each with a catalogued message").isEqualTo(catalogued);
  }

  // -- helpers

  static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("docs.update", "false"));
  }

  // The docs module's folder: surefire passes it; an IDE run starts in it or in the repository root.
  static Path moduleDir() {
    Path dir = Path.of(System.getProperty("docs.basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    String sources = "src/test/java/dev/userpool/docs";
    return !Files.isDirectory(dir.resolve(sources)) && Files.isDirectory(dir.resolve("docs").resolve(sources)) ? dir.resolve("docs") : dir;
  }

  static Path repositoryRoot() {
    return moduleDir().getParent();
  }

  static String staleness(String path, Optional<String> committed, String expected) {
    StringBuilder m = new StringBuilder("docs/").append(path);
    if (committed.isEmpty()) {
      m.append(" is missing.");
    } else {
      String[] have = committed.get().split("\n", -1);
      String[] want = expected.split("\n", -1);
      int line = 0;
      while (line < have.length && line < want.length && have[line].equals(want[line])) {
        line++;
      }
      m.append(" is stale: it differs from what the code renders at line ").append(line + 1).append('.')
          .append("\n  committed: ").append(line < have.length ? have[line] : "(end of file)")
          .append("\n  rendered:  ").append(line < want.length ? want[line] : "(end of file)");
    }
    return m.append("\nRefresh the generated documentation with:\n  ").append(UPDATE_COMMAND)
        .append("\nor, without the other modules' tests:\n  ").append(QUICK_UPDATE_COMMAND)
        .append("\nthen review and commit the diff.").toString();
  }
}
