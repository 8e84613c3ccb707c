package dev.userpool.testkit.store;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.TokenFamilies;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Sub;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token registry in memory. Refresh tokens are kept as SHA-256 digests only, never as themselves.
 * Revocation is a compare-and-set to a revoked family, so it is permanent and concurrent revocations count
 * once. {@link #prune} forgets the families nothing can use any more, with their digests and their place in
 * their user's index, so the registry holds the usable families and no more. Thread-safe.
 */
public final class InMemoryTokenFamilies implements TokenFamilies {

  /** A family and its refresh token's digest. */
  private record Entry(TokenFamily family, String digest) {
    Entry revoke() {
      return new Entry(family.revoke(), digest);
    }
  }

  private final ConcurrentHashMap<String, Entry> byOrigin = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> originByRefreshDigest = new ConcurrentHashMap<>();
  // The families of each user, so that a sign-out costs that user's families, not every family ever issued.
  private final ConcurrentHashMap<String, Set<String>> originsByUser = new ConcurrentHashMap<>();

  @Override
  public void issue(TokenFamily family, String refreshToken) {
    Objects.requireNonNull(family, "family is null");
    Objects.requireNonNull(refreshToken, "refreshToken is null");
    String digest = digest(refreshToken);
    if (byOrigin.putIfAbsent(family.originJti(), new Entry(family, digest)) != null) {
      throw new IllegalArgumentException("a family with this origin_jti exists already");
    }
    originByRefreshDigest.put(digest, family.originJti());
    originsByUser.compute(userKey(family.pool(), family.sub()), (k, origins) -> {
      Set<String> set = origins == null ? ConcurrentHashMap.newKeySet() : origins;
      set.add(family.originJti());
      return set;
    });
  }

  @Override
  public Option<TokenFamily> find(String originJti) {
    return originJti == null ? Option.none() : Option.of(byOrigin.get(originJti)).map(Entry::family);
  }

  @Override
  public Option<TokenFamily> findByRefreshToken(String refreshToken) {
    return refreshToken == null ? Option.none() : Option.of(originByRefreshDigest.get(digest(refreshToken))).flatMap(this::find);
  }

  @Override
  public boolean revoke(String originJti) {
    Objects.requireNonNull(originJti, "originJti is null");
    return byOrigin.computeIfPresent(originJti, (k, e) -> e.revoke()) != null;
  }

  @Override
  public int revokeAll(UserPoolId pool, Sub user) {
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(user, "user is null");
    int revoked = 0;
    for (String origin : originsByUser.getOrDefault(userKey(pool, user), Set.of())) {
      Entry e = byOrigin.get(origin);
      if (e != null && !e.family().revoked() && byOrigin.replace(origin, e, e.revoke())) {
        revoked++;
      }
    }
    return revoked;
  }

  /**
   * One pass over the families: each that is unusable at {@code now} is removed (only if unchanged since it
   * was read: a revocation racing with it wins, and the next pass removes it), then its digest and its
   * place in its user's index; a user left with no family leaves the index.
   */
  @Override
  public int prune(Instant now) {
    Objects.requireNonNull(now, "now is null");
    int pruned = 0;
    for (Map.Entry<String, Entry> e : byOrigin.entrySet()) {
      TokenFamily family = e.getValue().family();
      if (!family.usableAt(now) && byOrigin.remove(e.getKey(), e.getValue())) {
        originByRefreshDigest.remove(e.getValue().digest(), e.getKey());
        originsByUser.computeIfPresent(userKey(family.pool(), family.sub()), (k, origins) -> {
          origins.remove(e.getKey());
          return origins.isEmpty() ? null : origins;
        });
        pruned++;
      }
    }
    return pruned;
  }

  /** How many families the registry holds, revoked ones included. */
  public int size() {
    return byOrigin.size();
  }

  /** How many refresh-token digests and per-user index entries it holds (each at most {@link #size()}). */
  public int indexEntries() {
    return originByRefreshDigest.size() + originsByUser.values().stream().mapToInt(Set::size).sum();
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
