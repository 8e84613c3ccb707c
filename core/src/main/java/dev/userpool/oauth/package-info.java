/**
 * OAuth 2.0 and OpenID Connect on the hosted endpoints, as pure rules: which grants an app client may use
 * ({@link dev.userpool.oauth.Grant}), which scopes a token gets ({@link dev.userpool.oauth.Scopes}), authorization
 * codes and PKCE ({@link dev.userpool.oauth.AuthorizationCode}, {@link dev.userpool.oauth.Pkce}), redirect URI checks
 * ({@link dev.userpool.oauth.RedirectUris}), the claims each scope releases ({@link dev.userpool.oauth.ClaimSelection})
 * and the OAuth errors ({@link dev.userpool.oauth.OAuthError}). No I/O, clock or randomness: codes and times arrive as
 * parameters.
 */
package dev.userpool.oauth;
