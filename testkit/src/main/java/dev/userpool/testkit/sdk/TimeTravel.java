package dev.userpool.testkit.sdk;

import java.time.Duration;

/**
 * The hook a Cognito fake offers {@link CognitoScenarios} to move its clock forward, for the rules that
 * depend on time (temporary-password validity, challenge sessions, token expiry).
 */
@FunctionalInterface
public interface TimeTravel {

  /** Moves the fake's clock forward by {@code by}. */
  void advance(Duration by);
}
