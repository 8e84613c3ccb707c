/**
 * Passkeys (WebAuthn) as pure rules: the pool's relying party ({@link RelyingParty}: its id, the origins it accepts, its
 * user verification), the options of the two ceremonies ({@link CeremonyOptions}: PublicKeyCredentialCreationOptions and
 * PublicKeyCredentialRequestOptions as JSON), the checks of a registration ({@link Registration}) and of a sign-in
 * ({@link Assertion}) in the order the W3C WebAuthn Level 2 specification gives (sections 7.1 and 7.2), the counter rule,
 * and the stored credential ({@link WebAuthnCredential}) and open ceremony ({@link WebAuthnChallenge}). The cryptography
 * (CBOR, COSE keys, attestation statements, signatures) is the {@link WebAuthnVerifier} port's; challenges arrive as
 * parameters drawn from the randomness port.
 */
package dev.userpool.webauthn;
