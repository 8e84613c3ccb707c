package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.userpool.testkit.token.CryptoProvider;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  @AfterEach
  void clearProperties() {
    System.clearProperty(Main.PORT_PROPERTY);
    System.clearProperty(Main.SEED_PROPERTY);
    System.clearProperty(Main.HOST_PROPERTY);
    System.clearProperty(Main.CORS_ORIGINS_PROPERTY);
    System.clearProperty(Main.CLOCK_PROPERTY);
  }

  @Test
  void shouldDefaultToPort9229AndSeed0() {
    Main.Settings settings = Main.Settings.parse(new String[0]);

    assertThat(settings.port).isEqualTo(9229);
    assertThat(settings.seed).isZero();
    assertThat(settings.help).isFalse();
  }

  @Test
  void shouldTakeArgumentsOverSystemProperties() {
    System.setProperty(Main.PORT_PROPERTY, "9300");
    System.setProperty(Main.SEED_PROPERTY, "5");

    assertThat(Main.Settings.parse(new String[0]).port).isEqualTo(9300);
    assertThat(Main.Settings.parse(new String[0]).seed).isEqualTo(5);
    Main.Settings settings = Main.Settings.parse(new String[]{ "--port", "9301", "--seed=-42" });
    assertThat(settings.port).isEqualTo(9301);
    assertThat(settings.seed).isEqualTo(-42);
    assertThat(Main.Settings.parse(new String[]{ "--port=0" }).port).isZero();
    assertThat(Main.Settings.parse(new String[]{ "--help" }).help).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = { "--port", "--port=65536", "--port=-1", "--port=http", "--seed=1.5", "--seed", "--verbose", "9229" })
  void shouldRefuseBadUsage(String argument) {
    assertThatThrownBy(() -> Main.Settings.parse(argument.split(" "))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldHandRequestsToTheWorkersWhenTriggersRunAtALambdaEndpoint() throws Exception {
    try (LocalEndpoint endpoint = Main.start(Main.Settings.parse(new String[]{ "--port", "0", "--no-warmup", "--lambda-endpoint",
        "http://127.0.0.1:1" }), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      assertThat(endpoint.answersOnIoThread()).isFalse();
      Wire.stillServes(endpoint.uri());
    }
  }

  @Test
  void shouldPrintWhereItListensAndServeThere() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    try (LocalEndpoint endpoint = Main.start(Main.Settings.parse(new String[]{ "--port", "0", "--seed", "3" }),
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String output = printed.toString(StandardCharsets.UTF_8);
      assertThat(output).contains("seed 3").contains("listening on http://127.0.0.1:" + endpoint.port() + "\n");
      assertThat(output).contains("signing keys: in memory, this process's own, made from seed 3 (reproducible: for tests only");
      assertThat(output.lines()).hasSize(5);
      assertThat(endpoint.answersOnIoThread()).as("in memory, no trigger endpoint: answered on the I/O threads").isTrue();
      Wire.stillServes(endpoint.uri());
    }
  }

  @Test
  void shouldTakeTheCorsOrigins() throws Exception {
    assertThat(Main.Settings.parse(new String[0]).corsOrigins).containsExactly("*");
    assertThat(Main.Settings.parse(new String[]{ "--cors-origins", "http://localhost:3000,https://App.example" }).corsOrigins)
        .containsExactlyInAnyOrder("http://localhost:3000", "https://app.example");
    System.setProperty(Main.CORS_ORIGINS_PROPERTY, "http://localhost:5173");
    assertThat(Main.Settings.parse(new String[0]).corsOrigins).containsExactly("http://localhost:5173");
    assertThat(Main.Settings.parse(new String[]{ "--cors-origins=*" }).corsOrigins).containsExactly("*");
    assertThatThrownBy(() -> Main.Settings.parse(new String[]{ "--cors-origins", "localhost:3000" }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Main.Settings.parse(new String[]{ "--cors-origins=" })).isInstanceOf(IllegalArgumentException.class);

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (LocalEndpoint endpoint = Main.start(Main.Settings.parse(new String[]{ "--port", "0", "--cors-origins", "http://localhost:3000" }),
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      Wire.Reply other = CorsTest.raw(endpoint.uri(), "POST", "/", "http://localhost:3001", Wire.COGNITO + "ListUserPools", "{}");
      Wire.Reply listed = CorsTest.raw(endpoint.uri(), "POST", "/", "http://localhost:3000", Wire.COGNITO + "ListUserPools", "{}");

      assertThat(printed.toString(StandardCharsets.UTF_8)).contains("CORS from http://localhost:3000");
      assertThat(other.header("Access-Control-Allow-Origin")).isNull();
      assertThat(listed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    }
  }

  @Test
  void shouldRunOnTheWallClockUnlessToldToFreezeIt() throws Exception {
    assertThat(Main.Settings.parse(new String[0]).clock).isEqualTo("wall");
    assertThat(Main.Settings.parse(new String[]{ "--clock", "fixed" }).clock).isEqualTo("fixed");
    assertThat(Main.Settings.parse(new String[]{ "--clock=2031-05-06T07:08:09Z" }).clock).isEqualTo("2031-05-06T07:08:09Z");
    System.setProperty(Main.CLOCK_PROPERTY, "fixed");
    assertThat(Main.Settings.parse(new String[0]).clock).isEqualTo("fixed");
    assertThat(Main.Settings.parse(new String[]{ "--clock", "wall" }).clock).isEqualTo("wall");
    assertThatThrownBy(() -> Main.Settings.parse(new String[]{ "--clock", "frozen" })).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wall, fixed or an instant");
    assertThat(Main.USAGE).contains("--clock", "-D" + Main.CLOCK_PROPERTY);

    assertThat(banner("--clock", "wall")).contains("wall clock, now " + Instant.now().toString().substring(0, 4))
        .doesNotContain("moves only");
    assertThat(banner("--clock", "fixed")).contains("clock fixed at 2030-01-01T00:00:00Z (moves only through "
        + "UserpoolTestControl.AdvanceClock)");
    assertThat(banner("--clock", "2031-05-06T07:08:09Z")).contains("clock fixed at 2031-05-06T07:08:09Z");
  }

  @Test
  void shouldSayWhichProviderSigns() throws Exception {
    assertThat(banner()).contains(System.lineSeparator() + CryptoProvider.detect().describe() + System.lineSeparator())
        .contains("crypto: RS256 by ");
  }

  private static String banner(String... args) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of("--port", "0"));
    all.addAll(List.of(args));
    try (LocalEndpoint endpoint = Main.start(Main.Settings.parse(all.toArray(new String[0])),
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      return printed.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldTakeTheHost() {
    assertThat(Main.Settings.parse(new String[0]).host).isEqualTo("127.0.0.1");
    assertThat(Main.Settings.parse(new String[]{ "--host", "0.0.0.0" }).host).isEqualTo("0.0.0.0");
    assertThat(Main.Settings.parse(new String[]{ "--host=localhost" }).host).isEqualTo("localhost");
    assertThatThrownBy(() -> Main.Settings.parse(new String[]{ "--host=" })).isInstanceOf(IllegalArgumentException.class);
  }

  /** Ctrl-C is SIGINT to the process: the exit status the usage text states is the one the process ends with. */
  @Test
  @Timeout(120)
  void shouldExitAfterCtrlCWithTheStatusItsUsageStates() throws Exception {
    Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"),
        Main.class.getName(), "--port", "0").redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.startsWith("listening on "));
      assertThat(line).as("the process printed where it listens").isNotNull();

      Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
      assertThat(interrupt.waitFor()).isZero();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(Main.USAGE).contains(process.exitValue() + " after Ctrl-C");
      assertThat(process.exitValue()).isEqualTo(Main.EXIT_INTERRUPTED);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void shouldFailToStartOnAPortInUse() throws IOException {
    try (LocalEndpoint first = Wire.start()) {
      assertThatThrownBy(() -> LocalEndpoint.builder().port(first.port()).start()).isInstanceOf(BindException.class);
      Wire.stillServes(first.uri());
    }
  }

  @Test
  void shouldValidateItsSettings() {
    assertThatThrownBy(() -> LocalEndpoint.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalEndpoint.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalEndpoint.builder().maxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalEndpoint.builder().shutdownGrace(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  private static final String INIT = """
      {"userPools": [{"id": "us-east-1_Main1", "name": "app",
        "clients": [{"id": "main1client1", "name": "web", "explicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"]}],
        "users": [{"username": "jane", "password": "BlueHarbor42!"}]}]}
      """;

  /** Runs Main in its own JVM with {@code args} until it exits; its exit status and everything it printed. */
  private static Exited runToExit(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Exited(process.exitValue(), output);
    } finally {
      process.destroyForcibly();
    }
  }

  private record Exited(int status, String output) {}

  @Test
  @Timeout(120)
  void shouldRefuseABadInitFileListingEachProblemWithItsPath(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("init.json"), "{\"userPools\": [{\"name\": \"app\", \"colour\": 1}]}");

    Exited exited = runToExit("--port", "0", "--init", file.toString());

    assertThat(exited.status()).isEqualTo(Main.EXIT_BAD_USAGE);
    assertThat(exited.output()).contains("the init file " + file + " has problems:")
        .contains("$.userPools[0].id: is required").contains("$.userPools[0].colour: unknown member")
        .doesNotContain("listening on");
  }

  @Test
  void shouldServeThePoolsOfAGoodInitFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("init.json"), INIT);

    try (LocalEndpoint endpoint = Main.start(Main.Settings.parse(new String[]{ "--port", "0", "--init", file.toString() }),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      Wire.Reply reply = Wire.cognito(endpoint.uri(), "DescribeUserPool", "{\"UserPoolId\": \"us-east-1_Main1\"}");
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().path("UserPool").path("Name").asText()).isEqualTo("app");
    }
  }

  @Test
  @Timeout(120)
  void shouldRefuseAStoreItCannotOpenWithoutShowingItsPassword() throws Exception {
    Exited exited = runToExit("--port", "0", "--store", "mysql://admin:hunter2@db:3306/pools?password=hunter2");

    assertThat(exited.status()).isEqualTo(Main.EXIT_BAD_USAGE);
    assertThat(exited.output()).contains("no store for mysql://admin:***@db:3306/pools?password=***")
        .contains("userpool-postgres").doesNotContain("hunter2").doesNotContain("listening on");
  }

  @Test
  void shouldRefuseAPostgresStoreWithoutTheModule() {
    // testkit's own class path has no StoreProvider: the PostgreSQL store comes with userpool-postgres.
    assertThatThrownBy(() -> Main.start(Main.Settings.parse(new String[]{ "--port", "0", "--store", "postgresql://u:secret@h/db" }),
        System.out))
        .isInstanceOf(Main.Refused.class)
        .hasMessage("no store for postgresql://u:***@h/db: --store takes memory or, with userpool-postgres on the class path"
            + " (the server jar has it), postgresql://user:pass@host:5432/db");
  }

  @ParameterizedTest
  @ValueSource(strings = { "--init", "--init=", "--store", "--store=", "--issuer", "--issuer=azure" })
  void shouldRefuseBadStoreInitAndIssuerArguments(String argument) {
    assertThatThrownBy(() -> Main.Settings.parse(argument.split(" "))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRedactPasswordsOfUrls() {
    assertThat(Main.redact("postgresql://user:p@ss/w0rd@host:5432/db")).isEqualTo("postgresql://user:***@host:5432/db");
    assertThat(Main.redact("jdbc:postgresql://host/db?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://host/db?user=u&password=***&ssl=true");
    assertThat(Main.redact("postgresql://host/db")).isEqualTo("postgresql://host/db");
  }

  @Test
  void shouldIssueTokensWhoseIssuerIsTheEndpointWithLocalIssuer(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("init.json"), INIT);

    try (LocalEndpoint endpoint = Main.start(Main.Settings.parse(
        new String[]{ "--port", "0", "--init", file.toString(), "--issuer", "local" }),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      Wire.Reply auth = Wire.cognito(endpoint.uri(), "InitiateAuth", """
          {"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": "main1client1",
           "AuthParameters": {"USERNAME": "jane", "PASSWORD": "BlueHarbor42!"}}""");
      assertThat(auth.status()).as(auth.body()).isEqualTo(200);
      String idToken = auth.json().path("AuthenticationResult").path("IdToken").asText();
      JsonNode claims = Wire.JSON.readTree(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]));
      String issuer = "http://127.0.0.1:" + endpoint.port() + "/us-east-1_Main1";
      assertThat(claims.path("iss").asText()).isEqualTo(issuer);

      Wire.Reply discovery = Wire.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")).GET().build());
      assertThat(discovery.status()).isEqualTo(200);
      assertThat(discovery.json().path("issuer").asText()).isEqualTo(issuer);
      Wire.Reply keys = Wire.send(HttpRequest.newBuilder(URI.create(discovery.json().path("jwks_uri").asText())).GET().build());
      assertThat(keys.status()).isEqualTo(200);
      assertThat(keys.json().path("keys").size()).isPositive();
    }
  }
}
