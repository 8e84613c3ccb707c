package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.Operation;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.port.WebAuthnCredentials;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.userauth.AuthFactor;
import dev.userpool.userauth.FirstFactor;
import dev.userpool.userauth.FirstFactors;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * GetUserAuthFactors: the signed-in user's MFA settings (as GetUser reports them) and ConfiguredUserAuthFactors, the first
 * factors USER_AUTH would offer them: those {@link FirstFactors#available} finds for the pool's SignInPolicy and the
 * user (a password, a verified email or phone number, a registered passkey), PASSWORD and PASSWORD_SRP both as
 * {@code PASSWORD} (AWS API reference, GetUserAuthFactors: "The authentication types that are available to the user with
 * USER_AUTH sign-in, for example ["PASSWORD", "WEB_AUTHN"]").
 */
public final class AuthFactorService {

  /** The answer: the token's user (their MFA state) and the factors configured for them, in the table's order. */
  public record AuthFactors(User user, Seq<AuthFactor> configured) {
    /**
     * @throws NullPointerException if a component is null
     */
    public AuthFactors {
      Objects.requireNonNull(user, "user is null");
      Objects.requireNonNull(configured, "configured is null");
    }
  }

  private final TokenService tokens;
  private final UserPools pools;
  private final WebAuthnCredentials passkeys;
  private final Guard guard;

  /**
   * The operation over {@code tokens}' pools and users, with {@code passkeys}' credentials.
   *
   * @throws NullPointerException if an argument is null
   */
  public AuthFactorService(TokenService tokens, UserPools pools, WebAuthnCredentials passkeys, RateLimits rateLimits) {
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.passkeys = Objects.requireNonNull(passkeys, "passkeys is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /**
   * GetUserAuthFactors. Checks, in order: AccessToken's shape; the token; its user still there and enabled
   * ({@code Access Token has been revoked} otherwise).
   */
  public Either<CognitoError, AuthFactors> getUserAuthFactors(String accessToken) {
    return guard.run(Operation.GET_USER_AUTH_FACTORS, () -> Members.string(Members.ACCESS_TOKEN, accessToken).toEither()
        .<CognitoError>mapLeft(v -> new CognitoError.RequestInvalid(List.ofAll(v)))
        .flatMap(tokens::authorize)
        .flatMap(owner -> pools.users(owner._1.id()).find(new LookupKey.BySub(owner._2.sub())).filter(User::enabled)
            .toEither(() -> (CognitoError) new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED))
            .map(user -> new AuthFactors(user, FirstFactors.available(owner._1.signInPolicy(),
                UserAuthSignIn.facts(user, !passkeys.list(owner._1.id(), user.sub().value()).isEmpty()))
                .map(FirstFactor::factor).distinct()))));
  }

  @Override
  public String toString() {
    return "AuthFactorService";
  }
}
