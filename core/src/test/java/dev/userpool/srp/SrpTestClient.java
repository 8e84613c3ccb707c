package dev.userpool.srp;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.userpool.password.Password;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * The client side of USER_SRP_AUTH, written for the tests from the clients' algorithm (amazon-cognito-identity-js
 * AuthenticationHelper and CognitoUser.authenticateUserDefaultAuth), sharing no step of it with the server: it
 * reads SALT and SRP_B as hex numbers, computes S = (B - k·g^x)^(a + u·x) mod N, derives the key and encodes
 * UTF-8 its own way. Only the JDK glue is the server's: {@link SrpMath#sha256} and {@link SrpMath#hmacSha256},
 * a digest and a MAC over concatenated parts, where an independent copy would check nothing.
 */
public final class SrpTestClient {

  private static final BigInteger N = SrpGroup.N;
  private static final BigInteger G = BigInteger.TWO;

  private final String poolName;
  private final BigInteger a;
  private final BigInteger bigA;

  public SrpTestClient(String poolName, BigInteger a) {
    this.poolName = poolName;
    this.a = a;
    this.bigA = G.modPow(a, N);
  }

  public String srpA() {
    return bigA.toString(16);
  }

  /** The client's PASSWORD_CLAIM_SIGNATURE for the challenge parameters. */
  public String signature(String userIdForSrp, Password password, String saltHex, String srpB, String secretBlock,
      String timestamp) {
    BigInteger k = new BigInteger(1, SrpMath.sha256(N.toByteArray(), G.toByteArray()));
    BigInteger bigB = new BigInteger(srpB, 16);
    BigInteger salt = new BigInteger(saltHex, 16);
    BigInteger u = new BigInteger(1, SrpMath.sha256(bigA.toByteArray(), bigB.toByteArray()));
    byte[] inner = SrpMath.sha256(utf8(poolName + userIdForSrp + ":" + password.reveal()));
    BigInteger x = new BigInteger(1, SrpMath.sha256(salt.toByteArray(), inner));
    BigInteger base = bigB.subtract(k.multiply(G.modPow(x, N)));
    BigInteger s = base.modPow(a.add(u.multiply(x)), N);
    byte[] prk = SrpMath.hmacSha256(u.toByteArray(), s.toByteArray());
    byte[] key = Arrays.copyOf(SrpMath.hmacSha256(prk, "Caldera Derived Key".getBytes(UTF_8), new byte[]{ 1 }), 16);
    byte[] mac = SrpMath.hmacSha256(key, utf8(poolName), utf8(userIdForSrp), Base64.getDecoder().decode(secretBlock),
        utf8(timestamp));
    return Base64.getEncoder().encodeToString(mac);
  }

  /** The whole answer to a challenge at {@code now}. */
  public PasswordClaim answer(String userIdForSrp, Password password, SrpVerifier verifier, SrpChallenge challenge,
      Instant now) {
    String timestamp = SrpTimestamp.format(now);
    return new PasswordClaim(
        signature(userIdForSrp, password, verifier.saltHex(), challenge.srpB(), challenge.secretBlock(), timestamp),
        challenge.secretBlock(), timestamp);
  }

  /** UTF-8 as Node's Buffer writes it: a lone surrogate becomes U+FFFD. */
  static byte[] utf8(String s) {
    CharsetEncoder encoder = UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[]{ (byte) 0xEF, (byte) 0xBF, (byte) 0xBD });
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(s));
      return Arrays.copyOf(bytes.array(), bytes.limit());
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
