package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.userpool.testkit.token.KeyProtection;
import dev.userpool.testkit.token.RsaTokenSigner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class MainKeysTest {

  static List<String> kids(String jwks) throws Exception {
    return JWKSet.parse(jwks).getKeys().stream().map(JWK::getKeyID).toList();
  }

  static LocalEndpoint start(ByteArrayOutputStream printed, Map<String, String> environment, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--port", "0", "--no-warmup"));
    all.addAll(List.of(args));
    return Main.start(Main.Settings.parse(all.toArray(String[]::new)), new PrintStream(printed, true, StandardCharsets.UTF_8),
        environment);
  }

  @Test
  void shouldSignWithSecureRandomKeysOfItsOwnWithoutASeed() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (LocalEndpoint one = start(printed, Map.of()); LocalEndpoint two = start(new ByteArrayOutputStream(), Map.of())) {
      List<String> first = kids(one.cognito().jwks());

      assertThat(first).hasSize(2);
      assertThat(kids(two.cognito().jwks())).doesNotContainAnyElementsOf(first);
      assertThat(kids(RsaTokenSigner.seeded(0).jwks())).doesNotContainAnyElementsOf(first);
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("signing keys: in memory, this process's own, made from secure randomness on first use");
    }
  }

  @Test
  void shouldSignWithTheSeedsKeysWhenSeeded() throws Exception {
    try (LocalEndpoint seeded = start(new ByteArrayOutputStream(), Map.of(), "--seed", "3")) {
      assertThat(seeded.cognito().jwks()).isEqualTo(RsaTokenSigner.seeded(3).jwks());
    }
  }

  @Test
  void shouldRefuseAKeyEncryptionKeyThatIsNotThirtyTwoBytesWithoutShowingIt() {
    assertThatThrownBy(() -> start(new ByteArrayOutputStream(), Map.of(KeyProtection.ENVIRONMENT_VARIABLE, "dG9vLXNob3J0")))
        .isInstanceOf(Main.Refused.class).hasMessageContaining(KeyProtection.ENVIRONMENT_VARIABLE).hasMessageNotContaining("dG9v");
  }

  @Test
  void shouldTakeTheLogLevel() {
    assertThat(Main.Settings.parse(new String[0]).logLevel).isEqualTo(LogLevel.WARNING);
    assertThat(Main.Settings.parse(new String[]{ "--log-level", "debug" }).logLevel).isEqualTo(LogLevel.DEBUG);
    assertThat(Main.Settings.parse(new String[]{ "--log-level=OFF" }).logLevel).isEqualTo(LogLevel.OFF);
    assertThatThrownBy(() -> Main.Settings.parse(new String[]{ "--log-level", "loud" })).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("off, error, warning, info or debug");
  }

  @Test
  void shouldSetTheLibrarysLoggersToTheLevel() {
    try {
      LogLevel.apply(LogLevel.OFF);
      assertThat(Logger.getLogger(LogLevel.ROOT).getLevel()).isEqualTo(Level.OFF);
      assertThat(Logger.getLogger("dev.userpool.testkit.sdk.InProcessCognitoClient").isLoggable(Level.WARNING)).isFalse();
      LogLevel.apply(LogLevel.INFO);
      assertThat(Logger.getLogger("dev.userpool.testkit.sdk.InProcessCognitoClient").isLoggable(Level.INFO)).isTrue();
    } finally {
      LogLevel.apply(LogLevel.WARNING);
    }
    assertThat(Logger.getLogger(LogLevel.ROOT).getLevel()).isEqualTo(Level.WARNING);
  }
}
