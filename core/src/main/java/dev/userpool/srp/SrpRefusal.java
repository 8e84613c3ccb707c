package dev.userpool.srp;

/**
 * Why an {@code SRP_A} cannot open an exchange. Cognito answers both with {@code InvalidParameterException}
 * (a replayed, altered {@code SRP_A} "mostly" gets it: amazon-cognito-identity-js issue #356); the message is
 * the library's choice.
 */
public enum SrpRefusal {
  /** Not the hex of a non-negative integer (a sign, a prefix, other characters), empty, or too long. */
  NOT_HEX,
  /** {@code A mod N = 0}: a value that would let the client skip the password (RFC 5054 section 2.5.4). */
  ZERO_MOD_N
}
