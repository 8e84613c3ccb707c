package dev.userpool.token;

import dev.userpool.password.DomainStyle;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Sub;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
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

  /**
   * How long a family outlives its refresh token: the longest an access or ID token lasts (one day,
   * {@code TokenValidity}), so that a token renewed just before the refresh token expired is still
   * checked against the family until it expires itself.
   */
  public static final Duration KEPT_AFTER_REFRESH_EXPIRY = Duration.ofDays(1);

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

  /**
   * The OAuth scopes granted when the user signed in on the hosted pages, which tokens renewed at the token endpoint
   * keep (never more); none for a sign-in through the API, whose tokens carry {@code aws.cognito.signin.user.admin}.
   */
  @Value.Default
  public Option<Seq<String>> scopes() {
    return Option.none();
  }

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

  /**
   * From when nothing can use the family: its refresh token has expired and so has every access or ID
   * token issued from it ({@link #KEPT_AFTER_REFRESH_EXPIRY} after the refresh token's expiry). A registry
   * may forget the family from then on; a token of it then reads as one the registry never issued.
   */
  public Instant unusableFrom() {
    return refreshExpiresAt().plus(KEPT_AFTER_REFRESH_EXPIRY);
  }

  /** Whether a token of this family can still be accepted at {@code now}: the registry must keep it. */
  public boolean usableAt(Instant now) {
    return now.isBefore(unusableFrom());
  }
}
