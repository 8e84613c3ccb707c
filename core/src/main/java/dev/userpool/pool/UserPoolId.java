package dev.userpool.pool;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Randomness;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A user pool's id, for example {@code us-east-1_AbCdEf123}. Mirrors {@code UserPoolIdType}: 1..55
 * characters matching {@value #PATTERN}.
 */
public record UserPoolId(String value) {

  /** The pattern as validation messages spell it. */
  public static final String PATTERN = "[\\w-]+_[0-9a-zA-Z]+";

  /** The {@code userPoolId} request member. */
  public static final StringMember MEMBER = StringMember.plain("userPoolId").length(1, 55).pattern(PATTERN, UserPoolId::matchesPattern);

  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  /**
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public UserPoolId {
    Objects.requireNonNull(value, "value is null");
    if (!MEMBER.accepts(value)) {
      throw new IllegalArgumentException("not a user pool id: " + value);
    }
  }

  /** The id from a request member, or why it is invalid. */
  public static Validation<Seq<ParameterViolation>, UserPoolId> parse(String raw) {
    return MEMBER.parse(raw, UserPoolId::new);
  }

  /**
   * A new id in {@code region}: the region, an underscore and nine letters or digits.
   *
   * @throws IllegalArgumentException if {@code region} is not made of letters, digits and dashes
   */
  public static UserPoolId generate(String region, Randomness randomness) {
    StringBuilder id = new StringBuilder(region).append('_');
    for (int i = 0; i < 9; i++) {
      id.append(ALPHANUMERIC.charAt(randomness.nextInt(ALPHANUMERIC.length())));
    }
    return new UserPoolId(id.toString());
  }

  /** The region part, before the last underscore. */
  public String region() {
    return value.substring(0, value.lastIndexOf('_'));
  }

  /**
   * The pool name SRP uses, the part after the last underscore ({@code AbCdEf123} in
   * {@code us-east-1_AbCdEf123}): the clients hash it into the password verifier and the signature.
   */
  public String poolName() {
    return value.substring(value.lastIndexOf('_') + 1);
  }

  /**
   * Linear equivalent of {@value #PATTERN}: only word characters and dashes, and an underscore that is
   * neither first nor last with no dash after the last one (the suffix is alphanumeric).
   */
  static boolean matchesPattern(String s) {
    int lastUnderscore = -1;
    int lastDash = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        lastUnderscore = i;
      } else if (c == '-') {
        lastDash = i;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return lastUnderscore > 0 && lastUnderscore < s.length() - 1 && lastDash < lastUnderscore;
  }

  @Override
  public String toString() {
    return value;
  }
}
