package dev.userpool.testkit;

import dev.userpool.password.Password;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.user.Attributes;
import dev.userpool.user.UserStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.Optional;

/**
 * A user a test wants in its pool: the name, the {@link UserStatus} and Enabled flag, the password and
 * the passwords before it, and attributes. {@link TestPool#add(UserSpec)} makes the user; how it gets
 * there depends on the status:
 *
 * <ul>
 *   <li><b>Through the service</b>, as an application would, so the user is exactly what Cognito makes:
 *       UNCONFIRMED is SignUp; CONFIRMED is SignUp, AdminConfirmSignUp, then AdminSetUserPassword
 *       (permanent) for each later password; FORCE_CHANGE_PASSWORD is AdminCreateUser (invitation
 *       suppressed), then AdminSetUserPassword (temporary) for each later password; RESET_REQUIRED is
 *       CONFIRMED then AdminResetUserPassword (which needs a verified email or phone number, and sends the
 *       reset code to the mailbox). A disabled user is then AdminDisableUser.
 *   <li><b>Straight to the store</b>, for what the API cannot produce: ARCHIVED, COMPROMISED and UNKNOWN
 *       (statuses Cognito no longer uses, found in old records), EXTERNAL_PROVIDER (federated users,
 *       created by a sign-in through an identity provider), and {@link #imported()} users (RESET_REQUIRED
 *       without a password, as a user import job leaves them). The fixture builds the user with
 *       {@code User.builder()}, hashes with the service's hasher, and saves it with
 *       {@code Users.save(user, Naming.of(pool).keysOf(user))}; no event is published and nothing is sent.
 * </ul>
 *
 * <p>Passwords: a user made through the service needs one; when the spec names none it gets its pool's
 * {@link PoolSpec#defaultPassword()}. A user written to the store has a password only if the spec
 * gives one. {@link #passwordHistory(String...)} lists earlier passwords, oldest first; through the
 * service each one is set in turn, so the pool's policy and history rules apply to them as they would
 * in Cognito, and with {@code PasswordHistorySize} 0 nothing is remembered.
 *
 * <p>Immutable: every method that changes something returns a copy. {@link #toString()} never shows a password.
 */
public final class UserSpec {

  private enum PasswordChoice {
    DEFAULT, GIVEN, NONE
  }

  private final String name;
  private final UserStatus status;
  private final boolean imported;
  private final boolean enabled;
  private final PasswordChoice choice;
  private final Option<Password> password;
  private final Seq<Password> history;
  private final Attributes attributes;

  private UserSpec(String name, UserStatus status, boolean imported, boolean enabled, PasswordChoice choice,
      Option<Password> password, Seq<Password> history, Attributes attributes) {
    this.name = name;
    this.status = status;
    this.imported = imported;
    this.enabled = enabled;
    this.choice = choice;
    this.password = password;
    this.history = history;
    this.attributes = attributes;
  }

  // -- static API

  /**
   * An enabled CONFIRMED user called {@code name} with the pool's default password and no attributes.
   * In a pool whose usernames are emails or phone numbers, {@code name} is the email or phone number.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public static UserSpec named(String name) {
    return new UserSpec(Objects.requireNonNull(name, "name is null"), UserStatus.CONFIRMED, false, true,
        PasswordChoice.DEFAULT, Option.none(), List.empty(), Attributes.empty());
  }

  // -- status

  /**
   * This spec with another status; RESET_REQUIRED means reset by an administrator (see {@link #imported()}
   * for an imported user).
   *
   * @throws NullPointerException if {@code status} is null
   */
  public UserSpec status(UserStatus status) {
    return new UserSpec(name, Objects.requireNonNull(status, "status is null"), false, enabled, choice, password, history, attributes);
  }

  /** This spec as an imported user: RESET_REQUIRED with no password, written to the store. */
  public UserSpec imported() {
    return new UserSpec(name, UserStatus.RESET_REQUIRED, true, enabled, choice, password, history, attributes);
  }

  /** This spec with the Enabled flag set ({@code true}) or cleared. */
  public UserSpec enabled(boolean enabled) {
    return new UserSpec(name, status, imported, enabled, choice, password, history, attributes);
  }

  /** This spec disabled (Enabled false). */
  public UserSpec disabled() {
    return enabled(false);
  }

  // -- passwords

  /**
   * This spec with {@code password} as the current password (the temporary one for FORCE_CHANGE_PASSWORD).
   *
   * @throws NullPointerException if {@code password} is null
   */
  public UserSpec password(String password) {
    return new UserSpec(name, status, imported, enabled, PasswordChoice.GIVEN, Option.some(Password.of(password)), history, attributes);
  }

  /** This spec with no password at all (only statuses written to the store can have none). */
  public UserSpec noPassword() {
    return new UserSpec(name, status, imported, enabled, PasswordChoice.NONE, Option.none(), history, attributes);
  }

  /**
   * This spec with earlier passwords, oldest first, set before the current one.
   *
   * @throws NullPointerException if a password is null
   */
  public UserSpec passwordHistory(String... olderPasswords) {
    Seq<Password> older = List.of(olderPasswords).map(Password::of);
    return new UserSpec(name, status, imported, enabled, choice, password, older, attributes);
  }

  // -- attributes

  /**
   * This spec with an attribute set, for example {@code given_name} or {@code custom:team} (a custom attribute the pool's schema has:
   * AddCustomAttributes).
   *
   * @throws NullPointerException if an argument is null
   */
  public UserSpec attribute(String attributeName, String value) {
    return new UserSpec(name, status, imported, enabled, choice, password, history, attributes.with(attributeName, value));
  }

  /** This spec with an {@code email} that is not verified. */
  public UserSpec email(String email) {
    return attribute(ContactAttribute.EMAIL.attributeName(), email);
  }

  /** This spec with an {@code email} and {@code email_verified = true}, as an administrator may create it. */
  public UserSpec verifiedEmail(String email) {
    return email(email).attribute(ContactAttribute.EMAIL.verifiedName(), "true");
  }

  /** This spec with a {@code phone_number} (E.164, for example {@code +15555550100}) that is not verified. */
  public UserSpec phoneNumber(String phoneNumber) {
    return attribute(ContactAttribute.PHONE_NUMBER.attributeName(), phoneNumber);
  }

  /** This spec with a {@code phone_number} and {@code phone_number_verified = true}. */
  public UserSpec verifiedPhoneNumber(String phoneNumber) {
    return phoneNumber(phoneNumber).attribute(ContactAttribute.PHONE_NUMBER.verifiedName(), "true");
  }

  /** This spec with a {@code preferred_username}. */
  public UserSpec preferredUsername(String preferredUsername) {
    return attribute("preferred_username", preferredUsername);
  }

  // -- accessors

  /** The name the test uses for the user (the username, or the email or phone number that stands for it). */
  public String name() {
    return name;
  }

  /** The status the user will have. */
  public UserStatus status() {
    return status;
  }

  /** Whether the user will be enabled. */
  public boolean enabled() {
    return enabled;
  }

  /** Whether this is an imported user (RESET_REQUIRED without a password). */
  public boolean isImported() {
    return imported;
  }

  /** Whether the fixture writes this user straight to the store, because the API cannot produce it. */
  public boolean writtenToStore() {
    return switch (status) {
      case UNCONFIRMED, CONFIRMED, FORCE_CHANGE_PASSWORD -> false;
      case RESET_REQUIRED -> imported;
      case ARCHIVED, COMPROMISED, UNKNOWN, EXTERNAL_PROVIDER -> true;
    };
  }

  /** The password given with {@link #password(String)}, if any. */
  public Optional<Password> password() {
    return password.toJavaOptional();
  }

  /**
   * The password the user ends up with in a pool of {@code pool}: the given one; else, for a user made
   * through the service, the pool's default password; else none.
   */
  public Optional<Password> passwordIn(PoolSpec pool) {
    return switch (choice) {
      case GIVEN -> password.toJavaOptional();
      case NONE -> Optional.empty();
      case DEFAULT -> writtenToStore() ? Optional.empty() : Optional.of(pool.defaultPassword());
    };
  }

  /** The earlier passwords, oldest first (unmodifiable). */
  public java.util.List<Password> passwordHistory() {
    return history.asJava();
  }

  /** The attributes the user is created with. */
  public Attributes attributes() {
    return attributes;
  }

  /**
   * Why the fixture cannot make this user in a pool of {@code pool}, if it cannot: a status the service
   * reaches needs a password; SignUp starts a history, so an UNCONFIRMED user has none before it; an
   * imported user has neither password nor history; an administrator's reset needs a verified email
   * or phone number to send the code to.
   */
  public Optional<String> problemIn(PoolSpec pool) {
    if (!writtenToStore() && passwordIn(pool).isEmpty()) {
      return Optional.of("Cognito cannot make a " + status + " user without a password");
    }
    if (status == UserStatus.UNCONFIRMED && !history.isEmpty()) {
      return Optional.of("an UNCONFIRMED user has no password history: SignUp sets the first password");
    }
    if (imported && (choice == PasswordChoice.GIVEN || !history.isEmpty())) {
      return Optional.of("an imported user has no password; give the user RESET_REQUIRED status instead");
    }
    if (status == UserStatus.RESET_REQUIRED && !imported && !hasVerifiedContact(pool)) {
      return Optional.of("AdminResetUserPassword needs a verified email or phone_number to send the code to"
          + " (use verifiedEmail(...), or imported() for a user without a password)");
    }
    return Optional.empty();
  }

  private boolean hasVerifiedContact(PoolSpec pool) {
    for (ContactAttribute c : ContactAttribute.values()) {
      boolean nameIsIt = c == ContactAttribute.EMAIL ? Attributes.isEmail(name) : Attributes.isPhoneNumber(name);
      boolean valueKnown = attributes.contact(c).isDefined() || (pool.usernameAttributes().contains(c) && nameIsIt);
      if (valueKnown && attributes.get(c.verifiedName()).exists("true"::equalsIgnoreCase)) {
        return true;
      }
    }
    return false;
  }

  /** The name, status, flag, attribute names and how many passwords; never a password. */
  @Override
  public String toString() {
    String pw = switch (choice) {
      case GIVEN -> "given password";
      case NONE -> "no password";
      case DEFAULT -> "default password";
    };
    return "UserSpec[" + name + ", " + (imported ? "imported " : "") + status + (enabled ? "" : ", disabled") + ", " + pw
        + (history.isEmpty() ? "" : ", " + history.size() + " earlier passwords") + ", " + attributes + "]";
  }
}
