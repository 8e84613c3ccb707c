package dev.userpool.testkit.sdk;

import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * The assertions of {@link CognitoScenarios} and of the conformance kit's rules, free of any test framework so
 * that any fake's tests can run the scenarios. A failure is an {@link AssertionError} saying what was expected
 * and what came back (error code, HTTP status, message); no message ever holds a password, code or token.
 */
public final class Expect {

  /** Something that should be refused. */
  @FunctionalInterface
  public interface Call {
    void run();
  }

  private Expect() {}

  /**
   * That {@code call} is refused with the SDK exception {@code type}, whose error code is its simple
   * name, with HTTP status 400 and exactly {@code message}.
   */
  public static <E extends CognitoIdentityProviderException> E refused(Class<E> type, String message, Call call) {
    CognitoIdentityProviderException e = refused(type.getSimpleName(), 400, message, call);
    if (!type.isInstance(e)) {
      throw new AssertionError("expected " + type.getSimpleName() + " (400) \"" + message + "\" but got " + e.getClass().getSimpleName(),
          e);
    }
    return type.cast(e);
  }

  /**
   * That {@code call} is refused with error code {@code code} (the {@code __type} on the wire), HTTP status
   * {@code status} and exactly {@code message}, whichever SDK exception class carries it.
   */
  public static CognitoIdentityProviderException refused(String code, int status, String message, Call call) {
    try {
      call.run();
    } catch (CognitoIdentityProviderException e) {
      String actualCode = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      String actualMessage = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
      if (!code.equals(actualCode) || !message.equals(actualMessage) || e.statusCode() != status) {
        throw new AssertionError("expected " + code + " (" + status + ") \"" + message + "\" but got " + e.getClass().getSimpleName()
            + " with code " + actualCode + " (" + e.statusCode() + ") \"" + actualMessage + "\"", e);
      }
      return e;
    }
    throw new AssertionError("expected " + code + " (" + status + ") \"" + message + "\" but the call succeeded");
  }

  /** That {@code actual} equals {@code expected}; {@code what} names the value (never a secret). */
  public static void equal(Object expected, Object actual, String what) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  /** That {@code condition} holds; {@code what} says what should be true. */
  public static void that(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("expected: " + what);
    }
  }
}
