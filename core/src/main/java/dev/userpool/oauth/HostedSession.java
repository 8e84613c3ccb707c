package dev.userpool.oauth;

import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Sub;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A browser's sign-in session on the hosted pages: after a sign-in on the form, the pages remember the browser (the
 * {@code cognito} cookie) for {@value #LIFETIME_MINUTES} minutes, so a second authorize request for a client of the
 * same pool redirects with a code at once (AWS re:Post, "Is the Cognito hosted UI browser session length
 * configurable?": the session cookie lasts one hour, not configurable). A session signs in clients of its own pool only,
 * and never after it expires; {@code /logout} ends it.
 *
 * @param id the session's identifier, as the cookie carries it (redacted)
 * @param pool the pool the user signed in to
 * @param sub the user
 * @param authTime when the user signed in on the form ({@code auth_time} of the tokens issued from the session)
 */
public record HostedSession(String id, UserPoolId pool, Sub sub, Instant authTime) {

  /** How long a session lasts after the sign-in, in minutes. */
  public static final int LIFETIME_MINUTES = 60;

  /**
   * @throws NullPointerException if a component is null
   */
  public HostedSession {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(sub, "sub is null");
    Objects.requireNonNull(authTime, "authTime is null");
  }

  /** When the session ends. */
  public Instant expiresAt() {
    return authTime.plus(Duration.ofMinutes(LIFETIME_MINUTES));
  }

  /** Whether the session signs a user in to a client of {@code clientPool} at {@code now}: the same pool, not expired. */
  public boolean signsIn(UserPoolId clientPool, Instant now) {
    return pool.equals(clientPool) && now.isBefore(expiresAt());
  }

  /** How long the session has left at {@code now} (zero once expired), the cookie's {@code Max-Age}. */
  public Duration remaining(Instant now) {
    Duration left = Duration.between(now, expiresAt());
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Never the id. */
  @Override
  public String toString() {
    return "HostedSession[id=***, pool=" + pool.value() + ", sub=" + sub.value() + ", authTime=" + authTime + "]";
  }
}
