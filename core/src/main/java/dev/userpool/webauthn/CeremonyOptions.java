package dev.userpool.webauthn;

import dev.userpool.trigger.Json;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;

/**
 * The options of the two ceremonies as JSON, the form Amplify v6 and browsers' {@code parseCreationOptionsFromJSON} /
 * {@code parseRequestOptionsFromJSON} read (W3C WebAuthn Level 3, sections 5.4 and 5.5; binary members base64url):
 * StartWebAuthnRegistration's CredentialCreationOptions and the WEB_AUTHN challenge's CREDENTIAL_REQUEST_OPTIONS.
 */
public final class CeremonyOptions {

  /** The {@code timeout} of both, in milliseconds: the challenge's {@link WebAuthnChallenge#LIFETIME}. */
  public static final long TIMEOUT_MILLIS = WebAuthnChallenge.LIFETIME.toMillis();

  private CeremonyOptions() {}

  /**
   * PublicKeyCredentialCreationOptionsJSON: {@code challenge}; {@code rp} (the relying party id, and the pool's name as
   * its name); {@code user} (id: the user handle, the sub's UTF-8 bytes; name and displayName: the username);
   * {@code pubKeyCredParams} ES256 then RS256; {@code timeout}; {@code excludeCredentials} (the user's passkeys, so an
   * authenticator does not register twice); {@code authenticatorSelection} (a discoverable credential, required, and the
   * pool's user verification); {@code attestation} none.
   */
  public static Json.Obj creation(RelyingParty rp, String poolName, String sub, String username, String challenge,
      Seq<WebAuthnCredential> owned) {
    return Json.Obj.empty()
        .with("challenge", Json.text(challenge))
        .with("rp", Json.Obj.empty().with("id", Json.text(rp.id())).with("name", Json.text(poolName)))
        .with("user", Json.Obj.empty().with("id", Json.text(userHandle(sub))).with("name", Json.text(username))
            .with("displayName", Json.text(username)))
        .with("pubKeyCredParams", new Json.Arr(Registration.ALGORITHMS.map(alg -> (Json) Json.Obj.empty()
            .with("type", Json.text("public-key")).with("alg", new Json.Num(Integer.toString(alg))))))
        .with("timeout", new Json.Num(Long.toString(TIMEOUT_MILLIS)))
        .with("excludeCredentials", descriptors(owned))
        .with("authenticatorSelection", Json.Obj.empty().with("residentKey", Json.text("required"))
            .with("requireResidentKey", Json.bool(true)).with("userVerification", Json.text(rp.userVerification().wire())))
        .with("attestation", Json.text("none"));
  }

  /**
   * PublicKeyCredentialRequestOptionsJSON: {@code challenge}, {@code timeout}, {@code rpId}, {@code allowCredentials}
   * (the user's passkeys) and {@code userVerification}.
   */
  public static Json.Obj request(RelyingParty rp, String challenge, Seq<WebAuthnCredential> owned) {
    return Json.Obj.empty()
        .with("challenge", Json.text(challenge))
        .with("timeout", new Json.Num(Long.toString(TIMEOUT_MILLIS)))
        .with("rpId", Json.text(rp.id()))
        .with("allowCredentials", descriptors(owned))
        .with("userVerification", Json.text(rp.userVerification().wire()));
  }

  /** The user handle of a user: the sub's UTF-8 bytes, base64url (stable, and no personal data). */
  public static String userHandle(String sub) {
    return CredentialJson.base64Url(sub.getBytes(StandardCharsets.UTF_8));
  }

  /** A fresh challenge's text: 32 random bytes, base64url. */
  public static String challenge(byte[] random) {
    return CredentialJson.base64Url(random);
  }

  private static Json descriptors(Seq<WebAuthnCredential> owned) {
    return new Json.Arr(owned.map(c -> {
      Json.Obj descriptor = Json.Obj.empty().with("type", Json.text("public-key")).with("id", Json.text(c.credentialId()));
      return (Json) (c.transports().isEmpty() ? descriptor : descriptor.with("transports", Json.texts(c.transports())));
    }));
  }
}
