package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.oauth.ClaimSelection;
import dev.userpool.oauth.HostedSession;
import dev.userpool.oauth.OAuthConfiguration.ClientMembers;
import dev.userpool.oauth.OAuthError;
import dev.userpool.oauth.Pkce;
import dev.userpool.pool.AppClient;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleAuthorizationCodes;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleHostedSessions;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Claims;
import dev.userpool.token.Issuer;
import dev.userpool.user.ConfirmationCode;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OAuthFlowsTest {

  private static final String CALLBACK = "https://app.example.com/callback";
  private static final String VERIFIER = "dBjftJeZ4CVP-mJ92K9ZtSZ0nEW1YhO4lP0RUPaJ9S4";

  private final SimpleUserPools pools = new SimpleUserPools();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final FakeSigner signer = new FakeSigner();
  private final UserPoolService service = UserPoolService.builder().pools(pools).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(1))
      .codes(() -> ConfirmationCode.of("123456")).clock(clock).build();
  private final TokenService tokens = new TokenService(pools, new SimpleGroups(), new SimpleTokenFamilies(), signer, Fixtures.seeded(3),
      clock, Issuer::aws);
  private final SimpleAuthorizationCodes codes = new SimpleAuthorizationCodes();
  private final OAuthTokenEndpoint endpoint = new OAuthTokenEndpoint(pools, tokens, codes, Fixtures.seeded(5), clock);
  private final SimpleHostedSessions sessions = new SimpleHostedSessions();
  private final HostedSignIn hosted = new HostedSignIn(service, pools, sessions, endpoint, Fixtures.seeded(6), clock);
  private final OAuthConfigOperations config = new OAuthConfigOperations(service, pools, op -> true);
  private final String poolId = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get().id().value();
  private final AppClient web;
  private final AppClient machine;
  private final AppClient otherWeb;

  OAuthFlowsTest() {
    config.createResourceServer(poolId, "https://api.example.com", "api", List.of(Tuple.of("read", "Read"), Tuple.of("write", "Write")))
        .get();
    web = config.createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "web", null, null, null, false),
        new ClientMembers(List.of("code", "implicit"), List.of("openid", "email", "https://api.example.com/read"), true,
            List.of(CALLBACK), List.of("https://app.example.com/bye"), null, List.of("COGNITO")))
        .get();
    machine = config.createUserPoolClient(new Requests.CreateUserPoolClient(poolId, "machine", null, null, null, true),
        new ClientMembers(List.of("client_credentials"), List.of("https://api.example.com/read", "https://api.example.com/write"), true,
            null, null, null, null))
        .get();
    service.adminCreateUser(new Requests.AdminCreateUser(poolId, "jane", Fixtures.PASSWORD, List.of(new Requests.AttributeType("email",
        "jane@example.com")).toJavaList(), "SUPPRESS")).get();
    service.adminSetUserPassword(new Requests.AdminSetUserPassword(poolId, "jane", Fixtures.PASSWORD, true)).get();
    String other = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("other")).get().id().value();
    otherWeb = config.createUserPoolClient(new Requests.CreateUserPoolClient(other, "web", null, null, null, false),
        new ClientMembers(List.of("code"), List.of("openid"), true, List.of(CALLBACK), null, null, List.of("COGNITO"))).get();
    service
        .adminCreateUser(
            new Requests.AdminCreateUser(other, "jane", Fixtures.PASSWORD, List.<Requests.AttributeType>empty().toJavaList(), "SUPPRESS"))
        .get();
  }

  private OAuthTokenEndpoint.ClientAuth basic(AppClient client) {
    return new OAuthTokenEndpoint.ClientAuth(Option.some(Tuple.of(client.clientId().value(), client.clientSecret().get().reveal())),
        Option.none(), Option.none());
  }

  private OAuthTokenEndpoint.ClientAuth publicClient(AppClient client) {
    return new OAuthTokenEndpoint.ClientAuth(Option.none(), Option.some(client.clientId().value()), Option.none());
  }

  private static OAuthTokenEndpoint.TokenRequest grant(String type, String code, String verifier) {
    return new OAuthTokenEndpoint.TokenRequest(Option.some(type), Option.of(code), Option.some(CALLBACK), Option.of(verifier),
        Option.none(), Option.none());
  }

  private String signInForCode(Option<String> challenge) {
    HostedSignIn.Authorization a = hosted.authorize(new HostedSignIn.AuthorizeRequest(Option.some(web.clientId().value()),
        Option.some("code"), Option.some(CALLBACK), Option.some("openid email"), Option.some("st"), Option.some("n0nce"), challenge,
        challenge.map(c -> "S256"))).get();
    HostedSignIn.Outcome outcome = hosted.signIn(a, "jane", Fixtures.PASSWORD);
    String location = ((HostedSignIn.Outcome.Redirected) outcome).location();
    assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=st");
    return location.substring((CALLBACK + "?code=").length(), location.indexOf("&state="));
  }

  @Example
  void shouldIssueAClientCredentialsAccessTokenWithScopeAndClientIdOnly() {
    OAuthTokenEndpoint.Tokens issued = endpoint.token(basic(machine), new OAuthTokenEndpoint.TokenRequest(
        Option.some("client_credentials"), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.some("https://api.example.com/read"))).get();

    Claims claims = signer.verify(issued.accessToken()).get();
    assertThat(claims.text("scope")).contains("https://api.example.com/read");
    assertThat(claims.text("client_id")).contains(machine.clientId().value());
    assertThat(claims.text("sub")).contains(machine.clientId().value());
    assertThat(claims.text("token_use")).contains("access");
    assertThat(claims.text("username")).isEmpty();
    assertThat(issued.idToken()).isEmpty();
    assertThat(issued.refreshToken()).isEmpty();
    assertThat(issued.expiresIn()).isEqualTo(Duration.ofHours(1));
  }

  @Example
  void shouldRefuseClientCredentialsWithOAuthErrors() {
    OAuthTokenEndpoint.TokenRequest all = new OAuthTokenEndpoint.TokenRequest(Option.some("client_credentials"), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none());
    OAuthTokenEndpoint.ClientAuth wrongSecret = new OAuthTokenEndpoint.ClientAuth(Option.some(Tuple.of(machine.clientId().value(),
        "wrong")), Option.none(), Option.none());

    assertThat(endpoint.token(basic(machine), all).get().accessToken()).isNotEmpty();
    assertThat(endpoint.token(wrongSecret, all).getLeft().error()).isEqualTo("invalid_client");
    assertThat(endpoint.token(publicClient(web), all).getLeft().error()).isEqualTo("unauthorized_client");
    assertThat(endpoint.token(basic(machine), new OAuthTokenEndpoint.TokenRequest(Option.some("client_credentials"), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.some("openid"))).getLeft().error()).isEqualTo("invalid_scope");
    assertThat(endpoint.token(basic(machine), new OAuthTokenEndpoint.TokenRequest(Option.some("password"), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none())).getLeft().error()).isEqualTo("unsupported_grant_type");
    assertThat(endpoint.token(basic(machine), new OAuthTokenEndpoint.TokenRequest(Option.none(), Option.none(),
        Option.none(), Option.none(), Option.none(), Option.none())).getLeft().error()).isEqualTo("invalid_request");
  }

  @Example
  void shouldExchangeACodeWithPkceOnceForTokensCarryingTheNonceAndAtHash() {
    String code = signInForCode(Option.some(Pkce.s256(VERIFIER)));

    OAuthTokenEndpoint.Tokens issued = endpoint.token(publicClient(web), grant("authorization_code", code, VERIFIER)).get();

    Claims id = signer.verify(issued.idToken().get()).get();
    assertThat(id.text("nonce")).contains("n0nce");
    assertThat(id.text("at_hash")).contains(ClaimSelection.atHash(issued.accessToken()));
    assertThat(signer.verify(issued.accessToken()).get().text("scope")).contains("openid email");
    assertThat(issued.refreshToken().isDefined()).isTrue();
    assertThat(endpoint.token(publicClient(web), grant("authorization_code", code, VERIFIER)))
        .isEqualTo(Either.left(OAuthError.of(OAuthError.Kind.INVALID_GRANT)));
    assertThat(endpoint.userInfo(issued.accessToken()).get().toJavaMap()).containsEntry("email", "jane@example.com")
        .containsKey("sub");

    OAuthTokenEndpoint.Tokens renewed = endpoint.token(publicClient(web), new OAuthTokenEndpoint.TokenRequest(
        Option.some("refresh_token"), Option.none(), Option.none(), Option.none(), issued.refreshToken(), Option.none())).get();
    assertThat(renewed.idToken().isDefined()).isTrue();
    assertThat(renewed.refreshToken()).isEmpty();
  }

  @Provide
  Arbitrary<List<String>> attempts() {
    return Arbitraries.of(VERIFIER, "x".repeat(43), "", "wrong-verifier-wrong-verifier-wrong-verifier").list().ofMinSize(1)
        .ofMaxSize(5).map(List::ofAll);
  }

  @Property(tries = 40)
  void aCodeIsRedeemedAtMostOnceAndAPkceMismatchNeverYieldsTokens(@ForAll("attempts") List<String> verifiers) {
    String code = signInForCode(Option.some(Pkce.s256(VERIFIER)));

    List<Either<OAuthError, OAuthTokenEndpoint.Tokens>> outcomes = verifiers
        .map(v -> endpoint.token(publicClient(web), grant("authorization_code", code, v)));

    assertThat(outcomes.count(Either::isRight)).isLessThanOrEqualTo(1);
    assertThat(outcomes.count(Either::isRight)).isEqualTo(verifiers.head().equals(VERIFIER) ? 1 : 0);
  }

  @Example
  void shouldRefuseAnAuthorizeRequestAsCognitoDoes() {
    HostedSignIn.AuthorizeRequest good = new HostedSignIn.AuthorizeRequest(Option.some(web.clientId().value()), Option.some("code"),
        Option.some(CALLBACK), Option.none(), Option.some("s"), Option.none(), Option.none(), Option.none());

    assertThat(hosted.authorize(good).get().scopes()).containsExactly("openid", "email", "https://api.example.com/read");
    assertThat(hosted.authorize(new HostedSignIn.AuthorizeRequest(Option.some("nosuchclient123"), Option.some("code"),
        Option.some(CALLBACK), Option.none(), Option.none(), Option.none(), Option.none(), Option.none())).getLeft())
        .isInstanceOf(HostedSignIn.Refusal.ErrorPage.class);
    assertThat(hosted.authorize(new HostedSignIn.AuthorizeRequest(good.clientId(), good.responseType(),
        Option.some("https://evil.example.com"), Option.none(), Option.none(), Option.none(), Option.none(), Option.none())).getLeft())
        .isInstanceOf(HostedSignIn.Refusal.ErrorPage.class);
    assertThat(((HostedSignIn.Refusal.Redirect) hosted.authorize(new HostedSignIn.AuthorizeRequest(good.clientId(),
        Option.some("id_token"), good.redirectUri(), Option.none(), good.state(), Option.none(), Option.none(), Option.none()))
        .getLeft()).location()).isEqualTo(CALLBACK + "?error=unsupported_response_type&state=s");
    assertThat(((HostedSignIn.Refusal.Redirect) hosted.authorize(new HostedSignIn.AuthorizeRequest(good.clientId(),
        good.responseType(), good.redirectUri(), Option.some("phone"), good.state(), Option.none(), Option.none(), Option.none()))
        .getLeft()).error().error()).isEqualTo("invalid_scope");
    assertThat(((HostedSignIn.Refusal.Redirect) hosted.authorize(new HostedSignIn.AuthorizeRequest(good.clientId(),
        good.responseType(), good.redirectUri(), Option.none(), good.state(), Option.none(), Option.some(VERIFIER),
        Option.some("plain"))).getLeft()).error().error()).isEqualTo("invalid_request");
  }

  @Example
  void shouldSendImplicitTokensInTheFragment() {
    HostedSignIn.Authorization a = hosted.authorize(new HostedSignIn.AuthorizeRequest(Option.some(web.clientId().value()),
        Option.some("token"), Option.some(CALLBACK), Option.some("openid"), Option.some("s"), Option.some("n"), Option.none(),
        Option.none())).get();

    String location = ((HostedSignIn.Outcome.Redirected) hosted.signIn(a, "jane", Fixtures.PASSWORD)).location();

    assertThat(location).startsWith(CALLBACK + "#access_token=").contains("&id_token=").contains("&token_type=Bearer&expires_in=3600")
        .endsWith("&state=s").doesNotContain("refresh_token");
  }

  @Example
  void shouldShowTheSignInErrorForAWrongPassword() {
    HostedSignIn.Authorization a = hosted.authorize(new HostedSignIn.AuthorizeRequest(Option.some(web.clientId().value()),
        Option.some("code"), Option.some(CALLBACK), Option.none(), Option.none(), Option.none(), Option.none(), Option.none())).get();

    HostedSignIn.Outcome outcome = hosted.signIn(a, "jane", "Wrong-passw0rd");

    assertThat(((HostedSignIn.Outcome.Failed) outcome).error().message()).isEqualTo("Incorrect username or password.");
    assertThat(codes.size()).isZero();
  }

  @Provide
  Arbitrary<List<String>> requestedScopes() {
    return Arbitraries.of("openid", "email", "https://api.example.com/read").set().ofMinSize(1).map(List::ofAll);
  }

  @Property(tries = 30)
  void refreshKeepsTheSignInsScopesAndNeverWidensThem(@ForAll("requestedScopes") List<String> requested) {
    HostedSignIn.Authorization a = hosted.authorize(new HostedSignIn.AuthorizeRequest(Option.some(web.clientId().value()),
        Option.some("code"), Option.some(CALLBACK), Option.some(requested.mkString(" ")), Option.none(), Option.none(), Option.none(),
        Option.none())).get();
    String location = ((HostedSignIn.Outcome.Redirected) hosted.signIn(a, "jane", Fixtures.PASSWORD)).location();
    String code = location.substring((CALLBACK + "?code=").length());
    OAuthTokenEndpoint.Tokens issued = endpoint.token(publicClient(web), grant("authorization_code", code, null)).get();

    OAuthTokenEndpoint.Tokens renewed = endpoint.token(publicClient(web), new OAuthTokenEndpoint.TokenRequest(
        Option.some("refresh_token"), Option.none(), Option.none(), Option.none(), issued.refreshToken(), Option.none())).get();

    List<String> scopes = List.ofAll(ClaimSelection.scopesOf(signer.verify(renewed.accessToken()).get()));
    assertThat(scopes).containsExactlyInAnyOrderElementsOf(requested);
    assertThat(renewed.idToken().isDefined()).isEqualTo(requested.contains("openid"));
    assertThat(renewed.refreshToken()).isEmpty();
  }

  @Property(tries = 30)
  void aSessionSignsInOnlyClientsOfItsPoolWithinItsHour(@ForAll boolean samePool, @ForAll @IntRange(max = 120) int minutes,
      @ForAll boolean promptLogin) {
    HostedSignIn.Authorization first = hosted.authorize(authorizeFor(web)).get();
    HostedSignIn.Outcome.Redirected signedIn = (HostedSignIn.Outcome.Redirected) hosted.signIn(first, "jane", Fixtures.PASSWORD);
    clock.advance(Duration.ofMinutes(minutes));
    HostedSignIn.Authorization second = hosted.authorize(authorizeFor(samePool ? web : otherWeb)).get();

    Option<HostedSignIn.Outcome.Redirected> resumed = hosted.resume(second, Option.some(signedIn.session().id()),
        promptLogin ? Option.some("login") : Option.none()).get();

    assertThat(resumed.isDefined()).isEqualTo(samePool && minutes < HostedSession.LIFETIME_MINUTES && !promptLogin);
    resumed.forEach(r -> assertThat(r.pool().id()).isEqualTo(signedIn.pool().id()));
  }

  @Example
  void shouldGiveAResumedSessionsTokensTheOriginalSignInsAuthTime() {
    Instant signInTime = clock.instant();
    HostedSignIn.Outcome.Redirected signedIn = (HostedSignIn.Outcome.Redirected) hosted.signIn(hosted.authorize(authorizeFor(web)).get(),
        "jane", Fixtures.PASSWORD);
    clock.advance(Duration.ofMinutes(20));
    HostedSignIn.Outcome.Redirected resumed = hosted.resume(hosted.authorize(authorizeFor(web)).get(),
        Option.some(signedIn.session().id()), Option.none()).get().get();
    String code = resumed.location().substring((CALLBACK + "?code=").length());
    clock.advance(Duration.ofMinutes(1));

    OAuthTokenEndpoint.Tokens issued = endpoint.token(publicClient(web), grant("authorization_code", code, null)).get();

    Claims access = signer.verify(issued.accessToken()).get();
    assertThat(access.time("auth_time")).contains(signInTime);
    assertThat(access.time("iat")).contains(signInTime.plus(Duration.ofMinutes(21)));
    assertThat(signer.verify(issued.idToken().get()).get().time("auth_time")).contains(signInTime);
  }

  private HostedSignIn.AuthorizeRequest authorizeFor(AppClient client) {
    return new HostedSignIn.AuthorizeRequest(Option.some(client.clientId().value()), Option.some("code"), Option.some(CALLBACK),
        Option.some("openid"), Option.none(), Option.none(), Option.none(), Option.none());
  }
}
