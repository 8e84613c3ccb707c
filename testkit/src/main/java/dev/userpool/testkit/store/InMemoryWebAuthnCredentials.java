package dev.userpool.testkit.store;

import dev.userpool.pool.UserPoolId;
import dev.userpool.port.UserPools;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.webauthn.WebAuthnChallenge;
import dev.userpool.webauthn.WebAuthnCredential;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passkeys in memory: per pool, the credentials by id and the open ceremonies by user and purpose. A user's credentials
 * go with the user: those of a sub the pool no longer has are dropped when next read, so a deleted user's passkeys never
 * answer (the pool's users are {@code pools}'). Thread-safe; conditional writes are atomic map operations.
 */
public final class InMemoryWebAuthnCredentials implements WebAuthnCredentials {

  private static final Comparator<WebAuthnCredential> ORDER = Comparator.comparing(WebAuthnCredential::createdAt)
      .thenComparing(WebAuthnCredential::credentialId);

  private final UserPools pools;
  private final Map<UserPoolId, Map<String, WebAuthnCredential>> credentials = new ConcurrentHashMap<>();
  private final Map<UserPoolId, Map<String, WebAuthnChallenge>> challenges = new ConcurrentHashMap<>();

  /**
   * Passkeys of the users of {@code pools}.
   *
   * @throws NullPointerException if {@code pools} is null
   */
  public InMemoryWebAuthnCredentials(UserPools pools) {
    this.pools = Objects.requireNonNull(pools, "pools is null");
  }

  private Map<String, WebAuthnCredential> of(UserPoolId pool) {
    return credentials.computeIfAbsent(pool, p -> new ConcurrentHashMap<>());
  }

  private boolean exists(UserPoolId pool, String sub) {
    return Sub.isSub(sub) && pools.users(pool).find(new LookupKey.BySub(new Sub(sub))).isDefined();
  }

  @Override
  public Seq<WebAuthnCredential> list(UserPoolId pool, String sub) {
    if (!exists(pool, sub)) {
      of(pool).values().removeIf(c -> c.sub().equals(sub));
      return List.empty();
    }
    return List.ofAll(of(pool).values()).filter(c -> c.sub().equals(sub)).sorted(ORDER);
  }

  @Override
  public Option<WebAuthnCredential> find(UserPoolId pool, String credentialId) {
    Option<WebAuthnCredential> found = Option.of(of(pool).get(credentialId));
    if (found.isDefined() && !exists(pool, found.get().sub())) {
      of(pool).remove(credentialId, found.get());
      return Option.none();
    }
    return found;
  }

  @Override
  public boolean add(UserPoolId pool, WebAuthnCredential credential) {
    find(pool, credential.credentialId());
    return of(pool).putIfAbsent(credential.credentialId(), credential) == null;
  }

  @Override
  public boolean delete(UserPoolId pool, String sub, String credentialId) {
    WebAuthnCredential found = of(pool).get(credentialId);
    return found != null && found.sub().equals(sub) && of(pool).remove(credentialId, found);
  }

  @Override
  public boolean advance(UserPoolId pool, WebAuthnCredential credential, long signCount) {
    WebAuthnCredential current = of(pool).get(credential.credentialId());
    return current != null && current.signCount() == credential.signCount() && current.sub().equals(credential.sub())
        && of(pool).replace(credential.credentialId(), current, current.withSignCount(signCount));
  }

  @Override
  public void open(UserPoolId pool, WebAuthnChallenge challenge) {
    challenges.computeIfAbsent(pool, p -> new ConcurrentHashMap<>()).put(key(challenge.sub(), challenge.purpose()), challenge);
  }

  @Override
  public Option<WebAuthnChallenge> challenge(UserPoolId pool, String sub, WebAuthnChallenge.Purpose purpose) {
    if (!exists(pool, sub)) {
      return Option.none();
    }
    return Option.of(challenges.getOrDefault(pool, Map.of()).get(key(sub, purpose)));
  }

  @Override
  public boolean close(UserPoolId pool, WebAuthnChallenge challenge) {
    return challenges.getOrDefault(pool, new ConcurrentHashMap<>()).remove(key(challenge.sub(), challenge.purpose()), challenge);
  }

  private static String key(String sub, WebAuthnChallenge.Purpose purpose) {
    return purpose + "|" + sub;
  }

  @Override
  public String toString() {
    return "InMemoryWebAuthnCredentials";
  }
}
