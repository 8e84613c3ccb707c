package dev.userpool.user;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Randomness;
import dev.userpool.password.SecretText;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Base64;
import java.util.Objects;

/**
 * The opaque session that links a challenge to its answer. Mirrors {@code SessionType}: 20..2048
 * characters, sensitive. {@link #toString()} never shows it.
 */
public final class Session extends SecretText {

  /** The {@code session} request member. */
  public static final StringMember MEMBER = StringMember.sensitive("session").length(20, 2048);

  private Session(String value) {
    super(value);
  }

  /** The session from a request member, or why it is invalid. */
  public static Validation<Seq<ParameterViolation>, Session> parse(String raw) {
    return MEMBER.parse(raw, Session::new);
  }

  /** A new session of 48 random bytes, base64url-encoded behind Cognito's usual {@code AYAB} prefix. */
  public static Session generate(Randomness randomness) {
    return new Session("AYAB" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomness.bytes(48)));
  }

  /** Whether both are the same session, compared in constant time. */
  public boolean matches(Session other) {
    return sameText(other);
  }
}
