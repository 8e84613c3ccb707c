package dev.userpool.webauthn;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The authenticator data of a ceremony, decoded (W3C WebAuthn section 6.1).
 *
 * @param rpIdHash the first 32 bytes: SHA-256 of the relying party id the authenticator used
 * @param userPresent the UP flag
 * @param userVerified the UV flag
 * @param signCount the signature counter
 * @param credential the attested credential data (registration only)
 */
public record AuthenticatorData(byte[] rpIdHash, boolean userPresent, boolean userVerified, long signCount,
    Option<AttestedCredential> credential) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public AuthenticatorData {
    Objects.requireNonNull(rpIdHash, "rpIdHash is null");
    Objects.requireNonNull(credential, "credential is null");
  }

  /**
   * The attested credential data: the new credential's id and public key.
   *
   * @param credentialId the credential id, base64url without padding
   * @param publicKey the COSE public key, base64url without padding
   * @param algorithm the key's COSE algorithm ({@code alg})
   */
  public record AttestedCredential(String credentialId, String publicKey, int algorithm) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public AttestedCredential {
      Objects.requireNonNull(credentialId, "credentialId is null");
      Objects.requireNonNull(publicKey, "publicKey is null");
    }
  }
}
