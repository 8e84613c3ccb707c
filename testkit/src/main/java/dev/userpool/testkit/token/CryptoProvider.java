package dev.userpool.testkit.token;

import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import dev.userpool.srp.FixedBasePower;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Which JCA provider computes the RS256 signatures of tokens: the Amazon Corretto Crypto Provider (ACCP,
 * AWS-LC's native code through JNI, about four times the JDK's speed for a 2048-bit RSA signature, see
 * docs/PERFORMANCE.md) when it is on the class path and its native library loads, otherwise the JDK's own
 * providers. The choice is made once per JVM ({@link #detect()}) and never fails: on another operating system
 * or architecture, or without the optional dependency, the JDK serves. Either way the signatures are the same
 * bytes (RSASSA-PKCS1-v1_5 is deterministic). The provider is used explicitly by this library's signers; it is
 * not installed in the JVM's provider list, so nothing else in the process changes.
 *
 * <p>SRP's arithmetic does not go through a provider: its powers of {@code g} use a fixed-base table in pure
 * Java ({@code dev.userpool.srp.FixedBasePower}), the other powers the JDK's {@code BigInteger.modPow}, which
 * the measured native candidates did not beat.
 */
public final class CryptoProvider {

  /** The class of the native provider looked for. */
  public static final String NATIVE_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

  private static final CryptoProvider DETECTED = loading(NATIVE_CLASS);

  private final Provider provider;
  private final String reason;

  private CryptoProvider(Provider provider, String reason) {
    this.provider = provider;
    this.reason = reason;
  }

  // -- static API

  /** The provider this JVM uses: the native one if it loaded, the JDK's otherwise (decided once). */
  public static CryptoProvider detect() {
    return DETECTED;
  }

  /** The JDK's own providers, whatever else is on the class path. */
  public static CryptoProvider jdk() {
    return new CryptoProvider(null, "chosen");
  }

  /**
   * The provider whose class is {@code className} (a {@code java.security.Provider} with a static
   * {@code INSTANCE} field and a {@code getLoadingError()} method, as ACCP has), or the JDK's with the reason
   * when the class is missing, its native library did not load, or anything else went wrong.
   */
  static CryptoProvider loading(String className) {
    try {
      Class<?> type = Class.forName(className, true, CryptoProvider.class.getClassLoader());
      Provider instance = (Provider) type.getField("INSTANCE").get(null);
      Object error = type.getMethod("getLoadingError").invoke(instance);
      if (error != null) {
        return new CryptoProvider(null, "the native library did not load: " + error);
      }
      return new CryptoProvider(instance, "");
    } catch (ClassNotFoundException e) {
      return new CryptoProvider(null, className + " is not on the class path");
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return new CryptoProvider(null, className + " could not be used: " + e);
    }
  }

  // -- use

  /**
   * An RS256 signer for {@code key} on this provider. The native provider gets the key in its own form once
   * (translated here), so that a signature does not import the key into AWS-LC again.
   */
  public RSASSASigner signer(RSAPrivateKey key) {
    RSASSASigner signer = new RSASSASigner(translated(Objects.requireNonNull(key, "key is null")) instanceof RSAPrivateKey own ? own : key);
    if (provider != null) {
      signer.getJCAContext().setProvider(provider);
    }
    return signer;
  }

  /** An RS256 verifier for {@code key} on this provider. */
  public RSASSAVerifier verifier(RSAPublicKey key) {
    RSASSAVerifier verifier = new RSASSAVerifier(
        translated(Objects.requireNonNull(key, "key is null")) instanceof RSAPublicKey own ? own : key);
    if (provider != null) {
      verifier.getJCAContext().setProvider(provider);
    }
    return verifier;
  }

  /** {@code key} as the native provider's own key object, or as it is (the JDK's, or when translation fails). */
  private Key translated(Key key) {
    if (provider == null) {
      return key;
    }
    try {
      return KeyFactory.getInstance("RSA", provider).translateKey(key);
    } catch (GeneralSecurityException e) {
      return key;
    }
  }

  // -- what serves

  /** Whether native code (ACCP) computes the signatures. */
  public boolean isNative() {
    return provider != null;
  }

  /** The native provider, when it serves. */
  public Optional<Provider> provider() {
    return Optional.ofNullable(provider);
  }

  /**
   * One line for a start-up banner: which provider signs and why, e.g. {@code crypto: RS256 by
   * AmazonCorrettoCryptoProvider 2.5.0 (native, AWS-LC); SRP in Java (fixed-base table for g, Montgomery
   * multiplication (the JDK's))}; where {@code java.base} does not open {@code java.math} (no {@code
   * --add-opens java.base/java.math=ALL-UNNAMED}), the table multiplies by Barrett's reduction and the line says so.
   */
  public String describe() {
    String rsa = provider != null
        ? "RS256 by " + provider.getName() + " " + provider.getVersionStr() + " (native, AWS-LC)"
        : "RS256 by the JDK (" + reason + ")";
    return "crypto: " + rsa + "; SRP in Java (fixed-base table for g, " + FixedBasePower.multiplication() + ")";
  }

  @Override
  public String toString() {
    return describe();
  }
}
