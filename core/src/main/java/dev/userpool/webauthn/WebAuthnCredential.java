package dev.userpool.webauthn;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A registered passkey, as the store keeps it: what ListWebAuthnCredentials describes and what a sign-in verifies with.
 *
 * @param credentialId the credential id, base64url without padding (as CredentialId on the wire)
 * @param sub the owner's sub
 * @param relyingPartyId the relying party it was registered for
 * @param publicKey the COSE public key, base64url without padding
 * @param algorithm its COSE algorithm: -7 (ES256) or -257 (RS256)
 * @param signCount the signature counter last seen (0 for authenticators that keep none)
 * @param transports AuthenticatorTransports, as the client reported them
 * @param attachment AuthenticatorAttachment ({@code platform}, {@code cross-platform}), when reported
 * @param friendlyName FriendlyCredentialName
 * @param createdAt CreatedAt
 */
public record WebAuthnCredential(String credentialId, String sub, String relyingPartyId, String publicKey, int algorithm,
    long signCount, Seq<String> transports, Option<String> attachment, String friendlyName, Instant createdAt) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public WebAuthnCredential {
    Objects.requireNonNull(credentialId, "credentialId is null");
    Objects.requireNonNull(sub, "sub is null");
    Objects.requireNonNull(relyingPartyId, "relyingPartyId is null");
    Objects.requireNonNull(publicKey, "publicKey is null");
    Objects.requireNonNull(transports, "transports is null");
    Objects.requireNonNull(attachment, "attachment is null");
    Objects.requireNonNull(friendlyName, "friendlyName is null");
    Objects.requireNonNull(createdAt, "createdAt is null");
  }

  /** This credential after a sign-in that reported {@code counter}. */
  public WebAuthnCredential withSignCount(long counter) {
    return new WebAuthnCredential(credentialId, sub, relyingPartyId, publicKey, algorithm, counter, transports, attachment,
        friendlyName, createdAt);
  }
}
