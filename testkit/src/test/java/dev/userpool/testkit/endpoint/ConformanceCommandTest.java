package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.userpool.testkit.conformance.Catalogue;
import dev.userpool.testkit.conformance.ConformanceCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.List;
import java.util.HashSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance command against this project's endpoint: every rule of the catalogue passes over HTTP, with
 * the test control; and against endpoints that lack the test control or break a rule (a proxy in front of
 * the endpoint), the report says not applicable or failed, with the exit status to match.
 */
class ConformanceCommandTest {

  private final ObjectMapper json = new ObjectMapper();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path dir;

  @Test
  void shouldPassEveryRuleAgainstThisProjectsEndpoint() throws IOException {
    Path report = dir.resolve("report.json");
    try (LocalEndpoint endpoint = Wire.start()) {
      int status = run("--endpoint", endpoint.uri().toString(), "--format", "json", "--out", report.toString());

      JsonNode result = json.readTree(report.toFile());
      StringBuilder failures = new StringBuilder();
      Set<String> inProcessOnly = new HashSet<>(List.of("triggers.pre-sign-up.auto-confirm", "triggers.pre-sign-up.refused",
          "triggers.post-confirmation.invoked", "triggers.pre-authentication.refused", "triggers.pre-token-generation.claim-added"));
      result.get("rules").forEach(r -> {
        boolean notRunOverHttp = inProcessOnly.contains(r.get("id").asText()) && r.get("result").asText().equals("not_applicable")
            && r.get("detail").asText().startsWith("in process only");
        if (!r.get("result").asText().equals("passed") && !notRunOverHttp) {
          failures.append(r.get("id").asText()).append(": ").append(r.get("detail").asText()).append('\n');
        }
      });
      assertThat(failures.toString()).isEmpty();
      assertThat(status).isZero();
      assertThat(result.get("passed").asInt()).isEqualTo(Catalogue.all().size() - inProcessOnly.size()).isGreaterThan(300);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("test control: clock yes, mailbox yes; " + ConformanceCommand.DEFAULT_PARALLEL + " at a time")
          .contains("[" + Catalogue.all().size()
              + "/" + Catalogue.all().size() + "] 0 failed");
    }
  }

  @Test
  void shouldReportRulesNeedingTheTestControlAsNotApplicableWhereItDoesNotAnswer() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(); Proxy proxy = new Proxy(endpoint.uri(), t -> t.startsWith("UserpoolTestControl."), null)) {
      int status = run("--endpoint", proxy.uri().toString(), "--no-progress", "--format", "junit", "--rule",
          "resets.aTemporaryPasswordExpires,lifecycle.confirm-forgot-password.confirmed,lifecycle.forgot-password.confirmed");

      String xml = out.toString(StandardCharsets.UTF_8);
      assertThat(status).isZero();
      assertThat(xml).contains("tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"2\"")
          .contains("<skipped message=\"the endpoint does not answer UserpoolTestControl.AdvanceClock: its clock cannot be moved\"/>")
          .contains("<skipped message=\"the endpoint does not answer UserpoolTestControl.LastCode: what it sent cannot be read\"/>")
          .contains("<testcase classname=\"lifecycle\" name=\"lifecycle.forgot-password.confirmed\"");
    }
  }

  @Test
  void shouldFailARuleTheEndpointBreaksWithWhatWasExpectedAndWhatCameBack() throws IOException {
    try (LocalEndpoint endpoint = Wire.start();
        Proxy proxy = new Proxy(endpoint.uri(), t -> false, t -> t.endsWith(".AdminResetUserPassword"))) {
      int status = run("--endpoint", proxy.uri().toString(), "--no-progress", "--rule",
          "lifecycle.admin-reset-user-password.force-change-password,lifecycle.admin-disable-user.confirmed");

      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(status).isEqualTo(ConformanceCommand.EXIT_FAILED);
      assertThat(text).contains("FAIL    lifecycle.admin-reset-user-password.force-change-password")
          .contains(
              "got:  expected NotAuthorizedException (400) \"User password cannot be reset in the current state.\" but the call succeeded")
          .contains("PASS    lifecycle.admin-disable-user.confirmed").contains("1 passed, 1 failed, 0 not applicable, of 2 rules");
    }
  }

  @Test
  void shouldRefuseBadOptionsWithExitStatusTwo() {
    assertThat(run("--endpoint", "ftp://example.com")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--endpoint must be an http or https URL").contains("usage:");
    assertThat(run("--endpoint", "http://127.0.0.1:1", "--only", "nonsense")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown area nonsense; the areas: lifecycle, password-policy");
    assertThat(run("--format", "xml", "--endpoint", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(run("--rule", "no.such-rule", "--endpoint", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(run("--call-timeout", "0", "--endpoint", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(run("--parallel", "0", "--endpoint", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--parallel must be 1 to 64, not 0");
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--endpoint URL is required");
  }

  @Test
  void shouldPrintHelpAndTheListOfRules() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--format F").contains("UserpoolTestControl.AdvanceClock");
    out.reset();
    assertThat(run("--list", "--only", "groups,lockout")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("lockout.fiveWrongPasswordsLockTheUserOut\tlockout\t")
        .doesNotContain("\tlifecycle\t");
  }

  @Test
  void shouldFailEveryRuleOfAnEndpointThatDoesNotAnswer() {
    int status = run("--endpoint", "http://127.0.0.1:1", "--no-progress", "--format", "markdown", "--rule",
        "lifecycle.forgot-password.confirmed", "--call-timeout", "2");

    assertThat(status).isEqualTo(ConformanceCommand.EXIT_FAILED);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("## Statuses and transitions")
        .contains("| `lifecycle.forgot-password.confirmed` | FAIL | no answer: ");
  }

  private int run(String... args) {
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      return ConformanceCommand.run(args, o, e);
    }
  }

  /**
   * Forwards requests to an endpoint, except targets {@code unknown} matches (answered as an endpoint without
   * them answers) and targets {@code ignored} matches (answered with success, doing nothing).
   */
  private static final class Proxy implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    Proxy(URI upstream, Predicate<String> unknown, Predicate<String> ignored) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (unknown.test(target)) {
          answer(exchange, 400, "{\"__type\":\"UnknownOperationException\"}");
        } else if (ignored != null && ignored.test(target)) {
          answer(exchange, 200, "{}");
        } else {
          try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(upstream.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", target)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            answer(exchange, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 500, "{}");
          }
        }
      });
      server.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(bytes);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
