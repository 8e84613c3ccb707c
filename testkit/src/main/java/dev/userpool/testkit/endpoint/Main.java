package dev.userpool.testkit.endpoint;

import dev.userpool.testkit.conformance.ConformanceCommand;
import dev.userpool.pool.Trigger;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.testkit.store.InMemorySigningKeys;
import dev.userpool.testkit.token.KeyProtection;
import dev.userpool.token.Issuer;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

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
 * (default 0), the seed of ids, codes, generated passwords and tokens; {@code --init FILE} configures
 * pools, clients and users from an {@link InitFile} before it listens (on a problem it lists each, with
 * its JSON path, and exits {@value #EXIT_BAD_USAGE}); {@code --store URL} keeps the pools in a store a
 * {@link StoreProvider} opens (default {@code memory}; {@code postgresql://...} with userpool-postgres on
 * the class path, as in the server jar), with secure randomness unless {@code --seed} is given;
 * {@code --issuer local} makes each pool's {@code iss} the endpoint's own URL, {@code http://host:port/<poolId>},
 * so that OpenID discovery from the issuer works; {@code --seed} seeds the signing keys too (which otherwise come from
 * secure randomness), and with a persistent {@code --store} it is refused unless {@code --insecure-seeded-keys} is given
 * (then it warns on standard error); private keys are encrypted at rest when {@value KeyProtection#ENVIRONMENT_VARIABLE}
 * holds a key-encryption key; {@code --log-level L} / {@code userpool.logLevel} sets what is logged ({@link LogLevel};
 * internal errors at the default, {@code warning}); {@code --clock C} / {@code userpool.clock} picks the clock:
 * {@code wall} (default: the real time plus what {@code UserpoolTestControl.AdvanceClock} adds), {@code fixed}
 * (frozen at 2030-01-01T00:00:00Z until moved) or an instant (frozen there); {@code --cors-origins O,O} /
 * {@code userpool.cors.origins} restricts the web origins allowed to call it (default {@code *}: any; see
 * {@link LocalEndpoint.Builder#corsOrigins}). Jackson and Netty's HTTP codec load on a thread of their own
 * ({@code Preload}) while it builds the Cognito and binds. Once it listens (the port opens first: nothing
 * delays the first answer) it runs a {@link WarmUp} in the background against a scratch endpoint, a Cognito
 * of its own thrown away after, giving way whenever the endpoint is busy, so that the requests that follow
 * are answered by warm code sooner ({@code --no-warmup} skips it). It prints where it listens, which clock
 * runs and which origins may call, never a secret (a store URL's password is shown as {@code ***});
 * {@code GET /health} answers 200 once it serves. Exit status: {@value #EXIT_BAD_USAGE} on bad
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
  /** The system property for the clock: {@code wall}, {@code fixed} or an instant. */
  public static final String CLOCK_PROPERTY = "userpool.clock";
  /** The system property for the origins allowed to call from a browser (CORS). */
  public static final String CORS_ORIGINS_PROPERTY = "userpool.cors.origins";
  /** The system property for the log level. */
  public static final String LOG_LEVEL_PROPERTY = "userpool.logLevel";

  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar userpool-server.jar [--host H] [--port N] [--seed N] [--init FILE] [--store URL] [--issuer aws|local]",
      "       [--clock wall|fixed|INSTANT] [--cors-origins O,O] [--no-warmup] [--log-level L] [--insecure-seeded-keys]",
      "       [--lambda-endpoint URL]",
      "  --host H  the address to listen on (default 127.0.0.1; 0.0.0.0 in a container)   -D" + HOST_PROPERTY + "=H",
      "  --port N  the port (default " + LocalEndpoint.DEFAULT_PORT + "; 0 picks a free one)   -D" + PORT_PROPERTY + "=N",
      "  --seed N  the seed of ids, codes and generated passwords (default 0), and of the signing keys (by default they",
      "            are secure random: a seed's keys are anyone's, for tests only)   -D" + SEED_PROPERTY + "=N",
      "  --init FILE  creates the pools, clients and users of a JSON init file before listening",
      "  --store URL  where pools and signing keys are kept: memory (default) or postgresql://user:pass@host:5432/db",
      "               (secure randomness; refuses --seed unless --insecure-seeded-keys; private keys encrypted when",
      "               " + KeyProtection.ENVIRONMENT_VARIABLE + " holds 32 bytes in Base64)",
      "  --insecure-seeded-keys  lets --seed give a persistent store's first signing keys: anyone with the seed can",
      "               sign tokens that store's endpoints accept (reproducible multi-node tests only)",
      "  --issuer I   the tokens' iss: aws (default, https://cognito-idp.<region>.amazonaws.com/<poolId>)",
      "               or local (http://host:port/<poolId>, so OpenID discovery from the issuer works)",
      "  --clock C    wall (default): the real time plus what UserpoolTestControl.AdvanceClock adds;",
      "               fixed: frozen at " + ControllableClock.DEFAULT_START + " until AdvanceClock moves it;",
      "               an instant such as 2030-01-01T00:00:00Z: frozen there   -D" + CLOCK_PROPERTY + "=C",
      "  --cors-origins O,O  the web origins that may call it from a browser, such as http://localhost:3000",
      "               (default *: any)   -D" + CORS_ORIGINS_PROPERTY + "=O,O",
      "  --no-warmup  no warm-up; by default, once it listens, it sends a scratch endpoint (thrown away) a few",
      "               thousand requests in the background, for at most " + WarmUp.LIMIT.toMillis() + " ms, giving way to yours,",
      "               so that the requests that follow are answered by warm code sooner",
      "  --log-level L  what goes to standard error: off, error, warning (default; internal errors), info or debug",
      "  --lambda-endpoint URL  where the pools' Lambda triggers run: the Lambda Invoke API at URL, such as",
      "               sam local start-lambda's http://127.0.0.1:3001 (default: none; a pool naming a function fails",
      "               its trigger with UnexpectedLambdaException)",
      "GET /health answers 200 once the endpoint serves.",
      "java -jar userpool-server.jar conformance --help: the conformance kit, run against any Cognito-compatible endpoint.",
      "exit status: " + EXIT_INTERRUPTED + " after Ctrl-C, " + EXIT_CANNOT_LISTEN + " if it cannot listen, "
          + EXIT_BAD_USAGE + " on bad usage.");

  private Main() {}

  /** Starts the endpoint and serves until the JVM is stopped (Ctrl-C). */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("conformance")) {
      System.exit(ConformanceCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
      return;
    }
    Preload.start();
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
    } catch (Refused e) {
      e.problems.forEach(System.err::println);
      System.exit(EXIT_BAD_USAGE);
      return;
    } catch (BindException e) {
      System.err
          .println("cannot listen on " + settings.host + ":" + settings.port + " (" + e.getMessage() + "); pick another with --port N");
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

  /** Why {@link Main} does not start: each problem, one line each (no secret among them). */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final List<String> problems;

    Refused(List<String> problems) {
      super(String.join("; ", problems), null, false, false);
      this.problems = List.copyOf(problems);
    }
  }

  /**
   * Starts an endpoint as {@code settings} say and prints where it listens.
   *
   * @throws Refused if the store cannot be opened or the init file has problems; nothing then listens
   */
  static LocalEndpoint start(Settings settings, PrintStream out) throws IOException, Refused {
    return start(settings, out, System.getenv());
  }

  /** {@link #start(Settings, PrintStream)} with the environment given ({@value KeyProtection#ENVIRONMENT_VARIABLE}). */
  static LocalEndpoint start(Settings settings, PrintStream out, Map<String, String> environment) throws IOException, Refused {
    LogLevel.apply(settings.logLevel);
    EndpointKeys keys = EndpointKeys.from(settings, environment);
    StoreProvider.Store store = settings.store.equals(MEMORY) ? null : openStore(settings.store);
    try {
      boolean persistent = store != null && store.persistent();
      keys.refuseSeedWith(persistent, redact(settings.store));
      AtomicReference<String> base = new AtomicReference<>();
      InProcessCognito.Builder builder = InProcessCognito.builder().seed(settings.seed).clock(ControllableClock.parse(settings.clock))
          .signer(keys.signer(store == null ? new InMemorySigningKeys() : store.signingKeys()));
      if (store != null) {
        builder.store(store.userPools()).groups(store.groups()).tokenFamilies(store.tokenFamilies()).mailroom(store.mailroom())
            .clockOffset(store.clockOffset()).authorizationCodes(store.authorizationCodes()).hostedSessions(store.hostedSessions())
            .webAuthnCredentials(store.webAuthnCredentials()).devices(store.devices());
        if (persistent && !settings.seedGiven) {
          builder.randomness(SeededRandomness.secure());
        }
      }
      if (settings.lambdaEndpoint != null) {
        builder.triggers(LambdaInvokeApi.at(settings.lambdaEndpoint, Trigger.TIME_LIMIT));
      }
      if (settings.localIssuer) {
        builder.issuer(pool -> Issuer.local(base.get(), pool));
      }
      InProcessCognito cognito = builder.build();
      keys.prepare(cognito, persistent, System.err);
      if (settings.init != null) {
        Either<Seq<InitFile.Problem>, InitFile.Applied> applied = InitFile.read(settings.init).flatMap(f -> f.applyTo(cognito));
        if (applied.isLeft()) {
          List<String> problems = new ArrayList<>();
          problems.add("the init file " + settings.init + " has problems:");
          applied.getLeft().forEach(p -> problems.add("  " + p));
          throw new Refused(problems);
        }
      }
      LocalEndpoint endpoint = LocalEndpoint.builder().host(settings.host).port(settings.port).cognito(cognito)
          .corsOrigins(settings.corsOrigins).answerOnIoThreads(true).start();
      base.set(endpoint.uri().toString().replaceAll("/$", ""));
      out.println("userpool: Cognito user-pool endpoint (AWS JSON 1.1), store " + redact(settings.store)
          + (persistent && !settings.seedGiven ? ", secure randomness" : ", seed " + settings.seed)
          + ", " + clockBanner(endpoint.cognito().clock())
          + ", CORS " + (settings.corsOrigins.contains("*") ? "from any origin" : "from " + String.join(", ", settings.corsOrigins)));
      out.println(keys.bannerLine(store != null));
      out.println(cognito.signer().cryptoProvider().describe());
      out.println("listening on " + endpoint.uri());
      out.println("try: aws cognito-idp create-user-pool --pool-name demo --endpoint-url " + endpoint.uri()
          + "   (any credentials and region; Ctrl-C stops)");
      out.flush();
      if (settings.warmup) {
        WarmUp.inBackground(settings.seed, WarmUp.Served.by(endpoint), System.err::println);
      }
      if (store != null) {
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "userpool-store-shutdown"));
      }
      return endpoint;
    } catch (IOException | Refused | RuntimeException e) {
      if (store != null) {
        store.close();
      }
      throw e;
    }
  }

  /** What the banner says of the clock. */
  static String clockBanner(ControllableClock clock) {
    return clock.isFixed()
        ? "clock fixed at " + clock.instant() + " (moves only through UserpoolTestControl.AdvanceClock)"
        : "wall clock, now " + clock.instant() + " (UserpoolTestControl.AdvanceClock moves it forward)";
  }

  /** The default store: pools in memory, gone with the process. */
  static final String MEMORY = "memory";

  private static StoreProvider.Store openStore(String url) throws Refused {
    for (StoreProvider provider : ServiceLoader.load(StoreProvider.class)) {
      if (provider.accepts(url)) {
        try {
          return provider.open(url);
        } catch (RuntimeException e) {
          throw new Refused(List.of("cannot open the store " + redact(url) + ": " + redact(String.valueOf(e.getMessage()))));
        }
      }
    }
    throw new Refused(List.of("no store for " + redact(url) + ": --store takes " + MEMORY
        + " or, with userpool-postgres on the class path (the server jar has it), postgresql://user:pass@host:5432/db"));
  }

  /** {@code text} with any URL's password ({@code user:pass@}, {@code password=...}) shown as {@code ***}. */
  static String redact(String text) {
    return text.replaceAll("(://[^/:@\\s]*:)[^\\s]*@", "$1***@")
        .replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
  }

  /** The host, port and seed, from arguments over system properties. */
  static final class Settings {
    final String host;
    final int port;
    final long seed;
    final boolean help;
    final boolean seedGiven;
    final Path init;
    final String store;
    final boolean localIssuer;
    final boolean warmup;
    final List<String> corsOrigins;
    final String clock;
    final boolean insecureSeededKeys;
    final LogLevel logLevel;
    URI lambdaEndpoint;

    private Settings(String host, int port, long seed, boolean help, boolean seedGiven, Path init, String store,
        boolean localIssuer, boolean warmup, List<String> corsOrigins, String clock, boolean insecureSeededKeys, LogLevel logLevel) {
      this.host = host;
      this.port = port;
      this.seed = seed;
      this.help = help;
      this.seedGiven = seedGiven;
      this.init = init;
      this.store = store;
      this.localIssuer = localIssuer;
      this.warmup = warmup;
      this.corsOrigins = corsOrigins;
      this.clock = clock;
      this.insecureSeededKeys = insecureSeededKeys;
      this.logLevel = logLevel;
    }

    /**
     * Parses {@code args} over the system properties.
     *
     * @throws IllegalArgumentException on bad usage, with the reason
     */
    static Settings parse(String[] args) {
      String host = System.getProperty(HOST_PROPERTY, "127.0.0.1");
      String port = System.getProperty(PORT_PROPERTY, Integer.toString(LocalEndpoint.DEFAULT_PORT));
      String seed = System.getProperty(SEED_PROPERTY);
      boolean seedGiven = seed != null;
      seed = seedGiven ? seed : "0";
      boolean help = false;
      String init = null;
      String store = MEMORY;
      String issuer = "aws";
      boolean warmup = true;
      String cors = System.getProperty(CORS_ORIGINS_PROPERTY, "*");
      String clock = System.getProperty(CLOCK_PROPERTY, "wall");
      boolean insecureSeededKeys = false;
      String lambdaEndpoint = null;
      String logLevel = System.getProperty(LOG_LEVEL_PROPERTY, LogLevel.WARNING.name());
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if ("--help".equals(arg) || "-h".equals(arg)) {
          help = true;
        } else if (List.of("--port", "--seed", "--host", "--init", "--store", "--issuer", "--cors-origins", "--clock", "--log-level",
            "--lambda-endpoint").contains(arg)) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          String value = args[++i];
          switch (arg) {
            case "--port" -> port = value;
            case "--host" -> host = value;
            case "--init" -> init = value;
            case "--store" -> store = value;
            case "--issuer" -> issuer = value;
            case "--cors-origins" -> cors = value;
            case "--clock" -> clock = value;
            case "--log-level" -> logLevel = value;
            case "--lambda-endpoint" -> lambdaEndpoint = value;
            default -> {
              seed = value;
              seedGiven = true;
            }
          }
        } else if (arg.startsWith("--host=")) {
          host = arg.substring("--host=".length());
        } else if (arg.startsWith("--port=")) {
          port = arg.substring("--port=".length());
        } else if (arg.startsWith("--seed=")) {
          seed = arg.substring("--seed=".length());
          seedGiven = true;
        } else if (arg.startsWith("--init=")) {
          init = arg.substring("--init=".length());
        } else if (arg.startsWith("--store=")) {
          store = arg.substring("--store=".length());
        } else if (arg.startsWith("--issuer=")) {
          issuer = arg.substring("--issuer=".length());
        } else if (arg.startsWith("--clock=")) {
          clock = arg.substring("--clock=".length());
        } else if (arg.startsWith("--cors-origins=")) {
          cors = arg.substring("--cors-origins=".length());
        } else if ("--local-issuer".equals(arg)) {
          issuer = "local";
        } else if (arg.startsWith("--log-level=")) {
          logLevel = arg.substring("--log-level=".length());
        } else if (arg.startsWith("--lambda-endpoint=")) {
          lambdaEndpoint = arg.substring("--lambda-endpoint=".length());
        } else if ("--no-warmup".equals(arg)) {
          warmup = false;
        } else if ("--insecure-seeded-keys".equals(arg)) {
          insecureSeededKeys = true;
        } else {
          throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      if (host.isBlank()) {
        throw new IllegalArgumentException("the host must not be empty");
      }
      if (init != null && init.isBlank()) {
        throw new IllegalArgumentException("--init needs a file");
      }
      if (store.isBlank()) {
        throw new IllegalArgumentException("--store needs a URL (or " + MEMORY + ")");
      }
      if (!issuer.equals("aws") && !issuer.equals("local")) {
        throw new IllegalArgumentException("--issuer takes aws or local: " + issuer);
      }
      List<String> corsOrigins = List.copyOf(Cors.parse(cors).origins());
      ControllableClock.parse(clock); // refused here, as bad usage, rather than at start
      Settings settings = new Settings(host.trim(), port(port), seed(seed), help, seedGiven, init == null ? null : Path.of(init),
          store.trim(), issuer.equals("local"), warmup, corsOrigins.isEmpty() ? List.of("*") : corsOrigins, clock.trim(),
          insecureSeededKeys, LogLevel.parse(logLevel));
      settings.lambdaEndpoint = lambdaEndpoint == null ? null : lambdaUri(lambdaEndpoint);
      return settings;
    }

    private static URI lambdaUri(String value) {
      try {
        URI uri = URI.create(value.trim());
        if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null) {
          return uri;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      throw new IllegalArgumentException("--lambda-endpoint needs an http(s) URL: " + value);
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
