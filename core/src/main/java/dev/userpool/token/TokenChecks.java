package dev.userpool.token;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.pool.ClientId;
import dev.userpool.user.User;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The checks a token presented to an operation must pass, in order, each refusal Cognito's
 * {@code NotAuthorizedException} with its message.
 */
public final class TokenChecks {

  private TokenChecks() {}

  /**
   * An access token (ChangePassword, GetUser, GlobalSignOut and the other calls that take one), in order:
   * signed here and an access token ({@code Invalid Access Token}); not expired at {@code now}
   * ({@code Access Token has expired}); of a family this registry knows ({@code Invalid Access Token}) that
   * is not revoked ({@code Access Token has been revoked}).
   *
   * @param verified the token's claims if its signature verified
   * @param family the family its {@code origin_jti} names, if known
   */
  public static Either<CognitoError, TokenFamily> accessToken(Option<Claims> verified, Option<TokenFamily> family,
      Instant now) {
    if (verified.isEmpty() || !verified.get().use().contains(TokenUse.ACCESS) || verified.get().expiresAt().isEmpty()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.INVALID_ACCESS_TOKEN));
    }
    if (!now.isBefore(verified.get().expiresAt().get())) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_EXPIRED));
    }
    if (family.isEmpty() || !verified.get().text(Claims.SUB).contains(family.get().sub().value())) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.INVALID_ACCESS_TOKEN));
    }
    if (family.get().revoked()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED));
    }
    return Either.right(family.get());
  }

  /**
   * The user of a valid access token: gone or disabled since, the token counts as revoked
   * ({@code Access Token has been revoked}).
   */
  public static Either<CognitoError, User> accessTokenUser(Option<User> user) {
    return user.filter(User::enabled).toEither(() -> new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED));
  }

  /**
   * A refresh token (REFRESH_TOKEN_AUTH, REFRESH_TOKEN, GetTokensFromRefreshToken), in order: issued here to {@code client}
   * ({@code Invalid Refresh Token.}); not expired ({@code Refresh Token has expired}); not revoked
   * ({@code Refresh Token has been revoked}).
   *
   * @param family the family the refresh token belongs to, if it was issued here
   */
  public static Either<CognitoError, TokenFamily> refreshToken(Option<TokenFamily> family, ClientId client, Instant now) {
    if (family.isEmpty() || !family.get().client().equals(client)) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.INVALID_REFRESH_TOKEN));
    }
    if (family.get().refreshHasExpired(now)) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.REFRESH_TOKEN_EXPIRED));
    }
    if (family.get().revoked()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.REFRESH_TOKEN_REVOKED));
    }
    return Either.right(family.get());
  }

  /**
   * The user of a valid refresh token: gone since, the token counts as revoked
   * ({@code Refresh Token has been revoked}); disabled, {@code User is disabled.}
   */
  public static Either<CognitoError, User> refreshTokenUser(Option<User> user) {
    if (user.isEmpty()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.REFRESH_TOKEN_REVOKED));
    }
    return user.get().enabled() ? Either.right(user.get()) : Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
  }
}
