/**
 * Token adapters: {@link dev.userpool.testkit.token.RsaTokenSigner}, which signs the domain's claims as
 * Cognito does (RS256 JWS, a key per token use, published as a JWKS) with keys kept in a {@code SigningKeys} store,
 * {@link dev.userpool.testkit.token.KeyProtection}, how their private halves are kept at rest, and the well-known
 * documents that publish the keys. The token registry, {@link dev.userpool.testkit.store.InMemoryTokenFamilies}, is a
 * store.
 */
package dev.userpool.testkit.token;
