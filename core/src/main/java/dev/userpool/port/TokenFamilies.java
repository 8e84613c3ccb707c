package dev.userpool.port;

import dev.userpool.pool.UserPoolId;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Sub;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The token registry: every sign-in's {@link TokenFamily}, found by its {@code origin_jti} or by its
 * refresh token, which adapters keep only as a digest. Revocation is permanent: nothing un-revokes a
 * family. Adapters must pass the testkit's {@code TokenFamiliesContract}.
 */
public interface TokenFamilies {

  /** Records a new family and its opaque refresh token. */
  void issue(TokenFamily family, String refreshToken);

  /** The family whose {@code origin_jti} is {@code originJti}. */
  Option<TokenFamily> find(String originJti);

  /** The family of a refresh token issued here; none for any other string. */
  Option<TokenFamily> findByRefreshToken(String refreshToken);

  /** Revokes one family (RevokeToken); false when no family has this origin. */
  boolean revoke(String originJti);

  /**
   * Revokes every family of the user (GlobalSignOut, AdminUserGlobalSignOut, disabling or deleting the user).
   *
   * @return how many families were revoked just now
   */
  int revokeAll(UserPoolId pool, Sub user);

  /**
   * Forgets every family nothing can use at {@code now} ({@link TokenFamily#usableAt} false), revoked or not,
   * with its refresh token; keeps every other. The token service calls it at most once per
   * {@code TokenService.PRUNE_INTERVAL} of its clock's time, so an adapter may do the work in one pass.
   *
   * @return how many families were forgotten
   */
  int prune(Instant now);
}
