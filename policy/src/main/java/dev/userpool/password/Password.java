package dev.userpool.password;

import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Objects;

/**
 * A plain-text password on its way to being checked or hashed. It never shows its value:
 * {@link #toString()} is redacted, and nothing in the library stores, logs or puts it in a message.
 *
 * <p>Mirrors Cognito's {@code PasswordType}: at most {@value #MAX_LENGTH} code points, and in requests
 * the pattern {@value #PATTERN} (no leading or trailing whitespace, inner spaces allowed), which is
 * what the service enforces and how its messages spell it (real responses quoted in public bug
 * reports), not the {@code ^[\S]+$} the published model shows.
 */
public final class Password {

  /** The longest password any request may carry, in code points. */
  public static final int MAX_LENGTH = 256;

  /** The request pattern Cognito enforces on a password member. */
  public static final String PATTERN = "^[\\S]+.*[\\S]+$";

  /** The constraints of the {@code password} member; other members reuse them under their own name. */
  public static final StringMember MEMBER = StringMember.sensitive("password").length(0, MAX_LENGTH).pattern(PATTERN,
      Password::matchesPattern);

  private final String value;
  private final int length;

  private Password(String value) {
    this.value = value;
    this.length = value.codePointCount(0, value.length());
  }

  // -- static API

  /**
   * Wraps a value without checking the request shape (for values the caller made itself).
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static Password of(String value) {
    return new Password(Objects.requireNonNull(value, "value is null"));
  }

  /**
   * Checks a password arriving in a request member, for example {@code password} or
   * {@code proposedPassword}: absent, longer than {@value #MAX_LENGTH} code points, or not matching
   * {@value #PATTERN} each yield a parameter violation that never quotes the value.
   *
   * @throws NullPointerException if {@code member} is null
   */
  public static Validation<Seq<ParameterViolation>, Password> parse(String member, String raw) {
    return MEMBER.named(Objects.requireNonNull(member, "member is null")).parse(raw, Password::new);
  }

  /**
   * Whether the whole value matches {@value #PATTERN} under Java's regex semantics, in linear time
   * (the regex backtracks quadratically on long values). Here {@code \S} is anything but the six ASCII
   * whitespace characters and {@code .} anything but a line terminator (LF, CR, U+0085, U+2028,
   * U+2029). So without whitespace the value needs two code points; with whitespace it must not start
   * or end with it, and the stretch from the first to the last whitespace, which only {@code .*} can
   * cover, must hold no line terminator.
   */
  static boolean matchesPattern(String s) {
    int n = s.length();
    int firstSpace = -1;
    int lastSpace = -1;
    for (int i = 0; i < n; i++) {
      if (isAsciiWhitespace(s.charAt(i))) {
        if (firstSpace < 0) {
          firstSpace = i;
        }
        lastSpace = i;
      }
    }
    if (firstSpace < 0) {
      return n > 2 || (n == 2 && !(Character.isHighSurrogate(s.charAt(0)) && Character.isLowSurrogate(s.charAt(1))));
    }
    if (firstSpace == 0 || lastSpace == n - 1) {
      return false;
    }
    for (int i = firstSpace; i <= lastSpace; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  // -- accessors

  /** The length in Unicode code points, as Cognito's minimum length counts it. */
  public int length() {
    return length;
  }

  /**
   * The plain text. Only hashers and the code that delivers a generated temporary password to its
   * user need it; never log it.
   */
  public String reveal() {
    return value;
  }

  /**
   * The password as bytes for key derivation: UTF-8, with a lone surrogate encoded as its own three
   * bytes (as WTF-8 does) instead of being replaced, so two different passwords never share an encoding.
   * A fresh array each call; callers may wipe it.
   */
  public byte[] encode() {
    byte[] out = new byte[value.length() * 3];
    int j = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        out[j++] = (byte) c;
      } else if (c < 0x800) {
        out[j++] = (byte) (0xC0 | (c >> 6));
        out[j++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        out[j++] = (byte) (0xF0 | (cp >> 18));
        out[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        out[j++] = (byte) (0xE0 | (c >> 12));
        out[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return Arrays.copyOf(out, j);
  }

  /** The plain text, for this package's character checks. */
  String value() {
    return value;
  }

  /** Always {@code Password[***]}: the value is never shown. */
  @Override
  public String toString() {
    return "Password[***]";
  }
}
