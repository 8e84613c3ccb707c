package dev.userpool.webauthn;

import dev.userpool.error.WebAuthnRefused;
import dev.userpool.error.WebAuthnRefused.Reason;
import dev.userpool.trigger.Json;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * CompleteWebAuthnRegistration's checks of a RegistrationResponseJSON, in order (W3C WebAuthn Level 2, section 7.1,
 * "Registering a New Credential"), each refusal a {@link WebAuthnRefused}:
 * <ol>
 * <li>an open registration challenge (started, not used, not expired): {@code CHALLENGE_NOT_FOUND};</li>
 * <li>the access token's app client is the one that started it: {@code CLIENT_MISMATCH};</li>
 * <li>the user has fewer than {@link #MAX_CREDENTIALS} passkeys: {@code LIMIT_REACHED};</li>
 * <li>the JSON: {@code type} public-key, {@code id}, {@code response.clientDataJSON} and
 * {@code response.attestationObject} in base64url, the client data JSON with type, challenge and origin:
 * {@code CREDENTIAL_MALFORMED};</li>
 * <li>client data type {@code webauthn.create}: {@code NOT_A_REGISTRATION};</li>
 * <li>client data challenge is the open one: {@code CHALLENGE_NOT_FOUND};</li>
 * <li>the origin is the relying party's ({@link RelyingParty#allowsOrigin}): {@code ORIGIN_NOT_ALLOWED};</li>
 * <li>the attestation object decodes, with attested credential data whose id is the JSON's: {@code CREDENTIAL_MALFORMED};</li>
 * <li>RP ID hash: {@code RELYING_PARTY_MISMATCH};</li>
 * <li>UP flag: {@code USER_NOT_PRESENT}; UV flag when the pool requires verification: {@code USER_NOT_VERIFIED};</li>
 * <li>algorithm ES256 (-7) or RS256 (-257): {@code ALGORITHM_NOT_SUPPORTED};</li>
 * <li>attestation format {@code none} or {@code packed}: {@code ATTESTATION_NOT_SUPPORTED}; its statement verifies:
 * {@code ATTESTATION_INVALID};</li>
 * <li>the credential id is no one's yet: {@code ALREADY_REGISTERED}.</li>
 * </ol>
 */
public final class Registration {

  /** How many passkeys one user may have (the library's decision: ListWebAuthnCredentials' MaxResults is 20 at most). */
  public static final int MAX_CREDENTIALS = 20;

  /** The COSE algorithms accepted: ES256 and RS256, the two CredentialCreationOptions offers. */
  public static final Seq<Integer> ALGORITHMS = List.of(-7, -257);

  /** The refusals in the order the checks run, for the documentation (the javadoc above gives each check). */
  public static final Seq<Reason> CHECKS = List.of(Reason.CHALLENGE_NOT_FOUND, Reason.CLIENT_MISMATCH, Reason.LIMIT_REACHED,
      Reason.CREDENTIAL_MALFORMED, Reason.NOT_A_REGISTRATION, Reason.CHALLENGE_NOT_FOUND, Reason.ORIGIN_NOT_ALLOWED,
      Reason.CREDENTIAL_MALFORMED, Reason.RELYING_PARTY_MISMATCH, Reason.USER_NOT_PRESENT, Reason.USER_NOT_VERIFIED,
      Reason.ALGORITHM_NOT_SUPPORTED, Reason.ATTESTATION_NOT_SUPPORTED, Reason.ATTESTATION_INVALID, Reason.ALREADY_REGISTERED);

  /** The attestation formats accepted. */
  public static final Seq<String> FORMATS = List.of("none", "packed");

  private Registration() {}

  /**
   * The credential to store, or the first refusal.
   *
   * @param rp the pool's relying party
   * @param open the user's open registration challenge, if any
   * @param clientId the access token's app client
   * @param credential the Credential document
   * @param owned the user's passkeys
   * @param registered whether a credential id is already registered in the pool
   * @param verifier the cryptography
   * @param now the time
   */
  public static Either<WebAuthnRefused, WebAuthnCredential> check(RelyingParty rp, Option<WebAuthnChallenge> open, String clientId,
      Json credential, Seq<WebAuthnCredential> owned, Predicate<String> registered, WebAuthnVerifier verifier, Instant now) {
    if (open.isEmpty() || !open.get().openAt(now)) {
      return refuse(Reason.CHALLENGE_NOT_FOUND);
    }
    WebAuthnChallenge challenge = open.get();
    if (!challenge.clientId().equals(clientId)) {
      return refuse(Reason.CLIENT_MISMATCH);
    }
    if (owned.size() >= MAX_CREDENTIALS) {
      return refuse(Reason.LIMIT_REACHED);
    }
    Option<String> id = CredentialJson.text(credential, "id");
    Option<byte[]> attestationObject = CredentialJson.bytes(credential, "response", "attestationObject");
    Option<CredentialJson.ClientData> clientData = CredentialJson.bytes(credential, "response", "clientDataJSON")
        .flatMap(CredentialJson::clientData);
    if (!CredentialJson.text(credential, "type").contains("public-key") || id.isEmpty() || attestationObject.isEmpty()
        || clientData.isEmpty()) {
      return refuse(Reason.CREDENTIAL_MALFORMED);
    }
    CredentialJson.ClientData client = clientData.get();
    if (!"webauthn.create".equals(client.type())) {
      return refuse(Reason.NOT_A_REGISTRATION);
    }
    if (!challenge.challenge().equals(client.challenge())) {
      return refuse(Reason.CHALLENGE_NOT_FOUND);
    }
    if (!rp.allowsOrigin(client.origin())) {
      return refuse(Reason.ORIGIN_NOT_ALLOWED);
    }
    Either<String, WebAuthnVerifier.Attestation> decoded = verifier.attestation(attestationObject.get(),
        CredentialJson.sha256(client.raw()));
    if (decoded.isLeft() || decoded.get().data().credential().isEmpty()
        || !decoded.get().data().credential().get().credentialId().equals(id.get())) {
      return refuse(Reason.CREDENTIAL_MALFORMED);
    }
    WebAuthnVerifier.Attestation attestation = decoded.get();
    AuthenticatorData data = attestation.data();
    if (!MessageDigest.isEqual(data.rpIdHash(), rp.idHash())) {
      return refuse(Reason.RELYING_PARTY_MISMATCH);
    }
    if (!data.userPresent()) {
      return refuse(Reason.USER_NOT_PRESENT);
    }
    if (rp.userVerification() == UserVerification.REQUIRED && !data.userVerified()) {
      return refuse(Reason.USER_NOT_VERIFIED);
    }
    AuthenticatorData.AttestedCredential attested = data.credential().get();
    if (!ALGORITHMS.contains(attested.algorithm())) {
      return refuse(Reason.ALGORITHM_NOT_SUPPORTED);
    }
    if (!FORMATS.contains(attestation.format())) {
      return refuse(Reason.ATTESTATION_NOT_SUPPORTED);
    }
    if (!attestation.statementVerifies()) {
      return refuse(Reason.ATTESTATION_INVALID);
    }
    if (registered.test(attested.credentialId())) {
      return refuse(Reason.ALREADY_REGISTERED);
    }
    Option<String> attachment = CredentialJson.text(credential, "authenticatorAttachment");
    return Either.right(new WebAuthnCredential(attested.credentialId(), challenge.sub(), rp.id(), attested.publicKey(),
        attested.algorithm(), data.signCount(), CredentialJson.strings(credential, "response", "transports"), attachment,
        friendlyName(attachment), now));
  }

  /** FriendlyCredentialName: Cognito generates one; the library's is the kind of authenticator. */
  static String friendlyName(Option<String> attachment) {
    return attachment.contains("platform") ? "Passkey on this device" : attachment.contains("cross-platform") ? "Security key" : "Passkey";
  }

  private static <T> Either<WebAuthnRefused, T> refuse(Reason reason) {
    return Either.left(new WebAuthnRefused(reason));
  }
}
