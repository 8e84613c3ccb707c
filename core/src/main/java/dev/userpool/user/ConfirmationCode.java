package dev.userpool.user;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Randomness;
import dev.userpool.password.SecretText;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A confirmation or password-reset code. Mirrors {@code ConfirmationCodeType}: 1..2048 characters
 * matching {@value #PATTERN}. Cognito quotes a malformed code in its messages, but
 * {@link #toString()} never shows a code.
 */
public final class ConfirmationCode extends SecretText {

  /** The pattern as validation messages spell it. */
  public static final String PATTERN = "[\\S]+";

  /** The {@code confirmationCode} request member. */
  public static final StringMember MEMBER = StringMember.plain("confirmationCode").length(1, 2048).pattern(PATTERN);

  private ConfirmationCode(String value) {
    super(value);
  }

  /**
   * A code from a trusted source (a code port).
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it breaks the member's constraints
   */
  public static ConfirmationCode of(String value) {
    Objects.requireNonNull(value, "value is null");
    if (!MEMBER.accepts(value)) {
      throw new IllegalArgumentException("not a valid confirmation code");
    }
    return new ConfirmationCode(value);
  }

  /** The code from a request member, or why it is invalid. */
  public static Validation<Seq<ParameterViolation>, ConfirmationCode> parse(String raw) {
    return MEMBER.parse(raw, ConfirmationCode::new);
  }

  /** A six-digit code, as Cognito sends. */
  public static ConfirmationCode sixDigits(Randomness randomness) {
    return new ConfirmationCode(String.format("%06d", randomness.nextInt(1_000_000)));
  }

  /** Whether both are the same code, compared in constant time. */
  public boolean matches(ConfirmationCode other) {
    return sameText(other);
  }
}
