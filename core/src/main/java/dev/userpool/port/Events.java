package dev.userpool.port;

import dev.userpool.pool.UserPoolId;
import dev.userpool.user.UserEvent;

/** Port: hears what happened to users, after it is saved. Events carry no secrets. */
@FunctionalInterface
public interface Events {

  /** Hears nothing. */
  Events NONE = (pool, event) -> {};

  /** One event in {@code pool}. */
  void publish(UserPoolId pool, UserEvent event);
}
