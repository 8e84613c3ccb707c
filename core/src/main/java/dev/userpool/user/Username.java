package dev.userpool.user;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A user's name. Mirrors {@code UsernameType}: 1..128 code points of letters, marks, symbols, numbers
 * and punctuation ({@value #PATTERN}); the value is sensitive, so messages never show it.
 */
public record Username(String value) {

  /** The pattern as validation messages spell it. */
  public static final String PATTERN = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";

  /** The {@code username} request member. */
  public static final StringMember MEMBER = StringMember.sensitive("username").length(1, 128).pattern(PATTERN);

  /**
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid username
   */
  public Username {
    Objects.requireNonNull(value, "value is null");
    if (!MEMBER.accepts(value)) {
      throw new IllegalArgumentException("not a valid username");
    }
  }

  /** The username from a request member, or why it is invalid. */
  public static Validation<Seq<ParameterViolation>, Username> parse(String raw) {
    return MEMBER.parse(raw, Username::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
