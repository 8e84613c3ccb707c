package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The root README's promises hold: its Java examples are the runnable snippets, and its test command is CI's. */
class RootReadmeTest {

  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  private static String read(String relative) throws IOException {
    return Files.readString(DocsGenerationTest.moduleDir().getParent().resolve(relative), StandardCharsets.UTF_8);
  }

  @Test
  void everyJavaExampleIsARunnableSnippet() throws IOException {
    String readme = read("README.md");
    Snippets snippets = Snippets.load();
    Matcher m = SNIPPET.matcher(readme);
    List<String> shown = new ArrayList<>();
    while (m.find()) {
      shown.add(m.group(1));
      assertThat(m.group(2)).as("README's copy of snippet %s; copy it from %s", m.group(1), snippets.get(m.group(1)).sourceFile())
          .isEqualTo(snippets.get(m.group(1)).code().stripTrailing() + "\n");
    }
    long javaBlocks = Pattern.compile("```java").matcher(readme).results().count();
    assertThat(shown).as("every java block is marked with the snippet it copies").hasSize((int) javaBlocks).isNotEmpty();
  }

  @Test
  void theTestCommandIsTheOneCiRuns() throws IOException {
    String ciCommand = read(".ci/run").lines().filter(l -> l.startsWith("mvn ")).findFirst().orElseThrow();

    assertThat(read("README.md")).contains("\n" + ciCommand + "\n");
  }

  @Test
  void theRunCommandStartsTheLocalEndpoint() throws IOException {
    String pom = read("testkit/server/pom.xml");
    Matcher main = Pattern.compile("<mainClass>([\\w.]+)</mainClass>").matcher(pom);
    Matcher jar = Pattern.compile("<finalName>([\\w.-]+)</finalName>").matcher(pom);

    assertThat(main.find()).isTrue();
    assertThat(main.group(1)).isEqualTo("dev.userpool.testkit.endpoint.Main");
    assertThat(jar.find()).isTrue();
    assertThat(read("pom.xml")).contains("<module>testkit/server</module>");
    assertThat(read("README.md")).contains("\nmvn -q -DskipTests -pl testkit/server -am package\n"
        + "java -jar testkit/server/target/" + jar.group(1) + ".jar --port 9229\n");
  }

  @Test
  void theBrowserCommandIsTheProfilesOwn() throws IOException {
    String command = "mvn -B -ntp -Pbrowser -pl testkit/server -am verify -DskipTests";
    String pom = read("testkit/server/pom.xml");

    assertThat(read("README.md")).contains("`" + command + "`");
    assertThat(pom).contains("\n           " + command + "\n").contains("<id>browser</id>")
        .contains("src/test/browser/ensure-chromium.sh").contains("<argument>run.mjs</argument>");
    for (String file : List.of("run.mjs", "ensure-chromium.sh", "package.json", "package-lock.json", "page/app.js", "page/index.html")) {
      assertThat(DocsGenerationTest.moduleDir().getParent().resolve("testkit/server/src/test/browser").resolve(file)).isRegularFile();
    }
  }

  @Test
  void theTopLevelIsTheDesignCards() throws IOException {
    try (var entries = Files.list(DocsGenerationTest.moduleDir().getParent())) {
      List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.equals("target")).sorted()
          .toList();
      assertThat(names).containsExactly("LICENSE", "README.md", "core", "docs", "policy", "pom.xml", "testkit");
    }
  }
}
