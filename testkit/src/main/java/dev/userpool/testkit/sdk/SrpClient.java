package dev.userpool.testkit.sdk;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.userpool.password.Randomness;
import dev.userpool.pool.UserPoolId;
import dev.userpool.srp.SrpGroup;
import dev.userpool.srp.SrpTimestamp;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of {@code USER_SRP_AUTH} for tests that drive the flow through an SDK: it makes
 * {@code SRP_A} for InitiateAuth and answers the {@code PASSWORD_VERIFIER} challenge's parameters with the
 * {@code ChallengeResponses} amazon-cognito-identity-js sends ({@code USERNAME}, {@code PASSWORD_CLAIM_SECRET_BLOCK},
 * {@code TIMESTAMP}, {@code PASSWORD_CLAIM_SIGNATURE}), computed as that library does. One instance is one
 * exchange.
 */
public final class SrpClient {

  private final String poolName;
  private final BigInteger a;
  private final BigInteger bigA;
  private final String srpA;
  /** The last x and its g^x: answering again for the same user, salt and password (a load generator does) skips the power. */
  private volatile Verifier last;

  SrpClient(String poolName, BigInteger a) {
    this.poolName = poolName;
    this.a = a;
    this.bigA = SrpGroup.G.modPow(a, SrpGroup.N);
    this.srpA = bigA.toString(16);
  }

  /** An exchange for the pool {@code userPoolId}, its secret drawn from a {@link SecureRandom}. */
  public static SrpClient start(String userPoolId) {
    return start(userPoolId, new SecureRandom()::nextBytes);
  }

  /**
   * An exchange for the pool {@code userPoolId}, its 128-byte secret drawn from {@code randomness} (as the
   * JavaScript client draws it).
   *
   * @throws NullPointerException if an argument is null
   */
  public static SrpClient start(String userPoolId, Randomness randomness) {
    String poolName = new UserPoolId(Objects.requireNonNull(userPoolId, "userPoolId is null")).poolName();
    BigInteger a = new BigInteger(1, Randomness.require(randomness).bytes(128));
    return new SrpClient(poolName, a.signum() == 0 ? BigInteger.ONE : a);
  }

  /** {@code SRP_A} for InitiateAuth's AuthParameters: {@code g^a mod N} in lower-case hex. */
  public String srpA() {
    return srpA;
  }

  /**
   * The {@code ChallengeResponses} that answer a {@code PASSWORD_VERIFIER} challenge at {@code now} for
   * {@code password}.
   *
   * @throws NullPointerException if an argument is null or a challenge parameter is missing
   */
  public Map<String, String> answer(Map<String, String> challengeParameters, String password, Instant now) {
    String userIdForSrp = required(challengeParameters, "USER_ID_FOR_SRP");
    String secretBlock = required(challengeParameters, "SECRET_BLOCK");
    String timestamp = SrpTimestamp.format(Objects.requireNonNull(now, "now is null"));
    String signature = signature(userIdForSrp, Objects.requireNonNull(password, "password is null"),
        required(challengeParameters, "SALT"), required(challengeParameters, "SRP_B"), secretBlock, timestamp);
    Map<String, String> responses = new LinkedHashMap<>();
    responses.put("USERNAME", userIdForSrp);
    responses.put("PASSWORD_CLAIM_SECRET_BLOCK", secretBlock);
    responses.put("TIMESTAMP", timestamp);
    responses.put("PASSWORD_CLAIM_SIGNATURE", signature);
    return responses;
  }

  String signature(String userIdForSrp, String password, String saltHex, String srpB, String secretBlock,
      String timestamp) {
    BigInteger n = SrpGroup.N;
    BigInteger bigB = new BigInteger(srpB, 16);
    BigInteger u = new BigInteger(1, sha256(bigA.toByteArray(), bigB.toByteArray()));
    byte[] identity = sha256((poolName + userIdForSrp + ":" + password).getBytes(UTF_8));
    BigInteger x = new BigInteger(1, sha256(new BigInteger(saltHex, 16).toByteArray(), identity));
    Verifier verifier = last;
    if (verifier == null || !verifier.x().equals(x)) {
      verifier = new Verifier(x, SrpGroup.powerOfG(x));
      last = verifier;
    }
    BigInteger s = bigB.subtract(SrpGroup.K.multiply(verifier.v())).modPow(a.add(u.multiply(x)), n);
    byte[] prk = hmac(u.toByteArray(), s.toByteArray());
    byte[] key = Arrays.copyOf(hmac(prk, "Caldera Derived Key".getBytes(UTF_8), new byte[]{ 1 }), 16);
    return Base64.getEncoder().encodeToString(hmac(key, poolName.getBytes(UTF_8), userIdForSrp.getBytes(UTF_8),
        Base64.getDecoder().decode(secretBlock), timestamp.getBytes(UTF_8)));
  }

  private record Verifier(BigInteger x, BigInteger v) {}

  private static String required(Map<String, String> parameters, String name) {
    return Objects.requireNonNull(Objects.requireNonNull(parameters, "challengeParameters is null").get(name),
        name + " is missing");
  }

  static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Shows the pool name only: the exchange's secret never. */
  @Override
  public String toString() {
    return "SrpClient[" + poolName + "]";
  }
}
