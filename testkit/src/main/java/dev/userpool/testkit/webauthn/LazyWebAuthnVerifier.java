package dev.userpool.testkit.webauthn;

import dev.userpool.webauthn.AuthenticatorData;
import dev.userpool.webauthn.WebAuthnVerifier;
import io.vavr.control.Either;

/**
 * {@link WebAuthn4jVerifier}, built at the first passkey ceremony rather than with the Cognito: webauthn4j brings Jackson 3,
 * whose classes need jackson-annotations 2.20 or later, and an application whose dependency management pins an older
 * one (Spring Boot 3.5 pins 2.19) would otherwise fail to start even without passkeys.
 */
public final class LazyWebAuthnVerifier implements WebAuthnVerifier {

  /** Loaded, with webauthn4j, on the first call only. */
  private static final class Holder {
    static final WebAuthnVerifier INSTANCE = new WebAuthn4jVerifier();
  }

  @Override
  public Either<String, Attestation> attestation(byte[] attestationObject, byte[] clientDataHash) {
    return Holder.INSTANCE.attestation(attestationObject, clientDataHash);
  }

  @Override
  public Either<String, AuthenticatorData> authenticatorData(byte[] authenticatorData) {
    return Holder.INSTANCE.authenticatorData(authenticatorData);
  }

  @Override
  public boolean verifies(String publicKey, byte[] signed, byte[] signature) {
    return Holder.INSTANCE.verifies(publicKey, signed, signature);
  }
}
