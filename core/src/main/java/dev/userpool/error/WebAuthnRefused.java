package dev.userpool.error;

import java.util.Objects;

/**
 * The refusals of passkeys (WebAuthn): registration (StartWebAuthnRegistration, CompleteWebAuthnRegistration), the
 * credential list (ListWebAuthnCredentials, DeleteWebAuthnCredential) and the WEB_AUTHN sign-in challenge. The codes are
 * the ones AWS's API model lists for each operation (cognito-idp-2016-04-18: the WebAuthn* exceptions of the registration
 * operations, ResourceNotFoundException of DeleteWebAuthnCredential, LimitExceededException of both registration
 * operations, NotAuthorizedException for RespondToAuthChallenge, whose list has no WebAuthn exception). AWS publishes no
 * message for any of them: every message is the library's decision (docs/generated/decisions.md).
 *
 * @param reason which refusal
 */
public record WebAuthnRefused(Reason reason) implements CognitoError {

  /** Why, with the code and the message. */
  public enum Reason {
    /** The pool's feature plan is Lite: passkeys need Essentials or Plus (the WebAuthnConfigurationType reference). */
    NOT_ENABLED(ErrorCode.WEB_AUTHN_NOT_ENABLED, "Passkeys are not enabled for this user pool."),
    /** Neither WebAuthnConfiguration.RelyingPartyId nor a domain (the model's WebAuthnConfigurationMissingException). */
    CONFIGURATION_MISSING(ErrorCode.WEB_AUTHN_CONFIGURATION_MISSING,
        "The user pool has no relying party ID: set WebAuthnConfiguration.RelyingPartyId or create a user pool domain."),
    /** The user has as many passkeys as a user may have. */
    LIMIT_REACHED(ErrorCode.LIMIT_EXCEEDED, "The user has reached the limit of 20 passkeys."),
    /** Credential is not a RegistrationResponseJSON (a member missing, not base64url, or not JSON). */
    CREDENTIAL_MALFORMED(ErrorCode.INVALID_PARAMETER, "Credential is not a valid RegistrationResponseJSON."),
    /** No open registration challenge: never started, already used, expired, or another challenge signed. */
    CHALLENGE_NOT_FOUND(ErrorCode.WEB_AUTHN_CHALLENGE_NOT_FOUND, "The passkey registration challenge was not found or has expired."),
    /** The access token is another app client's than StartWebAuthnRegistration's. */
    CLIENT_MISMATCH(ErrorCode.WEB_AUTHN_CLIENT_MISMATCH,
        "The access token was issued to another app client than the one that started the registration."),
    /** clientDataJSON.type is not webauthn.create. */
    NOT_A_REGISTRATION(ErrorCode.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED, "The credential is not the result of a passkey registration."),
    /** clientDataJSON.origin is not the relying party's. */
    ORIGIN_NOT_ALLOWED(ErrorCode.WEB_AUTHN_ORIGIN_NOT_ALLOWED, "The credential's origin is not allowed for the user pool's relying party."),
    /** The authenticator data's RP ID hash is not the pool's relying party's. */
    RELYING_PARTY_MISMATCH(ErrorCode.WEB_AUTHN_RELYING_PARTY_MISMATCH,
        "The credential was created for another relying party than the user pool's."),
    /** The UP flag is not set. */
    USER_NOT_PRESENT(ErrorCode.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED, "The authenticator did not confirm the user's presence."),
    /** UserVerification is required and the UV flag is not set. */
    USER_NOT_VERIFIED(ErrorCode.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED,
        "The authenticator did not verify the user, and the user pool requires user verification."),
    /** The public key is neither ES256 nor RS256. */
    ALGORITHM_NOT_SUPPORTED(ErrorCode.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED,
        "The credential's public key algorithm is not supported: use ES256 or RS256."),
    /** The attestation format is neither none nor packed. */
    ATTESTATION_NOT_SUPPORTED(ErrorCode.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED, "The credential's attestation format is not supported."),
    /** The attestation statement does not verify. */
    ATTESTATION_INVALID(ErrorCode.WEB_AUTHN_CREDENTIAL_NOT_SUPPORTED, "The credential's attestation statement does not verify."),
    /** The credential id is already registered in the pool. */
    ALREADY_REGISTERED(ErrorCode.INVALID_PARAMETER, "This passkey is already registered."),
    /** DeleteWebAuthnCredential of an id the user does not have. */
    CREDENTIAL_NOT_FOUND(ErrorCode.RESOURCE_NOT_FOUND, "The passkey credential was not found."),
    /** WEB_AUTHN sign-in: CREDENTIAL is not an AuthenticationResponseJSON. */
    ASSERTION_MALFORMED(ErrorCode.INVALID_PARAMETER, "CREDENTIAL is not a valid AuthenticationResponseJSON."),
    /** WEB_AUTHN sign-in: the credential is not one of the user's passkeys (never registered, or deleted). */
    ASSERTION_UNKNOWN_CREDENTIAL(ErrorCode.NOT_AUTHORIZED, "The passkey is not registered for this user."),
    /** WEB_AUTHN sign-in: clientDataJSON.type is not webauthn.get. */
    ASSERTION_NOT_A_SIGN_IN(ErrorCode.NOT_AUTHORIZED, "The credential is not the result of a passkey sign-in."),
    /** WEB_AUTHN sign-in: the client data's challenge is not the one this sign-in issued. */
    ASSERTION_CHALLENGE(ErrorCode.NOT_AUTHORIZED, "The passkey answered another challenge than this sign-in's."),
    /** WEB_AUTHN sign-in: the origin is not the relying party's. */
    ASSERTION_ORIGIN(ErrorCode.NOT_AUTHORIZED, "The passkey's origin is not allowed for the user pool's relying party."),
    /** WEB_AUTHN sign-in: the RP ID hash is not the pool's relying party's. */
    ASSERTION_RELYING_PARTY(ErrorCode.NOT_AUTHORIZED, "The passkey signed for another relying party than the user pool's."),
    /** WEB_AUTHN sign-in: the UP flag is not set. */
    ASSERTION_USER_NOT_PRESENT(ErrorCode.NOT_AUTHORIZED, "The passkey's authenticator did not confirm the user's presence."),
    /** WEB_AUTHN sign-in: UserVerification is required and the UV flag is not set. */
    ASSERTION_USER_NOT_VERIFIED(ErrorCode.NOT_AUTHORIZED,
        "The passkey's authenticator did not verify the user, and the user pool requires user verification."),
    /** WEB_AUTHN sign-in: the signature does not verify with the stored public key. */
    ASSERTION_SIGNATURE(ErrorCode.NOT_AUTHORIZED, "The passkey's signature does not verify."),
    /** WEB_AUTHN sign-in: the signature counter did not grow (a cloned authenticator, or a replay). */
    ASSERTION_COUNTER(ErrorCode.NOT_AUTHORIZED, "The passkey's signature counter did not increase.");

    private final ErrorCode code;
    private final String message;

    Reason(ErrorCode code, String message) {
      this.code = code;
      this.message = message;
    }
  }

  /**
   * @throws NullPointerException if {@code reason} is null
   */
  public WebAuthnRefused {
    Objects.requireNonNull(reason, "reason is null");
  }

  @Override
  public ErrorCode code() {
    return reason.code;
  }

  @Override
  public String message() {
    return reason.message;
  }
}
