package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.mfa.MfaStep;
import dev.userpool.oauth.OAuthError;
import dev.userpool.oauth.Redirects;
import dev.userpool.service.HostedSignIn;
import dev.userpool.service.OAuthTokenEndpoint;
import dev.userpool.testkit.inprocess.OAuthServices;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hosted endpoints at the endpoint's root, under Cognito's paths (AWS developer guide, "User pool endpoints and
 * managed login reference"); the app client id selects the pool:
 * <ul>
 *   <li>{@code POST /oauth2/token}: form parameters, client authentication by HTTP Basic or {@code client_id} and
 *   {@code client_secret}; tokens as JSON, or {@code {"error":"..."}} with the error's status.
 *   <li>{@code GET /oauth2/authorize} and {@code GET /login}: the sign-in page (or an error page, or a redirect with
 *   {@code error}); {@code POST /login}: the form's answer, then a redirect with {@code code} and {@code state} (or,
 *   for {@code response_type=token}, the tokens in the fragment), or the page again with the error, or the new-password
 *   form.
 *   <li>{@code GET} or {@code POST /oauth2/userInfo} with {@code Authorization: Bearer}: the user's attributes as JSON.
 *   <li>{@code POST /oauth2/revoke}: revokes a refresh token (RFC 7009); {@code 200} with an empty body.
 *   <li>{@code GET /logout} with {@code client_id} and a registered {@code logout_uri}: redirects there; with
 *   {@code redirect_uri} and the authorize parameters instead: redirects to the sign-in page with them. Either way the
 *   browser's sign-in session ends and its cookie is cleared.
 * </ul>
 * The sign-in page's form carries a CSRF token ({@link FormToken}): a post without it is refused with {@code 403}.
 * A sign-in on the form gives the browser a session cookie ({@link SessionCookie}); while the session lasts, an authorize
 * request for a client of the same pool redirects at once ({@link HostedSignIn#resume}).
 * Every answer carries the endpoint's CORS headers; token and userInfo answers carry {@code Cache-Control: no-store}.
 */
final class HostedRoutes {

  private static final String JSON_TYPE = "application/json;charset=UTF-8";
  private static final String HTML_TYPE = "text/html; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> AUTHORIZE_PARAMETERS = List.of("client_id", "response_type", "redirect_uri", "scope", "state",
      "nonce", "code_challenge", "code_challenge_method", "prompt", FormToken.FIELD);
  private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store", "Pragma", "no-cache");

  private static final Set<String> STEPS = Set.of(MfaStep.SOFTWARE_TOKEN_MFA.name(), MfaStep.SMS_MFA.name(),
      MfaStep.EMAIL_OTP.name());

  private final OAuthServices oauth;

  HostedRoutes(OAuthServices oauth) {
    this.oauth = oauth;
  }

  /** The answer to a request for one of the hosted paths; empty for any other path or method. */
  Optional<Reply> answer(String path, LocalEndpoint.Request request) {
    String method = request.method();
    Map<String, String> query = parameters(query(request.target()));
    boolean get = "GET".equals(method);
    boolean post = "POST".equals(method);
    switch (path) {
      case "/oauth2/token" :
        return post ? Optional.of(token(request)) : Optional.empty();
      case "/oauth2/revoke" :
        return post ? Optional.of(revoke(request)) : Optional.empty();
      case "/oauth2/userInfo" :
        return get || post ? Optional.of(userInfo(request)) : Optional.empty();
      case "/oauth2/authorize" :
        return get ? Optional.of(authorize(query, request)) : Optional.empty();
      case "/login" :
        return get
            ? Optional.of(authorize(query, request))
            : post ? Optional.of(login(parameters(body(request)), request)) : Optional.empty();
      case "/logout" :
        return get ? Optional.of(logout(query, request)) : Optional.empty();
      default :
        return Optional.empty();
    }
  }

  // -- token, revoke, userInfo

  private Reply token(LocalEndpoint.Request request) {
    Map<String, String> form = parameters(body(request));
    OAuthTokenEndpoint.TokenRequest r = new OAuthTokenEndpoint.TokenRequest(opt(form, "grant_type"), opt(form, "code"),
        opt(form, "redirect_uri"), opt(form, "code_verifier"), opt(form, "refresh_token"), opt(form, "scope"));
    return oauth.endpoint().token(auth(request, form), r).fold(HostedRoutes::oauthError, tokens -> {
      ObjectNode o = JSON.createObjectNode();
      tokens.idToken().forEach(t -> o.put("id_token", t));
      o.put("access_token", tokens.accessToken());
      tokens.refreshToken().forEach(t -> o.put("refresh_token", t));
      o.put("expires_in", tokens.expiresIn().toSeconds());
      o.put("token_type", "Bearer");
      return json(200, o, NO_STORE);
    });
  }

  private Reply revoke(LocalEndpoint.Request request) {
    Map<String, String> form = parameters(body(request));
    return oauth.endpoint().revoke(auth(request, form), opt(form, "token"))
        .fold(HostedRoutes::oauthError, ok -> new Reply(200, JSON_TYPE, new byte[0], null, Map.of(), false));
  }

  private Reply userInfo(LocalEndpoint.Request request) {
    String header = request.authorization();
    Option<String> token = Option.of(header).filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7)).map(h -> h.substring(7).trim());
    if (token.isEmpty()) {
      return unauthorized(OAuthError.of(OAuthError.Kind.INVALID_TOKEN));
    }
    return oauth.endpoint().userInfo(token.get()).fold(HostedRoutes::unauthorized, attributes -> {
      ObjectNode o = JSON.createObjectNode();
      attributes.forEach(a -> o.put(a._1, a._2));
      return json(200, o, NO_STORE);
    });
  }

  private static Reply unauthorized(OAuthError e) {
    Reply error = oauthError(e);
    return new Reply(error.status(), error.contentType(), error.body(), null, Map.of("WWW-Authenticate", "Bearer error=\"" + e.error()
        + "\""), false);
  }

  private static OAuthTokenEndpoint.ClientAuth auth(LocalEndpoint.Request request, Map<String, String> form) {
    Option<Tuple2<String, String>> basic = Option.of(request.authorization())
        .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
        .flatMap(h -> {
          try {
            String decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                ? Option.none()
                : Option.some(Tuple.of(decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1))));
          } catch (IllegalArgumentException e) {
            return Option.none();
          }
        });
    return new OAuthTokenEndpoint.ClientAuth(basic, opt(form, "client_id"), opt(form, "client_secret"));
  }

  // -- authorize, login, logout

  private Reply authorize(Map<String, String> query, LocalEndpoint.Request request) {
    return oauth.hostedSignIn().authorize(authorizeRequest(query))
        .flatMap(a -> oauth.hostedSignIn().resume(a, SessionCookie.of(request.cookie()), opt(query, "prompt")))
        .fold(HostedRoutes::refused, resumed -> resumed.map(r -> redirect(r.location())).getOrElse(() -> {
          String token = FormToken.issue();
          Map<String, String> hidden = carried(query);
          hidden.put(FormToken.FIELD, token);
          return new Reply(200, HTML_TYPE, HostedPages.signIn(hidden, null).getBytes(StandardCharsets.UTF_8), null,
              Map.of("Cache-Control", "no-store", "Set-Cookie", FormToken.cookie(token)), false);
        }));
  }

  private Reply login(Map<String, String> form, LocalEndpoint.Request request) {
    if (!FormToken.matches(request.cookie(), form.get(FormToken.FIELD))) {
      return html(403, HostedPages.error(FormToken.REFUSED));
    }
    Either<HostedSignIn.Refusal, HostedSignIn.Authorization> checked = oauth.hostedSignIn().authorize(authorizeRequest(form));
    if (checked.isLeft()) {
      return refused(checked.getLeft());
    }
    HostedSignIn.Authorization a = checked.get();
    String username = form.getOrDefault("username", "");
    Option<MfaStep> step = opt(form, "mfa_step").filter(STEPS::contains).map(MfaStep::valueOf);
    HostedSignIn.Outcome outcome = step.isDefined() && form.containsKey("mfa_code")
        ? oauth.hostedSignIn().mfaCode(a, username, form.getOrDefault("session", ""), step.get(), form.get("mfa_code"))
        : form.containsKey("new_password")
            ? oauth.hostedSignIn().newPassword(a, username, form.getOrDefault("session", ""), form.get("new_password"))
            : oauth.hostedSignIn().signIn(a, username, form.getOrDefault("password", ""));
    if (outcome instanceof HostedSignIn.Outcome.Redirected redirected) {
      return redirect(redirected.location(), SessionCookie.set(redirected.session(), redirected.session().authTime()));
    }
    if (outcome instanceof HostedSignIn.Outcome.NewPasswordRequired challenge) {
      return html(200, HostedPages.newPassword(carried(form), challenge.username(), challenge.session(), null));
    }
    if (outcome instanceof HostedSignIn.Outcome.MfaCodeRequired mfa) {
      return html(200, HostedPages.mfaCode(carried(form), mfa.username(), mfa.session(), mfa.step().name(), factor(mfa.step()), null));
    }
    String message = ((HostedSignIn.Outcome.Failed) outcome).error().message();
    if (step.isDefined() && form.containsKey("session")) {
      return html(400, HostedPages.mfaCode(carried(form), username, form.get("session"), step.get().name(), factor(step.get()),
          message));
    }
    return form.containsKey("new_password") && form.containsKey("session")
        ? html(400, HostedPages.newPassword(carried(form), username, form.get("session"), message))
        : html(400, HostedPages.signIn(carried(form), message));
  }

  private static String factor(MfaStep step) {
    switch (step) {
      case SMS_MFA :
        return "text message";
      case EMAIL_OTP :
        return "email";
      default :
        return "authenticator app";
    }
  }

  private Reply logout(Map<String, String> query, LocalEndpoint.Request request) {
    return oauth.hostedSignIn().logout(authorizeRequest(query), opt(query, "logout_uri"), SessionCookie.of(request.cookie()),
        a -> "/login?" + encoded(carried(query)))
        .fold(HostedRoutes::refused, location -> redirect(location, SessionCookie.cleared()));
  }

  private static HostedSignIn.AuthorizeRequest authorizeRequest(Map<String, String> p) {
    return new HostedSignIn.AuthorizeRequest(opt(p, "client_id"), opt(p, "response_type"), opt(p, "redirect_uri"), opt(p, "scope"),
        opt(p, "state"), opt(p, "nonce"), opt(p, "code_challenge"), opt(p, "code_challenge_method"));
  }

  private static String encoded(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    parameters.forEach((name, value) -> out.append(out.length() == 0 ? "" : "&").append(Redirects.percent(name)).append('=')
        .append(Redirects.percent(value)));
    return out.toString();
  }

  private static Map<String, String> carried(Map<String, String> parameters) {
    Map<String, String> kept = new LinkedHashMap<>();
    AUTHORIZE_PARAMETERS.forEach(name -> {
      if (parameters.containsKey(name)) {
        kept.put(name, parameters.get(name));
      }
    });
    return kept;
  }

  private static Reply refused(HostedSignIn.Refusal refusal) {
    if (refusal instanceof HostedSignIn.Refusal.Redirect r) {
      return redirect(r.location());
    }
    return html(400, HostedPages.error(((HostedSignIn.Refusal.ErrorPage) refusal).message()));
  }

  // -- answers and parameters

  private static Reply oauthError(OAuthError e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", e.error());
    e.description().forEach(d -> o.put("error_description", d));
    return json(e.kind().httpStatus(), o, Map.of());
  }

  private static Reply json(int status, ObjectNode body, Map<String, String> headers) {
    try {
      return new Reply(status, JSON_TYPE, JSON.writeValueAsBytes(body), null, headers, false);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON object of strings always serializes", e);
    }
  }

  private static Reply html(int status, String page) {
    return new Reply(status, HTML_TYPE, page.getBytes(StandardCharsets.UTF_8), null, Map.of("Cache-Control", "no-store"), false);
  }

  private static Reply redirect(String location) {
    return new Reply(302, HTML_TYPE, new byte[0], null, Map.of("Location", location, "Cache-Control", "no-store"), false);
  }

  private static Reply redirect(String location, String cookie) {
    return new Reply(302, HTML_TYPE, new byte[0], null, Map.of("Location", location, "Cache-Control", "no-store", "Set-Cookie",
        cookie), false);
  }

  private static String query(String target) {
    int q = target.indexOf('?');
    return q < 0 ? "" : target.substring(q + 1);
  }

  private static String body(LocalEndpoint.Request request) {
    return request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
  }

  /** Form or query parameters: the first value of each name. */
  static Map<String, String> parameters(String encoded) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        out.putIfAbsent(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
      } catch (IllegalArgumentException e) {
        // a malformed escape: the pair is ignored, as a missing parameter
      }
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static Option<String> opt(Map<String, String> parameters, String name) {
    return Option.of(parameters.get(name));
  }
}
