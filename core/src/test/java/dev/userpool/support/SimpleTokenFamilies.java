package dev.userpool.support;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.TokenFamilies;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Sub;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The token registry for core's tests. */
public final class SimpleTokenFamilies implements TokenFamilies {

  private final Map<String, TokenFamily> byOrigin = new HashMap<>();
  private final Map<String, String> byRefresh = new HashMap<>();
  private int prunes;

  @Override
  public synchronized void issue(TokenFamily family, String refreshToken) {
    byOrigin.put(family.originJti(), family);
    byRefresh.put(refreshToken, family.originJti());
  }

  @Override
  public synchronized Option<TokenFamily> find(String originJti) {
    return Option.of(byOrigin.get(originJti));
  }

  @Override
  public synchronized Option<TokenFamily> findByRefreshToken(String refreshToken) {
    return Option.of(byRefresh.get(refreshToken)).flatMap(this::find);
  }

  @Override
  public synchronized boolean revoke(String originJti) {
    return byOrigin.computeIfPresent(originJti, (k, f) -> f.revoke()) != null;
  }

  @Override
  public synchronized int revokeAll(UserPoolId pool, Sub user) {
    int n = 0;
    for (TokenFamily f : byOrigin.values()) {
      if (f.pool().equals(pool) && f.sub().equals(user) && !f.revoked()) {
        byOrigin.put(f.originJti(), f.revoke());
        n++;
      }
    }
    return n;
  }

  /** How many families the registry holds. */
  public synchronized int size() {
    return byOrigin.size();
  }

  /** How many times it was pruned. */
  public synchronized int prunes() {
    return prunes;
  }

  @Override
  public synchronized int prune(Instant now) {
    prunes++;
    int before = byOrigin.size();
    byOrigin.values().removeIf(f -> !f.usableAt(now));
    byRefresh.values().removeIf(origin -> !byOrigin.containsKey(origin));
    return before - byOrigin.size();
  }
}
