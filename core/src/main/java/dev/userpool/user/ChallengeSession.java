package dev.userpool.user;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The NEW_PASSWORD_REQUIRED challenge last issued to the user: its session, when it expires (the app
 * client's AuthSessionValidity after issue) and when it was answered. Only the latest session is valid
 * (the library's decision); a session answers once.
 */
public record ChallengeSession(Session session, Instant expiresAt, Option<Instant> answeredAt) {

  public ChallengeSession {
    Objects.requireNonNull(session, "session is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
    Objects.requireNonNull(answeredAt, "answeredAt is null");
  }

  /** This session, answered at {@code now}. */
  public ChallengeSession answer(Instant now) {
    return new ChallengeSession(session, expiresAt, Option.some(now));
  }

  /** Whether the session is past its validity at {@code now}. */
  public boolean hasExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
