package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/ARCHITECTURE.md stays true where a check is cheap: every module and package it names exists. */
class ArchitectureDocTest {

  private static final Pattern PACKAGE = Pattern.compile("`(dev\\.userpool(?:\\.[a-z]+)*)`");
  private static final Pattern MODULE = Pattern.compile("^\\| `([a-z/]+)` \\|", Pattern.MULTILINE);

  private static Path root() {
    return DocsGenerationTest.moduleDir().getParent();
  }

  private static String page() throws IOException {
    return Files.readString(root().resolve("docs/ARCHITECTURE.md"), StandardCharsets.UTF_8);
  }

  @Test
  void everyPackageNamedExists() throws IOException {
    List<String> named = PACKAGE.matcher(page()).results().map(m -> m.group(1)).distinct().toList();
    List<String> modules = List.of("policy", "core", "testkit", "testkit/jqwik", "testkit/postgres", "testkit/spring", "docs");

    assertThat(named).hasSizeGreaterThan(10);
    for (String pkg : named) {
      String dir = pkg.replace('.', '/');
      boolean exists = modules.stream()
          .flatMap(m -> Stream.of(root().resolve(m).resolve("src/main/java").resolve(dir),
              root().resolve(m).resolve("src/test/java").resolve(dir)))
          .anyMatch(Files::isDirectory);
      assertThat(exists).as("package %s named in ARCHITECTURE.md", pkg).isTrue();
    }
  }

  @Test
  void everyModuleNamedIsBuilt() throws IOException {
    String pom = Files.readString(root().resolve("pom.xml"), StandardCharsets.UTF_8);
    List<String> named = MODULE.matcher(page()).results().map(m -> m.group(1)).filter(n -> !n.startsWith("dev")).toList();

    assertThat(named).contains("policy", "core", "testkit", "docs");
    for (String module : named) {
      assertThat(pom).as("module %s named in ARCHITECTURE.md", module).contains("<module>" + module + "</module>");
    }
  }
}
