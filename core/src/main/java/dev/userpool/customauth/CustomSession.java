package dev.userpool.customauth;

import dev.userpool.password.SecretText;

/** The session of an open custom sign-in round, as the client received it; compared in constant time, never printed. */
public final class CustomSession extends SecretText {

  private CustomSession(String value) {
    super(value);
  }

  /** The session with this text. */
  public static CustomSession of(String value) {
    return new CustomSession(value);
  }

  /** Whether both are the same session. */
  public boolean matches(CustomSession other) {
    return sameText(other);
  }
}
