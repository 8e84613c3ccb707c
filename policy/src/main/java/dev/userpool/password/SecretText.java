package dev.userpool.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret string a request carries or the library hands out (a confirmation code, a session, an app
 * client's secret): equal only to a value of the same type with the same text, compared in constant time
 * so that the time taken does not tell how much of a guess was right, and never shown by
 * {@link #toString()}. {@link #reveal()} is the only way to the text.
 */
public abstract class SecretText {

  private final String value;

  /**
   * @throws NullPointerException if {@code value} is null
   */
  protected SecretText(String value) {
    this.value = Objects.requireNonNull(value, "value is null");
  }

  /** The text itself, only for where it must go (the message to its user, a response, a store); never log it. */
  public final String reveal() {
    return value;
  }

  /** Whether {@code other} holds the same text, compared in constant time. */
  protected final boolean sameText(SecretText other) {
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  /** Equal to a value of the same type with the same text. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && sameText((SecretText) o);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Always the simple type name and {@code [***]}, for example {@code Session[***]}. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[***]";
  }
}
