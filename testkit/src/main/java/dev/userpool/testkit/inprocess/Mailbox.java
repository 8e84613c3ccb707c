package dev.userpool.testkit.inprocess;

import java.util.Optional;

/**
 * What a Cognito fake would have emailed or texted a user, as a test reads it: the temporary password of
 * an invitation, or a sign-up or password-reset code. The in-process Cognito's {@link RecordingMailbox} is
 * one; the local endpoint's control client is another; the scenario catalogue reads any of them.
 */
public interface Mailbox {

  /** The temporary password last sent to {@code username} (as the user signs in) in the pool, if any. */
  Optional<String> temporaryPassword(String userPoolId, String username);

  /** The code last sent to {@code username} in the pool (sign-up, password reset, attribute verification or sign-in), if any. */
  Optional<String> code(String userPoolId, String username);

  /**
   * The attribute-verification code last sent to {@code username} in the pool for {@code attributeName}
   * ({@code email} or {@code phone_number}: GetUserAttributeVerificationCode, or an attribute update), if any.
   */
  Optional<String> verificationCode(String userPoolId, String username, String attributeName);
}
