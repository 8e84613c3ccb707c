package dev.userpool.token;

import dev.userpool.password.DomainStyle;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Sub;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One sign-in and everything issued from it: its refresh token and every ID and access token issued with
 * it or renewed from it, which share its {@code origin_jti}. Revoking the family (RevokeToken, a global
 * sign-out, disabling or deleting the user) revokes them all, for good.
 */
@Value.Immutable
@DomainStyle
public abstract class TokenFamily {

  TokenFamily() {}

  /** The {@code origin_jti} the family's tokens share. */
  public abstract String originJti();

  /** The sign-in's {@code event_id}, which renewed tokens keep. */
  public abstract String eventId();

  /** The user's pool. */
  public abstract UserPoolId pool();

  /** The user. */
  public abstract Sub sub();

  /** The app client the user signed in through; only it may renew the tokens. */
  public abstract ClientId client();

  /** When the user authenticated ({@code auth_time}, kept by renewals). */
  public abstract Instant authTime();

  /** When the refresh token stops being valid. */
  public abstract Instant refreshExpiresAt();

  /** Whether the family was revoked; once true, true for ever. */
  @Value.Default
  public boolean revoked() {
    return false;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a family. */
  public static final class Builder extends ImmutableTokenFamily.Builder {
    Builder() {}
  }

  abstract TokenFamily withRevoked(boolean revoked);

  /** This family, revoked. */
  public TokenFamily revoke() {
    return withRevoked(true);
  }

  /** Whether the refresh token is past its expiry at {@code now}. */
  public boolean refreshHasExpired(Instant now) {
    return !now.isBefore(refreshExpiresAt());
  }
}
