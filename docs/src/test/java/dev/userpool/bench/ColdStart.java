package dev.userpool.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Time from starting a fresh JVM to its first AdminSetUserPassword answered: runs {@link FirstAnswer}
 * in new {@code java} processes (one unmeasured run per variant first, to warm the file cache, then
 * {@value #RUNS} measured) and times each from process start to the {@code answered} line on its
 * standard output. Variants: the JVM alone, the library's service, testkit's SDK client, and the client
 * with two JVM options a test suite can set: C1 only ({@code -XX:TieredStopAtLevel=1}) and an
 * application class-data archive (AppCDS, dumped by the unmeasured run). The children's classpath is
 * this JVM's with every folder packed into a jar first, as an application's dependencies are (and as
 * AppCDS requires). The first argument is the folder for those jars and the archive (default {@code target});
 * a second, the runnable jar ({@code testkit/server/target/userpool-server.jar}), adds {@link JarColdStart}'s
 * table when the jar is there: from {@code java -jar} to the first {@code GET /health} and the first AWS call.
 */
public final class ColdStart {

  static final int RUNS = 10;

  private static String classpath;

  private ColdStart() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path dir = Path.of(args.length == 0 ? "target" : args[0]);
    Files.createDirectories(dir);
    Path archive = dir.resolve("bench-first-answer.jsa").toAbsolutePath();
    Files.deleteIfExists(archive);
    classpath = jarred(System.getProperty("java.class.path"), dir);
    System.out.printf("Cold start to the first answer, %d fresh JVMs each, after one unmeasured run (ms):%n", RUNS);
    System.out.printf("%-34s %7s %7s %7s %7s %7s%n", "variant", "min", "median", "mean", "max", "stdev");
    measure("JVM alone (empty main)", List.of(), "jvm", List.of());
    measure("service (InProcessCognito)", List.of(), "service", List.of());
    measure("SDK client (InProcessCognitoClient)", List.of(), "client", List.of());
    measure("SDK client, -XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"), "client", List.of());
    measure("SDK client, AppCDS archive", List.of("-XX:SharedArchiveFile=" + archive), "client",
        List.of("-XX:ArchiveClassesAtExit=" + archive));
    if (args.length > 1) {
      Path jar = Path.of(args[1]);
      if (Files.isRegularFile(jar)) {
        JarColdStart.measure(jar, dir);
      } else {
        System.out.println("no " + jar + ": build it (mvn -B -ntp -q -DskipTests -pl testkit/server -am package) for the jar's table");
      }
    }
  }

  private static void measure(String name, List<String> options, String mode, List<String> firstRunOptions)
      throws IOException, InterruptedException {
    run(firstRunOptions.isEmpty() ? options : firstRunOptions, mode);
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      ms.add(run(options, mode));
    }
    Collections.sort(ms);
    double mean = ms.stream().mapToDouble(d -> d).average().orElseThrow();
    double variance = ms.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / (ms.size() - 1);
    double median = (ms.get(RUNS / 2 - 1) + ms.get(RUNS / 2)) / 2;
    System.out.printf("%-34s %7.1f %7.1f %7.1f %7.1f %7.1f%n", name, ms.get(0), median, mean, ms.get(RUNS - 1), Math.sqrt(variance));
  }

  /** The classpath with each folder replaced by a jar of its files, written to {@code dir}. */
  private static String jarred(String classpath, Path dir) throws IOException {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : classpath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.isDirectory(path)) {
        entries.add(entry);
        continue;
      }
      Path jar = dir.resolve("cold-start-" + n++ + ".jar").toAbsolutePath();
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
          Stream<Path> files = Files.walk(path)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          out.putNextEntry(new JarEntry(path.relativize(file).toString().replace(File.separatorChar, '/')));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
      entries.add(jar.toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  private static double run(List<String> options, String mode) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", classpath, FirstAnswer.class.getName(), mode));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process p = pb.start();
    double elapsed = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("answered")) {
          elapsed = (System.nanoTime() - start) / 1e6;
        }
      }
    }
    if (p.waitFor() != 0 || elapsed < 0) {
      throw new IllegalStateException(mode + ": the JVM exited with " + p.exitValue() + " before answering");
    }
    return elapsed;
  }
}
