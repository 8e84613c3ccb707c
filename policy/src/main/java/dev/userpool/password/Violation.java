package dev.userpool.password;

/**
 * One way a candidate password fails the pool's rules. Mirrors the reasons behind Cognito's
 * {@code InvalidPasswordException} (the policy rules) and {@code PasswordHistoryPolicyViolationException}
 * ({@link ReusedPassword}).
 *
 * <p>Each violation has a stable {@link #code()} for programs and Cognito's own words in
 * {@link #description()}; the error a caller sees is rendered from them outside this package.
 */
public sealed interface Violation
    permits Violation.TooShort,
    Violation.MissingLowercase,
    Violation.MissingUppercase,
    Violation.MissingNumber,
    Violation.MissingSymbol,
    Violation.ReusedPassword {

  /** A stable identifier, for example {@code PASSWORD_TOO_SHORT}. */
  String code();

  /**
   * Cognito's words for this violation: for a policy rule, the text after
   * {@code Password does not conform to policy: }; for reuse, the whole message.
   */
  String description();

  /** Fewer code points than {@code MinimumLength}. */
  record TooShort(int minimumLength, int actualLength) implements Violation {
    @Override
    public String code() {
      return "PASSWORD_TOO_SHORT";
    }

    @Override
    public String description() {
      return "Password not long enough";
    }
  }

  /** {@code RequireLowercase} is set and there is no letter {@code a-z}. */
  record MissingLowercase() implements Violation {
    @Override
    public String code() {
      return "PASSWORD_MISSING_LOWERCASE";
    }

    @Override
    public String description() {
      return "Password must have lowercase characters";
    }
  }

  /** {@code RequireUppercase} is set and there is no letter {@code A-Z}. */
  record MissingUppercase() implements Violation {
    @Override
    public String code() {
      return "PASSWORD_MISSING_UPPERCASE";
    }

    @Override
    public String description() {
      return "Password must have uppercase characters";
    }
  }

  /** {@code RequireNumbers} is set and there is no digit {@code 0-9}. */
  record MissingNumber() implements Violation {
    @Override
    public String code() {
      return "PASSWORD_MISSING_NUMBER";
    }

    @Override
    public String description() {
      return "Password must have numeric characters";
    }
  }

  /** {@code RequireSymbols} is set and there is no character of {@link PasswordPolicy#SYMBOLS} and no inner space. */
  record MissingSymbol() implements Violation {
    @Override
    public String code() {
      return "PASSWORD_MISSING_SYMBOL";
    }

    @Override
    public String description() {
      return "Password must have symbol characters";
    }
  }

  /**
   * The candidate equals the current password or one of the {@code historySize - 1} before it.
   * Cognito does not publish this message; the wording is the library's decision (listed in
   * {@code docs/generated/decisions.md}).
   */
  record ReusedPassword(int historySize) implements Violation {
    @Override
    public String code() {
      return "PASSWORD_REUSED";
    }

    @Override
    public String description() {
      return "The password was used recently. Choose a password that you haven't used before.";
    }
  }
}
