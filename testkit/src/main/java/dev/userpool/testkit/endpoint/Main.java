package dev.userpool.testkit.endpoint;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LocalEndpoint} until Ctrl-C: the README's "run the main job" command, and the main class
 * of the runnable jar {@code testkit/server/target/userpool-server.jar}.
 *
 * <pre>{@code
 * mvn -q -DskipTests -pl testkit/server -am package
 * java -jar testkit/server/target/userpool-server.jar --port 9229 --seed 42
 * mvn -q -DskipTests -pl testkit -am package exec:java -Dexec.args="--port 9230 --seed 42"
 * }</pre>
 *
 * <p>Options (arguments win over system properties): {@code --host H} / {@code userpool.host} (default
 * {@code 127.0.0.1}; {@code 0.0.0.0} in a container), {@code --port N} / {@code userpool.port} (default
 * {@value LocalEndpoint#DEFAULT_PORT}; 0 picks a free port) and {@code --seed N} / {@code userpool.seed}
 * (default 0), the seed of ids, codes, generated passwords and tokens. It prints where it listens, never
 * a secret; {@code GET /health} answers 200 once it serves. Exit status: {@value #EXIT_BAD_USAGE} on bad
 * usage, {@value #EXIT_CANNOT_LISTEN} if it cannot listen, and after Ctrl-C the JVM's own
 * {@value #EXIT_INTERRUPTED} (128 + SIGINT; 143 after SIGTERM), once the endpoint has closed. It sets no
 * system property.
 */
public final class Main {

  /** The exit status after Ctrl-C: the JVM's, 128 + the signal's number (SIGINT is 2). */
  public static final int EXIT_INTERRUPTED = 130;
  /** The exit status when the endpoint cannot listen (the port is taken, the host unknown). */
  public static final int EXIT_CANNOT_LISTEN = 1;
  /** The exit status on bad usage. */
  public static final int EXIT_BAD_USAGE = 2;
  /** The system property for the host. */
  public static final String HOST_PROPERTY = "userpool.host";
  /** The system property for the port. */
  public static final String PORT_PROPERTY = "userpool.port";
  /** The system property for the seed. */
  public static final String SEED_PROPERTY = "userpool.seed";

  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar userpool-server.jar [--host H] [--port N] [--seed N]",
      "  --host H  the address to listen on (default 127.0.0.1; 0.0.0.0 in a container)   -D" + HOST_PROPERTY + "=H",
      "  --port N  the port (default " + LocalEndpoint.DEFAULT_PORT + "; 0 picks a free one)   -D" + PORT_PROPERTY + "=N",
      "  --seed N  the seed of ids, codes, generated passwords and tokens (default 0)   -D" + SEED_PROPERTY + "=N",
      "GET /health answers 200 once the endpoint serves.",
      "exit status: " + EXIT_INTERRUPTED + " after Ctrl-C, " + EXIT_CANNOT_LISTEN + " if it cannot listen, "
          + EXIT_BAD_USAGE + " on bad usage.");

  private Main() {}

  /** Starts the endpoint and serves until the JVM is stopped (Ctrl-C). */
  public static void main(String[] args) {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(EXIT_BAD_USAGE);
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
      System.err.println("cannot listen on " + settings.host + ":" + settings.port + " (" + e.getMessage() + "); pick another with --port N");
      System.exit(EXIT_CANNOT_LISTEN);
      return;
    } catch (IOException e) {
      System.err.println("cannot start: " + e);
      System.exit(EXIT_CANNOT_LISTEN);
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
    LocalEndpoint endpoint = LocalEndpoint.builder().host(settings.host).port(settings.port).seed(settings.seed).start();
    out.println("userpool: in-memory Cognito user-pool endpoint (AWS JSON 1.1), seed " + settings.seed
        + ", clock at " + endpoint.cognito().clock().instant() + " (moves only through UserpoolTestControl.AdvanceClock)");
    out.println("listening on " + endpoint.uri());
    out.println("try: aws cognito-idp create-user-pool --pool-name demo --endpoint-url " + endpoint.uri()
        + "   (any credentials and region; Ctrl-C stops)");
    out.flush();
    return endpoint;
  }

  /** The host, port and seed, from arguments over system properties. */
  static final class Settings {
    final String host;
    final int port;
    final long seed;
    final boolean help;

    private Settings(String host, int port, long seed, boolean help) {
      this.host = host;
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
      String host = System.getProperty(HOST_PROPERTY, "127.0.0.1");
      String port = System.getProperty(PORT_PROPERTY, Integer.toString(LocalEndpoint.DEFAULT_PORT));
      String seed = System.getProperty(SEED_PROPERTY, "0");
      boolean help = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if ("--help".equals(arg) || "-h".equals(arg)) {
          help = true;
        } else if ("--port".equals(arg) || "--seed".equals(arg) || "--host".equals(arg)) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          if ("--port".equals(arg)) {
            port = args[++i];
          } else if ("--host".equals(arg)) {
            host = args[++i];
          } else {
            seed = args[++i];
          }
        } else if (arg.startsWith("--host=")) {
          host = arg.substring("--host=".length());
        } else if (arg.startsWith("--port=")) {
          port = arg.substring("--port=".length());
        } else if (arg.startsWith("--seed=")) {
          seed = arg.substring("--seed=".length());
        } else {
          throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      if (host.isBlank()) {
        throw new IllegalArgumentException("the host must not be empty");
      }
      return new Settings(host.trim(), port(port), seed(seed), help);
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
