package dev.userpool.testkit.inprocess;

import java.time.Duration;

/**
 * Moves a Cognito fake's clock forward, for the rules that depend on time (temporary-password validity,
 * challenge sessions, token expiry). The in-process Cognito's {@link ControllableClock} is one; the local
 * endpoint's control client is another.
 */
@FunctionalInterface
public interface TimeTravel {

  /** Moves the fake's clock forward by {@code by}. */
  void advance(Duration by);
}
