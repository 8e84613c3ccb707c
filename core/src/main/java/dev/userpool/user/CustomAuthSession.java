package dev.userpool.user;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The open round of a user's custom sign-in: the session handed out with the challenge, when it expires (the app
 * client's AuthSessionValidity after issue, as every sign-in session), the challenge it awaits ({@code CUSTOM_CHALLENGE}
 * or {@code PASSWORD_VERIFIER}), the steps so far, and what CreateAuthChallenge returned for it that the client never
 * sees ({@code privateChallengeParameters}, {@code challengeMetadata}). Only the latest round is open and an answer uses
 * it up: the next round comes with a new session, and the old one is then {@code Invalid session for the user.}
 * (observed in aws-amplify/amplify-js#5834). Secret: {@link #toString()} shows nothing of it.
 *
 * @param session the round's session
 * @param expiresAt when the session expires
 * @param awaits the challenge the round awaits
 * @param history the steps so far, oldest first
 * @param privateParameters CreateAuthChallenge's {@code privateChallengeParameters}
 * @param metadata CreateAuthChallenge's {@code challengeMetadata}
 */
public record CustomAuthSession(Session session, Instant expiresAt, String awaits, Seq<ChallengeResult> history,
    Map<String, String> privateParameters, Option<String> metadata) {

  /**
   * @throws NullPointerException if a component is null
   */
  public CustomAuthSession {
    Objects.requireNonNull(session, "session is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
    Objects.requireNonNull(awaits, "awaits is null");
    Objects.requireNonNull(history, "history is null");
    Objects.requireNonNull(privateParameters, "privateParameters is null");
    Objects.requireNonNull(metadata, "metadata is null");
  }

  /** A round awaiting the SRP proof: no private parameters. */
  public static CustomAuthSession passwordVerifier(Session session, Instant expiresAt, Seq<ChallengeResult> history) {
    return new CustomAuthSession(session, expiresAt, "PASSWORD_VERIFIER", history, LinkedHashMap.empty(), Option.none());
  }

  /** Whether the session is past its validity at {@code now}. */
  public boolean hasExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Whether this round awaits {@code challengeName} under {@code given}. */
  public boolean opens(String challengeName, Session given) {
    return awaits.equals(challengeName) && session.matches(given);
  }

  /** The history once this round's challenge is answered: passed or not, named as CreateAuthChallenge named it. */
  public Seq<ChallengeResult> answered(boolean passed) {
    return history.append(new ChallengeResult(awaits, passed, metadata));
  }

  @Override
  public String toString() {
    return "CustomAuthSession[" + awaits + ", " + history.size() + " steps]";
  }
}
