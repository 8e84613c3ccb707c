package dev.userpool.error;

import dev.userpool.password.Violation;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The password errors of {@link CognitoError}: InvalidPasswordException (a password the policy refuses, a malformed
 * password) and PasswordHistoryPolicyViolationException.
 *
 * <p>{@link CognitoError} extends this holder and inherits its records as member types, so each keeps its name, for example
 * {@code CognitoError.InvalidPassword} (an import names it by its declaring holder); nothing else may extend it.
 */
public sealed interface PasswordErrors permits CognitoError {

  /**
   * A password that breaks the pool's policy. {@link #violations()} holds every rule broken; the
   * message names the first, as Cognito reports one rule per response ({@code docs/generated/errors.md}).
   */
  record InvalidPassword(Seq<Violation> violations, Wording wording) implements CognitoError {

    /**
     * The three prefixes Cognito uses. SignUp was seen with the first, AdminCreateUser with the second (a
     * real response quoted in data-dot-all/dataall#690), the other operations with the third (see
     * {@code docs/generated/decisions.md}); which of the others uses which stays the library's decision.
     */
    public enum Wording {
      /** SignUp. */
      DID_NOT_CONFORM_WITH("Password did not conform with policy: "),
      /** AdminCreateUser's TemporaryPassword (also with MessageAction RESEND). */
      DID_NOT_CONFORM_WITH_PASSWORD_POLICY("Password did not conform with password policy: "),
      /** AdminSetUserPassword, ChangePassword, ConfirmForgotPassword and the new-password challenge. */
      DOES_NOT_CONFORM_TO("Password does not conform to policy: ");

      private final String prefix;

      Wording(String prefix) {
        this.prefix = prefix;
      }

      /** The prefix before the rule's words. */
      public String prefix() {
        return prefix;
      }
    }

    public InvalidPassword {
      Objects.requireNonNull(violations, "violations is null");
      Objects.requireNonNull(wording, "wording is null");
      if (violations.isEmpty() || violations.exists(v -> v instanceof Violation.ReusedPassword)) {
        throw new IllegalArgumentException("InvalidPassword needs policy violations only");
      }
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.INVALID_PASSWORD;
    }

    @Override
    public String message() {
      return wording.prefix() + violations.head().description();
    }
  }

  /**
   * A new password in a challenge answer (where no request pattern applies) with leading or trailing
   * whitespace, or too long. The pattern wording was observed in Amplify's message table; the length
   * wording is the library's decision.
   */
  record MalformedPassword(Shape shape) implements CognitoError {

    /** What is wrong with the password's shape. */
    public enum Shape {
      /** Leading or trailing whitespace, a line break, or fewer than two characters. */
      PATTERN("Password does not conform to policy: Password must satisfy regular expression pattern: ^\\S.*\\S$"),
      /** More than 256 code points. */
      TOO_LONG("Password does not conform to policy: Password must have length less than or equal to 256");

      private final String message;

      Shape(String message) {
        this.message = message;
      }
    }

    public MalformedPassword {
      Objects.requireNonNull(shape, "shape is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.INVALID_PASSWORD;
    }

    @Override
    public String message() {
      return shape.message;
    }
  }

  /** The new password is one of the user's recent ones. AWS publishes no message; this wording is decided. */
  record PasswordHistoryPolicyViolation() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.PASSWORD_HISTORY_POLICY_VIOLATION;
    }

    @Override
    public String message() {
      return new Violation.ReusedPassword(0).description();
    }
  }
}
