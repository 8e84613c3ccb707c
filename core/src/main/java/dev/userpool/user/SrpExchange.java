package dev.userpool.user;

import dev.userpool.srp.SrpChallenge;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@code PASSWORD_VERIFIER} challenge last issued to the user ({@code USER_SRP_AUTH}), or the
 * {@code DEVICE_PASSWORD_VERIFIER} one of a device's authentication ({@link DeviceExchanges}): the server's half
 * of the exchange, the session handed out with it and when it expires (the app client's AuthSessionValidity
 * after issue). Only the latest exchange is valid and an answer that reaches the proof uses it up (the
 * library's decisions, as for {@link ChallengeSession}). Secret: {@link #toString()} shows nothing of it.
 */
public record SrpExchange(SrpChallenge challenge, Session session, Instant expiresAt) {

  public SrpExchange {
    Objects.requireNonNull(challenge, "challenge is null");
    Objects.requireNonNull(session, "session is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
  }

  /** Whether the exchange is past its validity at {@code now}. */
  public boolean hasExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
