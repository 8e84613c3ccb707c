package dev.userpool.oauth;

import dev.userpool.oauth.OAuthError.Kind;
import dev.userpool.password.DomainStyle;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Sub;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An authorization code the authorize endpoint issued after a sign-in, and what redeeming it checks (RFC 6749
 * section 4.1.3, RFC 7636 section 4.6): the same client, the same {@code redirect_uri}, within
 * {@value #LIFETIME_MINUTES} minutes (AWS developer guide, "Token endpoint": a code is valid for five minutes and
 * once), and the PKCE verifier when the authorize request sent a challenge. A code is taken from its store before it
 * is checked, so a second redemption finds nothing ({@code invalid_grant}) whatever the first one's outcome.
 */
@Value.Immutable
@DomainStyle
public abstract class AuthorizationCode {

  /** How long a code is valid, in minutes. */
  public static final int LIFETIME_MINUTES = 5;

  AuthorizationCode() {}

  /** The code itself, as the redirect carries it. Redacted. */
  @Value.Redacted
  public abstract String code();

  /** The pool of the user who signed in. */
  public abstract UserPoolId pool();

  /** The app client the code is for. */
  public abstract ClientId client();

  /** The user who signed in. */
  public abstract Sub sub();

  /** The {@code redirect_uri} of the authorize request. */
  public abstract String redirectUri();

  /** The scopes the tokens will carry. */
  public abstract Seq<String> scopes();

  /** The PKCE challenge, if the authorize request sent one. */
  public abstract Option<Pkce> pkce();

  /** The {@code nonce} of the authorize request, for the ID token. Redacted. */
  @Value.Redacted
  public abstract Option<String> nonce();

  /** When the user signed in ({@code auth_time}). */
  public abstract Instant authTime();

  /**
   * When the code was issued, which its lifetime counts from: the sign-in's time unless a session signed in earlier was
   * resumed.
   */
  @Value.Default
  public Instant issuedAt() {
    return authTime();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a code. */
  public static final class Builder extends ImmutableAuthorizationCode.Builder {
    Builder() {}
  }

  /** When the code stops being valid. */
  public Instant expiresAt() {
    return issuedAt().plus(Duration.ofMinutes(LIFETIME_MINUTES));
  }

  /**
   * The token request's checks of a code taken from the store: {@code invalid_grant} for another client, another
   * or a missing {@code redirect_uri}, an expired code, or a PKCE verifier that is missing or does not answer the
   * challenge (a verifier sent for a code without a challenge is ignored, RFC 7636 section 4.5's server without
   * PKCE state).
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<OAuthError, AuthorizationCode> redeem(ClientId client, Option<String> redirectUri, Option<String> verifier,
      Instant now) {
    Objects.requireNonNull(client, "client is null");
    Objects.requireNonNull(redirectUri, "redirectUri is null");
    Objects.requireNonNull(verifier, "verifier is null");
    Objects.requireNonNull(now, "now is null");
    boolean ok = client().equals(client)
        && redirectUri.contains(redirectUri())
        && now.isBefore(expiresAt())
        && pkce().forAll(p -> verifier.exists(p::verifies));
    return ok ? Either.right(this) : Either.left(OAuthError.of(Kind.INVALID_GRANT));
  }
}
