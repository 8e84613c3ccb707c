package dev.userpool.testkit.token;

import dev.userpool.token.Claims;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature a signer has checked, with their claims, so that a token presented again (an access
 * token on every GetUser) is not decoded, parsed and verified again: that was more than half of GetUser's time
 * (docs/PERFORMANCE.md). An entry holds for the very verifier object ({@code V}, the signer's type) that checked
 * it, so a key retired or re-read from the store checks the token again; what depends on the time (expiry,
 * revocation, the key's grace period) is still checked on every use by the caller and the signer. Only good
 * tokens are kept, at most {@link #CAPACITY}; when full the cache starts over, so memory stays bounded under any
 * sign-in load.
 */
final class VerifiedTokens<V> {

  /** The most tokens kept (a few MB: a token and its claims take some 2 KB). */
  static final int CAPACITY = 2_048;

  /** A checked token: the key id and verifier that checked it, and its claims. */
  record Checked<V>(String kid, V verifier, Claims claims) {}

  private final ConcurrentHashMap<String, Checked<V>> checked = new ConcurrentHashMap<>();

  /** The token's check, if it was checked and kept. */
  Checked<V> get(String token) {
    return checked.get(token);
  }

  /** Keeps a token that {@code verifier} (the key {@code kid}) found good. */
  void put(String token, String kid, V verifier, Claims claims) {
    if (checked.size() >= CAPACITY) {
      checked.clear();
    }
    checked.put(token, new Checked<>(kid, verifier, claims));
  }

  /** How many tokens are kept now. */
  int size() {
    return checked.size();
  }
}
