package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Entry;
import dev.userpool.docs.Decisions.Kind;
import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.OAuthConfigRefused;
import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.oauth.ClaimSelection;
import dev.userpool.oauth.Grant;
import dev.userpool.oauth.HostedSession;
import dev.userpool.oauth.OAuthError;
import dev.userpool.oauth.RedirectUris;
import dev.userpool.oauth.Scopes;
import dev.userpool.service.HostedSignIn;
import dev.userpool.service.OAuthTokenEndpoint;
import dev.userpool.testkit.endpoint.FormToken;
import dev.userpool.testkit.store.InMemoryAuthorizationCodes;
import dev.userpool.testkit.store.InMemoryHostedSessions;
import java.util.List;
import java.util.Optional;

/** The entries of {@link Decisions} about OAuth 2.0 and the hosted endpoints (issue 24). */
final class OAuthDecisions {

  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";

  static final List<Entry> ENTRIES = List.of(
      entry("oauth-token-errors", Kind.CONFIRMED, "The token endpoint's errors are OAuth JSON with HTTP 400",
          "POST /oauth2/token answers `{\"error\":\"invalid_request\"}` (or `invalid_client`, `invalid_grant`, "
              + "`unauthorized_client`, `unsupported_grant_type`, `invalid_scope`) with HTTP 400 and no description; not AWS JSON.",
          "The developer guide's token endpoint reference lists these errors and their meanings; SEMANTICS.md section 18.",
          List.of(to(OAuthError.Kind.class), to(OAuthTokenEndpoint.class, "token")), List.of(Source.of(GUIDE + "token-endpoint.html"))),
      entry("oauth-client-credentials", Kind.CONFIRMED, "Client credentials: a secret, custom scopes, an access token only",
          "Only a client with a secret may allow `client_credentials`, and not with `code` or `implicit`; its token carries the "
              + "client's resource-server scopes (all of them when the request names none), `client_id`, `token_use` access, "
              + "no `username`, and no ID or refresh token.",
          "The developer guide (\"Scopes, M2M, and resource servers\"); the refusal `client_credentials flow can not be selected if "
              + "client does not have a client secret.` (InvalidOAuthFlowException) is quoted from Cognito's answers in Terraform "
              + "configurations. The wording for mixing it with user flows is the library's.",
          List.of(to(Grant.class, "CLIENT_CREDENTIALS"), to(Scopes.class, "forClient"), to(ClaimSelection.class, "clientCredentials"),
              to(OAuthConfigRefused.Kind.class, "CLIENT_CREDENTIALS_WITHOUT_SECRET")),
          List.of(Source.of(GUIDE + "cognito-user-pools-define-resource-servers.html"))),
      entry("oauth-code-lifetime", Kind.CONFIRMED, "An authorization code is valid five minutes, once",
          "A code is taken from its store before it is checked, so a second redemption is `invalid_grant` whatever the first's "
              + "outcome; it expires five minutes after the sign-in.",
          "The developer guide's token endpoint reference; AWS support's answer on re:Post on reusing a code.",
          List.of(to(AuthorizationCode.class, "LIFETIME_MINUTES"), to(AuthorizationCode.class, "redeem")),
          List.of(Source.of(GUIDE + "token-endpoint.html"))),
      entry("oauth-pkce-s256-only", Kind.OBSERVED, "PKCE: S256 only",
          "The authorize endpoint takes `code_challenge_method=S256` only; `plain` (which RFC 7636 allows) is a redirect with "
              + "`invalid_request`. The pure rule (`Pkce`) implements both methods.",
          "AWS support on re:Post: \"S256 ... is the only method Cognito supports\"; the developer guide's authorize endpoint "
              + "reference says the same.",
          List.of(to(HostedSignIn.class, "authorize")),
          List.of(
              Source.of(
                  "https://repost.aws/questions/QU82Bu0s1qQlOQai_BcW5hSw/java-js-android-ios-example-about-pkce-code-grant-flow-extension"),
              Source.of(GUIDE + "authorization-endpoint.html"))),
      entry("oauth-userinfo-scopes", Kind.CONFIRMED, "What userInfo releases for each scope",
          "`openid` alone: every attribute the client reads; with `profile`, `email` or `phone`: those scopes' claims (profile with "
              + "the custom attributes); `sub` and `username` always; without `openid`, `invalid_token`.",
          "The developer guide's user attributes endpoint page lists the scope combinations.",
          List.of(to(ClaimSelection.class, "userInfo")), List.of(Source.of(GUIDE + "userinfo-endpoint.html"))),
      entry("oauth-callback-urls", Kind.CONFIRMED, "Callback URLs must be HTTPS, except localhost",
          "CallbackURLs, LogoutURLs and DefaultRedirectURI are https, http://localhost, or an app's own scheme, without a fragment; "
              + "an authorize request's `redirect_uri` must equal one exactly. The refusal's wording is the library's.",
          "The developer guide's app client settings page.",
          List.of(to(RedirectUris.class, "registrable"), to(OAuthConfigRefused.Kind.class, "INVALID_URL")),
          List.of(Source.of(GUIDE + "user-pool-settings-client-apps.html"))),
      entry("oauth-config-wording", Kind.DECIDED, "The wording of the other OAuth configuration errors",
          "Unknown scopes (ScopeDoesNotExistException `Invalid scope requested: <scope>`), a resource server that exists or does "
              + "not, a domain taken or missing, a DefaultRedirectURI that is no callback, flows without callback URLs, an "
              + "identity provider other than COGNITO: the library's words (errors.md), with the error codes AWS's model lists.",
          "AWS publishes no wording for these.",
          List.of(to(OAuthConfigRefused.class)), List.of()),
      entry("oauth-refresh-scopes", Kind.DECIDED, "Tokens renewed at the token endpoint keep the sign-in's scopes",
          "The refresh token's family records the scopes granted on the hosted pages; `grant_type=refresh_token` renews an access "
              + "token with exactly those (never the client's wider or newer ones), an ID token only when they include `openid` "
              + "(without `nonce`, with the sign-in's `auth_time`), and no new refresh token. A refresh token from an API sign-in "
              + "renews as REFRESH_TOKEN_AUTH does (`aws.cognito.signin.user.admin`, an ID token).",
          "The token endpoint reference describes the refresh grant's answer (ID and access tokens, no refresh token) but not "
              + "its scopes; OAuth 2.0 (RFC 6749 section 6) forbids scopes beyond the original grant's.",
          List.of(to(OAuthTokenEndpoint.class, "token")), List.of(Source.of(GUIDE + "token-endpoint.html"))),
      entry("oauth-codes-in-store", Kind.DECIDED, "Authorization codes and sign-in sessions live in the store",
          "Codes and the hosted pages' sessions are kept through ports (`AuthorizationCodes`, `HostedSessions`): in memory, or in "
              + "PostgreSQL under the SHA-256 digest of the code or session id; a code is taken with one `DELETE ... RETURNING`, so "
              + "of two redemptions through any nodes one gets it. Both are pruned after expiry.",
          "Several nodes over one database must agree on what a browser did through any of them (issue 28).",
          List.of(to(InMemoryAuthorizationCodes.class), to(InMemoryHostedSessions.class)), List.of()),
      entry("oauth-session", Kind.DECIDED, "The hosted sign-in session: the cognito cookie, one hour",
          "A sign-in on the form opens a session of one hour, carried by a cookie named `cognito` (HttpOnly, SameSite=Lax, "
              + "Path=/, Max-Age the time left, no Secure attribute since the endpoint serves plain HTTP on localhost). While it "
              + "lasts, an authorize request for a client of the same pool redirects with a code at once; a client of another "
              + "pool gets the form; a disabled or deleted user gets the form. One endpoint serves every pool on one host, so a "
              + "browser holds one session at a time (Cognito has a domain, hence a cookie, per pool). Tokens issued from a resumed "
              + "session carry the sign-in's `auth_time`, not the time of the code or its redemption.",
          "A re:Post answer: the hosted UI's session cookie lasts one hour and is not configurable. AWS does not document the "
              + "cookie: its name follows reports of the hosted UI's cookies; its attributes are the library's. `auth_time` is "
              + "when the end user authenticated (OpenID Connect Core 1.0, ID Token).",
          List.of(to(HostedSession.class, "LIFETIME_MINUTES"), to(HostedSignIn.class, "resume")),
          List.of(Source
              .of("https://repost.aws/questions/QUjTUqjCB-QuyVW6B-HQYSFg/is-the-cognito-hosted-ui-browser-session-length-configurable"))),
      entry("oauth-form-csrf", Kind.DECIDED, "The sign-in form's CSRF token",
          "The page that shows the sign-in form sets an `" + FormToken.COOKIE + "` cookie (HttpOnly, SameSite=Lax, Path=/) and the "
              + "same random value in the form's hidden `" + FormToken.FIELD + "` field, carried through the new-password and "
              + "code forms; a `POST /login` whose field is missing or differs from the cookie gets `403` and the error page `"
              + FormToken.REFUSED + "`, before its credentials are read.",
          "Managed login and the hosted UI guard their forms with an XSRF-TOKEN cookie and a matching form value; AWS does "
              + "not document the mechanism, its status or its message, so they are the library's.",
          List.of(to(FormToken.class, "COOKIE"), to(FormToken.class, "FIELD")), List.of()),
      entry("oauth-prompt", Kind.DECIDED, "prompt=login shows the form, prompt=none needs a session",
          "`prompt=login` shows the sign-in form even to a browser with a session; `prompt=none` without a usable session "
              + "redirects with `error=login_required` (OpenID Connect Core section 3.1.2.6); other values are ignored.",
          "The authorize endpoint's reference documents `prompt` for managed login; the answers to each value are OpenID "
              + "Connect's.",
          List.of(to(HostedSignIn.class, "resume")), List.of(Source.of(GUIDE + "authorization-endpoint.html"))),
      entry("oauth-logout", Kind.CONFIRMED, "Logout: a registered logout_uri, or redirect_uri to sign in again",
          "`/logout` needs the `client_id` of an OAuth client; with `logout_uri` it must be one of the client's LogoutURLs and "
              + "the browser goes there; otherwise the authorize parameters (`redirect_uri`, `response_type`, ...) must pass "
              + "the authorize checks and the browser goes to the sign-in page with them. Then the session ends and the cookie is "
              + "cleared. Any other request is an error page (`invalid client_id`, `redirect_mismatch`) and changes nothing.",
          "The developer guide's logout endpoint reference; the error pages' words are those of the authorize endpoint's.",
          List.of(to(HostedSignIn.class, "logout")), List.of(Source.of(GUIDE + "logout-endpoint.html"))),
      entry("oauth-hosted-mfa", Kind.DECIDED, "MFA on the hosted page: a code form; no setup or choice",
          "After the password, a user whose sign-in asks for SOFTWARE_TOKEN_MFA, SMS_MFA or EMAIL_OTP gets a form for the code, "
              + "answered through RespondToAuthChallenge's rules, then the redirect with a code. MFA_SETUP (the pool requires MFA "
              + "and the user has none) and SELECT_MFA_TYPE show the form again with `Setting up MFA on the hosted page is not "
              + "implemented by the userpool library.` (or `Choosing an MFA factor ...`); managed login offers a TOTP setup "
              + "page and a choice of factor there.",
          "The developer guide's managed login page lists MFA among its pages but not their contents; the setup and choice "
              + "pages are left for a later change.",
          List.of(to(HostedSignIn.class, "mfaCode")), List.of(Source.of(GUIDE + "cognito-user-pools-managed-login.html"))),
      entry("oauth-not-implemented", Kind.NOT_IMPLEMENTED, "No custom domains or external identity providers",
          "The hosted endpoints serve the local user pool's users only; custom domains and external identity providers are "
              + "not implemented.",
          "Left for a later change.",
          List.of(to(HostedSignIn.class)), List.of()));

  private OAuthDecisions() {}

  private static Entry entry(String id, Kind kind, String title, String rule, String reason, List<CodeRef> code, List<Source> sources) {
    return new Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}
