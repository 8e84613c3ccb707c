package dev.userpool.webauthn;

import dev.userpool.error.WebAuthnRefused;
import dev.userpool.error.WebAuthnRefused.Reason;
import dev.userpool.trigger.Json;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.MessageDigest;

/**
 * The WEB_AUTHN sign-in's checks of an AuthenticationResponseJSON against the sign-in's open challenge, in order (W3C
 * WebAuthn Level 2, section 7.2, "Verifying an Authentication Assertion"), each refusal a {@link WebAuthnRefused} with
 * {@code NotAuthorizedException} (the only fitting code RespondToAuthChallenge's model lists):
 * <ol>
 * <li>the JSON: {@code id}, {@code response.clientDataJSON}, {@code response.authenticatorData} and
 * {@code response.signature} in base64url, the client data with type, challenge and origin, the authenticator data
 * decodes: {@code ASSERTION_MALFORMED} ({@code InvalidParameterException});</li>
 * <li>the credential is one of the user's passkeys (never registered, or deleted, is refused):
 * {@code ASSERTION_UNKNOWN_CREDENTIAL};</li>
 * <li>client data type {@code webauthn.get}: {@code ASSERTION_NOT_A_SIGN_IN};</li>
 * <li>client data challenge is the sign-in's: {@code ASSERTION_CHALLENGE};</li>
 * <li>origin: {@code ASSERTION_ORIGIN}; RP ID hash: {@code ASSERTION_RELYING_PARTY};</li>
 * <li>UP flag: {@code ASSERTION_USER_NOT_PRESENT}; UV flag when required: {@code ASSERTION_USER_NOT_VERIFIED};</li>
 * <li>the signature over the authenticator data and the client data's SHA-256, by the stored public key:
 * {@code ASSERTION_SIGNATURE};</li>
 * <li>the counter rule: when either the stored or the presented counter is not 0, the presented one must be greater
 * (section 7.2 step 21: a counter that does not grow signals a cloned authenticator): {@code ASSERTION_COUNTER}.</li>
 * </ol>
 */
public final class Assertion {

  /** The refusals in the order the checks run, for the documentation (the javadoc above gives each check). */
  public static final Seq<Reason> CHECKS = List.of(Reason.ASSERTION_MALFORMED, Reason.ASSERTION_UNKNOWN_CREDENTIAL,
      Reason.ASSERTION_NOT_A_SIGN_IN, Reason.ASSERTION_CHALLENGE, Reason.ASSERTION_ORIGIN, Reason.ASSERTION_RELYING_PARTY,
      Reason.ASSERTION_USER_NOT_PRESENT, Reason.ASSERTION_USER_NOT_VERIFIED, Reason.ASSERTION_SIGNATURE, Reason.ASSERTION_COUNTER);

  private Assertion() {}

  /**
   * The credential with its new counter, to store, or the first refusal.
   *
   * @param rp the pool's relying party
   * @param challenge the sign-in's challenge (base64url)
   * @param credential the CREDENTIAL, parsed
   * @param owned the user's passkeys
   * @param verifier the cryptography
   */
  public static Either<WebAuthnRefused, WebAuthnCredential> check(RelyingParty rp, String challenge, Json credential,
      Seq<WebAuthnCredential> owned, WebAuthnVerifier verifier) {
    Option<String> id = CredentialJson.text(credential, "id");
    Option<byte[]> authenticatorData = CredentialJson.bytes(credential, "response", "authenticatorData");
    Option<byte[]> signature = CredentialJson.bytes(credential, "response", "signature");
    Option<CredentialJson.ClientData> clientData = CredentialJson.bytes(credential, "response", "clientDataJSON")
        .flatMap(CredentialJson::clientData);
    Option<AuthenticatorData> data = authenticatorData.flatMap(bytes -> verifier.authenticatorData(bytes).toOption());
    if (id.isEmpty() || signature.isEmpty() || clientData.isEmpty() || data.isEmpty()) {
      return refuse(Reason.ASSERTION_MALFORMED);
    }
    Option<WebAuthnCredential> stored = owned.find(c -> c.credentialId().equals(id.get()));
    if (stored.isEmpty()) {
      return refuse(Reason.ASSERTION_UNKNOWN_CREDENTIAL);
    }
    CredentialJson.ClientData client = clientData.get();
    if (!"webauthn.get".equals(client.type())) {
      return refuse(Reason.ASSERTION_NOT_A_SIGN_IN);
    }
    if (!challenge.equals(client.challenge())) {
      return refuse(Reason.ASSERTION_CHALLENGE);
    }
    if (!rp.allowsOrigin(client.origin())) {
      return refuse(Reason.ASSERTION_ORIGIN);
    }
    AuthenticatorData authenticator = data.get();
    if (!MessageDigest.isEqual(authenticator.rpIdHash(), rp.idHash())) {
      return refuse(Reason.ASSERTION_RELYING_PARTY);
    }
    if (!authenticator.userPresent()) {
      return refuse(Reason.ASSERTION_USER_NOT_PRESENT);
    }
    if (rp.userVerification() == UserVerification.REQUIRED && !authenticator.userVerified()) {
      return refuse(Reason.ASSERTION_USER_NOT_VERIFIED);
    }
    byte[] signed = concat(authenticatorData.get(), CredentialJson.sha256(client.raw()));
    if (!verifier.verifies(stored.get().publicKey(), signed, signature.get())) {
      return refuse(Reason.ASSERTION_SIGNATURE);
    }
    if (!counterAccepted(stored.get().signCount(), authenticator.signCount())) {
      return refuse(Reason.ASSERTION_COUNTER);
    }
    return Either.right(stored.get().withSignCount(authenticator.signCount()));
  }

  /** The counter rule: both 0 (an authenticator without a counter), or the presented one greater than the stored one. */
  public static boolean counterAccepted(long stored, long presented) {
    return stored == 0 && presented == 0 || presented > stored;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static <T> Either<WebAuthnRefused, T> refuse(Reason reason) {
    return Either.left(new WebAuthnRefused(reason));
  }
}
