package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.userpool.mfa.Base32;
import dev.userpool.mfa.Totp;
import dev.userpool.oauth.Pkce;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** The hosted OAuth endpoints over HTTP: client credentials, code with PKCE, refresh, userInfo, revoke, errors. */
class HostedEndpointsTest {

  private static final String CALLBACK = "https://app.example.com/callback";
  private static final String VERIFIER = "dBjftJeZ4CVP-mJ92K9ZtSZ0nEW1YhO4lP0RUPaJ9S4";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final AtomicReference<String> base = new AtomicReference<>();
  private final InProcessCognito cognito = LocalIssuerCognito.create(base);
  private final LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().cognito(cognito));
  private final CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri());
  private final String pool;
  private final UserPoolClientType machine;
  private final UserPoolClientType web;

  HostedEndpointsTest() {
    base.set(endpoint.uri().toString().replaceAll("/$", ""));
    pool = sdk.createUserPool(b -> b.poolName("app")).userPool().id();
    sdk.createResourceServer(b -> b.userPoolId(pool).identifier("https://api.example.com").name("api")
        .scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("Read").build()));
    machine = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("machine").generateSecret(true)
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
        .allowedOAuthScopes("https://api.example.com/read")).userPoolClient();
    web = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").allowedOAuthFlowsUserPoolClient(true)
        .allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid", "email", "profile").callbackURLs(CALLBACK)
        .logoutURLs("https://app.example.com/bye").supportedIdentityProviders("COGNITO")).userPoolClient();
    sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS")
        .userAttributes(a -> a.name("email").value("jane@example.com")));
    sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password("Final-Passw0rd!").permanent(true));
  }

  @AfterEach
  void close() {
    sdk.close();
    endpoint.close();
  }

  private static String form(Map<String, String> parameters) {
    return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }

  private HttpResponse<String> post(String path, Map<String, String> parameters, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.get() + path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(parameters)));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * POST /login as a browser sends the form: with the CSRF token of the sign-in page it was served (its XSRF-TOKEN cookie and
   * the form's _csrf field).
   */
  private HttpResponse<String> login(Map<String, String> parameters) throws Exception {
    HttpResponse<String> page = get("/oauth2/authorize?" + form(authorizeParameters()), null);
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(field.find()).isTrue();
    Map<String, String> withToken = new LinkedHashMap<>(parameters);
    withToken.put("_csrf", field.group(1));
    return postWithCookie(withToken, cookie.substring(0, cookie.indexOf(';')));
  }

  private HttpResponse<String> postWithCookie(Map<String, String> parameters, String cookie) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base.get() + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String pathAndQuery, String authorization) throws Exception {
    return get(pathAndQuery, "Authorization", authorization);
  }

  private HttpResponse<String> get(String pathAndQuery, String header, String value) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.get() + pathAndQuery)).GET();
    if (value != null) {
      b.header(header, value);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signIn() throws Exception {
    Map<String, String> login = new LinkedHashMap<>(authorizeParameters());
    login.put("username", "jane");
    login.put("password", "Final-Passw0rd!");
    return login(login);
  }

  private static String basic(UserPoolClientType client) {
    return "Basic "
        + Base64.getEncoder().encodeToString((client.clientId() + ":" + client.clientSecret()).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return Wire.JSON.readTree(response.body());
  }

  private Map<String, String> authorizeParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("client_id", web.clientId());
    p.put("response_type", "code");
    p.put("redirect_uri", CALLBACK);
    p.put("scope", "openid email");
    p.put("state", "xyz");
    p.put("nonce", "n-0S6");
    p.put("code_challenge", Pkce.s256(VERIFIER));
    p.put("code_challenge_method", "S256");
    return p;
  }

  @Test
  void shouldAnswerClientCredentialsWithAnAccessTokenOnly() throws Exception {
    HttpResponse<String> response = post("/oauth2/token", Map.of("grant_type", "client_credentials"), basic(machine));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    JsonNode body = json(response);
    assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.path("expires_in").asInt()).isEqualTo(3600);
    assertThat(body.has("id_token") || body.has("refresh_token")).isFalse();
    var claims = SignedJWT.parse(body.path("access_token").asText()).getJWTClaimsSet();
    assertThat(claims.getStringClaim("scope")).isEqualTo("https://api.example.com/read");
    assertThat(claims.getStringClaim("client_id")).isEqualTo(machine.clientId());
    assertThat(claims.getStringClaim("token_use")).isEqualTo("access");
    assertThat(claims.getIssuer()).isEqualTo(base.get() + "/" + pool);
  }

  @Test
  void shouldAnswerTokenErrorsAsOAuthJson() throws Exception {
    HttpResponse<String> badSecret = post("/oauth2/token", Map.of("grant_type", "client_credentials", "client_id", machine.clientId(),
        "client_secret", "wrong"), null);
    HttpResponse<String> unknownGrant = post("/oauth2/token", Map.of("grant_type", "password"), basic(machine));
    HttpResponse<String> badCode = post("/oauth2/token", Map.of("grant_type", "authorization_code", "client_id", web.clientId(), "code",
        "nope", "redirect_uri", CALLBACK), null);

    assertThat(badSecret.statusCode()).isEqualTo(400);
    assertThat(badSecret.body()).isEqualTo("{\"error\":\"invalid_client\"}");
    assertThat(badSecret.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
    assertThat(unknownGrant.body()).isEqualTo("{\"error\":\"unsupported_grant_type\"}");
    assertThat(badCode.body()).isEqualTo("{\"error\":\"invalid_grant\"}");
    assertThat(get("/oauth2/userInfo", "Bearer nonsense").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldSignInOnTheHostedPageAndExchangeTheCodeWithPkce() throws Exception {
    HttpResponse<String> page = get("/oauth2/authorize?" + form(authorizeParameters()), null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<form method=\"post\" action=\"/login\"").contains("<label for=\"username\">Username</label>")
        .contains("name=\"state\" value=\"xyz\"");

    Map<String, String> wrong = new LinkedHashMap<>(authorizeParameters());
    wrong.put("username", "jane");
    wrong.put("password", "Wrong-passw0rd");
    HttpResponse<String> refused = login(wrong);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("role=\"alert\">Incorrect username or password.<").doesNotContain("Wrong-passw0rd");

    Map<String, String> login = new LinkedHashMap<>(authorizeParameters());
    login.put("username", "jane");
    login.put("password", "Final-Passw0rd!");
    HttpResponse<String> signedIn = login(login);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    String location = signedIn.headers().firstValue("Location").orElseThrow();
    Matcher m = Pattern.compile(Pattern.quote(CALLBACK) + "\\?code=([^&]+)&state=xyz").matcher(location);
    assertThat(m.matches()).as(location).isTrue();

    Map<String, String> exchange = Map.of("grant_type", "authorization_code", "client_id", web.clientId(), "code", m.group(1),
        "redirect_uri", CALLBACK, "code_verifier", VERIFIER);
    JsonNode tokens = json(post("/oauth2/token", exchange, null));
    var id = SignedJWT.parse(tokens.path("id_token").asText()).getJWTClaimsSet();
    assertThat(id.getStringClaim("nonce")).isEqualTo("n-0S6");
    assertThat(id.getStringClaim("at_hash")).isNotEmpty();
    assertThat(id.getAudience()).containsExactly(web.clientId());
    assertThat(post("/oauth2/token", exchange, null).body()).isEqualTo("{\"error\":\"invalid_grant\"}");

    JsonNode info = json(get("/oauth2/userInfo", "Bearer " + tokens.path("access_token").asText()));
    assertThat(info.path("email").asText()).isEqualTo("jane@example.com");
    assertThat(info.path("username").asText()).isEqualTo("jane");

    JsonNode renewed = json(post("/oauth2/token", Map.of("grant_type", "refresh_token", "client_id", web.clientId(), "refresh_token",
        tokens.path("refresh_token").asText()), null));
    assertThat(renewed.has("access_token") && renewed.has("id_token") && !renewed.has("refresh_token")).isTrue();

    assertThat(post("/oauth2/revoke", Map.of("token", tokens.path("refresh_token").asText(), "client_id", web.clientId()), null)
        .statusCode()).isEqualTo(200);
    assertThat(post("/oauth2/token", Map.of("grant_type", "refresh_token", "client_id", web.clientId(), "refresh_token",
        tokens.path("refresh_token").asText()), null).body()).isEqualTo("{\"error\":\"invalid_grant\"}");
  }

  @Test
  void shouldRefuseASignInPostWithoutTheFormsCsrfToken() throws Exception {
    HttpResponse<String> page = get("/oauth2/authorize?" + form(authorizeParameters()), null);
    assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
        .matches("XSRF-TOKEN=[A-Za-z0-9_-]{32}; Path=/; HttpOnly; SameSite=Lax");
    Map<String, String> credentials = new LinkedHashMap<>(authorizeParameters());
    credentials.put("username", "jane");
    credentials.put("password", "Final-Passw0rd!");

    HttpResponse<String> noToken = post("/login", credentials, null);
    Map<String, String> forged = new LinkedHashMap<>(credentials);
    forged.put("_csrf", "forged-token");
    HttpResponse<String> wrongToken = postWithCookie(forged, "XSRF-TOKEN=another-token");

    for (HttpResponse<String> refused : List.of(noToken, wrongToken)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("role=\"alert\">The sign-in form expired or did not come from this page.");
      assertThat(refused.headers().firstValue("Location")).isEmpty();
    }
    assertThat(login(credentials).statusCode()).isEqualTo(302);
  }

  @Test
  void shouldAskForANewPasswordWhenTheUserHasATemporaryOne() throws Exception {
    sdk.adminCreateUser(b -> b.userPoolId(pool).username("joe").temporaryPassword("Temp-Passw0rd!").messageAction("SUPPRESS"));
    Map<String, String> login = new LinkedHashMap<>(authorizeParameters());
    login.put("username", "joe");
    login.put("password", "Temp-Passw0rd!");

    HttpResponse<String> challenge = login(login);
    assertThat(challenge.statusCode()).isEqualTo(200);
    assertThat(challenge.body()).contains("<label for=\"new_password\">New password</label>");
    Matcher session = Pattern.compile("name=\"session\" value=\"([^\"]+)\"").matcher(challenge.body());
    assertThat(session.find()).isTrue();

    Map<String, String> answer = new LinkedHashMap<>(authorizeParameters());
    answer.put("username", "joe");
    answer.put("session", session.group(1));
    answer.put("new_password", "New-Passw0rd!");
    HttpResponse<String> signedIn = login(answer);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith(CALLBACK + "?code=");
  }

  @Test
  void shouldRefuseAnUnregisteredRedirectWithAPageAndABadScopeWithARedirect() throws Exception {
    Map<String, String> evil = new LinkedHashMap<>(authorizeParameters());
    evil.put("redirect_uri", "https://evil.example.com/");
    Map<String, String> scope = new LinkedHashMap<>(authorizeParameters());
    scope.put("scope", "phone");

    HttpResponse<String> page = get("/oauth2/authorize?" + form(evil), null);
    HttpResponse<String> redirect = get("/oauth2/authorize?" + form(scope), null);

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Location")).isEmpty();
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).contains(CALLBACK + "?error=invalid_scope&state=xyz");
    assertThat(get("/logout?client_id=" + web.clientId() + "&logout_uri=" + URLEncoder.encode("https://app.example.com/bye",
        StandardCharsets.UTF_8), null).headers().firstValue("Location")).contains("https://app.example.com/bye");
  }

  @Test
  void shouldListTheHostedEndpointsInTheDiscoveryDocument() throws Exception {
    JsonNode doc = json(get("/" + pool + "/.well-known/openid-configuration", null));

    assertThat(doc.path("issuer").asText()).isEqualTo(base.get() + "/" + pool);
    assertThat(doc.path("token_endpoint").asText()).isEqualTo(base.get() + "/oauth2/token");
    assertThat(doc.path("authorization_endpoint").asText()).isEqualTo(base.get() + "/oauth2/authorize");
    assertThat(doc.path("userinfo_endpoint").asText()).isEqualTo(base.get() + "/oauth2/userInfo");
    assertThat(doc.path("scopes_supported").toString()).contains("https://api.example.com/read");
    assertThat(doc.path("grant_types_supported").toString()).contains("client_credentials");
  }

  @Test
  void shouldRedirectASignedInBrowserAtOnceUntilItLogsOut() throws Exception {
    String setCookie = signIn().headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).matches("cognito=[A-Za-z0-9_-]{43}; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String authorize = "/oauth2/authorize?" + form(authorizeParameters());

    HttpResponse<String> again = get(authorize, "Cookie", cookie);
    assertThat(again.statusCode()).isEqualTo(302);
    Matcher m = Pattern.compile(Pattern.quote(CALLBACK) + "\\?code=([^&]+)&state=xyz").matcher(again.headers().firstValue("Location")
        .orElseThrow());
    assertThat(m.matches()).isTrue();
    assertThat(json(post("/oauth2/token", Map.of("grant_type", "authorization_code", "client_id", web.clientId(), "code", m.group(1),
        "redirect_uri", CALLBACK, "code_verifier", VERIFIER), null)).has("id_token")).isTrue();
    assertThat(get(authorize + "&prompt=login", "Cookie", cookie).statusCode()).isEqualTo(200);

    String bye = URLEncoder.encode("https://app.example.com/bye", StandardCharsets.UTF_8);
    HttpResponse<String> unregistered = get("/logout?client_id=" + web.clientId() + "&logout_uri=https%3A%2F%2Fevil.example.com",
        "Cookie", cookie);
    assertThat(unregistered.statusCode()).isEqualTo(400);
    assertThat(unregistered.body()).contains("redirect_mismatch");
    assertThat(get(authorize, "Cookie", cookie).statusCode()).isEqualTo(302);

    HttpResponse<String> logout = get("/logout?client_id=" + web.clientId() + "&logout_uri=" + bye, "Cookie", cookie);
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location")).contains("https://app.example.com/bye");
    assertThat(logout.headers().firstValue("Set-Cookie")).contains("cognito=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    assertThat(get(authorize, "Cookie", cookie).statusCode()).isEqualTo(200);
  }

  @Test
  void shouldAnswerPromptNoneWithoutASessionAndLogoutToSignInAgain() throws Exception {
    HttpResponse<String> none = get("/oauth2/authorize?" + form(authorizeParameters()) + "&prompt=none", null);
    assertThat(none.statusCode()).isEqualTo(302);
    assertThat(none.headers().firstValue("Location")).contains(CALLBACK + "?error=login_required&state=xyz");

    Map<String, String> again = new LinkedHashMap<>(authorizeParameters());
    again.remove("nonce");
    HttpResponse<String> logout = get("/logout?" + form(again), null);
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location").orElseThrow()).startsWith("/login?client_id=" + web.clientId()
        + "&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20email&state=xyz");
    assertThat(get("/logout?client_id=" + web.clientId(), null).statusCode()).isEqualTo(400);
    assertThat(get("/logout?client_id=nope&logout_uri=https%3A%2F%2Fapp.example.com%2Fbye", null).body()).contains("invalid client_id");
  }

  @Test
  void shouldAskATotpUserForTheirCodeThenRedirect() throws Exception {
    sdk.setUserPoolMfaConfig(b -> b.userPoolId(pool).mfaConfiguration("OPTIONAL").softwareTokenMfaConfiguration(t -> t.enabled(true)));
    String admin = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("admin").explicitAuthFlows(
        ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
    String access = sdk.adminInitiateAuth(b -> b.userPoolId(pool).clientId(admin).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!"))).authenticationResult().accessToken();
    byte[] secret = Base32.decode(sdk.associateSoftwareToken(b -> b.accessToken(access)).secretCode()).get();
    sdk.verifySoftwareToken(b -> b.accessToken(access).userCode(Totp.code(secret, Instant.now().minusSeconds(Totp.STEP_SECONDS))));
    sdk.setUserMFAPreference(b -> b.accessToken(access).softwareTokenMfaSettings(t -> t.enabled(true).preferredMfa(true)));

    HttpResponse<String> challenge = signIn();
    assertThat(challenge.statusCode()).isEqualTo(200);
    assertThat(challenge.body()).contains("<label for=\"mfa_code\">Code</label>").contains("authenticator app")
        .contains("name=\"mfa_step\" value=\"SOFTWARE_TOKEN_MFA\"");
    Matcher session = Pattern.compile("name=\"session\" value=\"([^\"]+)\"").matcher(challenge.body());
    assertThat(session.find()).isTrue();

    Map<String, String> answer = new LinkedHashMap<>(authorizeParameters());
    answer.put("username", "jane");
    answer.put("session", session.group(1));
    answer.put("mfa_step", "SOFTWARE_TOKEN_MFA");
    answer.put("mfa_code", Totp.code(secret, Instant.now()));
    HttpResponse<String> signedIn = login(answer);
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith(CALLBACK + "?code=");
    assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("cognito=");
  }
}
