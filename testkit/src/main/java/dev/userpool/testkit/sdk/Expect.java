package dev.userpool.testkit.sdk;

import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * The assertions of {@link CognitoScenarios}, free of any test framework so that any fake's tests can run
 * the scenarios. A failure is an {@link AssertionError} saying what was expected; no message ever holds a
 * password, code or token.
 */
final class Expect {

  /** Something that should be refused. */
  @FunctionalInterface
  interface Call {
    void run();
  }

  private Expect() {}

  /**
   * That {@code call} is refused with the SDK exception {@code type}, whose error code is its simple
   * name, with HTTP status 400 and exactly {@code message}.
   */
  static <E extends CognitoIdentityProviderException> E refused(Class<E> type, String message, Call call) {
    String code = type.getSimpleName();
    try {
      call.run();
    } catch (CognitoIdentityProviderException e) {
      String actualCode = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      String actualMessage = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
      if (!type.isInstance(e) || !code.equals(actualCode) || !message.equals(actualMessage) || e.statusCode() != 400) {
        throw new AssertionError("expected " + code + " (400) \"" + message + "\" but got " + e.getClass().getSimpleName()
            + " with code " + actualCode + " (" + e.statusCode() + ") \"" + actualMessage + "\"", e);
      }
      return type.cast(e);
    }
    throw new AssertionError("expected " + code + " (400) \"" + message + "\" but the call succeeded");
  }

  /** That {@code actual} equals {@code expected}; {@code what} names the value (never a secret). */
  static void equal(Object expected, Object actual, String what) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  /** That {@code condition} holds; {@code what} says what should be true. */
  static void that(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("expected: " + what);
    }
  }
}
