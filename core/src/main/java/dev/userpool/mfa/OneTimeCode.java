package dev.userpool.mfa;

import dev.userpool.password.SecretText;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A code the pool sent by SMS or email to sign a user in, one mechanism for both uses: the second factors SMS_MFA and
 * EMAIL_OTP, and USER_AUTH's first factors EMAIL_OTP and SMS_OTP. The rules: the code is the code port's
 * ({@value #DIGITS} digits, as Cognito's SMS codes are; AWS developer guide "SMS and email message MFA"), valid
 * {@link #LIFETIME} from its sending (the library's decision: AWS's MFA codes live as long as the challenge session's
 * default of 3 minutes), accepted once (its challenge is then answered) and only before it expires; a wrong code counts
 * toward the sign-in lockout as a wrong password does and leaves the challenge open. {@link #toString()} never shows the
 * code.
 *
 * @param code the code sent
 * @param expiresAt when it stops being accepted
 */
public record OneTimeCode(Text code, Instant expiresAt) {

  /** How many digits a code has. */
  public static final int DIGITS = 6;

  /** How long a code is accepted after it was sent. */
  public static final Duration LIFETIME = Duration.ofMinutes(3);

  /** The code's text, compared in constant time, never printed. */
  public static final class Text extends SecretText {
    private Text(String value) {
      super(value);
    }
  }

  public OneTimeCode {
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
  }

  /** The code {@code text}, sent at {@code now}. */
  public static OneTimeCode sent(String text, Instant now) {
    return new OneTimeCode(new Text(text), now.plus(LIFETIME));
  }

  /** A stored code (a store adapter reading it back). */
  public static OneTimeCode stored(String text, Instant expiresAt) {
    return new OneTimeCode(new Text(text), expiresAt);
  }

  /** Whether {@code answer} is this code and it has not expired at {@code now}. */
  public boolean accepts(String answer, Instant now) {
    return answer != null && now.isBefore(expiresAt) && code.equals(new Text(answer));
  }
}
