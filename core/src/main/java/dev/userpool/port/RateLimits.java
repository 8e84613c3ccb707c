package dev.userpool.port;

import dev.userpool.error.Operation;

/** Port: whether a call may proceed now; a refusal is {@code TooManyRequestsException: Rate exceeded}. */
@FunctionalInterface
public interface RateLimits {

  /** Never refuses. */
  RateLimits NONE = operation -> true;

  /** Whether a call of {@code operation} may proceed. */
  boolean permits(Operation operation);
}
