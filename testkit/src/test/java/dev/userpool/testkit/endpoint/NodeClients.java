package dev.userpool.testkit.endpoint;

import dev.userpool.pool.Trigger;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs the real JavaScript clients of {@code testkit/src/test/js} ({@code srp-signin.mjs}, {@code totp-mfa.mjs},
 * {@code custom-auth.mjs}, {@code remembered-device.mjs}, {@code device-srp.mjs}) against a local endpoint on an ephemeral port,
 * from the {@code npm-clients} profile of testkit's pom (which runs {@code npm ci} first; the command is there). Not a test: it
 * needs Node.js and npm, which the normal build does not. The endpoint invokes Lambda triggers through a {@link LambdaRunner} serving the
 * custom-auth functions of {@link MathChallenge}, as {@code --lambda-endpoint} points it at a local Lambda runner.
 */
public final class NodeClients {

  /** The scripts, run in order against the same endpoint: SRP sign-in, then TOTP MFA (each sets up its own pool). */
  private static final List<String> SCRIPTS = List.of("srp-signin.mjs", "totp-mfa.mjs", "custom-auth.mjs", "remembered-device.mjs",
      "device-srp.mjs");

  private NodeClients() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    File scripts = new File(args.length > 0 ? args[0] : "src/test/js");
    try (LambdaRunner functions = LambdaRunner.start();
        LocalEndpoint endpoint = LocalEndpoint.builder().port(0).shutdownGrace(Duration.ZERO)
            .cognito(InProcessCognito.builder().triggers(LambdaInvokeApi.at(functions.uri(), Trigger.TIME_LIMIT)).build()).start()) {
      MathChallenge.register(functions);
      for (String script : SCRIPTS) {
        ProcessBuilder node = new ProcessBuilder("node", script).directory(scripts).inheritIO();
        node.environment().put("ENDPOINT", "http://127.0.0.1:" + endpoint.port() + "/");
        node.environment().put("FUNCTIONS", MathChallenge.arn(""));
        int exit = node.start().waitFor();
        if (exit != 0) {
          throw new IllegalStateException(script + " exited with " + exit);
        }
      }
    }
  }
}
