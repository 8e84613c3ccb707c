package dev.userpool.testkit;

import dev.userpool.password.Password;
import dev.userpool.service.Results;
import dev.userpool.service.TokenService;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

/**
 * A user a fixture made: how the test names it, its sub, the password it was given, and its state as
 * stored now (read afresh on every call, so it follows what the test does to it). {@link #toString()}
 * never shows the password.
 */
public final class TestUser {

  private final TestPool pool;
  private final Sub sub;
  private final String signInName;
  private final Optional<Password> password;

  TestUser(TestPool pool, Sub sub, String signInName, Optional<Password> password) {
    this.pool = pool;
    this.sub = sub;
    this.signInName = signInName;
    this.password = password;
  }

  /** The name the user signs in with: the username, or the email or phone number in a pool whose usernames are those. */
  public String signInName() {
    return signInName;
  }

  /** The user's sub. */
  public Sub sub() {
    return sub;
  }

  /** The password the fixture gave the user (the temporary one for FORCE_CHANGE_PASSWORD), if any. */
  public Optional<Password> password() {
    return password;
  }

  /** The pool the user is in. */
  public TestPool pool() {
    return pool;
  }

  /**
   * The user as stored now.
   *
   * @throws IllegalStateException if the user was deleted
   */
  public User user() {
    return pool.cognito().store().users(pool.id()).find(new LookupKey.BySub(sub))
        .getOrElseThrow(() -> new IllegalStateException(signInName + " no longer exists"));
  }

  /** The status now. */
  public UserStatus status() {
    return user().status();
  }

  /** The Enabled flag now. */
  public boolean enabled() {
    return user().enabled();
  }

  /**
   * InitiateAuth (USER_PASSWORD_AUTH) with the password the fixture gave.
   *
   * @throws CognitoIdentityProviderException the SDK's subtype for the error, if Cognito refuses
   * @throws IllegalStateException if the fixture gave no password
   */
  public Results.SignIn signIn() {
    return pool.signIn(signInName, knownPassword().reveal());
  }

  /**
   * InitiateAuth (USER_PASSWORD_AUTH) with {@code password}.
   *
   * @throws CognitoIdentityProviderException the SDK's subtype for the error, if Cognito refuses
   */
  public Results.SignIn signIn(String password) {
    return pool.signIn(signInName, password);
  }

  private Password knownPassword() {
    return password.orElseThrow(() -> new IllegalStateException(signInName + " has no password"));
  }

  /**
   * The tokens a successful sign-in (USER_PASSWORD_AUTH with the fixture's password) yields: signed ID and
   * access tokens with Cognito's claims, and a refresh token, issued by the pool's Cognito. Feed them to the
   * verifier under test with {@link TestPool#jwks()}.
   *
   * @throws IllegalStateException if the fixture gave no password, or the sign-in does not authenticate
   *     (an error, or the NEW_PASSWORD_REQUIRED challenge)
   */
  public TokenService.Issued tokens() {
    Results.SignIn outcome = pool.signInOutcome(signInName, knownPassword().reveal()).getOrElseThrow(e -> new IllegalStateException(
        signInName + " does not sign in: " + e.cognitoError() + ": " + e.message()));
    return outcome.fold(
        authenticated -> pool.cognito().tokens().signIn(authenticated.pool(), authenticated.client(), authenticated.user(),
            TriggerSource.TokenGeneration_Authentication).getOrElseThrow(
                e -> new IllegalStateException(
                    signInName + " gets no tokens: " + e.cognitoError() + ": " + e.message())),
        challenge -> {
          throw new IllegalStateException(signInName + " must answer a challenge before having tokens");
        },
        verifier -> {
          throw new IllegalStateException(signInName + " must answer PASSWORD_VERIFIER before having tokens");
        },
        mfa -> {
          throw new IllegalStateException(signInName + " must answer " + mfa.step() + " before having tokens");
        },
        custom -> {
          throw new IllegalStateException(signInName + " must answer " + custom.challengeName() + " before having tokens");
        });
  }

  /** The sign-in name and sub; never the password. */
  @Override
  public String toString() {
    return "TestUser[" + signInName + ", " + sub + "]";
  }
}
