package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.OAuthConfigRefused;
import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.oauth.ClaimSelection;
import dev.userpool.oauth.Grant;
import dev.userpool.oauth.OAuthError;
import dev.userpool.oauth.ResponseType;
import dev.userpool.oauth.StandardScope;
import dev.userpool.service.HostedSignIn;
import dev.userpool.service.OAuthTokenEndpoint;
import dev.userpool.user.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders {@code oauth.md} from {@link Grant}, {@link StandardScope}, {@link ClaimSelection} and {@link OAuthError}. */
final class OAuthDoc {

  static final String FILE = "oauth.md";

  /** Where each OAuth error comes from: the endpoint and the check, as the code decides it. */
  private static final Map<OAuthError.Kind, String> SOURCES = Map.of(
      OAuthError.Kind.INVALID_REQUEST, "token and revoke: no `grant_type`, `code`, `refresh_token` or `token`, no client id, or two "
          + "different client ids (header and body); authorize: a `code_challenge` that is not 43..128 unreserved characters, or a method "
          + "other than `S256`",
      OAuthError.Kind.INVALID_CLIENT, "token and revoke: an unknown client, or a client with a secret whose secret is missing or "
          + "wrong (HTTP Basic or `client_secret`)",
      OAuthError.Kind.INVALID_GRANT, "token: a code unknown, used already, expired (5 minutes), for another client or "
          + "`redirect_uri`, or whose PKCE verifier is missing or wrong; a refresh token unknown, expired, revoked or another "
          + "client's; a user deleted or disabled since",
      OAuthError.Kind.UNAUTHORIZED_CLIENT, "token: a grant the client's `AllowedOAuthFlows` (and secret) do not allow; authorize: "
          + "a `response_type` whose flow the client does not allow",
      OAuthError.Kind.UNSUPPORTED_GRANT_TYPE, "token: a `grant_type` other than the three",
      OAuthError.Kind.INVALID_SCOPE, "token (client credentials): a scope the client may not have, or none to give; authorize: a "
          + "scope the client may not have",
      OAuthError.Kind.UNSUPPORTED_RESPONSE_TYPE, "authorize: a `response_type` other than `code` and `token`",
      OAuthError.Kind.UNSUPPORTED_TOKEN_TYPE, "revoke: an ID or access token (only refresh tokens are revoked)",
      OAuthError.Kind.LOGIN_REQUIRED, "authorize: `prompt=none` from a browser without a session of the client's pool",
      OAuthError.Kind.INVALID_TOKEN, "userInfo: no bearer token, or one that is not a valid, unexpired, unrevoked access token "
          + "with `openid` (API sign-ins' tokens have no such scope); with `WWW-Authenticate: Bearer error=\"invalid_token\"`");

  private OAuthDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("OAuth 2.0 and the hosted endpoints", "Grant, ResponseType, StandardScope, ClaimSelection, "
        + "OAuthError, OAuthConfigRefused");
    md.p("The local endpoint serves Cognito's managed login endpoints at its root (AWS developer guide, \"User pool endpoints "
        + "and managed login reference\"); the app client id selects the pool. Rules are pure, in " + code("dev.userpool.oauth")
        + " (" + CodeRef.to(Grant.class).markdownLink(2) + ", " + CodeRef.to(ClaimSelection.class).markdownLink(2)
        + "); the services are " + CodeRef.to(OAuthTokenEndpoint.class).markdownLink(2) + " and "
        + CodeRef.to(HostedSignIn.class).markdownLink(2) + ".");

    md.h2("Endpoints");
    md.table(List.of("path", "method", "what it does"), List.of(
        List.of(code("/oauth2/token"), "POST (form)", "tokens for a grant; the client authenticates by HTTP Basic or "
            + "`client_id` and `client_secret` in the body; JSON `id_token`, `access_token`, `refresh_token`, `expires_in`, "
            + "`token_type` Bearer, with `Cache-Control: no-store`"),
        List.of(code("/oauth2/authorize"), "GET", "checks the request, then shows the sign-in page (or an error page, or "
            + "redirects with `error`); a browser whose `cognito` session cookie (one hour from its sign-in) names a session of "
            + "the client's pool is redirected with a code at once, unless `prompt=login`; `prompt=none` without one redirects "
            + "with `login_required`"),
        List.of(code("/login"), "GET, POST (form)",
            "the sign-in page; its form posts username and password with the page's CSRF token (the `XSRF-TOKEN` cookie "
                + "and the `_csrf` field; without them `403`) (and, for "
                + "NEW_PASSWORD_REQUIRED, the new password; for SOFTWARE_TOKEN_MFA, SMS_MFA or EMAIL_OTP, the code) and redirects "
                + "with `code` and `state`, or the tokens in the fragment for `response_type=token`"),
        List.of(code("/oauth2/userInfo"), "GET, POST", "the user's attributes for a bearer access token with `openid`"),
        List.of(code("/oauth2/revoke"), "POST (form)", "revokes a refresh token and the tokens issued from it (RFC 7009)"),
        List.of(code("/logout"), "GET", "ends the browser's session and clears its cookie, then redirects to a registered "
            + "`logout_uri` of `client_id`, or, with `redirect_uri` and the authorize parameters instead, to the sign-in page"),
        List.of(code("/<poolId>/.well-known/openid-configuration"), "GET", "OpenID discovery: the issuer, the keys, these "
            + "endpoints, the scopes (with the pool's resource servers'), the grant types, `S256`")));

    md.p("The sign-in page, as headless Chromium shows it (captured by " + code("testkit/server/src/test/browser/oauth.mjs")
        + "): a heading, labelled fields, no script.");
    md.p("![The hosted sign-in page: a Sign in heading, Username and Password fields with their labels, and a Sign in button]"
        + "(../images/hosted-sign-in.png)");

    md.h2("Grants");
    md.p("What each " + code("grant_type") + " asks of the app client (the table is " + CodeRef.to(Grant.class).markdownLink(2)
        + "). Every grant needs " + code("AllowedOAuthFlowsUserPoolClient") + ".");
    List<List<String>> grants = new ArrayList<>();
    for (Grant g : Grant.values()) {
      grants.add(List.of(code(g.wireName()), g.flow().map(f -> code(f.wireName())).getOrElse("(any)"), g.needsSecret() ? "yes" : "no"));
    }
    md.table(List.of("grant_type", "flow in AllowedOAuthFlows", "client secret required"), grants);
    List<List<String>> types = new ArrayList<>();
    for (ResponseType t : ResponseType.values()) {
      types.add(List.of(code(t.wireName()), code(t.flow().wireName())));
    }
    md.p("The authorize endpoint's " + code("response_type") + ", and the flow each needs:");
    md.table(List.of("response_type", "flow in AllowedOAuthFlows"), types);
    md.p("An authorization code lasts " + AuthorizationCode.LIFETIME_MINUTES + " minutes and is redeemed once, by the client "
        + "it was issued to, with the same " + code("redirect_uri") + " and, when the authorize request sent a "
        + code("code_challenge") + ", the " + code("code_verifier") + " that answers it (S256). Client credentials tokens are "
        + "access tokens only: " + code("sub") + " and " + code("client_id") + " are the client, " + code("scope")
        + " its resource servers' scopes, " + code("version") + " 2, no user claims.");

    md.h2("Scopes and their claims");
    md.p("A user's tokens get the scopes the request names, if the client may have each (its " + code("AllowedOAuthScopes")
        + " that still exist), else all of those; an ID token is issued with " + code("openid") + " only, and carries the "
        + "attributes an API sign-in's does, plus " + code("nonce") + " and " + code("at_hash") + ". userInfo releases:");
    Attributes sample = Attributes.empty().with("email", "jane@example.com").with("email_verified", "true")
        .with("phone_number", "+15555550100").with("phone_number_verified", "false").with("name", "Jane Doe")
        .with("custom:tier", "gold");
    List<List<String>> scopes = new ArrayList<>();
    for (String combination : List.of("openid", "openid profile", "openid email", "openid phone", "openid email phone",
        "email", "openid aws.cognito.signin.user.admin")) {
      io.vavr.collection.Map<String, String> released = ClaimSelection.userInfo(io.vavr.collection.List.of(combination.split(" ")),
          "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "jane", sample);
      scopes.add(List.of(code(combination), released.isEmpty()
          ? "(refused: `invalid_token`)"
          : String.join(", ", released.keySet().map(Markdown::code).toJavaList())));
    }
    md.table(List.of("scopes in the access token", "userInfo members (for a user with email, phone, name and custom:tier)"),
        scopes);
    List<List<String>> standard = new ArrayList<>();
    for (StandardScope s : StandardScope.values()) {
      standard.add(List.of(code(s.value()), s.name()));
    }
    md.p("The standard scopes; any other scope is " + code("<resource server identifier>/<scope name>") + ":");
    md.table(List.of("scope", "constant"), standard);

    md.h2("OAuth errors");
    md.p("The token, revoke and userInfo endpoints answer " + code("{\"error\":\"<code>\"}") + " with the status below (AWS "
        + "developer guide, \"Token endpoint\": HTTP 400 for each of its errors; RFC 6750 for userInfo's 401); the authorize "
        + "endpoint redirects with " + code("error") + " and " + code("state") + ", or shows an error page when the client or "
        + "the " + code("redirect_uri") + " cannot be trusted (RFC 6749 4.1.2.1).");
    List<List<String>> errors = new ArrayList<>();
    for (OAuthError.Kind k : OAuthError.Kind.values()) {
      errors.add(List.of(code(k.wireName()), String.valueOf(k.httpStatus()), SOURCES.get(k)));
    }
    md.table(List.of("error", "HTTP status", "returned when"), errors);

    md.h2("Configuration errors");
    md.p("CreateUserPoolClient and UpdateUserPoolClient (the OAuth members), the resource server and the domain operations "
        + "refuse with AWS errors (" + CodeRef.to(OAuthConfigRefused.class).markdownLink(2) + "); the messages are in "
        + "[errors.md](errors.md).");
    List<List<String>> config = new ArrayList<>();
    for (OAuthConfigRefused.Kind k : OAuthConfigRefused.Kind.values()) {
      OAuthConfigRefused sample2 = OAuthConfigRefused.of(k);
      config.add(List.of(code(k.name()), code(sample2.cognitoError())));
    }
    md.table(List.of("refusal", "error code"), config);
    return md.toString();
  }
}
