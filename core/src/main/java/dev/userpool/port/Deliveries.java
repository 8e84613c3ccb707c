package dev.userpool.port;

import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Message;

/**
 * Port: sends what Cognito would send by email or SMS (codes, invitations). Called after the change
 * is saved; a delivery that throws does not undo it (the user may ask for a new code).
 */
@FunctionalInterface
public interface Deliveries {

  /** Sends {@code message} for a user of {@code pool}. */
  void deliver(UserPoolId pool, Message message);
}
