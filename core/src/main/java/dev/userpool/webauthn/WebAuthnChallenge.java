package dev.userpool.webauthn;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An open ceremony: the challenge a user's authenticator must sign, for whom, through which app client, until when. One
 * per user and purpose: the latest replaces the last, and a ceremony's end (either way) closes it.
 *
 * @param purpose registration or sign-in
 * @param sub the user's sub
 * @param challenge the challenge, base64url without padding
 * @param clientId the app client of the access token (registration) or of the sign-in
 * @param expiresAt when the challenge stops being accepted
 * @param session the sign-in's Session, for {@link Purpose#SIGN_IN}
 */
public record WebAuthnChallenge(Purpose purpose, String sub, String challenge, String clientId, Instant expiresAt,
    Option<String> session) {

  /** How long a challenge is accepted: the options' {@code timeout} (the library's decision; AWS does not say). */
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  /** What the ceremony is for. */
  public enum Purpose {
    /** StartWebAuthnRegistration to CompleteWebAuthnRegistration. */
    REGISTRATION,
    /** The WEB_AUTHN challenge of USER_AUTH to RespondToAuthChallenge. */
    SIGN_IN
  }

  /**
   * @throws NullPointerException if an argument is null
   */
  public WebAuthnChallenge {
    Objects.requireNonNull(purpose, "purpose is null");
    Objects.requireNonNull(sub, "sub is null");
    Objects.requireNonNull(challenge, "challenge is null");
    Objects.requireNonNull(clientId, "clientId is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
    Objects.requireNonNull(session, "session is null");
  }

  /** Whether the challenge is still accepted at {@code now}. */
  public boolean openAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
