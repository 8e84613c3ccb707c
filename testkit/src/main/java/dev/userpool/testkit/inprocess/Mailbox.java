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

  /** The sign-up or password-reset code last sent to {@code username} in the pool, if any. */
  Optional<String> code(String userPoolId, String username);
}
