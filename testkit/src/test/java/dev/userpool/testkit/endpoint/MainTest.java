package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  @AfterEach
  void clearProperties() {
    System.clearProperty(Main.PORT_PROPERTY);
    System.clearProperty(Main.SEED_PROPERTY);
    System.clearProperty(Main.HOST_PROPERTY);
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
    Main.Settings settings = Main.Settings.parse(new String[] {"--port", "9301", "--seed=-42"});
    assertThat(settings.port).isEqualTo(9301);
    assertThat(settings.seed).isEqualTo(-42);
    assertThat(Main.Settings.parse(new String[] {"--port=0"}).port).isZero();
    assertThat(Main.Settings.parse(new String[] {"--help"}).help).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--port", "--port=65536", "--port=-1", "--port=http", "--seed=1.5", "--seed", "--verbose", "9229"})
  void shouldRefuseBadUsage(String argument) {
    assertThatThrownBy(() -> Main.Settings.parse(argument.split(" "))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldPrintWhereItListensAndServeThere() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    try (LocalEndpoint endpoint = Main.start(Main.Settings.parse(new String[] {"--port", "0", "--seed", "3"}),
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String output = printed.toString(StandardCharsets.UTF_8);
      assertThat(output).contains("seed 3").contains("listening on http://127.0.0.1:" + endpoint.port() + "\n");
      assertThat(output.lines()).hasSize(3);
      Wire.stillServes(endpoint.uri());
    }
  }

  @Test
  void shouldTakeTheHost() {
    assertThat(Main.Settings.parse(new String[0]).host).isEqualTo("127.0.0.1");
    assertThat(Main.Settings.parse(new String[] {"--host", "0.0.0.0"}).host).isEqualTo("0.0.0.0");
    assertThat(Main.Settings.parse(new String[] {"--host=localhost"}).host).isEqualTo("localhost");
    assertThatThrownBy(() -> Main.Settings.parse(new String[] {"--host="})).isInstanceOf(IllegalArgumentException.class);
  }

  /** Ctrl-C is SIGINT to the process: the exit status the usage text states is the one the process ends with. */
  @Test
  @Timeout(120)
  void shouldExitAfterCtrlCWithTheStatusItsUsageStates() throws Exception {
    Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
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
    assertThatThrownBy(() -> LocalEndpoint.builder().shutdownGrace(java.time.Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }
}
