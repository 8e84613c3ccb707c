package dev.userpool.testkit.endpoint;

import dev.userpool.port.SigningKeys;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.token.KeyProtection;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.token.TokenUse;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where {@link Main}'s endpoint gets its token-signing keys: from secure randomness, unless {@code --seed} asks for the
 * seed's (in memory only: with a persistent store only under {@code --insecure-seeded-keys}, with a warning), kept in
 * the store so every endpoint on it signs alike, their private halves protected as {@link KeyProtection} says. Never
 * prints a key.
 */
final class EndpointKeys {

  private final Main.Settings settings;
  private final KeyProtection protection;

  private EndpointKeys(Main.Settings settings, KeyProtection protection) {
    this.settings = settings;
    this.protection = protection;
  }

  /**
   * The keys {@code settings} and {@code environment} ask for.
   *
   * @throws Main.Refused if {@value KeyProtection#ENVIRONMENT_VARIABLE} is set but is no key (the message never quotes it)
   */
  static EndpointKeys from(Main.Settings settings, Map<String, String> environment) throws Main.Refused {
    try {
      return new EndpointKeys(settings, KeyProtection.fromEnvironment(environment));
    } catch (IllegalArgumentException e) {
      throw new Main.Refused(List.of(e.getMessage()));
    }
  }

  /**
   * Refuses a seed with a persistent store, unless the operator insisted.
   *
   * @throws Main.Refused if {@code --seed} meets a persistent store without {@code --insecure-seeded-keys}
   */
  void refuseSeedWith(boolean persistent, String redactedStore) throws Main.Refused {
    if (persistent && settings.seedGiven && !settings.insecureSeededKeys) {
      throw new Main.Refused(List.of("--seed with --store " + redactedStore + ": a seed makes signing keys and ids that "
          + "anyone with the seed can reproduce, so it is for in-memory test endpoints only. Leave --seed out (keys and ids "
          + "then come from secure randomness), or add --insecure-seeded-keys to insist."));
    }
  }

  /** The signer over {@code keys}, given the Cognito's clock. */
  Function<Clock, RsaTokenSigner> signer(SigningKeys keys) {
    return clock -> settings.seedGiven
        ? RsaTokenSigner.seeded(settings.seed, keys, clock, protection)
        : RsaTokenSigner.stored(keys, clock, protection);
  }

  /**
   * Readies the keys: on a persistent store now, before listening, so that keys this node cannot open stop it (and a
   * seed's keys are announced loudly); in memory on another thread while the endpoint warms up and starts (two RSA keys
   * take a few hundred milliseconds), so the first sign-in does not wait for them. Warnings go to {@code warnings}.
   *
   * @throws Main.Refused if the store's keys are encrypted under another key, or none is given
   */
  void prepare(InProcessCognito cognito, boolean persistent, PrintStream warnings) throws Main.Refused {
    if (!persistent) {
      Thread making = new Thread(() -> {
        try {
          cognito.signer().keyId(TokenUse.ID);
        } catch (RuntimeException e) {
          // the first request that needs the keys makes them again, and answers the failure
        }
      }, "userpool-signing-keys");
      making.setDaemon(true);
      making.start();
      return;
    }
    try {
      cognito.signer().keyId(TokenUse.ID);
    } catch (KeyProtection.KeyProtectionException e) {
      throw new Main.Refused(List.of(e.getMessage()));
    }
    if (settings.seedGiven) {
      warnings.println("userpool: WARNING: --insecure-seeded-keys: this store's signing keys, if it had none, derive from "
          + "seed " + settings.seed + ": anyone who knows the seed can sign tokens every endpoint on it accepts. Tests only.");
    }
  }

  /** The banner's line on the keys: where they are kept, where they came from, how they are protected. */
  String bannerLine(boolean kept) {
    String where = kept ? "kept in the store, shared by every endpoint on it" : "in memory, this process's own";
    String origin = !settings.seedGiven
        ? "made from secure randomness on first use"
        : kept
            ? "made from seed " + settings.seed + " if the store had none (INSECURE: anyone with the seed can sign)"
            : "made from seed " + settings.seed + " (reproducible: for tests only, anyone with the seed can sign)";
    String rest = !kept
        ? ""
        : protection.encrypts()
            ? "; private keys encrypted (AES-256-GCM, key from " + KeyProtection.ENVIRONMENT_VARIABLE + ")"
            : "; private keys unencrypted in the store (set " + KeyProtection.ENVIRONMENT_VARIABLE + " to encrypt them)";
    return "signing keys: " + where + ", " + origin + rest + "; JWKS at /<poolId>/.well-known/jwks.json";
  }
}
