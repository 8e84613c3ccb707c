package dev.userpool.docs;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules the formatter does not enforce, over every Java file of every module: lines of at most 140
 * columns (the formatter wraps code, not comments or string literals), and no fully qualified type names
 * inline in code (imports say what a file uses, in one place), except where the file imports another type
 * of the same simple name (java.util.List beside Vavr's List).
 */
class SourceHygieneTest {

  static final int MAX_COLUMNS = 140;

  // A package path (lower-case segments) ending in a type name; e.g. java.util.function.Function.
  private static final Pattern QUALIFIED = Pattern
      .compile("(?<![\\w.])(?:java|javax|jakarta|io|dev|org|com|software|net|reactor)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");
  private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+);$");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  @Test
  void noLineIsLongerThanTheLimit() {
    List<String> found = new ArrayList<>();
    forEachLine((file, number, line) -> {
      if (line.length() > MAX_COLUMNS) {
        found.add(file + ":" + number + " (" + line.length() + " columns)");
      }
    });
    assertThat(found).as("lines over %d columns", MAX_COLUMNS).isEmpty();
  }

  @Test
  void noTypeIsNamedInlineWithItsPackage() {
    List<String> found = new ArrayList<>();
    forEachFile((file, lines) -> {
      Set<String> imported = lines.stream().map(IMPORT::matcher).filter(Matcher::matches).map(m -> m.group(1)).collect(toSet());
      for (int i = 0; i < lines.size(); i++) {
        if (inlineQualifiedNames(lines.get(i)).stream().anyMatch(name -> !clashes(name, imported))) {
          found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    });
    assertThat(found).as("fully qualified names in code (import the type instead)").isEmpty();
  }

  /** Whether the file imports another type of the same simple name, so that one of the two must be qualified. */
  static boolean clashes(String qualified, Set<String> imported) {
    String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
    return imported.stream().anyMatch(i -> !i.equals(qualified) && i.endsWith("." + simple));
  }

  @Test
  void theCheckSeesQualifiedNamesInCodeOnly() {
    assertThat(inlineQualifiedName("    java.util.function.Function<String, String> f = null;")).isTrue();
    assertThat(inlineQualifiedName("  throw new java.io.UncheckedIOException(e);")).isTrue();
    assertThat(inlineQualifiedName("  var x = (dev.userpool.user.User) o; // cast")).isTrue();
    assertThat(inlineQualifiedName("import java.util.function.Function;")).isFalse();
    assertThat(inlineQualifiedName("package dev.userpool.docs;")).isFalse();
    assertThat(inlineQualifiedName(" * {@link dev.userpool.user.User}")).isFalse();
    assertThat(inlineQualifiedName("  String s = \"java.util.List\";")).isFalse();
    assertThat(inlineQualifiedName("  f(); // see java.util.List")).isFalse();
    assertThat(inlineQualifiedName("  user.password().value();")).isFalse();
  }

  @Test
  void aQualifiedNameIsAllowedOnlyBesideAnImportOfTheSameSimpleName() {
    assertThat(clashes("java.util.List", Set.of("io.vavr.collection.List", "java.util.Map"))).isTrue();
    assertThat(clashes("java.util.List", Set.of("java.util.List"))).isFalse();
    assertThat(clashes("java.util.List", Set.of("io.vavr.collection.Map", "dev.userpool.user.ListUsers"))).isFalse();
  }

  static boolean inlineQualifiedName(String line) {
    return !inlineQualifiedNames(line).isEmpty();
  }

  /** The qualified type names in a line's code (not in its comments or string literals). */
  static List<String> inlineQualifiedNames(String line) {
    String code = line.strip();
    if (code.startsWith("import ") || code.startsWith("package ") || code.startsWith("*") || code.startsWith("/*")
        || code.startsWith("//")) {
      return List.of();
    }
    code = STRING.matcher(code).replaceAll("\"\"");
    int comment = code.indexOf("//");
    if (comment >= 0) {
      code = code.substring(0, comment);
    }
    return QUALIFIED.matcher(code).results().map(MatchResult::group).toList();
  }

  interface LineVisitor {
    void visit(Path file, int number, String line);
  }

  interface SourceVisitor {
    void visit(Path file, List<String> lines);
  }

  private static void forEachLine(LineVisitor visitor) {
    forEachFile((file, lines) -> {
      for (int i = 0; i < lines.size(); i++) {
        visitor.visit(file, i + 1, lines.get(i));
      }
    });
  }

  private static void forEachFile(SourceVisitor visitor) {
    Path root = DocsGenerationTest.moduleDir().getParent();
    List<Path> sources = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          String name = dir.getFileName().toString();
          boolean skipped = name.equals("target") || name.equals("node_modules") || name.startsWith(".");
          return skipped && !dir.equals(root) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (file.toString().endsWith(".java")) {
            sources.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
      assertThat(sources).as("Java sources under %s", root).hasSizeGreaterThan(100);
      for (Path file : sources.stream().sorted().toList()) {
        visitor.visit(root.relativize(file), Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
