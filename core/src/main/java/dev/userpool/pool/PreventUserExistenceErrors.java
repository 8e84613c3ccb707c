package dev.userpool.pool;

/**
 * Whether an app client hides that a user does not exist. Mirrors {@code PreventUserExistenceErrorTypes};
 * LEGACY is the API's default.
 */
public enum PreventUserExistenceErrors {
  /** Unknown users get the same answers as wrong passwords or simulated deliveries. */
  ENABLED,
  /** Unknown users get UserNotFoundException (the API default). */
  LEGACY
}
