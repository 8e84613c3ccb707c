/**
 * Cognito's password rules as pure functions: the pool's {@link dev.userpool.password.PasswordPolicy}
 * (mirrors {@code PasswordPolicyType}), evaluation of a candidate {@link dev.userpool.password.Password}
 * returning every {@link dev.userpool.password.Violation}, the {@link dev.userpool.password.PasswordHistory}
 * of salted hashes, the {@link dev.userpool.password.PasswordHasher} port with its PBKDF2 default, and
 * temporary-password generation that draws from the {@link dev.userpool.password.Randomness} port.
 *
 * <p>Nothing here reads a clock, draws ambient randomness or does I/O.
 */
package dev.userpool.password;
