package dev.userpool.token;

import io.vavr.control.Option;

/**
 * Port: turns claims into a signed token and back. The testkit's adapter signs RS256 JWS with a key per
 * {@link TokenUse} (Cognito signs ID and access tokens with different keys) and publishes the public keys
 * as a JWKS.
 */
public interface TokenSigner {

  /** The compact JWS ({@code header.payload.signature}) of {@code claims}, signed with the key of their use. */
  String sign(Claims claims);

  /**
   * The claims of {@code token}, if it is a well-formed JWS whose signature one of this signer's keys
   * verifies; none for anything else (malformed, forged, re-signed, or signed by another signer). Expiry
   * and revocation are not checked here: see {@link TokenChecks}. An adapter whose keys cannot be read (their
   * store is down) throws, so the operation answers InternalErrorException instead of calling a good token bad.
   */
  Option<Claims> verify(String token);
}
