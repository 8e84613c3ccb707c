/**
 * The tokens a sign-in yields, as values: the claims of Cognito's ID and access tokens decided from the
 * user, pool, app client, groups and time ({@link dev.userpool.token.TokenClaims}); the app client's token
 * lifetimes ({@link dev.userpool.pool.TokenValidity}); the sign-in a refresh token stands for
 * ({@link dev.userpool.token.TokenFamily}) and the checks a presented token must pass
 * ({@link dev.userpool.token.TokenChecks}). Signing is a port ({@link dev.userpool.token.TokenSigner}); the
 * testkit implements it with a JOSE library.
 */
package dev.userpool.token;
