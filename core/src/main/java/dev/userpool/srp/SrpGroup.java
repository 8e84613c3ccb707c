package dev.userpool.srp;

import java.math.BigInteger;

/**
 * The SRP group Cognito uses: the 3072-bit prime of RFC 5054 appendix A (the MODP prime of RFC 3526), the
 * generator 2, and the multiplier {@code k = H(PAD(N) | PAD(g))} where {@code PAD} is the clients' minimal
 * two's-complement encoding (385 bytes for N, one byte for g), not RFC 5054's padding to the length of N.
 * Source: amazon-cognito-identity-js {@code src/AuthenticationHelper.js} ({@code initN}, {@code k}).
 */
public final class SrpGroup {

  /** The prime modulus N, 3072 bits. */
  public static final BigInteger N = new BigInteger(
      "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
          + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
          + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
          + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
          + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
          + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
          + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
          + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
      16);

  /** The generator g. */
  public static final BigInteger G = BigInteger.TWO;

  /** The multiplier {@code k = H(PAD(N) | PAD(g))}. */
  public static final BigInteger K = SrpMath.unsigned(SrpMath.sha256(SrpMath.pad(N), SrpMath.pad(G)));

  /** The most hex digits an {@code SRP_A} may have: a value below N needs 768. */
  public static final int MAX_HEX_DIGITS = 1024;

  /**
   * The longest exponent {@link #powerOfG} serves from its table: 256 bits, the length of {@code x} (a
   * SHA-256 output) and of the server's ephemeral {@code b}.
   */
  public static final int TABLE_EXPONENT_BITS = 256;

  /**
   * The table's window, in bits: 26 windows of 1,023 residues each (about 10 MB, some 0.1-0.4 s to build on first use),
   * so a power is at most 26 products; windows of 8 bits (32 products, 3.3 MB) set passwords about a fifth slower over
   * the wire (docs/PERFORMANCE.md).
   */
  public static final int TABLE_WINDOW = 10;

  private SrpGroup() {}

  /**
   * {@code g^e mod N}, equal to {@code G.modPow(e, N)}: the verifier's {@code g^x} and the challenge's
   * {@code g^b} through a fixed-base table ({@link FixedBasePower}), several times faster than {@code modPow}
   * (docs/PERFORMANCE.md); longer exponents through {@code modPow}.
   */
  public static BigInteger powerOfG(BigInteger e) {
    return PowersOfG.TABLE.pow(e);
  }

  /** The table, built when the first power is asked for (class initialisation is once and thread-safe). */
  private static final class PowersOfG {
    static final FixedBasePower TABLE = FixedBasePower.of(G, N, TABLE_WINDOW, TABLE_EXPONENT_BITS);
  }
}
