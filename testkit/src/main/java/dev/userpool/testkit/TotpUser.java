package dev.userpool.testkit;

import dev.userpool.mfa.Base32;
import dev.userpool.mfa.MfaConfiguration;
import dev.userpool.mfa.Totp;
import dev.userpool.service.MfaRequests;
import dev.userpool.service.MfaService;
import java.time.Instant;
import java.util.Objects;

/**
 * A fixture user with a software token (TOTP) enabled and preferred: its secret, as an authenticator app holds it, and the
 * code of any moment, by default the pool's clock's. Made by {@link #enable(TestUser)}, which turns on software-token MFA
 * for the pool (OPTIONAL) when it is OFF, then associates, verifies and prefers the token as a user would. The code that
 * verified the token is the previous step's, so {@link #currentCode()} is accepted right away (a code is accepted once).
 */
public final class TotpUser {

  private final TestUser user;
  private final String secret;

  private TotpUser(TestUser user, String secret) {
    this.user = user;
    this.secret = secret;
  }

  /**
   * Enables TOTP for {@code user}, whose sign-in must yield tokens (a CONFIRMED user with a known password, in a pool with
   * MFA OFF or OPTIONAL).
   *
   * @throws IllegalStateException if a step is refused
   */
  public static TotpUser enable(TestUser user) {
    Objects.requireNonNull(user, "user is null");
    TestPool pool = user.pool();
    MfaService mfa = pool.cognito().mfa();
    if (pool.userPool().mfa().mode() == MfaConfiguration.OFF) {
      check(mfa.setUserPoolMfaConfig(new MfaRequests.SetUserPoolMfaConfig(pool.id().value(), "OPTIONAL", true, false, null, false, null,
          null, false, null, null)).isRight(), "SetUserPoolMfaConfig");
    }
    String accessToken = user.tokens().accessToken();
    String secret = mfa.associateSoftwareToken(new MfaRequests.AssociateSoftwareToken(accessToken, null))
        .getOrElseThrow(e -> new IllegalStateException("AssociateSoftwareToken: " + e.message())).secretCode().reveal();
    TotpUser totp = new TotpUser(user, secret);
    String previous = Totp.code(totp.key(), Totp.step(pool.clock().instant()) - 1);
    check(mfa.verifySoftwareToken(new MfaRequests.VerifySoftwareToken(accessToken, null, previous, "fixture")).isRight(),
        "VerifySoftwareToken");
    check(mfa.setUserMfaPreference(new MfaRequests.SetUserMfaPreference(accessToken, null, new MfaRequests.FactorSettings(true, true),
        null)).isRight(), "SetUserMFAPreference");
    return totp;
  }

  private static void check(boolean ok, String step) {
    if (!ok) {
      throw new IllegalStateException(step + " was refused");
    }
  }

  /** The user. */
  public TestUser user() {
    return user;
  }

  /** The secret in base32, as AssociateSoftwareToken's SecretCode gave it. */
  public String secret() {
    return secret;
  }

  /** The six-digit code at the pool's clock's current time. */
  public String currentCode() {
    return codeAt(user.pool().clock().instant());
  }

  /** The six-digit code at {@code when}. */
  public String codeAt(Instant when) {
    return Totp.code(key(), when);
  }

  private byte[] key() {
    return Base32.decode(secret).getOrElseThrow(() -> new IllegalStateException("a TOTP secret is base32"));
  }

  /** The user's name; never the secret. */
  @Override
  public String toString() {
    return "TotpUser[" + user.signInName() + "]";
  }
}
