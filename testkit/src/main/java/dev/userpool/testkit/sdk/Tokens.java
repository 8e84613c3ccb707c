package dev.userpool.testkit.sdk;

import dev.userpool.password.Randomness;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.LocalCognito;
import dev.userpool.user.Sub;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens an in-process Cognito issued: opaque, unguessable strings (32 random bytes each,
 * base64url), not JWTs. Each is recorded with its pool, the user's {@code sub}, the app client, when it
 * was issued and when it expires; a token that was never issued here is simply unknown. Access and ID
 * tokens last {@link #ACCESS_TOKEN_VALIDITY one hour}, refresh tokens {@link #REFRESH_TOKEN_VALIDITY 30
 * days} (Cognito's defaults), against the given clock.
 *
 * <p>The registry keeps only a SHA-256 digest of each token, never the token itself. One registry can
 * serve several front ends of the same {@link LocalCognito} (the in-process client and a local HTTP
 * endpoint), so a token issued by one is accepted by the other. Thread-safe.
 */
public final class Tokens {

  /** How long an access token lasts (Cognito's default AccessTokenValidity, 60 minutes). */
  public static final Duration ACCESS_TOKEN_VALIDITY = Duration.ofHours(1);
  /** How long an ID token lasts (Cognito's default IdTokenValidity, 60 minutes). */
  public static final Duration ID_TOKEN_VALIDITY = Duration.ofHours(1);
  /** How long a refresh token lasts (Cognito's default RefreshTokenValidity, 30 days). */
  public static final Duration REFRESH_TOKEN_VALIDITY = Duration.ofDays(30);

  private static final int TOKEN_BYTES = 32;

  /** The three kinds of token. */
  public enum Kind {
    /** Authorizes the user's own operations (ChangePassword, GetUser, GlobalSignOut). */
    ACCESS,
    /** Identifies the user to the application. */
    ID,
    /** Obtains new access and ID tokens. */
    REFRESH
  }

  /**
   * What a token stands for.
   *
   * @param kind access, ID or refresh
   * @param pool the user's pool
   * @param sub the user's sub
   * @param client the app client the user signed in through
   * @param originJti the sign-in the token belongs to: the tokens of one sign-in, and those renewed
   *     from its refresh token, share it (Cognito's {@code origin_jti} claim)
   * @param issuedAt when it was issued
   * @param expiresAt when it stops being valid
   */
  public record Grant(Kind kind, UserPoolId pool, Sub sub, ClientId client, String originJti, Instant issuedAt, Instant expiresAt) {
    /**
     * @throws NullPointerException if a component is null
     */
    public Grant {
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(pool, "pool is null");
      Objects.requireNonNull(sub, "sub is null");
      Objects.requireNonNull(client, "client is null");
      Objects.requireNonNull(originJti, "originJti is null");
      Objects.requireNonNull(issuedAt, "issuedAt is null");
      Objects.requireNonNull(expiresAt, "expiresAt is null");
    }

    /** Whether the token is past its expiry at {@code now}. */
    public boolean hasExpired(Instant now) {
      return !now.isBefore(expiresAt);
    }
  }

  /**
   * Tokens just issued, as {@code AuthenticationResult} carries them. {@link #toString()} hides them.
   *
   * @param accessToken the access token
   * @param idToken the ID token
   * @param refreshToken the refresh token; none when access and ID tokens were renewed from one
   * @param expiresIn how long the access token lasts
   */
  public record Issued(String accessToken, String idToken, Option<String> refreshToken, Duration expiresIn) {
    /**
     * @throws NullPointerException if a component is null
     */
    public Issued {
      Objects.requireNonNull(accessToken, "accessToken is null");
      Objects.requireNonNull(idToken, "idToken is null");
      Objects.requireNonNull(refreshToken, "refreshToken is null");
      Objects.requireNonNull(expiresIn, "expiresIn is null");
    }

    @Override
    public String toString() {
      return "Issued[accessToken=***, idToken=***, refreshToken=" + refreshToken.map(t -> "***").getOrElse("none")
          + ", expiresIn=" + expiresIn + "]";
    }
  }

  private record Entry(Grant grant, boolean revoked) {}

  private final Randomness randomness;
  private final Clock clock;
  private final ConcurrentHashMap<String, Entry> byDigest = new ConcurrentHashMap<>();

  private Tokens(Randomness randomness, Clock clock) {
    this.randomness = Objects.requireNonNull(randomness, "randomness is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
  }

  // -- static API

  /**
   * An empty registry drawing tokens from {@code randomness} and telling time by {@code clock}.
   *
   * @throws NullPointerException if either is null
   */
  public static Tokens create(Randomness randomness, Clock clock) {
    return new Tokens(randomness, clock);
  }

  /**
   * An empty registry for {@code cognito}: its randomness and its clock.
   *
   * @throws NullPointerException if {@code cognito} is null
   */
  public static Tokens of(LocalCognito cognito) {
    Objects.requireNonNull(cognito, "cognito is null");
    return new Tokens(cognito.randomness(), cognito.clock());
  }

  // -- issuing

  /**
   * Access, ID and refresh tokens for a user who just signed in through {@code client}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Issued issue(UserPoolId pool, Sub sub, ClientId client) {
    Instant now = clock.instant();
    String origin = draw();
    return new Issued(
        record(new Grant(Kind.ACCESS, pool, sub, client, origin, now, now.plus(ACCESS_TOKEN_VALIDITY))),
        record(new Grant(Kind.ID, pool, sub, client, origin, now, now.plus(ID_TOKEN_VALIDITY))),
        Option.some(record(new Grant(Kind.REFRESH, pool, sub, client, origin, now, now.plus(REFRESH_TOKEN_VALIDITY)))),
        ACCESS_TOKEN_VALIDITY);
  }

  /**
   * New access and ID tokens from a checked refresh token (REFRESH_TOKEN_AUTH): same user, client and
   * sign-in, no new refresh token.
   *
   * @throws IllegalArgumentException if {@code refresh} is not a refresh token's grant
   */
  public Issued renew(Grant refresh) {
    if (refresh.kind() != Kind.REFRESH) {
      throw new IllegalArgumentException("only a refresh token renews tokens, not " + refresh.kind());
    }
    Instant now = clock.instant();
    return new Issued(
        record(new Grant(Kind.ACCESS, refresh.pool(), refresh.sub(), refresh.client(), refresh.originJti(), now, now.plus(ACCESS_TOKEN_VALIDITY))),
        record(new Grant(Kind.ID, refresh.pool(), refresh.sub(), refresh.client(), refresh.originJti(), now, now.plus(ID_TOKEN_VALIDITY))),
        Option.none(),
        ACCESS_TOKEN_VALIDITY);
  }

  // -- checking

  /**
   * What an access token stands for. Checks, in order: issued here and an access token
   * ({@code Invalid Access Token}); not expired ({@code Access Token has expired}); not revoked
   * ({@code Access Token has been revoked}). Whether its user still exists and is enabled is the
   * caller's to check, against the store.
   */
  public Either<TokenRefusal, Grant> checkAccessToken(String token) {
    return check(token, Kind.ACCESS, TokenRefusal.INVALID_ACCESS_TOKEN, TokenRefusal.ACCESS_TOKEN_EXPIRED, TokenRefusal.ACCESS_TOKEN_REVOKED);
  }

  /**
   * What a refresh token stands for. Checks, in order: issued here and a refresh token
   * ({@code Invalid Refresh Token.}); not expired; not revoked.
   */
  public Either<TokenRefusal, Grant> checkRefreshToken(String token) {
    return check(token, Kind.REFRESH, TokenRefusal.INVALID_REFRESH_TOKEN, TokenRefusal.REFRESH_TOKEN_EXPIRED, TokenRefusal.REFRESH_TOKEN_REVOKED);
  }

  /** What any token issued here stands for, whatever its state; none for a token never issued here. */
  public Option<Grant> find(String token) {
    return token == null ? Option.none() : Option.of(byDigest.get(digest(token))).map(Entry::grant);
  }

  // -- revoking

  /**
   * Revokes every token of the user: GlobalSignOut, AdminUserGlobalSignOut, and what AdminDisableUser and
   * AdminDeleteUser do to a user's tokens.
   *
   * @return how many tokens were revoked just now
   */
  public int signOut(UserPoolId pool, Sub sub) {
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(sub, "sub is null");
    return revokeWhere(g -> g.pool().equals(pool) && g.sub().equals(sub));
  }

  /**
   * Revokes every token of one sign-in: its refresh token and every access and ID token issued with it
   * or renewed from it (what RevokeToken does).
   *
   * @return how many tokens were revoked just now
   */
  public int revokeOrigin(String originJti) {
    Objects.requireNonNull(originJti, "originJti is null");
    return revokeWhere(g -> g.originJti().equals(originJti));
  }

  /** How many tokens the registry holds, revoked and expired ones included. */
  public int size() {
    return byDigest.size();
  }

  @Override
  public String toString() {
    return "Tokens[" + byDigest.size() + " issued]";
  }

  // -- helpers

  private Either<TokenRefusal, Grant> check(String token, Kind kind, TokenRefusal invalid, TokenRefusal expired, TokenRefusal revoked) {
    Entry entry = token == null ? null : byDigest.get(digest(token));
    if (entry == null || entry.grant().kind() != kind) {
      return Either.left(invalid);
    }
    if (entry.grant().hasExpired(clock.instant())) {
      return Either.left(expired);
    }
    if (entry.revoked()) {
      return Either.left(revoked);
    }
    return Either.right(entry.grant());
  }

  private int revokeWhere(java.util.function.Predicate<Grant> which) {
    int revoked = 0;
    for (var e : byDigest.entrySet()) {
      if (which.test(e.getValue().grant()) && !e.getValue().revoked()
          && byDigest.replace(e.getKey(), e.getValue(), new Entry(e.getValue().grant(), true))) {
        revoked++;
      }
    }
    return revoked;
  }

  private String record(Grant grant) {
    while (true) {
      String token = draw();
      if (byDigest.putIfAbsent(digest(token), new Entry(grant, false)) == null) {
        return token;
      }
    }
  }

  private String draw() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomness.bytes(TOKEN_BYTES));
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
