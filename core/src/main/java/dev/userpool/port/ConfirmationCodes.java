package dev.userpool.port;

import dev.userpool.user.ConfirmationCode;

/**
 * Port: where confirmation and reset codes come from. Production draws six random digits
 * ({@link ConfirmationCode#sixDigits}); a test can make them predictable.
 */
@FunctionalInterface
public interface ConfirmationCodes {

  /** A new code. */
  ConfirmationCode next();
}
