package dev.userpool.testkit.endpoint;

import java.io.File;
import java.io.IOException;
import java.time.Duration;

/**
 * Runs the real JavaScript clients of {@code testkit/src/test/js} against a local endpoint on an ephemeral
 * port, from the {@code npm-clients} profile of testkit's pom (which runs {@code npm ci} first; the command is
 * there). Not a test: it needs Node.js and npm, which the normal build does not.
 */
public final class NodeClients {

  private NodeClients() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    File scripts = new File(args.length > 0 ? args[0] : "src/test/js");
    try (LocalEndpoint endpoint = LocalEndpoint.builder().port(0).shutdownGrace(Duration.ZERO).start()) {
      ProcessBuilder node = new ProcessBuilder("node", "srp-signin.mjs").directory(scripts).inheritIO();
      node.environment().put("ENDPOINT", "http://127.0.0.1:" + endpoint.port() + "/");
      int exit = node.start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("srp-signin.mjs exited with " + exit);
      }
    }
  }
}
