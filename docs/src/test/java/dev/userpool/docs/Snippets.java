package dev.userpool.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snippet regions of the docs module's test sources (the {@code *Examples.java} ones, and the README's
 * JUnit example, which is named as a consumer's test would be), marked {@code // tag::name[]} and
 * {@code // end::name[]} as in Asciidoctor: the code between them, dedented, with nested markers
 * dropped. The examples run as tests, so every snippet the documentation shows compiles and works.
 */
final class Snippets {

  private static final Pattern TAG = Pattern.compile("^\\s*// (tag|end)::([\\w-]+)\\[]\\s*$");

  /** One snippet: its name, its code and the example source it comes from. */
  record Snippet(String name, String code, String sourceFile) {}

  private final Map<String, Snippet> byName;
  private final Set<String> used = new TreeSet<>();

  private Snippets(Map<String, Snippet> byName) {
    this.byName = byName;
  }

  /**
   * Every snippet of every Java file under the docs module's test sources, and under {@code src/test/spring}: README's
   * Spring Boot application and test, which SpringConsumerProjectTest compiles and runs in a project of their own (the
   * docs module has no Spring).
   */
  static Snippets load() {
    Map<String, Snippet> found = new LinkedHashMap<>();
    for (String dir : List.of("src/test/java", "src/test/spring")) {
      load(DocsGenerationTest.moduleDir().resolve(dir), found);
    }
    return new Snippets(found);
  }

  private static void load(Path sources, Map<String, Snippet> found) {
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList()) {
        String relative = "docs/" + DocsGenerationTest.moduleDir().relativize(file).toString().replace('\\', '/');
        parse(Files.readAllLines(file, StandardCharsets.UTF_8), relative).forEach(s -> {
          if (found.put(s.name(), s) != null) {
            throw new IllegalStateException("snippet " + s.name() + " is defined twice");
          }
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Snippet> parse(List<String> lines, String sourceFile) {
    Map<String, List<String>> open = new LinkedHashMap<>();
    List<Snippet> done = new ArrayList<>();
    for (String line : lines) {
      Matcher m = TAG.matcher(line);
      if (m.matches() && m.group(1).equals("tag")) {
        if (open.putIfAbsent(m.group(2), new ArrayList<>()) != null) {
          throw new IllegalStateException(sourceFile + ": tag " + m.group(2) + " opened twice");
        }
      } else if (m.matches()) {
        List<String> body = open.remove(m.group(2));
        if (body == null) {
          throw new IllegalStateException(sourceFile + ": end of " + m.group(2) + " without its tag");
        }
        done.add(new Snippet(m.group(2), dedent(body), sourceFile));
      } else {
        open.values().forEach(body -> body.add(line));
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalStateException(sourceFile + ": tags never closed: " + open.keySet());
    }
    return done;
  }

  /** The snippet called {@code name}; remembered as used. */
  Snippet get(String name) {
    Snippet s = byName.get(name);
    if (s == null) {
      throw new IllegalStateException("no snippet " + name + " in the docs module's test sources; there are " + byName.keySet());
    }
    used.add(name);
    return s;
  }

  /** Renders a snippet as a Java code block with a link to its runnable source. */
  void include(Markdown md, String name, int depth) {
    Snippet s = get(name);
    md.code("java", s.code());
    md.p("From " + Markdown.link(Markdown.code(Path.of(s.sourceFile()).getFileName().toString()), "../".repeat(depth) + s.sourceFile())
        + ", which runs with the build.");
  }

  Set<String> names() {
    return new TreeSet<>(byName.keySet());
  }

  Set<String> used() {
    return used;
  }

  private static String dedent(List<String> body) {
    int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String l : body) {
      out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
