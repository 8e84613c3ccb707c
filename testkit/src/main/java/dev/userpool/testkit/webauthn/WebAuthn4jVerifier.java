package dev.userpool.testkit.webauthn;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import tools.jackson.databind.JsonNode;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.attestation.statement.PackedAttestationStatement;
import dev.userpool.webauthn.AuthenticatorData;
import dev.userpool.webauthn.WebAuthnVerifier;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The {@link WebAuthnVerifier} port on webauthn4j: attestation objects and authenticator data decoded by its converters,
 * COSE keys kept as their CBOR bytes, signatures checked with the JDK (ES256 as ASN.1 DER, RS256 as PKCS #1 v1.5, as
 * WebAuthn signs them). Attestation statements: {@code none} verifies; {@code packed} verifies when its signature over
 * the authenticator data and the client data hash checks with the credential's key (self attestation) or the first
 * certificate's (the certificate's trust is not judged: a test pool trusts every authenticator); other formats do not.
 * Thread-safe.
 */
public final class WebAuthn4jVerifier implements WebAuthnVerifier {

  private final ObjectConverter converter = new ObjectConverter();
  private final AttestationObjectConverter attestations = new AttestationObjectConverter(converter);
  private final AuthenticatorDataConverter authenticatorData = new AuthenticatorDataConverter(converter);

  @Override
  public Either<String, Attestation> attestation(byte[] attestationObject, byte[] clientDataHash) {
    try {
      JsonNode map = converter.getCborConverter().readTree(attestationObject);
      JsonNode format = map == null ? null : map.get("fmt");
      JsonNode rawData = map == null ? null : map.get("authData");
      if (format == null || !format.isString() || rawData == null || !rawData.isBinary()) {
        return Either.left("not an attestation object");
      }
      byte[] raw = rawData.binaryValue();
      var data = authenticatorData.convert(raw);
      AttestedCredentialData credential = data.getAttestedCredentialData();
      boolean verifies = credential != null && statementVerifies(format.stringValue(), attestationObject, credential.getCOSEKey(),
          concat(raw, clientDataHash));
      return Either.right(new Attestation(format.stringValue(),
          data(data.getRpIdHash(), data.isFlagUP(), data.isFlagUV(), data.getSignCount(), credential), verifies));
    } catch (RuntimeException e) {
      return Either.left("the attestation object does not decode");
    }
  }

  /** Whether the statement of a {@code none} or {@code packed} attestation verifies; other formats are not judged. */
  private boolean statementVerifies(String format, byte[] attestationObject, COSEKey key, byte[] signed) {
    if (!"none".equals(format) && !"packed".equals(format)) {
      return false;
    }
    try {
      return statementVerifies(attestations.convert(attestationObject).getAttestationStatement(), key, signed);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean statementVerifies(AttestationStatement statement, COSEKey key, byte[] signed) {
    if (statement instanceof NoneAttestationStatement) {
      return true;
    }
    if (statement instanceof PackedAttestationStatement packed) {
      try {
        PublicKey signer = packed.getX5c() == null || packed.getX5c().isEmpty()
            ? key.getPublicKey()
            : packed.getX5c().getEndEntityAttestationCertificate().getCertificate().getPublicKey();
        return verify(signer, packed.getAlg().getValue(), signed, packed.getSig());
      } catch (RuntimeException e) {
        return false;
      }
    }
    return false;
  }

  @Override
  public Either<String, AuthenticatorData> authenticatorData(byte[] bytes) {
    try {
      var data = authenticatorData.convert(bytes);
      return Either
          .right(data(data.getRpIdHash(), data.isFlagUP(), data.isFlagUV(), data.getSignCount(), data.getAttestedCredentialData()));
    } catch (RuntimeException e) {
      return Either.left("the authenticator data does not decode");
    }
  }

  private AuthenticatorData data(byte[] rpIdHash, boolean userPresent, boolean userVerified, long signCount,
      AttestedCredentialData credential) {
    Option<AuthenticatorData.AttestedCredential> attested = credential == null || credential.getCOSEKey() == null
        ? Option.none()
        : Option.some(new AuthenticatorData.AttestedCredential(base64Url(credential.getCredentialId()),
            base64Url(converter.getCborConverter().writeValueAsBytes(credential.getCOSEKey())), algorithm(credential.getCOSEKey())));
    return new AuthenticatorData(rpIdHash, userPresent, userVerified, signCount, attested);
  }

  private static int algorithm(COSEKey key) {
    return key.getAlgorithm() == null ? 0 : (int) key.getAlgorithm().getValue();
  }

  @Override
  public boolean verifies(String publicKey, byte[] signed, byte[] signature) {
    try {
      COSEKey key = converter.getCborConverter().readValue(Base64.getUrlDecoder().decode(publicKey), COSEKey.class);
      return key != null && key.getAlgorithm() != null && verify(key.getPublicKey(), key.getAlgorithm().getValue(), signed, signature);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean verify(PublicKey key, long algorithm, byte[] signed, byte[] signature) {
    String name = algorithm == -7 ? "SHA256withECDSA" : algorithm == -257 ? "SHA256withRSA" : null;
    if (name == null || key == null) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(name);
      verifier.initVerify(key);
      verifier.update(signed);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "WebAuthn4jVerifier";
  }
}
