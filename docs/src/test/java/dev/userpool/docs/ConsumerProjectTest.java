package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's "Use it in your project" works as written: a new project made of nothing but its dependency and
 * build blocks and its JUnit example (read from README.md's text) compiles, and its {@code mvn test} runs
 * that test and passes, offline, against the artifacts this build has just packaged; so does one that adds
 * the jqwik block, README's jqwik settings and its property, quietly.
 *
 * <p>The consumer's local repository is a fresh one under {@code target/}: this build's artifacts are
 * copied into it, and every other group is a symbolic link into the build's own local repository, which
 * is therefore read, never written (nothing is installed into it).
 */
class ConsumerProjectTest {

  private static final Pattern BLOCK = Pattern.compile("<!-- consumer: ([\\w.-]+) -->\\s*```(\\w+)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("^class (\\w+)", Pattern.MULTILINE);
  /** This build's modules (directory, artifact) that a consumer of the testkit resolves. */
  static final List<String[]> ARTIFACTS = List.of(new String[]{ ".", "userpool-parent" },
      new String[]{ "policy", "userpool-policy" },
      new String[]{ "core", "userpool-core" }, new String[]{ "testkit", "userpool-testkit" },
      new String[]{ "testkit/jqwik", "userpool-testkit-jqwik" });

  @Test
  void readmesBlocksMakeAProjectWhoseTestRunsAndPasses() throws IOException, InterruptedException {
    String readme = readme();
    String junit = snippet(readme, "readme-junit");

    String output = build("consumer", block(readme, "xml", "dependencies"), block(readme, "xml", "build"),
        Map.of("src/test/java/" + className(junit) + ".java", junit));

    assertThat(output).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0").contains("BUILD SUCCESS");
    assertThat(output).as("nothing of the testkit's own in the consumer's output")
        .doesNotContain("InsecureFastHasher").doesNotContainIgnoringCase("jqwik");
  }

  @Test
  void theJqwikArtifactRunsReadmesPropertyQuietly() throws IOException, InterruptedException {
    String readme = readme();
    String junit = snippet(readme, "readme-junit");
    String property = snippet(readme, "readme-jqwik");
    String dependencies = block(readme, "xml", "dependencies");
    assertThat(dependencies).endsWith("</dependencies>\n");
    String withJqwik = dependencies.substring(0, dependencies.length() - "</dependencies>\n".length())
        + block(readme, "xml", "jqwik").indent(2) + "</dependencies>\n";

    Path project = DocsGenerationTest.moduleDir().resolve("target/consumer-jqwik");
    String output = build("consumer-jqwik", withJqwik, block(readme, "xml", "build"),
        Map.of("src/test/java/" + className(junit) + ".java", junit,
            "src/test/java/" + className(property) + ".java", property,
            "src/test/resources/junit-platform.properties", block(readme, "properties", "junit-platform.properties")));

    assertThat(output).as("the JUnit test and the property, both run")
        .contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0").contains("BUILD SUCCESS");
    assertThat(output).as("no report and no log line from jqwik when the properties pass")
        .doesNotContain("tries =").doesNotContain("Edge case").doesNotContain("InsecureFastHasher");
    assertThat(project.resolve(".jqwik-database")).doesNotExist();
    assertThat(project.resolve("target/.jqwik-database")).exists();
  }

  /**
   * Makes a project called {@code name} under {@code target/} from a dependencies block, a build block and
   * files, and runs its {@code mvn test} offline; returns the output after checking that the build passed.
   */
  private static String build(String name, String dependencies, String build, Map<String, String> files)
      throws IOException, InterruptedException {
    assertThat(build).as("README's build block").startsWith("<build>\n").endsWith("</build>\n");
    String version = System.getProperty("userpool.version");
    assertThat(dependencies).as("README's dependency block names this build's version").contains("<version>" + version + "</version>");
    return build(name, pom(dependencies, build), files, ARTIFACTS, true);
  }

  /**
   * Makes a project called {@code name} under {@code target/} from a POM and files, with {@code artifacts} of this
   * build in its local repository, and runs its {@code mvn test} (offline, or online when {@code offline} is false:
   * then what it downloads lands in the build's own local repository, as any build's downloads do); returns the
   * output after checking that the build passed.
   */
  static String build(String name, String pom, Map<String, String> files, List<String[]> artifacts, boolean offline)
      throws IOException, InterruptedException {
    String version = System.getProperty("userpool.version");
    Path target = DocsGenerationTest.moduleDir().resolve("target");
    Path project = fresh(target.resolve(name));
    Files.writeString(project.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path at = project.resolve(file.getKey());
      Files.createDirectories(at.getParent());
      Files.writeString(at, file.getValue(), StandardCharsets.UTF_8);
    }
    Path repository = localRepository(fresh(target.resolve(name + "-repository")), version, artifacts);

    Path log = target.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(mavenExecutable().toString(), "-B", "-ntp", "-Dstyle.color=never",
        "-Dmaven.repo.local=" + repository, "test"));
    if (offline) {
      command.add(1, "-o");
    }
    Process maven = new ProcessBuilder(command)
        .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = maven.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      maven.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(finished).as("the consumer's build finished; its log: %s", log).isTrue();
    assertThat(maven.exitValue()).as("the consumer's mvn test; its output:%n%s", output).isZero();
    return output;
  }

  static String readme() throws IOException {
    return Files.readString(DocsGenerationTest.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
  }

  static String snippet(String readme, String name) {
    Matcher m = Pattern.compile("<!-- snippet: " + name + " -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README's example " + name).isTrue();
    return m.group(1);
  }

  static String className(String source) {
    Matcher m = CLASS.matcher(source);
    assertThat(m.find()).as("the example's class").isTrue();
    return m.group(1);
  }

  static String block(String readme, String language, String name) {
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).equals(name) && m.group(2).equals(language)) {
        return m.group(3);
      }
    }
    throw new AssertionError("README.md has no block marked <!-- consumer: " + name + " -->");
  }

  private static String pom(String dependencies, String build) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>consumer</artifactId>
          <version>1.0</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        """ + dependencies + build.replace("<build>\n", """
        <build>
          <!-- The rest of the project's own set-up, not README's business: Maven 3.8's default resources
               plugin (2.6) is not in the build's local repository, which this offline build reads. -->
          <pluginManagement>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
            </plugins>
          </pluginManagement>
        """) + "</project>\n";
  }

  /**
   * A local repository holding this build's packaged artifacts, with every other group linked from the
   * build's own local repository (read only: offline, the consumer's build downloads nothing into it).
   */
  private static Path localRepository(Path repository, String version, List<String[]> artifacts) throws IOException {
    Path shared = Path.of(System.getProperty("userpool.localRepository", System.getProperty("user.home") + "/.m2/repository"));
    linkChildren(shared, repository, "dev");
    Path dev = Files.createDirectories(repository.resolve("dev"));
    if (Files.isDirectory(shared.resolve("dev"))) {
      linkChildren(shared.resolve("dev"), dev, "userpool");
    }
    Path root = DocsGenerationTest.repositoryRoot();
    for (String[] module : artifacts) {
      String artifact = module[1];
      Path into = Files.createDirectories(dev.resolve("userpool").resolve(artifact).resolve(version));
      Files.copy(root.resolve(module[0]).resolve("pom.xml"), into.resolve(artifact + "-" + version + ".pom"));
      if (!artifact.equals("userpool-parent")) {
        Path jar = root.resolve(module[0]).resolve("target").resolve(artifact + "-" + version + ".jar");
        assertThat(jar).as("packaged by this build (run the reactor: mvn -pl docs -am verify)").isRegularFile();
        Files.copy(jar, into.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return repository;
  }

  private static void linkChildren(Path from, Path to, String except) throws IOException {
    try (Stream<Path> children = Files.list(from)) {
      for (Path child : children.toList()) {
        if (!child.getFileName().toString().equals(except)) {
          Files.createSymbolicLink(to.resolve(child.getFileName().toString()), child.toAbsolutePath());
        }
      }
    }
  }

  private static Path mavenExecutable() {
    Path home = Path.of(System.getProperty("userpool.maven.home", System.getProperty("maven.home", "/usr/share/maven")));
    Path mvn = home.resolve("bin").resolve(System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn");
    assertThat(mvn).as("the Maven running this build").isRegularFile();
    return mvn;
  }

  /** An empty directory at {@code dir}, after deleting what a previous run left (links are removed, never followed). */
  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }
}
