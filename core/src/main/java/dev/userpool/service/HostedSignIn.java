package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.mfa.MfaStep;
import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.oauth.HostedSession;
import dev.userpool.oauth.OAuthError;
import dev.userpool.oauth.OAuthError.Kind;
import dev.userpool.oauth.Pkce;
import dev.userpool.oauth.Redirects;
import dev.userpool.oauth.RedirectUris;
import dev.userpool.oauth.ResponseType;
import dev.userpool.oauth.Scopes;
import dev.userpool.password.Randomness;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.port.HostedSessions;
import dev.userpool.port.UserPools;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Session;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The authorize endpoint and its sign-in page (AWS developer guide, "Authorize endpoint" and "Login endpoint"): the
 * request's checks, then the user's password through InitiateAuth's rules, a NEW_PASSWORD_REQUIRED answer through
 * RespondToAuthChallenge's, and the redirect with a code (kept for the token endpoint) or, for the implicit grant,
 * the tokens.
 *
 * <p>Checks, in order: {@code client_id} names a client whose OAuth is on and that supports COGNITO, and
 * {@code redirect_uri} is one of its callback URLs, or an error page (RFC 6749 section 4.1.2.1: never redirect to an
 * unchecked URI); then, as a redirect with {@code error}: {@code response_type} known ({@code unsupported_response_type})
 * and allowed to the client ({@code unauthorized_client}), the scopes ({@code invalid_scope}), and a PKCE challenge of
 * the right shape with method S256 ({@code invalid_request}; Cognito supports S256 only).
 *
 * <p>A sign-in on the form opens a {@link HostedSession} (the {@code cognito} cookie); while it lasts, an authorize
 * request for a client of the same pool redirects at once ({@link #resume}), unless it says {@code prompt=login};
 * {@code prompt=none} without a session redirects with {@code login_required}. {@link #logout} ends the session.
 */
public final class HostedSignIn {

  /** The bytes of a session id's randomness. */
  static final int SESSION_ID_BYTES = 32;

  private static final Refusal INVALID_CLIENT = new Refusal.ErrorPage(
      "An error was encountered with the requested page: invalid client_id.");
  private static final Refusal REDIRECT_MISMATCH = new Refusal.ErrorPage(
      "An error was encountered with the requested page: redirect_mismatch.");

  private final UserPools pools;
  private final HostedSessions sessions;
  private final SignInFlows flows;
  private final OAuthTokenEndpoint endpoint;
  private final Randomness randomness;
  private final Clock clock;

  /**
   * The hosted sign-in over {@code service}'s pools, issuing through {@code endpoint}.
   *
   * @throws NullPointerException if an argument is null
   */
  public HostedSignIn(UserPoolService service, UserPools pools, HostedSessions sessions, OAuthTokenEndpoint endpoint,
      Randomness randomness, Clock clock) {
    this.flows = new SignInFlows(Objects.requireNonNull(service, "service is null").engine(), service.triggers(),
        PasskeySignIn.NONE, DeviceSignIn.NONE);
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.sessions = Objects.requireNonNull(sessions, "sessions is null");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint is null");
    this.randomness = Objects.requireNonNull(randomness, "randomness is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
  }

  /**
   * An authorize request's parameters (absent ones none).
   *
   * @param clientId {@code client_id}
   * @param responseType {@code response_type}
   * @param redirectUri {@code redirect_uri}
   * @param scope {@code scope}
   * @param state {@code state}
   * @param nonce {@code nonce}
   * @param codeChallenge {@code code_challenge}
   * @param codeChallengeMethod {@code code_challenge_method}
   */
  public record AuthorizeRequest(Option<String> clientId, Option<String> responseType, Option<String> redirectUri, Option<String> scope,
      Option<String> state, Option<String> nonce, Option<String> codeChallenge, Option<String> codeChallengeMethod) {}

  /**
   * A checked authorize request: who signs in where, and what they get.
   *
   * @param pool the client's pool
   * @param client the app client
   * @param responseType code or token
   * @param redirectUri where the user goes back
   * @param scopes the scopes granted
   * @param state the {@code state} to send back
   * @param nonce the {@code nonce} for the ID token
   * @param pkce the PKCE challenge, if any
   */
  public record Authorization(UserPool pool, AppClient client, ResponseType responseType, String redirectUri, Seq<String> scopes,
      Option<String> state, Option<String> nonce, Option<Pkce> pkce) {}

  /** Why an authorize request is refused: an error page, or a redirect carrying the error. */
  public sealed interface Refusal {
    /**
     * An error page (the client or the redirect URI cannot be trusted).
     *
     * @param message what the page says
     */
    record ErrorPage(String message) implements Refusal {}

    /**
     * A redirect to the client with {@code error} (and the request's {@code state}).
     *
     * @param location where the browser goes
     * @param error the error
     */
    record Redirect(String location, OAuthError error) implements Refusal {}
  }

  /** What a sign-in on the page leads to. */
  public sealed interface Outcome {
    /**
     * Signed in: the browser goes back to the client with a code or tokens.
     *
     * @param location where the browser goes
     * @param pool the pool the user signed in to
     * @param sub the user
     * @param session the browser's sign-in session: opened by this sign-in, or the one it resumed
     */
    record Redirected(String location, UserPool pool, Sub sub, HostedSession session) implements Outcome {}

    /**
     * The user must choose a new password first.
     *
     * @param username the username to answer the challenge with
     * @param session the challenge's session
     */
    record NewPasswordRequired(String username, String session) implements Outcome {
      @Override
      public String toString() {
        return "NewPasswordRequired[session=***]";
      }
    }

    /**
     * The user must give a code of their second factor (SOFTWARE_TOKEN_MFA, SMS_MFA or EMAIL_OTP).
     *
     * @param username the username to answer the challenge with
     * @param session the challenge's session
     * @param step which code
     */
    record MfaCodeRequired(String username, String session, MfaStep step) implements Outcome {
      @Override
      public String toString() {
        return "MfaCodeRequired[" + step + ", session=***]";
      }
    }

    /**
     * The page is shown again with the error's message.
     *
     * @param error the refusal
     */
    record Failed(CognitoError error) implements Outcome {}
  }

  /** GET /oauth2/authorize: the request checked. */
  public Either<Refusal, Authorization> authorize(AuthorizeRequest r) {
    Objects.requireNonNull(r, "r is null");
    Option<Tuple2<UserPool, AppClient>> found = client(r.clientId());
    if (found.isEmpty()) {
      return Either.left(INVALID_CLIENT);
    }
    UserPool pool = found.get()._1;
    AppClient client = found.get()._2;
    if (r.redirectUri().isEmpty() || !RedirectUris.isCallback(client.oauth(), r.redirectUri().get())) {
      return Either.left(REDIRECT_MISMATCH);
    }
    String redirectUri = r.redirectUri().get();
    Option<ResponseType> type = r.responseType().flatMap(ResponseType::of);
    if (type.isEmpty()) {
      return refuse(redirectUri, r, Kind.UNSUPPORTED_RESPONSE_TYPE);
    }
    if (!client.oauth().allows(type.get().flow())) {
      return refuse(redirectUri, r, Kind.UNAUTHORIZED_CLIENT);
    }
    Either<OAuthError, Seq<String>> scopes = Scopes.forUser(r.scope().map(Scopes::parse), client.oauth(), pool.resourceServers());
    if (scopes.isLeft()) {
      return refuse(redirectUri, r, Kind.INVALID_SCOPE);
    }
    Option<Pkce> pkce = r.codeChallenge().map(c -> new Pkce(c, Pkce.Method.S256));
    boolean pkceOk = r.codeChallenge().isEmpty() && r.codeChallengeMethod().isEmpty()
        || pkce.exists(p -> Pkce.wellFormed(p.challenge())) && r.codeChallengeMethod().contains(Pkce.Method.S256.wireName());
    if (!pkceOk) {
      return refuse(redirectUri, r, Kind.INVALID_REQUEST);
    }
    return Either.right(new Authorization(pool, client, type.get(), redirectUri, scopes.get(), r.state(), r.nonce(), pkce));
  }

  private Option<Tuple2<UserPool, AppClient>> client(Option<String> clientId) {
    return clientId.filter(ClientId.MEMBER::accepts).map(ClientId::new)
        .flatMap(id -> pools.findByClient(id).flatMap(p -> p.client(id).map(c -> Tuple.of(p, c))))
        .filter(pc -> pc._2.oauth().allowedOAuthFlowsUserPoolClient() && pc._2.oauth().supportsCognito());
  }

  private static Either<Refusal, Authorization> refuse(String redirectUri, AuthorizeRequest r, Kind kind) {
    return Either.left(refusal(redirectUri, r.state(), kind));
  }

  private static Refusal refusal(String redirectUri, Option<String> state, Kind kind) {
    Seq<Tuple2<String, String>> parameters = List.of(Tuple.of("error", kind.wireName()));
    return new Refusal.Redirect(Redirects.withQuery(redirectUri, parameters.appendAll(state.map(s -> Tuple.of("state", s)))),
        OAuthError.of(kind));
  }

  // -- the sign-in session

  /**
   * A checked authorize request from a browser that may hold a session: a redirect at once when {@code sessionId}
   * names a session that {@linkplain HostedSession#signsIn signs in} to the request's pool and its user is still
   * enabled, and {@code prompt} is not {@code login}; else none (the form is shown), or, for {@code prompt=none}, a
   * redirect with {@code login_required}.
   */
  public Either<Refusal, Option<Outcome.Redirected>> resume(Authorization a, Option<String> sessionId, Option<String> prompt) {
    Objects.requireNonNull(a, "a is null");
    if (prompt.contains("login")) {
      return Either.right(Option.none());
    }
    Instant now = clock.instant();
    Option<Tuple2<HostedSession, User>> found = sessionId.flatMap(sessions::find).filter(s -> s.signsIn(a.pool().id(), now))
        .flatMap(s -> pools.users(a.pool().id()).find(new LookupKey.BySub(s.sub())).filter(User::enabled).map(u -> Tuple.of(s, u)));
    if (found.isDefined()) {
      return Either.right(Option.some(redirect(a, found.get()._2, found.get()._1)));
    }
    if (prompt.contains("none")) {
      return Either.left(refusal(a.redirectUri(), a.state(), Kind.LOGIN_REQUIRED));
    }
    return Either.right(Option.none());
  }

  /**
   * GET /logout (AWS developer guide, "Logout endpoint"): {@code client_id} names an OAuth client of the pool (else an
   * error page), then either {@code logout_uri} is one of its LogoutURLs (the browser goes there), or {@code redirect_uri}
   * with the authorize parameters passes {@link #authorize} (the browser goes to the sign-in page with them, {@code
   * reauthorize}); anything else is the error page and changes nothing. On success the browser's session ends.
   *
   * @param r the request's authorize parameters ({@code client_id}, {@code redirect_uri}, ...)
   * @param logoutUri {@code logout_uri}
   * @param sessionId the browser's session, if it sent one
   * @param reauthorize where the sign-in page is, given the checked authorize request
   */
  public Either<Refusal, String> logout(AuthorizeRequest r, Option<String> logoutUri, Option<String> sessionId,
      Function<Authorization, String> reauthorize) {
    Objects.requireNonNull(r, "r is null");
    Either<Refusal, String> location;
    if (logoutUri.isDefined()) {
      location = client(r.clientId()).toEither(INVALID_CLIENT).flatMap(pc -> RedirectUris.isLogout(pc._2.oauth(), logoutUri.get())
          ? Either.right(logoutUri.get())
          : Either.left(REDIRECT_MISMATCH));
    } else {
      location = authorize(r).map(reauthorize);
    }
    location.forEach(l -> sessionId.forEach(sessions::close));
    return location;
  }

  private HostedSession open(UserPool pool, User user) {
    Instant now = clock.instant();
    sessions.prune(now);
    HostedSession session = new HostedSession(Base64.getUrlEncoder().withoutPadding().encodeToString(randomness.bytes(SESSION_ID_BYTES)),
        pool.id(), user.sub(), now);
    sessions.open(session);
    return session;
  }

  /** The sign-in form's username and password for a checked request. */
  public Outcome signIn(Authorization a, String username, String password) {
    return outcome(a, flows.hosted(Operation.INITIATE_AUTH, a.pool(), a.client(), nonNull(username), nonNull(password)));
  }

  /** The new-password form's answer to NEW_PASSWORD_REQUIRED. */
  public Outcome newPassword(Authorization a, String username, String session, String newPassword) {
    Map<String, String> responses = new HashMap<>();
    responses.put("USERNAME", nonNull(username));
    responses.put("NEW_PASSWORD", nonNull(newPassword));
    a.client().clientSecret().forEach(s -> responses.put("SECRET_HASH", s.secretHash(nonNull(username), a.client().clientId())));
    Commands.RespondToAuthChallenge c = new Commands.RespondToAuthChallenge(Option.none(), a.client().clientId(),
        ChallengeNameType.NEW_PASSWORD_REQUIRED, Option.of(session).flatMap(s -> Session.parse(s).toOption()), responses);
    return outcome(a, flows.respond(Operation.RESPOND_TO_AUTH_CHALLENGE, a.pool(), a.client(), c));
  }

  /**
   * The MFA form's code, answering the {@code step} challenge (SOFTWARE_TOKEN_MFA, SMS_MFA or EMAIL_OTP) through
   * RespondToAuthChallenge's rules.
   */
  public Outcome mfaCode(Authorization a, String username, String session, MfaStep step, String code) {
    Map<String, String> responses = new HashMap<>();
    responses.put("USERNAME", nonNull(username));
    responses.put(step.name() + "_CODE", nonNull(code));
    a.client().clientSecret().forEach(s -> responses.put("SECRET_HASH", s.secretHash(nonNull(username), a.client().clientId())));
    Commands.RespondToAuthChallenge c = new Commands.RespondToAuthChallenge(Option.none(), a.client().clientId(),
        ChallengeNameType.valueOf(step.name()), Option.of(session).flatMap(s -> Session.parse(s).toOption()), responses);
    return outcome(a, flows.respond(Operation.RESPOND_TO_AUTH_CHALLENGE, a.pool(), a.client(), c));
  }

  private Outcome outcome(Authorization a, Either<CognitoError, Results.SignIn> signIn) {
    if (signIn.isLeft()) {
      return new Outcome.Failed(signIn.getLeft());
    }
    Results.SignIn s = signIn.get();
    if (s instanceof Results.NewPasswordRequired challenge) {
      return new Outcome.NewPasswordRequired(challenge.user().username().value(), challenge.session().reveal());
    }
    if (s instanceof Results.MfaRequired mfa) {
      // A code form for a factor; setting up a factor or choosing one is not offered on this page (registered decision).
      return mfa.step().factor().isDefined()
          ? new Outcome.MfaCodeRequired(mfa.user().username().value(), mfa.session().reveal(), mfa.step())
          : new Outcome.Failed(new CognitoError.UnsupportedOperation(mfa.step() == MfaStep.MFA_SETUP
              ? "Setting up MFA on the hosted page"
              : "Choosing an MFA factor on the hosted page"));
    }
    if (!(s instanceof Results.Authenticated authenticated)) {
      return new Outcome.Failed(new CognitoError.UnsupportedOperation("PASSWORD_VERIFIER"));
    }
    return redirect(a, authenticated.user(), open(a.pool(), authenticated.user()));
  }

  /** The browser back to the client, signed in as {@code user} in {@code session}: with a code, or the implicit tokens. */
  private Outcome.Redirected redirect(Authorization a, User user, HostedSession session) {
    Sub sub = user.sub();
    Seq<Tuple2<String, String>> state = a.state().map(v -> Tuple.of("state", v)).toList();
    if (a.responseType() == ResponseType.CODE) {
      String code = Sub.generate(randomness).value();
      endpoint.keep(AuthorizationCode.builder().code(code).pool(a.pool().id()).client(a.client().clientId()).sub(sub)
          .redirectUri(a.redirectUri()).scopes(a.scopes()).pkce(a.pkce()).nonce(a.nonce()).authTime(session.authTime())
          .issuedAt(clock.instant()).build());
      return new Outcome.Redirected(Redirects.withQuery(a.redirectUri(), List.of(Tuple.of("code", code)).appendAll(state)), a.pool(),
          sub, session);
    }
    OAuthTokenEndpoint.Tokens tokens = endpoint.issue(a.pool(), a.client(), user, a.scopes(), a.nonce(), false, session.authTime());
    Seq<Tuple2<String, String>> fragment = List.of(Tuple.of("access_token", tokens.accessToken()))
        .appendAll(tokens.idToken().map(t -> Tuple.of("id_token", t)))
        .append(Tuple.of("token_type", "Bearer"))
        .append(Tuple.of("expires_in", String.valueOf(tokens.expiresIn().toSeconds())))
        .appendAll(state);
    return new Outcome.Redirected(Redirects.withFragment(a.redirectUri(), fragment), a.pool(), sub, session);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  @Override
  public String toString() {
    return "HostedSignIn";
  }
}
