/**
 * Attribute verification: the pure rules of GetUserAttributeVerificationCode and VerifyUserAttribute, and what
 * an attribute update does to a verified email or phone number (marked unverified and sent a code, or held back
 * until verified when the pool's {@code AttributesRequireVerificationBeforeUpdate} names it). Each rule returns
 * the {@link dev.userpool.user.Transition} or the {@link dev.userpool.error.CognitoError}; a refused call changes
 * nothing. The state they keep is {@link dev.userpool.user.ContactVerifications} on the user.
 */
package dev.userpool.verification;
