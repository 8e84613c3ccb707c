package dev.userpool.testkit.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dev.userpool.token.TokenClaims;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Which provider signs, and that both sign the same bytes: RFC 7515 appendix A.2's RS256 known answer, and
 * the tokens of one seeded signer, under the JDK and under the native provider.
 */
class CryptoProviderTest {

  // RFC 7515, appendix A.2: the RSA key (n, e, d as base64url) and the JWS it signs with RS256.
  private static final String N = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yR"
      + "T-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXB"
      + "dQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9ia"
      + "GNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
  private static final String E = "AQAB";
  private static final String D = "Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_GQ5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46su"
      + "i395IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_V51gfpRLI9JYanrC4D4"
      + "qAdGcopV_0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_jTj3ccPDVZFD9pIuhLhBOneufuBiB"
      + "4cS98l2SR_RQyGWSeWjnczT0QU91p1DhOVRuOopznQ";
  private static final String HEADER = "eyJhbGciOiJSUzI1NiJ9";
  private static final String PAYLOAD = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
  private static final String SIGNATURE = "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2F"
      + "p5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQB"
      + "MHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeY"
      + "I2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";

  static List<CryptoProvider> providers() {
    return List.of(CryptoProvider.jdk(), CryptoProvider.detect());
  }

  @ParameterizedTest
  @MethodSource("providers")
  void shouldSignRfc7515sKnownAnswer(CryptoProvider provider) throws Exception {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    RSAPrivateKey key = (RSAPrivateKey) rsa.generatePrivate(new RSAPrivateKeySpec(number(N), number(D)));
    RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(number(N), number(E)));
    byte[] input = (HEADER + "." + PAYLOAD).getBytes(StandardCharsets.US_ASCII);

    Base64URL signature = provider.signer(key).sign(new JWSHeader(JWSAlgorithm.RS256), input);

    assertThat(signature.toString()).isEqualTo(SIGNATURE);
    assertThat(provider.verifier(publicKey).verify(new JWSHeader(JWSAlgorithm.RS256), input, new Base64URL(SIGNATURE))).isTrue();
  }

  @Test
  void shouldSignTokensAlikeUnderBothProviders() throws Exception {
    RsaTokenSigner jdk = RsaTokenSigner.seeded(42).usingProvider(CryptoProvider.jdk());
    RsaTokenSigner detected = RsaTokenSigner.seeded(42).usingProvider(CryptoProvider.detect());
    TokenClaims claims = RsaTokenSignerTest.claims();

    String byJdk = jdk.sign(claims.access());
    String byDetected = detected.sign(claims.access());

    assertThat(byDetected).isEqualTo(byJdk);
    assertThat(jdk.verify(byDetected)).contains(claims.access());
    assertThat(detected.verify(byJdk)).contains(claims.access());
    assertThat(SignedJWT.parse(byJdk).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jdk.cryptoProvider().isNative()).isFalse();
  }

  @Test
  void shouldServeNativelyOnLinuxX8664() {
    assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
        && List.of("amd64", "x86_64").contains(System.getProperty("os.arch")), "ACCP ships for Linux x86-64 only");

    CryptoProvider detected = CryptoProvider.detect();

    assertThat(detected.isNative()).isTrue();
    assertThat(detected.provider()).hasValueSatisfying(p -> assertThat(p.getName()).isEqualTo("AmazonCorrettoCryptoProvider"));
    assertThat(detected.describe()).startsWith("crypto: RS256 by AmazonCorrettoCryptoProvider 2.5.0 (native, AWS-LC); SRP in Java");
    assertThat(RsaTokenSigner.seeded(42).cryptoProvider()).isSameAs(detected);
  }

  @Test
  void shouldFallBackToTheJdkWhenTheProviderIsMissing() {
    CryptoProvider missing = CryptoProvider.loading("com.example.NoSuchProvider");

    assertThat(missing.isNative()).isFalse();
    assertThat(missing.provider()).isEmpty();
    assertThat(missing.describe())
        .isEqualTo("crypto: RS256 by the JDK (com.example.NoSuchProvider is not on the class path); SRP in Java (fixed-base table for g, "
            + "Montgomery multiplication (the JDK's))");
  }

  @Test
  void shouldFallBackToTheJdkWhenTheNativeLibraryDoesNotLoad() throws Exception {
    CryptoProvider broken = CryptoProvider.loading(BrokenNativeProvider.class.getName());
    RsaTokenSigner signer = RsaTokenSigner.seeded(42).usingProvider(broken);
    TokenClaims claims = RsaTokenSignerTest.claims();

    assertThat(broken.isNative()).isFalse();
    assertThat(broken.describe()).contains("RS256 by the JDK (the native library did not load: java.lang.UnsatisfiedLinkError: "
        + "no amazonCorrettoCryptoProvider in java.library.path)");
    assertThat(signer.sign(claims.id())).isEqualTo(RsaTokenSigner.seeded(42).usingProvider(CryptoProvider.jdk()).sign(claims.id()));
  }

  @Test
  void shouldFallBackToTheJdkWhenTheClassIsNotAProvider() {
    CryptoProvider notOne = CryptoProvider.loading(String.class.getName());

    assertThat(notOne.isNative()).isFalse();
    assertThat(notOne.describe()).contains("RS256 by the JDK (java.lang.String could not be used: ");
  }

  private static BigInteger number(String base64url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
  }
}
