package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.ServiceErrors.UnsupportedTokenType;
import dev.userpool.password.Randomness;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Groups;
import dev.userpool.port.TokenFamilies;
import dev.userpool.port.UserPools;
import dev.userpool.token.Claims;
import dev.userpool.token.Issuer;
import dev.userpool.token.TokenChecks;
import dev.userpool.token.TokenClaims;
import dev.userpool.token.TokenFamily;
import dev.userpool.token.TokenIds;
import dev.userpool.token.TokenSigner;
import dev.userpool.trigger.TokenCustomization;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The token rules in one place: issuing signed ID and access tokens and an opaque refresh token for an
 * authenticated user, renewing them from the refresh token (same {@code origin_jti} family, same
 * {@code auth_time}), authorizing a call by its access token, and revoking (GlobalSignOut,
 * AdminUserGlobalSignOut, RevokeToken, and what disabling or deleting a user does). Claims are decided by
 * {@link TokenClaims}, checks by {@link TokenChecks}; signing and the registry are ports.
 */
public final class TokenService {

  /**
   * How often, in the clock's time, a sign-in also prunes the registry ({@link TokenFamilies#prune}): families
   * expire only as the clock moves, so a clock that stands still never prunes twice, and a registry holds at
   * most this much time's worth of unusable families beyond its usable ones.
   */
  public static final Duration PRUNE_INTERVAL = Duration.ofHours(1);

  private static final int REFRESH_TOKEN_BYTES = 48;

  private final UserPools pools;
  private final Groups groups;
  private final TokenFamilies families;
  private final TokenSigner signer;
  private final Randomness randomness;
  private final Clock clock;
  private final Function<UserPoolId, Issuer> issuer;
  private final Option<TriggerService> triggers;
  // When a sign-in next prunes the registry; EPOCH: the first sign-in does.
  private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.EPOCH);

  /**
   * Tokens for the users of {@code pools}, with {@code issuer} naming each pool's issuer (AWS's form:
   * {@code Issuer::aws}).
   *
   * @throws NullPointerException if an argument is null
   */
  public TokenService(UserPools pools, Groups groups, TokenFamilies families, TokenSigner signer, Randomness randomness,
      Clock clock, Function<UserPoolId, Issuer> issuer) {
    this(pools, groups, families, signer, randomness, clock, issuer, Option.none());
  }

  private TokenService(UserPools pools, Groups groups, TokenFamilies families, TokenSigner signer, Randomness randomness,
      Clock clock, Function<UserPoolId, Issuer> issuer, Option<TriggerService> triggers) {
    this.triggers = triggers;
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.groups = Objects.requireNonNull(groups, "groups is null");
    this.families = Objects.requireNonNull(families, "families is null");
    this.signer = Objects.requireNonNull(signer, "signer is null");
    this.randomness = Objects.requireNonNull(randomness, "randomness is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.issuer = Objects.requireNonNull(issuer, "issuer is null");
  }

  /**
   * Tokens just issued, as {@code AuthenticationResult} carries them. {@link #toString()} hides them.
   *
   * @param accessToken the signed access token
   * @param idToken the signed ID token
   * @param refreshToken the opaque refresh token; none when renewed from one
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

  /**
   * This service's rules with the pools' pre token generation trigger run before each signing ({@link #signIn},
   * {@link #refresh}); the same ports.
   *
   * @throws NullPointerException if {@code triggers} is null
   */
  public TokenService withTriggers(TriggerService triggers) {
    return new TokenService(pools, groups, families, signer, randomness, clock, issuer, Option.some(triggers));
  }

  // -- issuing

  /**
   * Tokens for {@code user}, who just authenticated through {@code client} ({@code source}: a sign-in or the
   * NEW_PASSWORD_REQUIRED answer), after the pool's pre token generation trigger, whose refusal means no tokens.
   */
  public Either<CognitoError, Issued> signIn(UserPool pool, AppClient client, User user, TriggerSource source) {
    return customization(pool, client, user, source).map(custom -> issue(pool, client, user, custom));
  }

  private Either<CognitoError, TokenCustomization> customization(UserPool pool, AppClient client, User user, TriggerSource source) {
    return triggers.isEmpty()
        ? Either.right(TokenCustomization.NONE)
        : triggers.get().preTokenGeneration(pool, client, user, groups.groupsOf(pool.id(), user.sub()), source);
  }

  /**
   * Tokens for {@code user}, who just authenticated through {@code client}: a new family. Call it only for
   * an authenticated outcome (the sign-in rules decide that); the user must be stored and enabled. No pre token
   * generation trigger runs: {@link #signIn} runs it.
   *
   * @throws IllegalArgumentException if the user is disabled (a programmer error: no sign-in succeeds for one)
   */
  public Issued issue(UserPool pool, AppClient client, User user) {
    return issue(pool, client, user, TokenCustomization.NONE);
  }

  private Issued issue(UserPool pool, AppClient client, User user, TokenCustomization custom) {
    Tuple2<TokenClaims, String> begun = begin(pool, client, user);
    return new Issued(signer.sign(custom.applyToAccess(begun._1.access())), signer.sign(custom.applyToId(begun._1.id())),
        Option.some(begun._2), client.tokenValidity().accessToken().duration());
  }

  /**
   * A sign-in's new family, as {@link #issue} starts it, with the claims it would sign (for the hosted endpoints, which
   * adjust them before {@link #sign}ing) and the refresh token.
   *
   * @throws IllegalArgumentException if the user is disabled (a programmer error: no sign-in succeeds for one)
   */
  public Tuple2<TokenClaims, String> begin(UserPool pool, AppClient client, User user) {
    return begin(pool, client, user, Option.none());
  }

  /**
   * As {@link #begin(UserPool, AppClient, User)}, the family recording the OAuth {@code scopes} granted on the hosted
   * pages, which renewals keep ({@link TokenFamily#scopes}).
   *
   * @throws IllegalArgumentException if the user is disabled (a programmer error: no sign-in succeeds for one)
   */
  public Tuple2<TokenClaims, String> begin(UserPool pool, AppClient client, User user, Option<Seq<String>> scopes) {
    if (!user.enabled()) {
      throw new IllegalArgumentException("tokens are only for enabled users");
    }
    Instant now = clock.instant();
    pruneIfDue(now);
    TokenIds ids = TokenIds.forSignIn(randomness);
    String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(randomness.bytes(REFRESH_TOKEN_BYTES));
    families.issue(TokenFamily.builder().originJti(ids.originJti()).eventId(ids.eventId()).pool(pool.id()).sub(user.sub())
        .client(client.clientId()).authTime(now).refreshExpiresAt(now.plus(client.tokenValidity().refreshToken().duration()))
        .scopes(scopes).build(), refresh);
    return Tuple.of(claims(pool, client, user, now, now, ids), refresh);
  }

  /** The compact JWS of {@code claims}, signed with the key of their use. */
  public String sign(Claims claims) {
    return signer.sign(claims);
  }

  /**
   * Forgets the families nothing can use at {@code now} if {@link #PRUNE_INTERVAL} has passed on the clock since
   * the last pruning (or none happened yet); of concurrent sign-ins, one prunes.
   */
  private void pruneIfDue(Instant now) {
    Instant due = nextPrune.get();
    if (!now.isBefore(due) && nextPrune.compareAndSet(due, now.plus(PRUNE_INTERVAL))) {
      families.prune(now);
    }
  }

  /**
   * New ID and access tokens from a refresh token (REFRESH_TOKEN_AUTH, REFRESH_TOKEN, GetTokensFromRefreshToken): same family and
   * {@code auth_time}, no new refresh token; refused as {@link TokenChecks#refreshToken} and
   * {@link TokenChecks#refreshTokenUser} say.
   */
  public Either<CognitoError, Issued> refresh(UserPool pool, AppClient client, String refreshToken) {
    return renewed(pool, client, refreshToken).flatMap(uc -> reissue(pool, client, uc));
  }

  /**
   * REFRESH_TOKEN_AUTH's {@link #refresh}: for a client with a secret, once the token and its user are found,
   * SECRET_HASH must be the hash of the user's username (not an alias: the request names no user).
   */
  public Either<CognitoError, Issued> refresh(UserPool pool, AppClient client, String refreshToken, Option<String> secretHash) {
    return renewed(pool, client, refreshToken).flatMap(uc -> client.checkSecretHash(uc._1.username().value(), secretHash)
        .<Either<CognitoError, Issued>>map(Either::left)
        .getOrElse(() -> reissue(pool, client, uc)));
  }

  private Either<CognitoError, Issued> reissue(UserPool pool, AppClient client, Tuple2<User, TokenClaims> uc) {
    return customization(pool, client, uc._1, TriggerSource.TokenGeneration_RefreshTokens)
        .map(custom -> new Issued(signer.sign(custom.applyToAccess(uc._2.access())), signer.sign(custom.applyToId(uc._2.id())),
            Option.none(), client.tokenValidity().accessToken().duration()));
  }

  /**
   * The claims {@link #refresh} would sign, with the family they renew (its scopes), for the hosted endpoints to adjust
   * (no pre token generation trigger runs); refused as {@link #refresh} is.
   */
  public Either<CognitoError, Tuple2<TokenFamily, TokenClaims>> renew(UserPool pool, AppClient client, String refreshToken) {
    return renewedFamily(pool, client, refreshToken).map(t -> Tuple.of(t._1, t._3));
  }

  private Either<CognitoError, Tuple2<User, TokenClaims>> renewed(UserPool pool, AppClient client, String refreshToken) {
    return renewedFamily(pool, client, refreshToken).map(t -> Tuple.of(t._2, t._3));
  }

  private Either<CognitoError, Tuple3<TokenFamily, User, TokenClaims>> renewedFamily(UserPool pool, AppClient client,
      String refreshToken) {
    Instant now = clock.instant();
    return TokenChecks.refreshToken(families.findByRefreshToken(refreshToken).filter(f -> f.pool().equals(pool.id())),
        client.clientId(), now)
        .flatMap(family -> TokenChecks.refreshTokenUser(pools.users(pool.id()).find(new LookupKey.BySub(family.sub())))
            .map(user -> Tuple.of(family, user, claims(pool, client, user, family.authTime(), now, TokenIds.forRenewal(randomness,
                family)))));
  }

  // -- authorizing

  /**
   * The pool and user an access token authorizes: checked as {@link TokenChecks#accessToken} and
   * {@link TokenChecks#accessTokenUser} say.
   */
  public Either<CognitoError, Tuple2<UserPool, User>> authorize(String accessToken) {
    return authorizeClient(accessToken).map(t -> Tuple.of(t._1, t._2));
  }

  /** As {@link #authorize}, with the app client the token was issued to. */
  public Either<CognitoError, Tuple3<UserPool, User, ClientId>> authorizeClient(String accessToken) {
    Option<Claims> verified = signer.verify(accessToken);
    Option<TokenFamily> family = verified.flatMap(c -> c.text(Claims.ORIGIN_JTI)).flatMap(families::find);
    return TokenChecks.accessToken(verified, family, clock.instant())
        .flatMap(f -> pools.find(f.pool()).toEither(
            () -> (CognitoError) new CognitoError.NotAuthorized(CognitoError.NotAuthorized.Reason.ACCESS_TOKEN_REVOKED))
            .flatMap(pool -> TokenChecks.accessTokenUser(pools.users(pool.id()).find(new LookupKey.BySub(f.sub())))
                .map(user -> Tuple.of(pool, user, f.client()))));
  }

  // -- revoking

  /** GlobalSignOut: every token of the access token's user, revoked. */
  public Either<CognitoError, User> globalSignOut(String accessToken) {
    return authorize(accessToken).map(pu -> {
      families.revokeAll(pu._1.id(), pu._2.sub());
      return pu._2;
    });
  }

  /**
   * Revokes every token of {@code user}: AdminUserGlobalSignOut, and what AdminDisableUser and
   * AdminDeleteUser do to a user's tokens.
   *
   * @return how many families were revoked just now
   */
  public int signOut(UserPoolId pool, User user) {
    return families.revokeAll(pool, user.sub());
  }

  /**
   * RevokeToken: the refresh token's family, with every access and ID token of it. A signed ID or access token
   * is {@code UnsupportedTokenTypeException}; a string that is no refresh token of {@code client} revokes
   * nothing and succeeds, as OAuth token revocation (RFC 7009) does (the library's choice).
   */
  public Either<CognitoError, Boolean> revokeToken(String token, ClientId client) {
    if (signer.verify(token).isDefined()) {
      return Either.left(new UnsupportedTokenType());
    }
    Option<TokenFamily> family = families.findByRefreshToken(token).filter(f -> f.client().equals(client));
    return Either.right(family.isDefined() && families.revoke(family.get().originJti()));
  }

  private TokenClaims claims(UserPool pool, AppClient client, User user, Instant authTime, Instant now, TokenIds ids) {
    return TokenClaims.decide(issuer.apply(pool.id()), client.clientId(), client.tokenValidity(), user,
        AttributeWrites.readable(pool, client, user.attributes()), groups.groupsOf(pool.id(), user.sub()), authTime, now, ids);
  }

  /** The issuer of {@code pool}'s tokens. */
  public Issuer issuer(UserPoolId pool) {
    return issuer.apply(pool);
  }

  /** The claims of {@code token} if this service's signer verifies it (expiry and revocation not checked). */
  public Option<Claims> verified(String token) {
    return signer.verify(token);
  }

  @Override
  public String toString() {
    return "TokenService";
  }
}
