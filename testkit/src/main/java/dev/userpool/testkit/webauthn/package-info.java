/**
 * Passkeys' cryptography in the testkit: {@link WebAuthn4jVerifier}, the {@code WebAuthnVerifier} port on webauthn4j (CBOR,
 * COSE keys, attestation statements, signatures). The software authenticator for tests is
 * {@code dev.userpool.testkit.TestAuthenticator}.
 */
package dev.userpool.testkit.webauthn;
