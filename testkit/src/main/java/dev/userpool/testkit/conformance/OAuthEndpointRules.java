package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.that;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.userpool.testkit.sdk.ScenarioTarget;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * The hosted OAuth endpoints over HTTP: the token endpoint's errors (RFC 6749 section 5.2, as AWS's "Token endpoint"
 * page lists them, each HTTP 400 with {@code {"error": "..."}}), the client credentials grant's access token, and the
 * pool's discovery document and keys. They need the endpoint's URL, so they run over HTTP only (in process they are
 * not applicable), and only where {@code POST /oauth2/token} exists: an endpoint that answers it 404 has no hosted
 * endpoints, and the rules are not applicable.
 */
final class OAuthEndpointRules {

  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";
  private static final String TOKEN_PAGE = GUIDE + "token-endpoint.html";
  private static final String GRANTS_PAGE = GUIDE + "federation-endpoints-oauth-grants.html";
  private static final String KEYS_PAGE = GUIDE + "amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html";
  private static final String API = "https://api.example.com";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The time limit of a request to the hosted endpoints. */
  private static final Duration LIMIT = Duration.ofSeconds(30);

  private OAuthEndpointRules() {}

  /** A client of the client credentials grant with a secret, allowed {@code <API>/read}, in a pool of its own. */
  private record Machine(KitPool pool, String clientId, String secret, URI endpoint, HttpClient http) {

    /** POSTs {@code form} to /oauth2/token with HTTP Basic authentication of {@code id} and {@code secret}. */
    Reply token(String id, String secret, Map<String, String> form) {
      String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
      HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/oauth2/token"))
          .timeout(LIMIT).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
      if (id != null) {
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + basic);
      }
      return send(http, request.build());
    }

    Reply get(String path) {
      return send(http, HttpRequest.newBuilder(endpoint.resolve(path)).timeout(LIMIT).GET().build());
    }
  }

  /** An answer: its status and its body as JSON (a missing node when it is not JSON). */
  private record Reply(int status, JsonNode body) {
    String error() {
      return body.path("error").asText(null);
    }
  }

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    error(rules, "unsupported-grant-type", "a grant_type it does not know (password)", "unsupported_grant_type",
        m -> m.token(m.clientId(), m.secret(), Map.of("grant_type", "password", "username", "jane", "password", "x")));
    error(rules, "invalid-client", "an unknown client_id", "invalid_client",
        m -> m.token("nosuchclient0000000000000", "secret", Map.of("grant_type", "client_credentials")));
    error(rules, "invalid-client-secret", "the client's id with a wrong secret", "invalid_client",
        m -> m.token(m.clientId(), "wrong" + m.secret(), Map.of("grant_type", "client_credentials")));
    error(rules, "unauthorized-client", "authorization_code from a client allowed client_credentials only", "unauthorized_client",
        m -> m.token(m.clientId(), m.secret(), Map.of("grant_type", "authorization_code", "code", "nosuchcode",
            "redirect_uri", "https://app.example.com/cb")));
    error(rules, "invalid-grant", "authorization_code from a client of the code flow, with a code it never issued", "invalid_grant",
        m -> {
          UserPoolClientType web = m.pool().cognito
              .createUserPoolClient(b -> b.userPoolId(m.pool().id).clientName("web").generateSecret(true)
                  .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CODE).allowedOAuthScopes("openid")
                  .callbackURLs("https://app.example.com/cb").supportedIdentityProviders("COGNITO"))
              .userPoolClient();
          return m.token(web.clientId(), web.clientSecret(), Map.of("grant_type", "authorization_code", "code", "nosuchcode",
              "redirect_uri", "https://app.example.com/cb"));
        });
    error(rules, "invalid-scope", "client_credentials asking a scope the client is not allowed (" + API + "/write)", "invalid_scope",
        m -> m.token(m.clientId(), m.secret(), Map.of("grant_type", "client_credentials", "scope", API + "/write")));
    rule(rules, "token-endpoint.client-credentials", "POST /oauth2/token with client_credentials answers 200 token_type Bearer,"
        + " expires_in 3600 and an access token whose claims are token_use access, client_id and sub the client's id, the scope"
        + " granted, and exp 3600 s after iat", GRANTS_PAGE, (m, target) -> {
          Reply reply = m.token(m.clientId(), m.secret(), Map.of("grant_type", "client_credentials", "scope", API + "/read"));
          equal(200, reply.status(), "HTTP status");
          equal("Bearer", reply.body().path("token_type").asText(null), "token_type");
          equal(3600L, reply.body().path("expires_in").asLong(), "expires_in");
          that(reply.body().path("id_token").isMissingNode() && reply.body().path("refresh_token").isMissingNode(),
              "no id_token and no refresh_token");
          Jwt access = Jwt.claims(reply.body().path("access_token").asText(null));
          equal("access", access.text("token_use"), "token_use");
          equal(m.clientId(), access.text("client_id"), "client_id");
          equal(m.clientId(), access.text("sub"), "sub");
          equal(API + "/read", access.text("scope"), "scope");
          equal(3600L, access.number("exp") - access.number("iat"), "exp - iat");
        });
    rule(rules, "well-known.openid-configuration", "GET /<pool id>/.well-known/openid-configuration answers the pool's discovery"
        + " document: issuer ending in /<pool id>, a jwks_uri, RS256", KEYS_PAGE, (m, target) -> {
          Reply reply = m.get("/" + m.pool().id + "/.well-known/openid-configuration");
          equal(200, reply.status(), "HTTP status");
          that(reply.body().path("issuer").asText("").endsWith("/" + m.pool().id), "issuer ending in /" + m.pool().id);
          that(!reply.body().path("jwks_uri").asText("").isEmpty(), "a jwks_uri");
          equal("RS256", reply.body().path("id_token_signing_alg_values_supported").path(0).asText(null),
              "id_token_signing_alg_values_supported");
        });
    rule(rules, "well-known.jwks", "GET /<pool id>/.well-known/jwks.json lists RSA keys for RS256 signatures, among them the key"
        + " (kid) of the access tokens the pool issues", KEYS_PAGE, (m, target) -> {
          String kid = Jwt.keyId(m.pool().tokens(KitPool.JANE, KitPool.FINAL).accessToken());
          Reply reply = m.get("/" + m.pool().id + "/.well-known/jwks.json");
          equal(200, reply.status(), "HTTP status");
          Map<String, JsonNode> keys = new LinkedHashMap<>();
          reply.body().path("keys").forEach(k -> keys.put(k.path("kid").asText(), k));
          that(keys.containsKey(kid), "the access token's kid among the keys");
          equal("RSA", keys.get(kid).path("kty").asText(null), "kty");
          equal("RS256", keys.get(kid).path("alg").asText(null), "alg");
          equal("sig", keys.get(kid).path("use").asText(null), "use");
        });
    return rules;
  }

  private static void error(List<ConformanceRule> rules, String name, String what, String error,
      Function<Machine, Reply> call) {
    rule(rules, "token-endpoint." + name, "POST /oauth2/token with " + what + " is HTTP 400 {\"error\":\"" + error + "\"}", TOKEN_PAGE,
        (m, target) -> {
          Reply reply = call.apply(m);
          equal(400, reply.status(), "HTTP status");
          equal(error, reply.error(), "error");
        });
  }

  private static void rule(List<ConformanceRule> rules, String name, String statement, String source,
      BiConsumer<Machine, ScenarioTarget> steps) {
    rules.add(new ConformanceRule("oauth." + name, Area.OAUTH, statement, source, target -> steps.accept(machine(target), target)));
  }

  /** The endpoint's URL, a pool with a confirmed user, a resource server and a client credentials client. */
  private static Machine machine(ScenarioTarget target) {
    if (!(target.mailbox() instanceof RemoteControl control)) {
      throw new NotApplicable("in process: the hosted endpoints are measured over HTTP only");
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(control.callLimit()).build();
    Reply probe = send(http, HttpRequest.newBuilder(control.endpoint().resolve("/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")).build());
    if (probe.status() == 404) {
      throw new NotApplicable("the endpoint answers POST /oauth2/token 404: it has no hosted OAuth endpoints");
    }
    KitPool pool = KitPool.create(target);
    pool.confirmed(KitPool.JANE, KitPool.FINAL);
    pool.cognito.createResourceServer(b -> b.userPoolId(pool.id).identifier(API).name("api")
        .scopes(s -> s.scopeName("read").scopeDescription("read"), s -> s.scopeName("write").scopeDescription("write")));
    UserPoolClientType client = pool.cognito.createUserPoolClient(b -> b.userPoolId(pool.id).clientName("machine").generateSecret(true)
        .allowedOAuthFlowsUserPoolClient(true).allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthScopes(API + "/read"))
        .userPoolClient();
    return new Machine(pool, client.clientId(), client.clientSecret(), control.endpoint(), http);
  }

  private static Reply send(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode body;
      try {
        body = JSON.readTree(response.body());
      } catch (IOException e) {
        body = null;
      }
      return new Reply(response.statusCode(), body == null ? JSON.missingNode() : body);
    } catch (IOException e) {
      throw new AssertionError("no answer from " + request.uri() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
