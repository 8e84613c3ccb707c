package dev.userpool.token;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One RSA key that signs (or signed) tokens of one {@link TokenUse}, as a store keeps it: Cognito publishes
 * each pool's keys as a JWKS whose entries a token's {@code kid} header names. The key material is opaque
 * text here, encoded by the signing adapter: the public key as Base64 of its X.509 SubjectPublicKeyInfo, the
 * private key in whatever protected form the adapter chose (PKCS#8, plain or encrypted). The domain only
 * decides which keys sign and which still verify ({@link SigningKeySet}). {@link #toString()} never shows
 * the private key.
 *
 * @param kid the key's id, as tokens' {@code kid} header and the JWKS name it
 * @param use the tokens it signs
 * @param publicKey the public key, Base64 of its X.509 SubjectPublicKeyInfo (DER)
 * @param privateKey the private key in the adapter's protected form; a secret
 * @param verifiesUntil none while the key signs; once it is retired, until when tokens it signed still verify
 */
public record SigningKey(String kid, TokenUse use, String publicKey, String privateKey, Option<Instant> verifiesUntil) {

  /**
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the kid or a key is empty
   */
  public SigningKey {
    Objects.requireNonNull(kid, "kid is null");
    Objects.requireNonNull(use, "use is null");
    Objects.requireNonNull(publicKey, "publicKey is null");
    Objects.requireNonNull(privateKey, "privateKey is null");
    Objects.requireNonNull(verifiesUntil, "verifiesUntil is null");
    if (kid.isEmpty() || publicKey.isEmpty() || privateKey.isEmpty()) {
      throw new IllegalArgumentException("a signing key needs a kid and both keys");
    }
  }

  /** A key that signs from now on. */
  public static SigningKey signing(String kid, TokenUse use, String publicKey, String privateKey) {
    return new SigningKey(kid, use, publicKey, privateKey, Option.none());
  }

  /** Whether this key signs new tokens (it has not been retired). */
  public boolean signs() {
    return verifiesUntil.isEmpty();
  }

  /** Whether tokens this key signed still verify at {@code now}: it signs, or it was retired and {@code now} is before its end. */
  public boolean verifiesAt(Instant now) {
    Objects.requireNonNull(now, "now is null");
    return verifiesUntil.forAll(now::isBefore);
  }

  /** This key, retired: it signs nothing more and verifies until {@code until}. */
  SigningKey retiredUntil(Instant until) {
    return new SigningKey(kid, use, publicKey, privateKey, Option.some(until));
  }

  @Override
  public String toString() {
    return "SigningKey[kid=" + kid + ", use=" + use + ", privateKey=***, verifiesUntil=" + verifiesUntil + "]";
  }
}
