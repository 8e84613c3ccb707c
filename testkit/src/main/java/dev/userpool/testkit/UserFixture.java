package dev.userpool.testkit;

import dev.userpool.user.UserStatus;
import java.util.Objects;

/**
 * A user on its way into a {@link TestPool}: say what it has, then end with the status, which makes it.
 *
 * <pre>{@code
 * TestUser jane = pool.user("jane").password("Passw0rd!").passwordHistory("0ld-Passw0rd!").confirmed();
 * TestUser bob = pool.user("bob").verifiedEmail("bob@example.com").disabled().resetRequired();
 * }</pre>
 *
 * <p>Each method before the status returns a new fixture; see {@link UserSpec} for what each status
 * does and which statuses are written straight to the store.
 */
public final class UserFixture {

  private final TestPool pool;
  private final UserSpec spec;

  UserFixture(TestPool pool, UserSpec spec) {
    this.pool = pool;
    this.spec = spec;
  }

  // -- what the user has

  /** With this password (the temporary one for FORCE_CHANGE_PASSWORD). */
  public UserFixture password(String password) {
    return new UserFixture(pool, spec.password(password));
  }

  /** With no password (only for statuses written to the store). */
  public UserFixture noPassword() {
    return new UserFixture(pool, spec.noPassword());
  }

  /** With earlier passwords, oldest first, set before the current one. */
  public UserFixture passwordHistory(String... olderPasswords) {
    return new UserFixture(pool, spec.passwordHistory(olderPasswords));
  }

  /** With an attribute, for example {@code given_name} or {@code custom:team} (one the pool's schema has). */
  public UserFixture attribute(String name, String value) {
    return new UserFixture(pool, spec.attribute(name, value));
  }

  /** With an unverified email. */
  public UserFixture email(String email) {
    return new UserFixture(pool, spec.email(email));
  }

  /** With a verified email. */
  public UserFixture verifiedEmail(String email) {
    return new UserFixture(pool, spec.verifiedEmail(email));
  }

  /** With an unverified phone number. */
  public UserFixture phoneNumber(String phoneNumber) {
    return new UserFixture(pool, spec.phoneNumber(phoneNumber));
  }

  /** With a verified phone number. */
  public UserFixture verifiedPhoneNumber(String phoneNumber) {
    return new UserFixture(pool, spec.verifiedPhoneNumber(phoneNumber));
  }

  /** With a preferred username. */
  public UserFixture preferredUsername(String preferredUsername) {
    return new UserFixture(pool, spec.preferredUsername(preferredUsername));
  }

  /** Disabled (AdminDisableUser once the status is reached). */
  public UserFixture disabled() {
    return new UserFixture(pool, spec.disabled());
  }

  /** The spec so far. */
  public UserSpec spec() {
    return spec;
  }

  // -- the status, which makes the user

  /** UNCONFIRMED: SignUp. */
  public TestUser unconfirmed() {
    return inStatus(UserStatus.UNCONFIRMED);
  }

  /** CONFIRMED: SignUp and AdminConfirmSignUp, then AdminSetUserPassword for each later password. */
  public TestUser confirmed() {
    return inStatus(UserStatus.CONFIRMED);
  }

  /** FORCE_CHANGE_PASSWORD: AdminCreateUser with the password as the temporary one. */
  public TestUser forceChangePassword() {
    return inStatus(UserStatus.FORCE_CHANGE_PASSWORD);
  }

  /** RESET_REQUIRED after AdminResetUserPassword; needs a verified email or phone number. */
  public TestUser resetRequired() {
    return inStatus(UserStatus.RESET_REQUIRED);
  }

  /** RESET_REQUIRED as a user import leaves it: no password; written to the store. */
  public TestUser imported() {
    return pool.add(spec.imported());
  }

  /** ARCHIVED, a status Cognito no longer uses; written to the store. */
  public TestUser archived() {
    return inStatus(UserStatus.ARCHIVED);
  }

  /** COMPROMISED, a status Cognito no longer uses; written to the store. */
  public TestUser compromised() {
    return inStatus(UserStatus.COMPROMISED);
  }

  /** UNKNOWN, a status Cognito no longer uses; written to the store. */
  public TestUser unknown() {
    return inStatus(UserStatus.UNKNOWN);
  }

  /** EXTERNAL_PROVIDER, a federated user; written to the store, with no password unless one is given. */
  public TestUser externalProvider() {
    return inStatus(UserStatus.EXTERNAL_PROVIDER);
  }

  /**
   * In {@code status}, reached as {@link UserSpec} describes.
   *
   * @throws NullPointerException if {@code status} is null
   */
  public TestUser inStatus(UserStatus status) {
    return pool.add(spec.status(Objects.requireNonNull(status, "status is null")));
  }

  /** The spec so far; never a password. */
  @Override
  public String toString() {
    return "UserFixture[" + spec + "]";
  }
}
