package dev.userpool.webauthn;

import io.vavr.control.Either;

/**
 * The port for WebAuthn's cryptography and binary formats: CBOR, COSE keys, attestation statements and signatures. The
 * ceremonies' rules ({@link Registration}, {@link Assertion}) decide with what it reads; the testkit's adapter is
 * webauthn4j's.
 */
public interface WebAuthnVerifier {

  /**
   * An attestation object (CBOR) decoded: its format, its authenticator data, and whether its statement verifies over the
   * authenticator data and {@code clientDataHash} (format {@code none}: always; {@code packed}: the signature, self or with
   * a certificate; other formats: the adapter's reading). Left with what is wrong when it is not an attestation object.
   */
  Either<String, Attestation> attestation(byte[] attestationObject, byte[] clientDataHash);

  /** Authenticator data decoded, or what is wrong with it. */
  Either<String, AuthenticatorData> authenticatorData(byte[] authenticatorData);

  /**
   * Whether {@code signature} is the signature of {@code signed} by the COSE public key {@code publicKey} (base64url),
   * with its algorithm; false for a key or signature that does not parse.
   */
  boolean verifies(String publicKey, byte[] signed, byte[] signature);

  /**
   * A decoded attestation object.
   *
   * @param format {@code fmt}, for example {@code none} or {@code packed}
   * @param data the authenticator data
   * @param statementVerifies whether the attestation statement verifies
   */
  record Attestation(String format, AuthenticatorData data, boolean statementVerifies) {}
}
