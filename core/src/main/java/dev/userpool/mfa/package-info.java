/**
 * Multi-factor authentication as pure rules: RFC 6238 TOTP over the time given ({@link Totp}, {@link Base32}), the pool's
 * MFA configuration and its validation ({@link PoolMfa}), a user's MFA state ({@link UserMfa}: the software token, the
 * factors enabled and preferred, the open MFA challenge), and the challenge that follows a first factor as a table of
 * data ({@link ChallengeSequence}). No clock, no randomness: both arrive as parameters.
 */
package dev.userpool.mfa;
