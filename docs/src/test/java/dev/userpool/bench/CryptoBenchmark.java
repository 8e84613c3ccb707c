package dev.userpool.bench;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import dev.userpool.testkit.token.CryptoProvider;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The JDK's providers against the Amazon Corretto Crypto Provider (ACCP, AWS-LC through JNI) on what a sign-in
 * and a password set compute: an RS256 token signature (2048-bit key, through nimbus-jose-jwt as
 * {@code RsaTokenSigner} signs), a bare {@code SHA256withRSA}, SHA-256 of a token-sized input, one HMAC-SHA256
 * of 32 bytes (one PBKDF2 iteration's work) and 10,000 PBKDF2 iterations written as policy's hasher writes them
 * over the provider's {@code Mac}. Compare the two {@code provider} values within one run.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CryptoBenchmark extends BenchDefaults {

  @Param({ "jdk", "accp" })
  public String provider;

  Provider jca;
  RSASSASigner jws;
  RSAPrivateKey key;
  JWSHeader header = new JWSHeader(JWSAlgorithm.RS256);
  byte[] token = new byte[700];
  byte[] block = new byte[32];
  Mac mac;

  @Setup
  public void setUp() throws GeneralSecurityException {
    CryptoProvider crypto = provider.equals("jdk") ? CryptoProvider.jdk() : CryptoProvider.detect();
    if (provider.equals("accp") && !crypto.isNative()) {
      throw new IllegalStateException("ACCP did not load: " + crypto.describe());
    }
    jca = crypto.provider().orElse(null);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, new SecureRandom(new byte[]{ 1 }));
    KeyPair pair = generator.generateKeyPair();
    key = (RSAPrivateKey) pair.getPrivate();
    jws = crypto.signer(key);
    Arrays.fill(token, (byte) 'a');
    mac = jca == null ? Mac.getInstance("HmacSHA256") : Mac.getInstance("HmacSHA256", jca);
    mac.init(new SecretKeySpec("Blue-Harbor-42!".getBytes(), "HmacSHA256"));
  }

  @Benchmark
  public Base64URL rs256Token() throws JOSEException {
    return jws.sign(header, token);
  }

  @Benchmark
  public byte[] sha256WithRsa() throws GeneralSecurityException {
    Signature signature = jca == null ? Signature.getInstance("SHA256withRSA") : Signature.getInstance("SHA256withRSA", jca);
    signature.initSign(key);
    signature.update(token);
    return signature.sign();
  }

  @Benchmark
  public byte[] sha256() throws GeneralSecurityException {
    MessageDigest digest = jca == null ? MessageDigest.getInstance("SHA-256") : MessageDigest.getInstance("SHA-256", jca);
    return digest.digest(token);
  }

  @Benchmark
  public byte[] hmac32() {
    mac.update(block);
    return mac.doFinal();
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] pbkdf2Iterations10k() throws GeneralSecurityException {
    byte[] u = block.clone();
    byte[] t = u.clone();
    for (int i = 1; i < 10_000; i++) {
      mac.update(u);
      mac.doFinal(u, 0);
      for (int k = 0; k < 32; k++) {
        t[k] ^= u[k];
      }
    }
    return t;
  }
}
