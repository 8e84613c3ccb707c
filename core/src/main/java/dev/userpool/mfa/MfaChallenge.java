package dev.userpool.mfa;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The MFA challenge last issued to a user after a first factor: which challenge, its session, when it expires (the app
 * client's AuthSessionValidity after issue) and whether it was answered (a session answers once). Only the latest is
 * valid. A challenge that sent a code (SMS_MFA, EMAIL_OTP, SMS_OTP) keeps it, to be accepted once.
 */
public record MfaChallenge(MfaStep step, MfaSession session, Instant expiresAt, boolean answered, Option<OneTimeCode> code) {

  public MfaChallenge {
    Objects.requireNonNull(step, "step is null");
    Objects.requireNonNull(session, "session is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
    Objects.requireNonNull(code, "code is null");
  }

  /** A challenge that sent no code. */
  public MfaChallenge(MfaStep step, MfaSession session, Instant expiresAt, boolean answered) {
    this(step, session, expiresAt, answered, Option.none());
  }

  /** Whether the session is past its validity at {@code now}. */
  public boolean hasExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** This challenge, answered. */
  public MfaChallenge answer() {
    return new MfaChallenge(step, session, expiresAt, true, code);
  }
}
