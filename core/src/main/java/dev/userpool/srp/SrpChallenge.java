package dev.userpool.srp;

import dev.userpool.password.Randomness;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The server's half of one {@code USER_SRP_AUTH} exchange, kept between the two round trips: the client's
 * {@code A}, the server's ephemeral secret {@code b}, {@code B = (k·v + g^b) mod N} and the
 * {@code SECRET_BLOCK}. It is secret ({@code b} and the block), so {@link #toString()} shows nothing.
 *
 * <p>The proof the client sends back is checked as the clients compute it (amazon-cognito-identity-js
 * {@code AuthenticationHelper} and {@code CognitoUser.authenticateUserDefaultAuth}):
 * {@code u = H(PAD(A) | PAD(B))}, {@code S = (A·v^u)^b mod N}, the key {@code HKDF(salt = PAD(u), ikm =
 * PAD(S), info = "Caldera Derived Key")} cut to 16 bytes, and the signature
 * {@code Base64(HMAC-SHA256(key, poolName | userIdForSrp | SECRET_BLOCK bytes | TIMESTAMP))}.
 */
public final class SrpChallenge {

  /** The length of the server's ephemeral secret {@code b}, in bytes (256 bits, RFC 5054's minimum). */
  public static final int EPHEMERAL_LENGTH = 32;
  /** The length of a {@code SECRET_BLOCK} the library draws, in bytes (Cognito's own is opaque). */
  public static final int SECRET_BLOCK_LENGTH = 64;

  private final BigInteger a;
  private final BigInteger b;
  private final BigInteger bigB;
  private final byte[] secretBlock;

  private SrpChallenge(BigInteger a, BigInteger b, BigInteger bigB, byte[] secretBlock) {
    this.a = a;
    this.b = b;
    this.bigB = bigB;
    this.secretBlock = secretBlock;
  }

  // -- static API

  /**
   * Opens an exchange for {@code verifier}: {@code srpA} must be the hex of an integer with {@code A mod N != 0}
   * (at most {@value SrpGroup#MAX_HEX_DIGITS} digits); {@code b} and the secret block come from
   * {@code randomness}.
   *
   * @throws NullPointerException if {@code verifier} or {@code randomness} is null
   */
  public static Either<SrpRefusal, SrpChallenge> open(SrpVerifier verifier, String srpA, Randomness randomness) {
    Objects.requireNonNull(verifier, "verifier is null");
    Randomness.require(randomness);
    BigInteger a = SrpMath.parseHex(srpA, SrpGroup.MAX_HEX_DIGITS);
    if (a == null) {
      return Either.left(SrpRefusal.NOT_HEX);
    }
    if (a.mod(SrpGroup.N).signum() == 0) {
      return Either.left(SrpRefusal.ZERO_MOD_N);
    }
    BigInteger b;
    BigInteger bigB;
    do {
      b = SrpMath.unsigned(randomness.bytes(EPHEMERAL_LENGTH));
      bigB = publicValue(verifier, b);
    } while (b.signum() == 0 || bigB.signum() == 0);
    return Either.right(new SrpChallenge(a, b, bigB, randomness.bytes(SECRET_BLOCK_LENGTH)));
  }

  /**
   * An exchange as a store kept it (see the accessors), for store adapters that persist challenge sessions; B is
   * computed again from {@code verifier} (a power of g). {@link #restore(String, byte[], String, String)} takes
   * the kept {@link #srpB()} instead and computes nothing.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is malformed
   */
  public static SrpChallenge restore(SrpVerifier verifier, String srpA, byte[] ephemeralSecret, String secretBlock) {
    Objects.requireNonNull(verifier, "verifier is null");
    BigInteger b = ephemeral(ephemeralSecret);
    return new SrpChallenge(storedA(srpA), b, publicValue(verifier, b), block(secretBlock));
  }

  /**
   * An exchange as a store kept it, with the {@code SRP_B} it sent ({@link #srpB()}): the same exchange as
   * {@link #restore(SrpVerifier, String, byte[], String)} gives with the verifier B was made from (a new password
   * ends the exchange, so that is the user's current one), without raising g to the power b again.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is malformed (B must be the hex of a value in [1, N))
   */
  public static SrpChallenge restore(String srpA, byte[] ephemeralSecret, String secretBlock, String srpB) {
    BigInteger bigB = SrpMath.parseHex(Objects.requireNonNull(srpB, "srpB is null"), SrpGroup.MAX_HEX_DIGITS);
    if (bigB == null || bigB.signum() == 0 || bigB.compareTo(SrpGroup.N) >= 0) {
      throw new IllegalArgumentException("not a stored SRP exchange");
    }
    return new SrpChallenge(storedA(srpA), ephemeral(ephemeralSecret), bigB, block(secretBlock));
  }

  private static BigInteger storedA(String srpA) {
    BigInteger a = SrpMath.parseHex(srpA, SrpGroup.MAX_HEX_DIGITS);
    if (a == null || a.mod(SrpGroup.N).signum() == 0) {
      throw new IllegalArgumentException("not a stored SRP exchange");
    }
    return a;
  }

  private static BigInteger ephemeral(byte[] ephemeralSecret) {
    BigInteger b = SrpMath.unsigned(Objects.requireNonNull(ephemeralSecret, "ephemeralSecret is null"));
    if (b.signum() == 0) {
      throw new IllegalArgumentException("not a stored SRP exchange");
    }
    return b;
  }

  private static byte[] block(String secretBlock) {
    return Base64.getDecoder().decode(Objects.requireNonNull(secretBlock, "secretBlock is null"));
  }

  static SrpChallenge of(BigInteger a, BigInteger b, SrpVerifier verifier, byte[] secretBlock) {
    return new SrpChallenge(a, b, publicValue(verifier, b), secretBlock.clone());
  }

  private static BigInteger publicValue(SrpVerifier verifier, BigInteger b) {
    return SrpGroup.K.multiply(verifier.value()).add(SrpGroup.powerOfG(b)).mod(SrpGroup.N);
  }

  // -- the proof

  /**
   * Whether {@code claim} proves knowledge of the password behind {@code verifier}: the secret block is the
   * one issued, the timestamp is spelled exactly as the clients spell it ({@link SrpTimestamp}), and the
   * signature is the HMAC the clients compute over {@code poolName}, {@code userIdForSrp}, the block and the
   * timestamp (compared in constant time). False for anything else, including Base64 that does not decode.
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean verify(SrpVerifier verifier, String poolName, String userIdForSrp, PasswordClaim claim) {
    return verify(verifier, poolName, userIdForSrp, claim, VerifierPowers.DIRECT);
  }

  /**
   * {@link #verify(SrpVerifier, String, String, PasswordClaim)} raising the verifier by {@code powers} (the same
   * answer, perhaps sooner).
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean verify(SrpVerifier verifier, String poolName, String userIdForSrp, PasswordClaim claim, VerifierPowers powers) {
    Objects.requireNonNull(verifier, "verifier is null");
    Objects.requireNonNull(powers, "powers is null");
    Objects.requireNonNull(poolName, "poolName is null");
    Objects.requireNonNull(userIdForSrp, "userIdForSrp is null");
    Objects.requireNonNull(claim, "claim is null");
    byte[] block = decode(claim.secretBlock());
    byte[] signature = decode(claim.signature());
    if (block == null || signature == null || !MessageDigest.isEqual(block, secretBlock)
        || SrpTimestamp.parse(claim.timestamp()).isEmpty()) {
      return false;
    }
    byte[] key = key(verifier, powers);
    if (key.length == 0) {
      return false;
    }
    byte[] expected = SrpMath.hmacSha256(key,
        SrpMath.utf8(poolName), SrpMath.utf8(userIdForSrp), secretBlock, SrpMath.utf8(claim.timestamp()));
    return MessageDigest.isEqual(expected, signature);
  }

  /** The 16-byte key both sides derive, or no bytes when {@code u = 0} (the clients refuse that too). */
  byte[] key(SrpVerifier verifier) {
    return key(verifier, VerifierPowers.DIRECT);
  }

  private byte[] key(SrpVerifier verifier, VerifierPowers powers) {
    BigInteger u = SrpMath.unsigned(SrpMath.sha256(SrpMath.pad(a), SrpMath.pad(bigB)));
    if (u.signum() == 0) {
      return new byte[0];
    }
    BigInteger s = a.multiply(powers.pow(verifier.value(), u)).modPow(b, SrpGroup.N);
    return SrpMath.hkdf(SrpMath.pad(s), SrpMath.pad(u));
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // -- accessors

  /** The client's {@code SRP_A} as lower-case hex. */
  public String srpA() {
    return SrpMath.hex(a);
  }

  /** {@code SRP_B}: lower-case hex of B without leading zeros, as Cognito sends it. */
  public String srpB() {
    return SrpMath.hex(bigB);
  }

  /** {@code SECRET_BLOCK}: the block in Base64. */
  public String secretBlock() {
    return Base64.getEncoder().encodeToString(secretBlock);
  }

  /** The ephemeral secret {@code b} (big-endian bytes), for a store that persists the exchange; never log it. */
  public byte[] ephemeralSecret() {
    byte[] bytes = b.toByteArray();
    return bytes[0] == 0 && bytes.length > 1 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  /** Always {@code SrpChallenge[***]}. */
  @Override
  public String toString() {
    return "SrpChallenge[***]";
  }
}
