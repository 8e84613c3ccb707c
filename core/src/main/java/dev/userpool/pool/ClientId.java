package dev.userpool.pool;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Randomness;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * An app client's id. Mirrors {@code ClientIdType}: 1..128 characters matching {@value #PATTERN}. The
 * model marks it sensitive, yet real Cognito messages quote its value, so the library does too.
 */
public record ClientId(String value) {

  /** The pattern as validation messages spell it. */
  public static final String PATTERN = "[\\w+]+";

  /** The {@code clientId} request member. */
  public static final StringMember MEMBER = StringMember.plain("clientId").length(1, 128).pattern(PATTERN);

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  /**
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  public ClientId {
    Objects.requireNonNull(value, "value is null");
    if (!MEMBER.accepts(value)) {
      throw new IllegalArgumentException("not a client id");
    }
  }

  /** The id from a request member, or why it is invalid. */
  public static Validation<Seq<ParameterViolation>, ClientId> parse(String raw) {
    return MEMBER.parse(raw, ClientId::new);
  }

  /** A new id of 26 lowercase letters and digits, as Cognito's look. */
  public static ClientId generate(Randomness randomness) {
    char[] id = new char[26];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET.charAt(randomness.nextInt(ALPHABET.length()));
    }
    return new ClientId(new String(id));
  }

  @Override
  public String toString() {
    return value;
  }
}
