package dev.userpool.testkit.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar userpool-server.jar conformance --endpoint URL}: runs the catalogue against any
 * Cognito-compatible endpoint over HTTP with the AWS SDK for Java and reports every rule. The endpoint's
 * {@code Main} hands it the arguments after {@code conformance} and its console.
 */
public final class ConformanceCommand {

  /** Nothing failed. */
  public static final int EXIT_PASSED = 0;
  /** At least one rule failed. */
  public static final int EXIT_FAILED = 1;
  /** Bad usage. */
  public static final int EXIT_BAD_USAGE = 2;
  /** The report file could not be written. */
  public static final int EXIT_CANNOT_WRITE = 3;
  /**
   * Rules run at a time unless {@code --parallel} says otherwise: up to 4, no more than the machine's processors (an
   * endpoint on the same machine spends the rules' time computing: on two busy cores four at a time was slower).
   */
  public static final int DEFAULT_PARALLEL = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  /** The most rules at a time {@code --parallel} takes. */
  static final int MAX_PARALLEL = 64;

  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar userpool-server.jar conformance --endpoint URL [--format text|markdown|json|junit] [--out FILE]",
      "       [--only AREA[,AREA]] [--rule ID[,ID]] [--call-timeout SECONDS] [--parallel N] [--no-progress] [--list]",
      "  --endpoint URL   the Cognito-compatible endpoint to measure, such as http://127.0.0.1:9229",
      "  --format F       the report: text (default), markdown, json or junit (JUnit XML, for CI)",
      "  --out FILE       writes the report to FILE instead of standard output",
      "  --only AREA      runs the rules of these areas only: " + areas(),
      "  --rule ID        runs these rules only (ids as the report prints them)",
      "  --call-timeout S the time limit of each call, in seconds (default 10); a call past it fails its rule",
      "  --parallel N     runs N rules at a time (default: the processors, at most 4; here " + DEFAULT_PARALLEL + "; 1: one by",
      "                   one); those that move the clock, and those that failed side by side, run again alone after the",
      "                   others (the report shows that outcome, and keeps the catalogue's order)",
      "  --no-progress    no progress line on standard error",
      "  --list           lists the rules (id, area, statement, source) and runs nothing",
      "Rules that move the clock or read a code sent use the endpoint's test control (UserpoolTestControl.AdvanceClock,",
      "LastCode, LastTemporaryPassword; README, \"For emulator authors\") and are not applicable where it does not answer.",
      "exit status: " + EXIT_PASSED + " when no rule failed, " + EXIT_FAILED + " when one did, " + EXIT_BAD_USAGE + " on bad usage, "
          + EXIT_CANNOT_WRITE + " when the report cannot be written.");

  private ConformanceCommand() {}

  /** Runs the command with {@code args} (those after {@code conformance}); the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return EXIT_BAD_USAGE;
    }
    if (options.help) {
      out.println(USAGE);
      return EXIT_PASSED;
    }
    if (options.list) {
      options.rules().forEach(r -> out.println(r.id() + "\t" + r.area().slug() + "\t" + r.statement() + "\t" + r.source()));
      return EXIT_PASSED;
    }
    Report report = measure(options.endpoint, options.rules(), options.callTimeout, options.parallel, options.progress ? err : null);
    String rendered = report.render(options.format);
    if (options.out == null) {
      out.print(rendered);
    } else {
      try {
        Files.writeString(options.out, rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("cannot write " + options.out + ": " + e.getMessage());
        return EXIT_CANNOT_WRITE;
      }
      err.println(report.summary() + "; report in " + options.out);
    }
    return report.count(Outcome.Verdict.FAILED) == 0 ? EXIT_PASSED : EXIT_FAILED;
  }

  /** Runs {@code rules} one by one against {@code endpoint}; progress on {@code progress} when it is not null. */
  public static Report measure(URI endpoint, List<ConformanceRule> rules, Duration callTimeout, PrintStream progress) {
    return measure(endpoint, rules, callTimeout, 1, progress);
  }

  /**
   * Runs {@code rules} against {@code endpoint}, {@code parallel} at a time; progress on {@code progress} when it is not
   * null, a line rewritten as each rule finishes.
   */
  public static Report measure(URI endpoint, List<ConformanceRule> rules, Duration callTimeout, int parallel, PrintStream progress) {
    try (HttpTarget http = new HttpTarget(endpoint, callTimeout)) {
      if (progress != null) {
        progress.println("measuring " + endpoint + " (" + rules.size() + " rules; test control: clock "
            + (http.control().movesClock() ? "yes" : "no") + ", mailbox " + (http.control().readsMailbox() ? "yes" : "no") + "; "
            + parallel + " at a time)");
      }
      long[] failed = new long[2];
      List<Outcome> outcomes = Kit.run(rules, http.target(), http::deleteCreatedPools, p -> {
        if (p.last().verdict() == Outcome.Verdict.FAILED) {
          failed[0]++;
        }
        if (p.again()) {
          failed[1]++;
        }
        if (progress != null) {
          progress.print(String.format("\r[%d/%d] %d failed  %-70.70s", p.done(), p.total(), failed[0], p.last().rule().id()));
          if (p.done() == p.total()) {
            progress.println();
            if (failed[1] > 0) {
              progress.println(failed[1] + " rules ran again alone, after the others: they moved the clock or failed side by side");
            }
          }
        }
      }, parallel);
      return new Report(endpoint.toString(), outcomes);
    }
  }

  private static String areas() {
    List<String> slugs = new ArrayList<>();
    for (Area a : Area.values()) {
      slugs.add(a.slug());
    }
    return String.join(", ", slugs);
  }

  /** The parsed arguments. */
  private static final class Options {
    URI endpoint;
    Report.Format format = Report.Format.TEXT;
    Path out;
    final Set<Area> only = new LinkedHashSet<>();
    final Set<String> ids = new LinkedHashSet<>();
    Duration callTimeout = Duration.ofSeconds(10);
    int parallel = DEFAULT_PARALLEL;
    boolean progress = true;
    boolean help;
    boolean list;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> o.help = true;
          case "--no-progress" -> o.progress = false;
          case "--list" -> o.list = true;
          case "--endpoint" -> o.endpoint = endpoint(value(args, ++i, arg));
          case "--format" -> o.format = Report.Format.parse(value(args, ++i, arg));
          case "--out" -> o.out = Path.of(value(args, ++i, arg));
          case "--only" -> {
            for (String slug : value(args, ++i, arg).split(",")) {
              o.only.add(
                  Area.ofSlug(slug).orElseThrow(() -> new IllegalArgumentException("unknown area " + slug + "; the areas: " + areas())));
            }
          }
          case "--rule" -> {
            for (String id : value(args, ++i, arg).split(",")) {
              Catalogue.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown rule " + id + "; --list prints every id"));
              o.ids.add(id);
            }
          }
          case "--call-timeout" -> o.callTimeout = seconds(value(args, ++i, arg));
          case "--parallel" -> o.parallel = parallel(value(args, ++i, arg));
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (o.endpoint == null && !o.help && !o.list) {
        throw new IllegalArgumentException("--endpoint URL is required");
      }
      return o;
    }

    List<ConformanceRule> rules() {
      return Catalogue.all().stream().filter(r -> only.isEmpty() || only.contains(r.area()))
          .filter(r -> ids.isEmpty() || ids.contains(r.id())).toList();
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static URI endpoint(String text) {
      try {
        URI uri = new URI(text);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
          throw new IllegalArgumentException("--endpoint must be an http or https URL, such as http://127.0.0.1:9229, not " + text);
        }
        return uri;
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("--endpoint must be an http or https URL, such as http://127.0.0.1:9229, not " + text, e);
      }
    }

    private static int parallel(String text) {
      try {
        int n = Integer.parseInt(text);
        if (n < 1 || n > MAX_PARALLEL) {
          throw new IllegalArgumentException("--parallel must be 1 to " + MAX_PARALLEL + ", not " + text);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--parallel must be a whole number, not " + text, e);
      }
    }

    private static Duration seconds(String text) {
      try {
        long s = Long.parseLong(text);
        if (s < 1 || s > 3600) {
          throw new IllegalArgumentException("--call-timeout must be 1 to 3600 seconds, not " + text);
        }
        return Duration.ofSeconds(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--call-timeout must be a whole number of seconds, not " + text, e);
      }
    }
  }
}
