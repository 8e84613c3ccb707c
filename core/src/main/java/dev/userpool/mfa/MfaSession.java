package dev.userpool.mfa;

import dev.userpool.password.SecretText;

/** The session of an open MFA challenge, as the client sent or received it; compared in constant time, never printed. */
public final class MfaSession extends SecretText {

  private MfaSession(String value) {
    super(value);
  }

  /** The session with this text. */
  public static MfaSession of(String value) {
    return new MfaSession(value);
  }

  /** Whether both are the same session. */
  public boolean matches(MfaSession other) {
    return sameText(other);
  }
}
