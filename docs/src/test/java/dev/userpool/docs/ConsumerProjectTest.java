package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's "Use it in your project" works as written: a new project made of nothing but its dependency and
 * build blocks and its JUnit example (read from README.md's text) compiles, and its {@code mvn test} runs
 * that test and passes, offline, against the artifacts this build has just packaged.
 *
 * <p>The consumer's local repository is a fresh one under {@code target/}: this build's artifacts are
 * copied into it, and every other group is a symbolic link into the build's own local repository, which
 * is therefore read, never written (nothing is installed into it).
 */
class ConsumerProjectTest {

  private static final Pattern BLOCK = Pattern.compile("<!-- consumer: ([\\w-]+) -->\\s*```xml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern JUNIT = Pattern.compile("<!-- snippet: readme-junit -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("^class (\\w+)", Pattern.MULTILINE);
  /** This build's modules (directory, artifact) that a consumer of the testkit resolves. */
  private static final List<String[]> ARTIFACTS = List.of(new String[] {".", "userpool-parent"}, new String[] {"policy", "userpool-policy"},
      new String[] {"core", "userpool-core"}, new String[] {"testkit", "userpool-testkit"},
      new String[] {"testkit/jqwik", "userpool-testkit-jqwik"});

  @Test
  void readmesBlocksMakeAProjectWhoseTestRunsAndPasses() throws IOException, InterruptedException {
    String readme = Files.readString(DocsGenerationTest.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
    String dependencies = block(readme, "dependencies");
    String build = block(readme, "build");
    assertThat(build).as("README's build block").startsWith("<build>\n").endsWith("</build>\n");
    Matcher junit = JUNIT.matcher(readme);
    assertThat(junit.find()).as("README's JUnit example").isTrue();
    Matcher className = CLASS.matcher(junit.group(1));
    assertThat(className.find()).as("the example's class").isTrue();
    String version = System.getProperty("userpool.version");
    assertThat(dependencies).as("README's dependency block names this build's version").contains("<version>" + version + "</version>");

    Path target = DocsGenerationTest.moduleDir().resolve("target");
    Path project = fresh(target.resolve("consumer"));
    Files.writeString(project.resolve("pom.xml"), pom(dependencies, build), StandardCharsets.UTF_8);
    Path tests = Files.createDirectories(project.resolve("src/test/java"));
    Files.writeString(tests.resolve(className.group(1) + ".java"), junit.group(1), StandardCharsets.UTF_8);
    Path repository = localRepository(fresh(target.resolve("consumer-repository")), version);

    Path log = target.resolve("consumer.log");
    Process maven = new ProcessBuilder(mavenExecutable().toString(), "-o", "-B", "-ntp", "-Dstyle.color=never",
        "-Dmaven.repo.local=" + repository, "test")
        .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = maven.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      maven.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(finished).as("the consumer's build finished; its log: %s", log).isTrue();
    assertThat(maven.exitValue()).as("the consumer's mvn test; its output:%n%s", output).isZero();
    assertThat(output).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0").contains("BUILD SUCCESS");
    assertThat(output).as("nothing of the testkit's own in the consumer's output")
        .doesNotContain("InsecureFastHasher").doesNotContainIgnoringCase("jqwik");
    assertThat(project.resolve(".jqwik-database")).doesNotExist();
  }

  private static String block(String readme, String name) {
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
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
  private static Path localRepository(Path repository, String version) throws IOException {
    Path shared = Path.of(System.getProperty("userpool.localRepository", System.getProperty("user.home") + "/.m2/repository"));
    linkChildren(shared, repository, "dev");
    Path dev = Files.createDirectories(repository.resolve("dev"));
    if (Files.isDirectory(shared.resolve("dev"))) {
      linkChildren(shared.resolve("dev"), dev, "userpool");
    }
    Path root = DocsGenerationTest.repositoryRoot();
    for (String[] module : ARTIFACTS) {
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
