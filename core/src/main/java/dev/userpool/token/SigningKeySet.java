package dev.userpool.token;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The signing keys of one store, as one versioned value: exactly one signing key per {@link TokenUse}, and
 * the keys retired by earlier rotations that still verify the tokens they signed. Every node on one store
 * reads the same set, so they sign with the same keys and publish the same JWKS; the version makes a
 * rotation a conditional write (of two nodes rotating at once, one wins and the other reloads).
 *
 * <p>The rules are pure: {@link #rotate} retires the signing keys for a grace period (the longest a token
 * they signed can live, see {@code TokenValidity#longestSignedToken()}), and {@link #published} drops a
 * retired key once that period is over, so a verifier never trusts a key longer than needed.
 *
 * @param version 1 for the first set of a store, one more on each rotation
 * @param keys the signing keys first, in {@link TokenUse} order, then the retired ones, newest first
 */
public record SigningKeySet(long version, Seq<SigningKey> keys) {

  /**
   * @throws NullPointerException if {@code keys} is null
   * @throws IllegalArgumentException if the version is below 1, two keys share a kid, or a use has not exactly one
   *     signing key
   */
  public SigningKeySet {
    Objects.requireNonNull(keys, "keys is null");
    if (version < 1) {
      throw new IllegalArgumentException("a key set's version starts at 1");
    }
    if (keys.map(SigningKey::kid).distinct().size() != keys.size()) {
      throw new IllegalArgumentException("two keys share a kid");
    }
    for (TokenUse use : TokenUse.values()) {
      if (keys.count(k -> k.signs() && k.use() == use) != 1) {
        throw new IllegalArgumentException("a key set has exactly one signing key per token use");
      }
    }
  }

  /** A store's first set: version 1, {@code signing} signing (one key per use). */
  public static SigningKeySet first(Seq<SigningKey> signing) {
    return new SigningKeySet(1, List.ofAll(signing));
  }

  /** The key that signs tokens of {@code use}. */
  public SigningKey signing(TokenUse use) {
    Objects.requireNonNull(use, "use is null");
    return keys.find(k -> k.signs() && k.use() == use).get();
  }

  /** The keys that verify tokens at {@code now}, in order: what the JWKS publishes. */
  public Seq<SigningKey> published(Instant now) {
    Objects.requireNonNull(now, "now is null");
    return keys.filter(k -> k.verifiesAt(now));
  }

  /**
   * The next set: {@code fresh} sign from {@code now} (one key per use); the keys that signed until now verify for
   * {@code grace} more (rounded up to the second), and retired keys past their end are dropped.
   *
   * @throws IllegalArgumentException if {@code fresh} is not one new key per use, or {@code grace} is negative
   */
  public SigningKeySet rotate(Seq<SigningKey> fresh, Instant now, Duration grace) {
    Objects.requireNonNull(fresh, "fresh is null");
    Objects.requireNonNull(now, "now is null");
    Objects.requireNonNull(grace, "grace is null");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace is negative");
    }
    Instant until = now.plus(grace).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    Seq<SigningKey> retired = keys.filter(SigningKey::signs).map(k -> k.retiredUntil(until));
    Seq<SigningKey> kept = keys.filter(k -> !k.signs() && k.verifiesAt(now));
    return new SigningKeySet(version + 1, List.ofAll(fresh).appendAll(retired).appendAll(kept));
  }

  @Override
  public String toString() {
    return "SigningKeySet[version=" + version + ", keys=" + keys + "]";
  }
}
