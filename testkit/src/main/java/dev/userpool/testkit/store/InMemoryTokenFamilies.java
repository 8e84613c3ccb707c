package dev.userpool.testkit.store;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.TokenFamilies;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Sub;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token registry in memory. Refresh tokens are kept as SHA-256 digests only, never as themselves.
 * Revocation is a compare-and-set to a revoked family, so it is permanent and concurrent revocations count
 * once. Thread-safe.
 */
public final class InMemoryTokenFamilies implements TokenFamilies {

  private final ConcurrentHashMap<String, TokenFamily> byOrigin = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> originByRefreshDigest = new ConcurrentHashMap<>();
  // The families of each user, so that a sign-out costs that user's families, not every family ever issued.
  private final ConcurrentHashMap<String, Set<String>> originsByUser = new ConcurrentHashMap<>();

  @Override
  public void issue(TokenFamily family, String refreshToken) {
    Objects.requireNonNull(family, "family is null");
    Objects.requireNonNull(refreshToken, "refreshToken is null");
    if (byOrigin.putIfAbsent(family.originJti(), family) != null) {
      throw new IllegalArgumentException("a family with this origin_jti exists already");
    }
    originByRefreshDigest.put(digest(refreshToken), family.originJti());
    originsByUser.computeIfAbsent(userKey(family.pool(), family.sub()), k -> ConcurrentHashMap.newKeySet()).add(family.originJti());
  }

  @Override
  public Option<TokenFamily> find(String originJti) {
    return originJti == null ? Option.none() : Option.of(byOrigin.get(originJti));
  }

  @Override
  public Option<TokenFamily> findByRefreshToken(String refreshToken) {
    return refreshToken == null ? Option.none() : Option.of(originByRefreshDigest.get(digest(refreshToken))).flatMap(this::find);
  }

  @Override
  public boolean revoke(String originJti) {
    Objects.requireNonNull(originJti, "originJti is null");
    TokenFamily family = byOrigin.computeIfPresent(originJti, (k, f) -> f.revoke());
    return family != null;
  }

  @Override
  public int revokeAll(UserPoolId pool, Sub user) {
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(user, "user is null");
    int revoked = 0;
    for (String origin : originsByUser.getOrDefault(userKey(pool, user), Set.of())) {
      TokenFamily f = byOrigin.get(origin);
      if (f != null && !f.revoked() && byOrigin.replace(origin, f, f.revoke())) {
        revoked++;
      }
    }
    return revoked;
  }

  /** How many families the registry holds, revoked ones included. */
  public int size() {
    return byOrigin.size();
  }

  @Override
  public String toString() {
    return "InMemoryTokenFamilies[" + byOrigin.size() + " families]";
  }

  private static String userKey(UserPoolId pool, Sub user) {
    return pool.value() + "/" + user.value();
  }

  private static String digest(String token) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
