package dev.userpool.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from {@code java -jar userpool-server.jar} to its first answers, as a user who starts the jar and
 * drives it at once meets them: from {@code ProcessBuilder.start()} to the first {@code 200} of
 * {@code GET /health} (polled every 2 ms on new connections), and to the first AWS call answered after it
 * ({@code ListUserPools}, on a connection of its own). Variants: the jar as shipped (its warm-up runs in the
 * background once it listens), {@code --no-warmup}, and an application class-data archive
 * ({@code -XX:SharedArchiveFile}, dumped by the unmeasured run with {@code -XX:ArchiveClassesAtExit}; a
 * jar's manifest cannot name it, so it takes a JVM option). One unmeasured run per variant first, then
 * {@value ColdStart#RUNS} measured. Run by {@link ColdStart} when given the jar.
 */
final class JarColdStart {

  private static final String LIST_POOLS = "{\"MaxResults\":1}";

  private JarColdStart() {}

  /** A run's two times, in ms from process start. */
  private record Times(double health, double firstCall) {}

  static void measure(Path jar, Path dir) throws IOException, InterruptedException {
    Path archive = dir.resolve("userpool-server.jsa").toAbsolutePath();
    Files.deleteIfExists(archive);
    System.out.printf("%nFrom java -jar %s to its first answers, %d fresh JVMs each, after one unmeasured run (ms):%n",
        jar.getFileName(), ColdStart.RUNS);
    System.out.printf("%-34s %25s   %25s%n", "", "to GET /health 200", "to the first call answered");
    System.out.printf("%-34s %8s %8s %8s   %8s %8s %8s%n", "variant", "min", "median", "max", "min", "median", "max");
    variant("jar as shipped (warm-up after)", jar, List.of(), List.of(), List.of());
    variant("jar, --no-warmup", jar, List.of(), List.of("--no-warmup"), List.of());
    variant("jar, AppCDS archive", jar, List.of("-XX:SharedArchiveFile=" + archive), List.of(),
        List.of("-XX:ArchiveClassesAtExit=" + archive));
  }

  private static void variant(String name, Path jar, List<String> options, List<String> args, List<String> firstRunOptions)
      throws IOException, InterruptedException {
    run(jar, firstRunOptions.isEmpty() ? options : firstRunOptions, args);
    List<Double> health = new ArrayList<>();
    List<Double> call = new ArrayList<>();
    for (int i = 0; i < ColdStart.RUNS; i++) {
      Times times = run(jar, options, args);
      health.add(times.health());
      call.add(times.firstCall());
    }
    Collections.sort(health);
    Collections.sort(call);
    System.out.printf("%-34s %8.1f %8.1f %8.1f   %8.1f %8.1f %8.1f%n", name, health.get(0), median(health),
        health.get(health.size() - 1), call.get(0), median(call), call.get(call.size() - 1));
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static Times run(Path jar, List<String> options, List<String> args) throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--port", Integer.toString(port)));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process p = pb.start();
    try {
      while (status(port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n") != 200) {
        if (!p.isAlive()) {
          throw new IllegalStateException("the jar exited with " + p.exitValue() + " before it answered");
        }
        Thread.sleep(2);
      }
      double health = (System.nanoTime() - start) / 1e6;
      int status = status(port, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Amz-Target: "
          + "AWSCognitoIdentityProviderService.ListUserPools\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: "
          + LIST_POOLS.length() + "\r\n\r\n" + LIST_POOLS);
      double call = (System.nanoTime() - start) / 1e6;
      if (status != 200) {
        throw new IllegalStateException("ListUserPools answered " + status);
      }
      return new Times(health, call);
    } finally {
      p.destroy(); // SIGTERM: the JVM exits normally, so -XX:ArchiveClassesAtExit writes its archive
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  /** The status of the answer to {@code request} on a new connection, or -1 if nothing listens yet. */
  private static int status(int port, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        line.append((char) b);
      }
      String[] parts = line.toString().split(" ");
      return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    } catch (ConnectException e) {
      return -1;
    }
  }
}
