package dev.userpool.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from starting a fresh JVM to its first AdminSetUserPassword answered: runs {@link FirstAnswer}
 * in new {@code java} processes (one unmeasured run per mode first, to warm the file cache, then
 * {@value #RUNS} measured) and times each from process start to the {@code answered} line on its
 * standard output. Arguments: the modes to run (default {@code jvm service client}).
 */
public final class ColdStart {

  static final int RUNS = 10;

  private ColdStart() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    String[] modes = args.length == 0 ? new String[] {"jvm", "service", "client"} : args;
    System.out.printf("Cold start to the first answer, %d fresh JVMs per mode (ms):%n", RUNS);
    System.out.printf("%-8s %7s %7s %7s %7s %7s%n", "mode", "min", "median", "mean", "max", "stdev");
    for (String mode : modes) {
      run(java, classpath, mode);
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        ms.add(run(java, classpath, mode));
      }
      Collections.sort(ms);
      double mean = ms.stream().mapToDouble(d -> d).average().orElseThrow();
      double variance = ms.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / (ms.size() - 1);
      double median = (ms.get(RUNS / 2 - 1) + ms.get(RUNS / 2)) / 2;
      System.out.printf("%-8s %7.1f %7.1f %7.1f %7.1f %7.1f%n", mode, ms.get(0), median, mean, ms.get(RUNS - 1), Math.sqrt(variance));
    }
  }

  private static double run(String java, String classpath, String mode) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath, FirstAnswer.class.getName(), mode)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
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
