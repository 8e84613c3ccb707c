package dev.userpool.support;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.TokenFamilies;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Sub;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;

/** The token registry for core's tests. */
public final class SimpleTokenFamilies implements TokenFamilies {

  private final Map<String, TokenFamily> byOrigin = new HashMap<>();
  private final Map<String, String> byRefresh = new HashMap<>();

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
}
