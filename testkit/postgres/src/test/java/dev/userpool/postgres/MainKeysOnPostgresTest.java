package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.endpoint.Main;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.token.TokenUse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The runnable endpoint with {@code --store postgresql://...}: a seed's keys only when the operator insists. */
class MainKeysOnPostgresTest {

  @BeforeEach
  void freshKeys() {
    SigningKeysOnPostgresTest.wipeKeys();
  }

  static Process main(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--port", "0", "--no-warmup", "--store", TestDatabase.url()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** The lines the process printed up to {@code listening on} (or to its end). */
  static List<String> printedUntilListening(Process process) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> printed = new ArrayList<>();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      printed.add(line);
      if (line.startsWith("listening on ")) {
        break;
      }
    }
    return printed;
  }

  @Test
  @Timeout(120)
  void shouldRefuseASeedWithAPersistentStore() throws Exception {
    Process process = main("--seed", "5");
    try {
      List<String> printed = printedUntilListening(process);

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(2);
      assertThat(String.join("\n", printed)).contains("--seed with --store").contains("--insecure-seeded-keys")
          .doesNotContain("listening on");
      assertThat(TestDatabase.stores().signingKeys().find()).as("no keys were made").isEmpty();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  @Timeout(120)
  void shouldWarnLoudlyAndUseTheSeedsKeysOnAFreshStoreWhenTheOperatorInsists() throws Exception {
    Process process = main("--seed", "5", "--insecure-seeded-keys");
    try {
      String printed = String.join("\n", printedUntilListening(process));

      assertThat(printed).contains("WARNING: --insecure-seeded-keys").contains("listening on")
          .contains("signing keys: kept in the store, shared by every endpoint on it, made from seed 5 if the store had none (INSECURE");
      assertThat(TestDatabase.stores().signingKeys().find().get().signing(TokenUse.ID).kid())
          .isEqualTo(RsaTokenSigner.seeded(5).keyId(TokenUse.ID));
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
  }

  @Test
  @Timeout(120)
  void shouldSayWhereTheKeysComeFromAndMakeThemFromSecureRandomness() throws Exception {
    Process process = main();
    try {
      String printed = String.join("\n", printedUntilListening(process));

      assertThat(printed).contains("signing keys: kept in the store, shared by every endpoint on it, made from secure randomness"
          + " on first use; private keys unencrypted in the store (set USERPOOL_KEY_ENCRYPTION_KEY to encrypt them)");
      assertThat(TestDatabase.stores().signingKeys().find().get().signing(TokenUse.ID).kid())
          .isNotEqualTo(RsaTokenSigner.seeded(0).keyId(TokenUse.ID));
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
  }
}
