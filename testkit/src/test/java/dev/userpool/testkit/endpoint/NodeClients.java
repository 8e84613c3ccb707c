package dev.userpool.testkit.endpoint;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs the real JavaScript clients of {@code testkit/src/test/js} ({@code srp-signin.mjs}, then
 * {@code totp-mfa.mjs}) against a local endpoint on an ephemeral port, from the {@code npm-clients} profile of
 * testkit's pom (which runs {@code npm ci} first; the command is there). Not a test: it needs Node.js and npm,
 * which the normal build does not.
 */
public final class NodeClients {

  /** The scripts, run in order against the same endpoint: SRP sign-in, then TOTP MFA (each sets up its own pool). */
  private static final List<String> SCRIPTS = List.of("srp-signin.mjs", "totp-mfa.mjs");

  private NodeClients() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    File scripts = new File(args.length > 0 ? args[0] : "src/test/js");
    try (LocalEndpoint endpoint = LocalEndpoint.builder().port(0).shutdownGrace(Duration.ZERO).start()) {
      for (String script : SCRIPTS) {
        ProcessBuilder node = new ProcessBuilder("node", script).directory(scripts).inheritIO();
        node.environment().put("ENDPOINT", "http://127.0.0.1:" + endpoint.port() + "/");
        int exit = node.start().waitFor();
        if (exit != 0) {
          throw new IllegalStateException(script + " exited with " + exit);
        }
      }
    }
  }
}
