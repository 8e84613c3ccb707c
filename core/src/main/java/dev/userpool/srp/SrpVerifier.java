package dev.userpool.srp;

import dev.userpool.password.Password;
import dev.userpool.password.Randomness;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a user keeps for {@code USER_SRP_AUTH} beside the password hash: a salt of its own and the verifier
 * {@code v = g^x mod N}, where {@code x = H(PAD(salt) | H(poolName | userIdForSrp | ":" | password))} as the
 * clients compute it (amazon-cognito-identity-js {@code getPasswordAuthenticationKey}). It is computed when a
 * password is set and never holds the password; like a hash it is still secret (it allows an offline guess),
 * so {@link #toString()} shows nothing of it.
 *
 * <p>The verifier binds the pool name (the part of the pool id after the underscore) and the user id for
 * SRP: the stored username, which is the {@code sub} in pools where email or phone is the username. Neither
 * can change after sign-up, so a verifier stays valid until the password changes.
 */
public final class SrpVerifier {

  /** The length of a salt the library draws, in bytes (Cognito's {@code SALT} values are 16 bytes). */
  public static final int SALT_LENGTH = 16;

  private final byte[] salt;
  private final BigInteger verifier;

  private SrpVerifier(byte[] salt, BigInteger verifier) {
    this.salt = salt;
    this.verifier = verifier;
  }

  // -- static API

  /**
   * Computes the verifier of {@code password} for {@code userIdForSrp} in the pool named {@code poolName},
   * with a fresh salt of {@value #SALT_LENGTH} bytes from {@code randomness}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static SrpVerifier compute(String poolName, String userIdForSrp, Password password, Randomness randomness) {
    byte[] salt = Randomness.require(randomness).bytes(SALT_LENGTH);
    return new SrpVerifier(salt, SrpGroup.powerOfG(x(salt, poolName, userIdForSrp, password)));
  }

  /**
   * A stored verifier from its parts (copied), for store adapters.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the salt is empty or the verifier is not in {@code [1, N)}
   */
  public static SrpVerifier of(byte[] salt, byte[] verifier) {
    Objects.requireNonNull(salt, "salt is null");
    Objects.requireNonNull(verifier, "verifier is null");
    BigInteger v = SrpMath.unsigned(verifier);
    if (salt.length == 0 || v.signum() == 0 || v.compareTo(SrpGroup.N) >= 0) {
      throw new IllegalArgumentException("not a verifier: an empty salt or a value outside [1, N)");
    }
    return new SrpVerifier(salt.clone(), v);
  }

  static BigInteger x(byte[] salt, String poolName, String userIdForSrp, Password password) {
    Objects.requireNonNull(poolName, "poolName is null");
    Objects.requireNonNull(userIdForSrp, "userIdForSrp is null");
    Objects.requireNonNull(password, "password is null");
    byte[] identity = SrpMath.sha256(
        SrpMath.utf8(poolName), SrpMath.utf8(userIdForSrp), SrpMath.utf8(":"), SrpMath.utf8(password.reveal()));
    return SrpMath.unsigned(SrpMath.sha256(SrpMath.pad(SrpMath.unsigned(salt)), identity));
  }

  // -- the exchange

  /**
   * Opens an exchange: checks the client's {@code SRP_A} and draws the server's ephemeral secret, giving the
   * {@code PASSWORD_VERIFIER} challenge's {@code SRP_B} and {@code SECRET_BLOCK}; see {@link SrpChallenge#open}.
   */
  public Either<SrpRefusal, SrpChallenge> challenge(String srpA, Randomness randomness) {
    return SrpChallenge.open(this, srpA, randomness);
  }

  // -- accessors

  /** The salt's bytes (a copy), for storage. */
  public byte[] salt() {
    return salt.clone();
  }

  /**
   * The salt as the {@code SALT} challenge parameter: lower-case hex of the salt's bytes, as Cognito sends it
   * (32 digits); the clients read it as a number, so leading zeros do not matter.
   */
  public String saltHex() {
    return HexFormat.of().formatHex(salt);
  }

  /** The verifier's bytes (big-endian, unsigned; a copy), for storage. */
  public byte[] verifier() {
    byte[] bytes = verifier.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  BigInteger value() {
    return verifier;
  }

  /** Same salt and verifier, compared in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SrpVerifier other
        && MessageDigest.isEqual(salt, other.salt) & MessageDigest.isEqual(verifier(), other.verifier());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(salt);
  }

  /** Always {@code SrpVerifier[***]}. */
  @Override
  public String toString() {
    return "SrpVerifier[***]";
  }
}
