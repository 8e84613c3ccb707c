/**
 * Token adapters: {@link dev.userpool.testkit.token.RsaTokenSigner}, which signs the domain's claims as
 * Cognito does (RS256 JWS, a key per token use, published as a JWKS), and the well-known documents that
 * publish its keys. The token registry, {@link dev.userpool.testkit.store.InMemoryTokenFamilies}, is a store.
 */
package dev.userpool.testkit.token;
