/**
 * Passkeys in the testkit: {@link WebAuthn4jVerifier}, the {@code WebAuthnVerifier} port on webauthn4j (CBOR, COSE keys,
 * attestation statements, signatures), and {@link TestAuthenticator}, a software authenticator that registers and signs
 * in as a browser's would, for tests of code that uses passkeys.
 */
package dev.userpool.testkit.webauthn;
