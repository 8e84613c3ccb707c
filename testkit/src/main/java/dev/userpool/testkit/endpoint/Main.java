package dev.userpool.testkit.endpoint;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LocalEndpoint} until Ctrl-C: the README's "run the main job" command.
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl testkit -am package exec:java
 * mvn -q -DskipTests -pl testkit -am package exec:java -Dexec.args="--port 9230 --seed 42"
 * mvn -q -DskipTests -pl testkit -am package exec:java -Duserpool.port=9230 -Duserpool.seed=42
 * }</pre>
 *
 * <p>Options (arguments win over system properties): {@code --port N} / {@code userpool.port} (default
 * {@value LocalEndpoint#DEFAULT_PORT}; 0 picks a free port) and {@code --seed N} / {@code userpool.seed}
 * (default 0), the seed of ids, codes, generated passwords and tokens. It prints where it listens, never
 * a secret. Exit status: 0 after Ctrl-C, 1 if the port cannot be bound, 2 on bad usage.
 */
public final class Main {

  /** The system property for the port. */
  public static final String PORT_PROPERTY = "userpool.port";
  /** The system property for the seed. */
  public static final String SEED_PROPERTY = "userpool.seed";

  private static final String USAGE = "usage: Main [--port N] [--seed N]   (or -D" + PORT_PROPERTY + "=N -D" + SEED_PROPERTY + "=N)";

  private Main() {}

  /** Starts the endpoint and serves until the JVM is stopped (Ctrl-C). */
  public static void main(String[] args) {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (settings.help) {
      System.out.println(USAGE);
      return;
    }
    LocalEndpoint endpoint;
    try {
      endpoint = start(settings, System.out);
    } catch (BindException e) {
      System.err.println("cannot listen on 127.0.0.1:" + settings.port + " (" + e.getMessage() + "); pick another with --port N");
      System.exit(1);
      return;
    } catch (IOException e) {
      System.err.println("cannot start: " + e);
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("stopping " + endpoint.uri());
      endpoint.close();
      stopped.countDown();
    }, "userpool-endpoint-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      endpoint.close();
      Thread.currentThread().interrupt();
    }
  }

  /** Starts an endpoint as {@code settings} say and prints where it listens. */
  static LocalEndpoint start(Settings settings, PrintStream out) throws IOException {
    LocalEndpoint endpoint = LocalEndpoint.builder().port(settings.port).seed(settings.seed).start();
    out.println("userpool: in-memory Cognito user-pool endpoint (AWS JSON 1.1), seed " + settings.seed
        + ", clock at " + endpoint.cognito().clock().instant() + " (moves only through UserpoolTestControl.AdvanceClock)");
    out.println("listening on " + endpoint.uri());
    out.println("try: aws cognito-idp create-user-pool --pool-name demo --endpoint-url " + endpoint.uri()
        + "   (any credentials and region; Ctrl-C stops)");
    out.flush();
    return endpoint;
  }

  /** The port and seed, from arguments over system properties. */
  static final class Settings {
    final int port;
    final long seed;
    final boolean help;

    private Settings(int port, long seed, boolean help) {
      this.port = port;
      this.seed = seed;
      this.help = help;
    }

    /**
     * Parses {@code args} over the system properties.
     *
     * @throws IllegalArgumentException on bad usage, with the reason
     */
    static Settings parse(String[] args) {
      String port = System.getProperty(PORT_PROPERTY, Integer.toString(LocalEndpoint.DEFAULT_PORT));
      String seed = System.getProperty(SEED_PROPERTY, "0");
      boolean help = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if ("--help".equals(arg) || "-h".equals(arg)) {
          help = true;
        } else if ("--port".equals(arg) || "--seed".equals(arg)) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          if ("--port".equals(arg)) {
            port = args[++i];
          } else {
            seed = args[++i];
          }
        } else if (arg.startsWith("--port=")) {
          port = arg.substring("--port=".length());
        } else if (arg.startsWith("--seed=")) {
          seed = arg.substring("--seed=".length());
        } else {
          throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      return new Settings(port(port), seed(seed), help);
    }

    private static int port(String value) {
      try {
        int port = Integer.parseInt(value.trim());
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException("the port must be a whole number 0..65535: " + value);
    }

    private static long seed(String value) {
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the seed must be a whole number: " + value);
      }
    }
  }
}
