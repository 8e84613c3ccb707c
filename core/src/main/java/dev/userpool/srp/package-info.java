/**
 * The server side of Cognito's {@code USER_SRP_AUTH}: SRP-6a (RFC 5054's 3072-bit group, SHA-256) exactly
 * as Cognito's client libraries compute it, so that amazon-cognito-identity-js, Amplify and the mobile SDKs
 * sign in against this library unchanged.
 *
 * <p>{@link dev.userpool.srp.SrpVerifier} is what a user keeps beside the password hash (a salt and
 * {@code v = g^x mod N}, never the password); {@link dev.userpool.srp.SrpChallenge} is the server's half of
 * one exchange (the {@code PASSWORD_VERIFIER} challenge); {@link dev.userpool.srp.PasswordClaim} is the
 * client's answer and {@link dev.userpool.srp.SrpTimestamp} its {@code TIMESTAMP}. Everything here is pure:
 * randomness arrives through the {@link dev.userpool.password.Randomness} port and the math reads no clock.
 */
package dev.userpool.srp;
