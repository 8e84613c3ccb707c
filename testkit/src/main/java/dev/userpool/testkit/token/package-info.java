/**
 * Token adapters: {@link dev.userpool.testkit.token.RsaTokenSigner}, which signs the domain's claims as
 * Cognito does (RS256 JWS, a key per token use, published as a JWKS), and
 * {@link dev.userpool.testkit.token.InMemoryTokenFamilies}, the token registry.
 */
package dev.userpool.testkit.token;
