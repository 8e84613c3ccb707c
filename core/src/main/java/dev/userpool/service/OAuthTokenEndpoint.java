package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.oauth.ClaimSelection;
import dev.userpool.oauth.Grant;
import dev.userpool.oauth.OAuthError;
import dev.userpool.oauth.OAuthError.Kind;
import dev.userpool.oauth.Scopes;
import dev.userpool.password.Randomness;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.port.AuthorizationCodes;
import dev.userpool.port.UserPools;
import dev.userpool.token.Claims;
import dev.userpool.token.TokenClaims;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The token, userInfo and revoke endpoints of the hosted endpoints (AWS developer guide, "User pool endpoints and
 * managed login reference"). The token endpoint authenticates the client (HTTP Basic or {@code client_id} and
 * {@code client_secret} in the body), then checks the grant ({@link Grant#permits}) and answers it:
 * {@code client_credentials} an access token only, {@code authorization_code} the code's tokens (once, with its PKCE
 * and redirect checks), {@code refresh_token} new access and ID tokens with the scopes of the sign-in the refresh token
 * came from (never more), and no new refresh token. Errors are {@link OAuthError}s; tokens are
 * {@link TokenService}'s, with the scopes and OAuth claims of {@link ClaimSelection}.
 */
public final class OAuthTokenEndpoint {

  private final UserPools pools;
  private final TokenService tokens;
  private final AuthorizationCodes codes;
  private final Randomness randomness;
  private final Clock clock;

  /**
   * The endpoints over {@code pools}, issuing through {@code tokens}.
   *
   * @throws NullPointerException if an argument is null
   */
  public OAuthTokenEndpoint(UserPools pools, TokenService tokens, AuthorizationCodes codes, Randomness randomness, Clock clock) {
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.codes = Objects.requireNonNull(codes, "codes is null");
    this.randomness = Objects.requireNonNull(randomness, "randomness is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
  }

  /**
   * The client's credentials as a request carries them.
   *
   * @param basic the id and secret of an {@code Authorization: Basic} header, if it had one
   * @param clientId the body's {@code client_id}
   * @param clientSecret the body's {@code client_secret}
   */
  public record ClientAuth(Option<Tuple2<String, String>> basic, Option<String> clientId, Option<String> clientSecret) {
    @Override
    public String toString() {
      return "ClientAuth[clientId=" + basic.map(b -> b._1).orElse(clientId) + "]";
    }
  }

  /**
   * A token request's parameters (absent ones none).
   *
   * @param grantType {@code grant_type}
   * @param code {@code code}
   * @param redirectUri {@code redirect_uri}
   * @param codeVerifier {@code code_verifier}
   * @param refreshToken {@code refresh_token}
   * @param scope {@code scope}
   */
  public record TokenRequest(Option<String> grantType, Option<String> code, Option<String> redirectUri, Option<String> codeVerifier,
      Option<String> refreshToken, Option<String> scope) {
    @Override
    public String toString() {
      return "TokenRequest[grantType=" + grantType + "]";
    }
  }

  /**
   * A token response: {@code token_type} is always Bearer.
   *
   * @param accessToken the access token
   * @param idToken the ID token, with the {@code openid} scope
   * @param refreshToken the refresh token, for an authorization code
   * @param expiresIn the access token's lifetime
   */
  public record Tokens(String accessToken, Option<String> idToken, Option<String> refreshToken, Duration expiresIn) {
    @Override
    public String toString() {
      return "Tokens[***]";
    }
  }

  // -- the token endpoint

  /** POST /oauth2/token. */
  public Either<OAuthError, Tokens> token(ClientAuth auth, TokenRequest r) {
    Objects.requireNonNull(auth, "auth is null");
    Objects.requireNonNull(r, "r is null");
    return Grant.parse(r.grantType()).flatMap(grant -> authenticate(auth).flatMap(pc -> grant.permits(pc._2).flatMap(client -> {
      switch (grant) {
        case CLIENT_CREDENTIALS :
          return clientCredentials(pc._1, client, r);
        case AUTHORIZATION_CODE :
          return authorizationCode(pc._1, client, r);
        case REFRESH_TOKEN :
        default :
          return refresh(pc._1, client, r);
      }
    })));
  }

  /**
   * The client a request authenticates as: one {@code client_id} (the header's and the body's must agree), a known
   * client, and its secret when it has one ({@code invalid_client} otherwise); a secret sent for a client without one is
   * ignored.
   */
  public Either<OAuthError, Tuple2<UserPool, AppClient>> authenticate(ClientAuth auth) {
    Option<String> id = auth.basic().map(b -> b._1).orElse(auth.clientId());
    if (id.isEmpty() || auth.basic().isDefined() && auth.clientId().exists(body -> !body.equals(auth.basic().get()._1))) {
      return Either.left(OAuthError.of(Kind.INVALID_REQUEST));
    }
    if (!ClientId.MEMBER.accepts(id.get())) {
      return Either.left(OAuthError.of(Kind.INVALID_CLIENT));
    }
    ClientId clientId = new ClientId(id.get());
    Option<Tuple2<UserPool, AppClient>> found = pools.findByClient(clientId).flatMap(p -> p.client(clientId).map(c -> Tuple.of(p, c)));
    Option<String> secret = auth.basic().map(b -> b._2).orElse(auth.clientSecret());
    return found.filter(pc -> pc._2.clientSecret().forAll(s -> secret.exists(s::matches)))
        .toEither(() -> OAuthError.of(Kind.INVALID_CLIENT));
  }

  private Either<OAuthError, Tokens> clientCredentials(UserPool pool, AppClient client, TokenRequest r) {
    return Scopes.forClient(r.scope().map(Scopes::parse), client.oauth(), pool.resourceServers()).map(scopes -> {
      Duration validity = client.tokenValidity().accessToken().duration();
      Claims claims = ClaimSelection.clientCredentials(tokens.issuer(pool.id()), client.clientId(), validity, scopes, clock.instant(),
          Sub.generate(randomness).value());
      return new Tokens(tokens.sign(claims), Option.none(), Option.none(), validity);
    });
  }

  private Either<OAuthError, Tokens> authorizationCode(UserPool pool, AppClient client, TokenRequest r) {
    if (r.code().isEmpty()) {
      return Either.left(OAuthError.of(Kind.INVALID_REQUEST));
    }
    Instant now = clock.instant();
    return codes.take(r.code().get()).toEither(OAuthError.of(Kind.INVALID_GRANT))
        .flatMap(code -> code.redeem(client.clientId(), r.redirectUri(), r.codeVerifier(), now))
        .flatMap(code -> enabledUser(pool, code.sub())
            .map(user -> issue(pool, client, user, code.scopes(), code.nonce(), true, code.authTime())));
  }

  private Either<OAuthError, Tokens> refresh(UserPool pool, AppClient client, TokenRequest r) {
    if (r.refreshToken().isEmpty()) {
      return Either.left(OAuthError.of(Kind.INVALID_REQUEST));
    }
    return tokens.renew(pool, client, r.refreshToken().get()).mapLeft(e -> OAuthError.of(Kind.INVALID_GRANT))
        .map(renewed -> renewed._1.scopes()
            .map(scopes -> signed(client, renewed._2, scopes, Option.none(), Option.none()))
            // An API sign-in's refresh token: renewed as REFRESH_TOKEN_AUTH renews it (its scope, an ID token).
            .getOrElse(() -> new Tokens(tokens.sign(renewed._2.access()), Option.some(tokens.sign(renewed._2.id())), Option.none(),
                client.tokenValidity().accessToken().duration())));
  }

  /**
   * Tokens for a user who signed in on the hosted pages at {@code authTime} (their {@code auth_time}): a new family, with
   * the granted scopes and the nonce.
   */
  Tokens issue(UserPool pool, AppClient client, User user, Seq<String> scopes, Option<String> nonce, boolean withRefresh,
      Instant authTime) {
    Tuple2<TokenClaims, String> begun = tokens.begin(pool, client, user, Option.some(scopes), Option.some(authTime));
    return signed(client, begun._1, scopes, nonce, withRefresh ? Option.some(begun._2) : Option.none());
  }

  private Tokens signed(AppClient client, TokenClaims claims, Seq<String> scopes, Option<String> nonce, Option<String> refresh) {
    String access = tokens.sign(ClaimSelection.withScopes(claims.access(), scopes));
    Option<String> id = ClaimSelection.hasOpenid(scopes)
        ? Option.some(tokens.sign(ClaimSelection.forIdToken(claims.id(), nonce, access)))
        : Option.none();
    return new Tokens(access, id, refresh, client.tokenValidity().accessToken().duration());
  }

  private Either<OAuthError, User> enabledUser(UserPool pool, Sub sub) {
    return pools.users(pool.id()).find(new LookupKey.BySub(sub)).filter(User::enabled).toEither(OAuthError.of(Kind.INVALID_GRANT));
  }

  /** Keeps a code the authorize endpoint issued. */
  void keep(AuthorizationCode code) {
    codes.prune(clock.instant());
    codes.issue(code);
  }

  // -- userInfo and revoke

  /**
   * GET /oauth2/userInfo: the attributes {@link ClaimSelection#userInfo} releases for the access token's scopes;
   * {@code invalid_token} for a token that is not a valid, unrevoked access token of a hosted sign-in with
   * {@code openid} (API sign-ins' tokens have no such scope).
   */
  public Either<OAuthError, Map<String, String>> userInfo(String accessToken) {
    Seq<String> scopes = Option.of(accessToken).flatMap(tokens::verified).map(ClaimSelection::scopesOf).getOrElse(List.empty());
    if (!ClaimSelection.hasOpenid(scopes)) {
      return Either.left(OAuthError.of(Kind.INVALID_TOKEN));
    }
    return tokens.authorizeClient(accessToken).mapLeft(e -> OAuthError.of(Kind.INVALID_TOKEN))
        .map(t -> ClaimSelection.userInfo(scopes, t._2.sub().value(), t._2.username().value(),
            t._1.client(t._3).map(c -> AttributeWrites.readable(t._1, c, t._2.attributes()))
                .getOrElse(t._2.attributes())));
  }

  /**
   * POST /oauth2/revoke (RFC 7009): the client authenticated as for the token endpoint, then the refresh token's
   * family revoked as RevokeToken does; an ID or access token is {@code unsupported_token_type}.
   */
  public Either<OAuthError, Boolean> revoke(ClientAuth auth, Option<String> token) {
    if (token.isEmpty()) {
      return Either.left(OAuthError.of(Kind.INVALID_REQUEST));
    }
    return authenticate(auth).flatMap(pc -> tokens.revokeToken(token.get(), pc._2.clientId())
        .mapLeft(e -> e instanceof CognitoError.UnsupportedTokenType
            ? OAuthError.of(Kind.UNSUPPORTED_TOKEN_TYPE)
            : OAuthError.of(Kind.INVALID_REQUEST)));
  }

  @Override
  public String toString() {
    return "OAuthTokenEndpoint";
  }
}
