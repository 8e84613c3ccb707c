package dev.userpool.user;

import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError;
import dev.userpool.mfa.UserMfa;
import dev.userpool.password.DomainStyle;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHistory;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.srp.PasswordClaim;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A user of a pool. Mirrors {@code UserType}: username, {@code sub}, {@link UserStatus}, the Enabled
 * flag, attributes and dates; and holds what Cognito keeps behind them: the current password's salted
 * hash with when it was set and whether it is temporary, the password history, a pending code, the last
 * challenge session, and a version for optimistic concurrency. Never a plain-text password.
 *
 * <p>Every operation is a pure decision: a method that returns the {@link Transition} (the user
 * afterwards, the event, a message to send) or the {@link CognitoError} the caller gets. A refused
 * operation returns only the error: the user is unchanged. The status changes come from
 * {@link Lifecycle}; each method's Javadoc gives its check order.
 */
@Value.Immutable
@DomainStyle
public abstract class User {

  User() {}

  // -- attributes of the aggregate

  /** The username; in a pool whose usernames are emails or phone numbers, the sub. */
  public abstract Username username();

  /** The immutable unique id. */
  public abstract Sub sub();

  /** The status. */
  public abstract UserStatus status();

  /** Cognito's Enabled flag; a disabled user cannot sign in. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** The attributes, {@code sub} aside. */
  @Value.Default
  public Attributes attributes() {
    return Attributes.empty();
  }

  /** The current password, if the user has one (federated and imported users may not). */
  @Value.Default
  public Option<CurrentPassword> password() {
    return Option.none();
  }

  /** The password history, with the salt of all the user's hashes. */
  public abstract PasswordHistory passwordHistory();

  /** The code last sent and not yet used. */
  @Value.Default
  public Option<PendingCode> pendingCode() {
    return Option.none();
  }

  /** The codes sent to verify an email or phone number, with any new value held until verified. */
  @Value.Default
  public ContactVerifications contactVerifications() {
    return ContactVerifications.none();
  }

  /** The NEW_PASSWORD_REQUIRED challenge last issued. */
  @Value.Default
  public Option<ChallengeSession> challenge() {
    return Option.none();
  }

  /** The failed password sign-ins the lockout counts ({@link FailedSignIns}); none after a success. */
  @Value.Default
  public Option<FailedSignIns> failedSignIns() {
    return Option.none();
  }

  /** The SRP exchange last opened and not yet answered: USER_SRP_AUTH's, or a device's ({@link DeviceExchanges}). */
  @Value.Default
  public Option<SrpExchange> srpExchange() {
    return Option.none();
  }

  /** The MFA state ({@code dev.userpool.mfa}): software token, factors enabled and preferred, the MFA challenge last issued. */
  @Value.Default
  public UserMfa mfa() {
    return UserMfa.none();
  }

  /** The CUSTOM_AUTH round last opened and not yet answered ({@link CustomAuthSession}). */
  @Value.Default
  public Option<CustomAuthSession> customAuth() {
    return Option.none();
  }

  /** {@code UserCreateDate}. */
  public abstract Instant creationDate();

  /** {@code UserLastModifiedDate}. */
  public abstract Instant lastModifiedDate();

  /** The stored version: 1 when created, one more after each change. */
  @Value.Default
  public long version() {
    return 1;
  }

  @Value.Check
  void check() {
    boolean temporary = password().exists(CurrentPassword::isTemporary);
    if (temporary != (status() == UserStatus.FORCE_CHANGE_PASSWORD)) {
      throw new IllegalArgumentException("a user has a temporary password exactly when FORCE_CHANGE_PASSWORD, not " + status());
    }
  }

  /** A builder, for stores that reload users and for tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a user. */
  public static final class Builder extends ImmutableUser.Builder {
    Builder() {}
  }

  // -- copies

  abstract User withStatus(UserStatus status);

  abstract User withEnabled(boolean enabled);

  abstract User withAttributes(Attributes attributes);

  abstract User withPasswordHistory(PasswordHistory history);

  abstract User withPendingCode(Option<PendingCode> code);

  abstract User withContactVerifications(ContactVerifications verifications);

  abstract User withChallenge(Option<ChallengeSession> challenge);

  abstract User withFailedSignIns(Option<FailedSignIns> failures);

  abstract User withSrpExchange(Option<SrpExchange> exchange);

  abstract User withMfa(UserMfa mfa);

  abstract User withCustomAuth(Option<CustomAuthSession> round);

  abstract User withLastModifiedDate(Instant instant);

  abstract User withVersion(long version);

  /**
   * This user with {@code attributes} and {@code verifications}, changed at {@code now}: the one write of the
   * attribute-verification rules ({@code dev.userpool.verification}), which decide both.
   */
  public User withContacts(Attributes attributes, ContactVerifications verifications, Instant now) {
    return withAttributes(attributes).withContactVerifications(verifications).touched(now);
  }

  /**
   * This user with {@code mfa} as the MFA rules decided it, saved as the next version of {@code before}: a change of the
   * user's settings at {@code changedAt}, or (none) a sign-in's bookkeeping; a wrong MFA code at {@code failedAt} counts
   * toward the lockout as a wrong password does.
   */
  public User withMfa(UserMfa mfa, User before, Option<Instant> changedAt, Option<Instant> failedAt) {
    User next = withMfa(mfa).withVersion(before.version() + 1)
        .withFailedSignIns(failedAt.isEmpty() ? failedSignIns() : FailedSignIns.afterFailure(failedSignIns(), failedAt.get()));
    return changedAt.map(next::withLastModifiedDate).getOrElse(next);
  }

  /** This user with {@code round} as its open custom sign-in round (none: closed), saved as the next version of {@code before}. */
  public User withCustomAuthRound(Option<CustomAuthSession> round, User before) {
    return withCustomAuth(round).withVersion(before.version() + 1);
  }

  /** This user changed at {@code now}: modification date and version move on. */
  User touched(Instant now) {
    return withLastModifiedDate(now).withVersion(version() + 1);
  }

  // -- creation

  /**
   * SignUp. Checks, in order: in a pool whose usernames are emails or phone numbers, that the
   * username is one (it becomes the attribute, and the stored username is the sub); the password
   * policy ({@code Password did not conform with policy: ...}). The user is UNCONFIRMED; a
   * six-digit code valid 24 hours goes to the first auto-verified contact it has. Whether the name is
   * taken is the store's to say.
   */
  public static Either<CognitoError, Transition> signUp(Username username, Password password, Attributes attributes, Context ctx) {
    return UserCreation.signUp(username, password, attributes, ctx);
  }

  /**
   * AdminCreateUser for a new user. Checks, in order: the username's form in a pool whose usernames are
   * emails or phone numbers; the given temporary password against the policy
   * ({@code Password did not conform with password policy: ...}), or else one is generated that satisfies it.
   * The user is FORCE_CHANGE_PASSWORD with that temporary password, counted in the history but not
   * checked against it; the invitation goes out unless the action is SUPPRESS.
   */
  public static Either<CognitoError, Transition> adminCreateUser(
      Username username, Option<Password> temporaryPassword, Attributes attributes, Option<MessageAction> action, Context ctx) {
    return UserCreation.adminCreateUser(username, temporaryPassword, attributes, action, ctx);
  }

  /**
   * AdminCreateUser with MessageAction RESEND. Checks, in order: the table
   * (FORCE_CHANGE_PASSWORD only, else {@code UnsupportedUserStateException}); the given temporary
   * password against the policy, or a generated one. The new temporary password's validity starts now.
   */
  public Either<CognitoError, Transition> resendInvitation(Option<Password> temporaryPassword, Context ctx) {
    return UserCreation.resendInvitation(this, temporaryPassword, ctx);
  }

  // -- confirmation

  /**
   * ConfirmSignUp. Checks, in order: Enabled ({@code User is disabled.}); the table (only UNCONFIRMED;
   * the status is checked before the code); a pending sign-up code that matches
   * ({@code CodeMismatchException}) and has not expired ({@code ExpiredCodeException}). The contact the
   * code went to becomes verified.
   */
  public Either<CognitoError, Transition> confirmSignUp(ConfirmationCode code, Context ctx) {
    return CodeChecks.confirmSignUp(this, code, ctx);
  }

  /** AdminConfirmSignUp: only the table (only UNCONFIRMED). Works on a disabled user; verifies nothing. */
  public Either<CognitoError, Transition> adminConfirmSignUp(Context ctx) {
    return CodeChecks.adminConfirmSignUp(this, ctx);
  }

  // -- passwords

  /**
   * AdminSetUserPassword. Checks, in order: the policy ({@code Password does not conform to policy:
   * ...}); the history ({@code PasswordHistoryPolicyViolationException}). Then, from any status and
   * whether or not the user is enabled, a permanent password makes the user CONFIRMED and a temporary
   * one FORCE_CHANGE_PASSWORD, its validity starting now. A pending password-reset code is withdrawn: the
   * password the administrator set wins over a reset requested before (the library's decision). One key
   * derivation in all, plus the SRP verifier.
   */
  public Either<CognitoError, Transition> adminSetUserPassword(Password password, PasswordKind kind, Context ctx) {
    return PasswordDecisions.adminSetUserPassword(this, password, kind, ctx);
  }

  /**
   * ChangePassword, for the user an access token names. Checks, in order: Enabled; the table
   * (CONFIRMED, or FORCE_CHANGE_PASSWORD, may change; UNCONFIRMED and RESET_REQUIRED get their
   * sign-in errors); the proposed password against the policy; the previous password
   * ({@code Incorrect username or password.}); the history. The user is CONFIRMED with a permanent password.
   */
  public Either<CognitoError, Transition> changePassword(Password previous, Password proposed, Context ctx) {
    return PasswordDecisions.changePassword(this, previous, proposed, ctx);
  }

  /**
   * AdminResetUserPassword. Checks, in order: Enabled; the table (FORCE_CHANGE_PASSWORD and
   * EXTERNAL_PROVIDER have no password to reset); a verified email or phone to send the code to. The
   * user becomes RESET_REQUIRED and gets a reset code valid one hour.
   */
  public Either<CognitoError, Transition> adminResetUserPassword(Context ctx) {
    return PasswordDecisions.adminResetUserPassword(this, ctx);
  }

  /**
   * ForgotPassword. Checks, in order: Enabled; the table; a verified email or phone. The status stays:
   * the old password signs in until the code is used (the library's decision). The code is valid one hour.
   */
  public Either<CognitoError, Transition> forgotPassword(Context ctx) {
    return PasswordDecisions.forgotPassword(this, ctx);
  }

  /**
   * ConfirmForgotPassword. Checks, in order: Enabled; the table (UNCONFIRMED gets
   * {@code User is not confirmed.}); a pending reset code ({@code ExpiredCodeException} when none was
   * requested) that matches and has not expired; the policy; the history. The user is CONFIRMED.
   */
  public Either<CognitoError, Transition> confirmForgotPassword(ConfirmationCode code, Password password, Context ctx) {
    return PasswordDecisions.confirmForgotPassword(this, code, password, ctx);
  }

  // -- sign-in

  /**
   * A password sign-in (USER_PASSWORD_AUTH or ADMIN_USER_PASSWORD_AUTH), once the client allows the
   * flow and the user is found. Checks, in order (the sign-in check order of
   * {@code docs/generated/state-machine.md}): Enabled ({@code User is disabled.}); the table's refusals, before the password
   * (UNCONFIRMED, RESET_REQUIRED, federated and retired statuses); the password
   * ({@code Incorrect username or password.}); for FORCE_CHANGE_PASSWORD, the temporary password's age
   * against TemporaryPasswordValidityDays, then the NEW_PASSWORD_REQUIRED challenge with a new session
   * valid for the client's AuthSessionValidity. A CONFIRMED user is authenticated and unchanged.
   */
  public Either<CognitoError, Authentication> signIn(Password password, AppClient client, Context ctx) {
    return attemptSignIn(password, client, ctx).mapLeft(SignInRefused::error);
  }

  /**
   * {@link #signIn}, with the lockout's bookkeeping: a refusal may carry the user to save (a counted failure,
   * an attempt during a lockout). Checks, in order: Enabled; the lockout ({@code Password attempts exceeded},
   * even with the right password); the table's refusals; the password; then as {@link #signIn}.
   */
  public Either<SignInRefused, Authentication> attemptSignIn(Password password, AppClient client, Context ctx) {
    return SignInDecisions.decide(this, () -> matches(password, ctx), this, client, ctx);
  }

  /**
   * USER_SRP_AUTH's first round trip, once the client allows the flow and the user is found: checks
   * {@code SRP_A} (hex of a value with {@code A mod N != 0}, else {@code InvalidParameterException}) and opens
   * the exchange against the current password's verifier. Nothing else is checked here (Cognito answers an
   * unknown user at initiation, measured in ministackorg/ministack#1758; every other check waits for the
   * proof, the library's decision, so that both flows give the same outcome). A user without a verifier gets
   * an exchange against a verifier of a random password, so the proof fails as a wrong password.
   */
  public Either<CognitoError, SrpInitiation> initiateSrp(String srpA, AppClient client, Context ctx) {
    return SignInDecisions.initiateSrp(this, srpA, client, ctx);
  }

  /**
   * The answer to PASSWORD_VERIFIER: the same checks in the same order as {@link #attemptSignIn}, the
   * password check being the SRP proof (the latest exchange, not expired, its session when one is sent, its
   * secret block, the exact TIMESTAMP spelling and the signature). A wrong proof is a wrong password
   * ({@code Incorrect username or password.}) and counts toward the lockout; an answer that reaches the proof
   * uses the exchange up.
   */
  public Either<SignInRefused, Authentication> answerPasswordVerifier(
      PasswordClaim claim, Option<Session> session, AppClient client, Context ctx) {
    return SignInDecisions.answerPasswordVerifier(this, claim, session, client, ctx);
  }

  /**
   * The answer to NEW_PASSWORD_REQUIRED. Checks, in order: Enabled; the session (never issued:
   * {@code Invalid session for the user.}; answered: {@code ... session can only be used once.};
   * past AuthSessionValidity: {@code ... session is expired.}); the table (only FORCE_CHANGE_PASSWORD);
   * the new password's shape, as no request pattern covers it; the policy; the history. The user is
   * CONFIRMED with a permanent password and the given attributes, and is authenticated. A refused
   * answer leaves the session usable (failed operations change nothing).
   */
  public Either<CognitoError, Authentication> answerNewPasswordChallenge(Session session, Password newPassword, Attributes updates,
      Context ctx) {
    return SignInDecisions.answerNewPasswordChallenge(this, session, newPassword, updates, ctx);
  }

  // -- the Enabled flag

  /** AdminDisableUser: Enabled off, status kept, from any status. */
  public Either<CognitoError, Transition> adminDisableUser(Context ctx) {
    return Lifecycle.next(Action.ADMIN_DISABLE_USER, this).map(status -> Transition.of(
        withStatus(status).withEnabled(false).touched(ctx.now()), new UserEvent.UserDisabled(username(), ctx.now())));
  }

  /** AdminEnableUser: Enabled on, status kept, from any status. */
  public Either<CognitoError, Transition> adminEnableUser(Context ctx) {
    return Lifecycle.next(Action.ADMIN_ENABLE_USER, this).map(status -> Transition.of(
        withStatus(status).withEnabled(true).touched(ctx.now()), new UserEvent.UserEnabled(username(), ctx.now())));
  }

  // -- attributes

  /**
   * AdminDeleteUserAttributes. Checks, in order, for each name: {@code sub} cannot be changed; the name
   * must be a standard or custom attribute; in a pool whose usernames are emails or phone numbers, that
   * attribute stays (the library's decision). Deleting a contact deletes its {@code *_verified} too;
   * deleting a name the user does not have is no error.
   */
  public Either<CognitoError, Transition> adminDeleteUserAttributes(Seq<String> names, Context ctx) {
    return AttributeDeletions.adminDeleteUserAttributes(this, names, ctx);
  }

  /**
   * ResendConfirmationCode. Checks, in order: Enabled ({@code User is disabled.}, the library's
   * decision); UNCONFIRMED ({@code User is already confirmed.}); a contact the pool auto-verifies
   * ({@code Cannot resend codes. Auto verification not turned on.}). A new sign-up code valid 24 hours
   * replaces the pending one and goes to the first such contact, as SignUp's did.
   */
  public Either<CognitoError, Transition> resendConfirmationCode(Context ctx) {
    return CodeChecks.resendConfirmationCode(this, ctx);
  }

  // -- queries

  /**
   * Whether {@code candidate} is the current password (one key derivation, constant-time comparison).
   * A user without a password matches nothing.
   */
  public boolean matches(Password candidate, Context ctx) {
    return password().exists(p -> ctx.hasher().verify(candidate, p.hash()));
  }

  /** The name the user signs in with: the username, or the email or phone number that stands for it. */
  public Username signInName(UserPool pool) {
    for (ContactAttribute c : pool.usernameAttributes().toList().sortBy(Enum::ordinal)) {
      Option<String> value = attributes().contact(c);
      if (value.isDefined()) {
        return new Username(value.get());
      }
    }
    return username();
  }

  // -- helpers

  Either<CognitoError, User> requireEnabled() {
    return enabled() ? Either.right(this) : Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
  }

  User withNewPassword(UserStatus status, PasswordHash hash, Password password, PasswordKind kind, Context ctx) {
    return withStatusAndPassword(status, PasswordChecks.current(hash, password, kind, username(), ctx))
        .withPasswordHistory(passwordHistory().record(hash, PasswordChecks.historySize(ctx)))
        .touched(ctx.now());
  }

  /** Status and password in one copy: one at a time would pass through a state the invariant forbids. */
  User withStatusAndPassword(UserStatus status, CurrentPassword password) {
    return builder()
        .username(username())
        .sub(sub())
        .status(status)
        .enabled(enabled())
        .attributes(attributes())
        .password(Option.some(password))
        .passwordHistory(passwordHistory())
        .pendingCode(pendingCode())
        .contactVerifications(contactVerifications())
        .challenge(challenge())
        .failedSignIns(failedSignIns())
        .srpExchange(Option.none())
        .mfa(mfa())
        .creationDate(creationDate())
        .lastModifiedDate(lastModifiedDate())
        .version(version())
        .build();
  }
}
