package dev.userpool.userauth;

/**
 * What the first-factor table reads of a user: whether they have a permanent password, a verified email, a verified
 * phone number and a registered passkey.
 *
 * @param password a password that signs in (CONFIRMED with a password set)
 * @param verifiedEmail {@code email_verified} true
 * @param verifiedPhone {@code phone_number_verified} true
 * @param passkey at least one registered passkey
 */
public record UserFacts(boolean password, boolean verifiedEmail, boolean verifiedPhone, boolean passkey) {}
