package dev.userpool.testkit;

import com.webauthn4j.converter.util.ObjectConverter;
import dev.userpool.testkit.sdk.DocumentValues;
import dev.userpool.trigger.Json;
import io.vavr.collection.List;
import io.vavr.control.Option;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.authenticator.RSACOSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.document.Document;

/**
 * A software passkey authenticator for tests: it answers CredentialCreationOptions with a RegistrationResponseJSON and
 * CREDENTIAL_REQUEST_OPTIONS with an AuthenticationResponseJSON, as a browser and a platform authenticator would
 * (attestation {@code none} or {@code packed} self attestation, ES256 or RS256 keys, a signature counter), so a test can
 * register a passkey with CompleteWebAuthnRegistration and sign in with it. Each setter returns a copy that shares the
 * credentials made so far; the {@code with...} knobs make the wrong answers a test of the checks needs (another origin,
 * another RP ID, no user verification, a counter that does not grow). Thread-safe.
 *
 * <pre>{@code
 * TestAuthenticator phone = TestAuthenticator.es256().origin("https://example.com");
 * String options = client.startWebAuthnRegistration(...).credentialCreationOptions().toString();
 * String credential = phone.register(options);   // RegistrationResponseJSON
 * }</pre>
 */
public final class TestAuthenticator {

  private static final ObjectConverter CBOR = new ObjectConverter();

  /** One credential this authenticator holds. */
  private record Held(KeyPair keys, COSEAlgorithmIdentifier algorithm, String rpId, String userHandle, long[] counter) {}

  private final Map<String, Held> held;
  private final COSEAlgorithmIdentifier algorithm;
  private final String origin;
  private final String rpIdOverride;
  private final boolean userPresent;
  private final boolean userVerified;
  private final String format;
  private final int counterStep;
  private final SecureRandom random;

  private TestAuthenticator(Map<String, Held> held, COSEAlgorithmIdentifier algorithm, String origin, String rpIdOverride,
      boolean userPresent, boolean userVerified, String format, int counterStep, SecureRandom random) {
    this.held = held;
    this.algorithm = algorithm;
    this.origin = origin;
    this.rpIdOverride = rpIdOverride;
    this.userPresent = userPresent;
    this.userVerified = userVerified;
    this.format = format;
    this.counterStep = counterStep;
    this.random = random;
  }

  /** An authenticator with ES256 keys, attestation none, user presence and verification, a counter counting up by 1. */
  public static TestAuthenticator es256() {
    return new TestAuthenticator(new ConcurrentHashMap<>(), COSEAlgorithmIdentifier.ES256, null, null, true, true, "none", 1,
        new SecureRandom());
  }

  /** The same with RS256 keys. */
  public static TestAuthenticator rs256() {
    return es256().algorithm(COSEAlgorithmIdentifier.RS256);
  }

  private TestAuthenticator algorithm(COSEAlgorithmIdentifier alg) {
    return new TestAuthenticator(held, alg, origin, rpIdOverride, userPresent, userVerified, format, counterStep, random);
  }

  /** The origin the client data names; by default {@code https://} and the options' RP ID. */
  public TestAuthenticator origin(String value) {
    return new TestAuthenticator(held, algorithm, Objects.requireNonNull(value, "value is null"), rpIdOverride, userPresent,
        userVerified, format, counterStep, random);
  }

  /** Another RP ID than the options' for the authenticator data's hash (a credential made for another site). */
  public TestAuthenticator withRpId(String value) {
    return new TestAuthenticator(held, algorithm, origin, value, userPresent, userVerified, format, counterStep, random);
  }

  /** The UP and UV flags this authenticator sets. */
  public TestAuthenticator withFlags(boolean present, boolean verified) {
    return new TestAuthenticator(held, algorithm, origin, rpIdOverride, present, verified, format, counterStep, random);
  }

  /** The attestation format of registrations: {@code none}, {@code packed} (self attestation) or anything to test refusal. */
  public TestAuthenticator withAttestation(String value) {
    return new TestAuthenticator(held, algorithm, origin, rpIdOverride, userPresent, userVerified, value, counterStep, random);
  }

  /** How much the signature counter grows per signature: 0 for an authenticator without a counter, negative to go back. */
  public TestAuthenticator withCounterStep(int step) {
    return new TestAuthenticator(held, algorithm, origin, rpIdOverride, userPresent, userVerified, format, step, random);
  }

  /**
   * The RegistrationResponseJSON for CredentialCreationOptions (JSON text): a new key pair for the options' RP ID and
   * user, its credential id random.
   */
  public String register(String creationOptions) {
    Json options = read(creationOptions);
    String rpId = text(options, "rp", "id");
    byte[] credentialId = new byte[32];
    random.nextBytes(credentialId);
    KeyPair keys = generate(algorithm);
    String id = base64Url(credentialId);
    held.put(id, new Held(keys, algorithm, rpId, text(options, "user", "id"), new long[]{ 0 }));
    byte[] clientData = clientData("webauthn.create", text(options, "challenge"), rpId);
    byte[] cose = CBOR.getCborConverter().writeValueAsBytes(coseKey(keys, algorithm));
    byte[] authData = authenticatorData(rpId, 0, credentialId, cose);
    Map<String, Object> statement = new LinkedHashMap<>();
    if ("packed".equals(format)) {
      statement.put("alg", algorithm.getValue());
      statement.put("sig", sign(keys, algorithm, concat(authData, sha256(clientData))));
    }
    Map<String, Object> attestation = new LinkedHashMap<>();
    attestation.put("fmt", format);
    attestation.put("attStmt", statement);
    attestation.put("authData", authData);
    Json.Obj response = Json.Obj.empty().with("clientDataJSON", Json.text(base64Url(clientData)))
        .with("attestationObject", Json.text(base64Url(CBOR.getCborConverter().writeValueAsBytes(attestation))))
        .with("transports", Json.texts(List.of("internal")));
    return credential(id, response).render();
  }

  /** {@link #register(String)} for StartWebAuthnRegistration's CredentialCreationOptions, as CompleteWebAuthnRegistration's Credential. */
  public Document register(Document creationOptions) {
    return DocumentValues.document(read(register(DocumentValues.json(creationOptions).render())));
  }

  /**
   * The AuthenticationResponseJSON for CREDENTIAL_REQUEST_OPTIONS (JSON text): signed by the first credential this
   * authenticator holds among {@code allowCredentials} (any of the RP ID's when the list is empty).
   *
   * @throws IllegalStateException if it holds none
   */
  public String signIn(String requestOptions) {
    Json options = read(requestOptions);
    String rpId = text(options, "rpId");
    String id = null;
    Option<Json> allowed = options instanceof Json.Obj o ? o.get("allowCredentials") : Option.none();
    for (Json descriptor : allowed.map(a -> a instanceof Json.Arr arr ? arr.items() : List.<Json>empty()).getOrElse(List.empty())) {
      if (held.containsKey(text(descriptor, "id"))) {
        id = text(descriptor, "id");
        break;
      }
    }
    if (id == null) {
      id = held.entrySet().stream().filter(e -> e.getValue().rpId().equals(rpId)).map(Map.Entry::getKey).findFirst()
          .orElseThrow(() -> new IllegalStateException("this authenticator holds no passkey for " + rpId));
    }
    return signIn(requestOptions, id);
  }

  /** The AuthenticationResponseJSON signed by the credential {@code credentialId} (which must be this authenticator's). */
  public String signIn(String requestOptions, String credentialId) {
    Json options = read(requestOptions);
    Held credential = held.get(credentialId);
    if (credential == null) {
      throw new IllegalStateException("this authenticator does not hold " + credentialId);
    }
    long counter;
    synchronized (credential) {
      credential.counter()[0] += counterStep;
      counter = Math.max(0, credential.counter()[0]);
    }
    String rpId = text(options, "rpId");
    byte[] clientData = clientData("webauthn.get", text(options, "challenge"), rpId);
    byte[] authData = authenticatorData(rpId, counter, null, null);
    byte[] signature = sign(credential.keys(), credential.algorithm(), concat(authData, sha256(clientData)));
    Json.Obj response = Json.Obj.empty().with("clientDataJSON", Json.text(base64Url(clientData)))
        .with("authenticatorData", Json.text(base64Url(authData))).with("signature", Json.text(base64Url(signature)))
        .with("userHandle", Json.text(credential.userHandle()));
    return credential(credentialId, response).render();
  }

  /** The ids of the credentials this authenticator holds. */
  public Set<String> credentialIds() {
    return Set.copyOf(held.keySet());
  }

  private static Json.Obj credential(String id, Json.Obj response) {
    return Json.Obj.empty().with("id", Json.text(id)).with("rawId", Json.text(id)).with("type", Json.text("public-key"))
        .with("authenticatorAttachment", Json.text("platform")).with("response", response)
        .with("clientExtensionResults", Json.Obj.empty());
  }

  private byte[] clientData(String type, String challenge, String rpId) {
    Json.Obj data = Json.Obj.empty().with("type", Json.text(type)).with("challenge", Json.text(challenge))
        .with("origin", Json.text(origin == null ? "https://" + rpId : origin)).with("crossOrigin", Json.bool(false));
    return data.render().getBytes(StandardCharsets.UTF_8);
  }

  /** The string at {@code path} in {@code json}, or "" when there is none. */
  private static String text(Json json, String... path) {
    Option<Json> at = Option.some(json);
    for (String name : path) {
      at = at.flatMap(j -> j instanceof Json.Obj o ? o.get(name) : Option.none());
    }
    return at.flatMap(j -> j instanceof Json.Text t ? Option.some(t.value()) : Option.none()).getOrElse("");
  }

  private byte[] authenticatorData(String rpId, long counter, byte[] credentialId, byte[] cose) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sha256((rpIdOverride == null ? rpId : rpIdOverride).getBytes(StandardCharsets.UTF_8)));
    int flags = (userPresent ? 0x01 : 0) | (userVerified ? 0x04 : 0) | (credentialId == null ? 0 : 0x40);
    out.write(flags);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) counter).array());
    if (credentialId != null) {
      out.writeBytes(new byte[16]);
      out.writeBytes(ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
      out.writeBytes(credentialId);
      out.writeBytes(cose);
    }
    return out.toByteArray();
  }

  private static COSEKey coseKey(KeyPair keys, COSEAlgorithmIdentifier alg) {
    return alg.equals(COSEAlgorithmIdentifier.RS256)
        ? RSACOSEKey.create((RSAPublicKey) keys.getPublic(), alg)
        : EC2COSEKey.create((ECPublicKey) keys.getPublic(), alg);
  }

  private static KeyPair generate(COSEAlgorithmIdentifier alg) {
    try {
      if (alg.equals(COSEAlgorithmIdentifier.RS256)) {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return rsa.generateKeyPair();
      }
      KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
      ec.initialize(new ECGenParameterSpec("secp256r1"));
      return ec.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform makes EC and RSA keys", e);
    }
  }

  private static byte[] sign(KeyPair keys, COSEAlgorithmIdentifier alg, byte[] data) {
    try {
      Signature signer = Signature.getInstance(alg.equals(COSEAlgorithmIdentifier.RS256) ? "SHA256withRSA" : "SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(data);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing failed", e);
    }
  }

  private static Json read(String json) {
    return Json.parse(json).getOrElseThrow(problem -> new IllegalArgumentException("the options are not JSON: " + problem));
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
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
    return "TestAuthenticator[" + held.size() + " passkeys]";
  }
}
