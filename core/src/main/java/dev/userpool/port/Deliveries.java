package dev.userpool.port;

import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Message;
import dev.userpool.user.MessageText;

/**
 * Port: sends what Cognito would send by email or SMS (codes, invitations). Called after the change
 * is saved; a delivery that throws does not undo it (the user may ask for a new code).
 */
@FunctionalInterface
public interface Deliveries {

  /** Sends {@code message} for a user of {@code pool}. */
  void deliver(UserPoolId pool, Message message);

  /**
   * Sends {@code message} in the words {@code text} (the default ones, or the custom message trigger's, with the code
   * in place). By default the words are dropped: an adapter that keeps or sends text overrides this.
   */
  default void deliver(UserPoolId pool, Message message, MessageText text) {
    deliver(pool, message);
  }
}
