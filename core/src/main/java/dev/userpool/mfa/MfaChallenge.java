package dev.userpool.mfa;

import java.time.Instant;
import java.util.Objects;

/**
 * The MFA challenge last issued to a user after a first factor: which challenge, its session, when it expires (the app
 * client's AuthSessionValidity after issue) and whether it was answered (a session answers once). Only the latest is
 * valid.
 */
public record MfaChallenge(MfaStep step, MfaSession session, Instant expiresAt, boolean answered) {

  public MfaChallenge {
    Objects.requireNonNull(step, "step is null");
    Objects.requireNonNull(session, "session is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
  }

  /** Whether the session is past its validity at {@code now}. */
  public boolean hasExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** This challenge, answered. */
  public MfaChallenge answer() {
    return new MfaChallenge(step, session, expiresAt, true);
  }
}
