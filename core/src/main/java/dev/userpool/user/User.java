package dev.userpool.user;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.PasswordErrors.InvalidPassword;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError;
import dev.userpool.mfa.UserMfa;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.password.DomainStyle;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Salt;
import dev.userpool.password.Violation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.srp.SrpChallenge;
import dev.userpool.srp.SrpVerifier;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.function.BooleanSupplier;
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

  /** The USER_SRP_AUTH exchange last opened and not yet answered. */
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
  private User touched(Instant now) {
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
    Sub sub = Sub.generate(ctx.randomness());
    return nameInPool(username, attributes, sub, ctx.pool()).flatMap(named -> {
      Seq<Violation> violations = ctx.pool().passwordPolicy().violations(password);
      if (!violations.isEmpty()) {
        return Either.left(new InvalidPassword(violations, InvalidPassword.Wording.DID_NOT_CONFORM_WITH));
      }
      Instant now = ctx.now();
      Salt salt = Salt.random(ctx.randomness());
      PasswordHash hash = ctx.hasher().hash(password, salt);
      Option<CodeDelivery> delivery = ctx.pool().autoVerifiedAttributes().toList()
          .sortBy(Enum::ordinal)
          .flatMap(c -> named._2.contact(c).map(v -> new CodeDelivery(c, v)))
          .headOption();
      Option<PendingCode> code = delivery.map(d -> PendingCode.issue(CodePurpose.SIGN_UP, ctx.codes().get(), now, d));
      User user = builder()
          .username(named._1)
          .sub(sub)
          .status(Lifecycle.afterSignUp())
          .attributes(named._2)
          .password(Option.some(current(hash, password, PasswordKind.PERMANENT, named._1, ctx)))
          .passwordHistory(PasswordHistory.start(salt).record(hash, historySize(ctx)))
          .pendingCode(code)
          .creationDate(now)
          .lastModifiedDate(now)
          .build();
      Option<Message> message = code.map(c -> new Message.CodeMessage(CodePurpose.SIGN_UP, username, c.delivery(), c.code()));
      return Either.right(new Transition(user, new UserEvent.SignedUp(user.username(), now), message));
    });
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
    Sub sub = Sub.generate(ctx.randomness());
    return nameInPool(username, attributes, sub, ctx.pool()).flatMap(named -> temporaryPassword(temporaryPassword, ctx).map(password -> {
      Instant now = ctx.now();
      Salt salt = Salt.random(ctx.randomness());
      PasswordHash hash = ctx.hasher().hash(password, salt);
      User user = builder()
          .username(named._1)
          .sub(sub)
          .status(Lifecycle.afterAdminCreateUser())
          .attributes(named._2)
          .password(Option.some(current(hash, password, PasswordKind.TEMPORARY, named._1, ctx)))
          .passwordHistory(PasswordHistory.start(salt).record(hash, historySize(ctx)))
          .creationDate(now)
          .lastModifiedDate(now)
          .build();
      return new Transition(user, new UserEvent.UserCreated(user.username(), now), invitation(username, user, password, action));
    }));
  }

  /**
   * AdminCreateUser with MessageAction RESEND. Checks, in order: the table
   * (FORCE_CHANGE_PASSWORD only, else {@code UnsupportedUserStateException}); the given temporary
   * password against the policy, or a generated one. The new temporary password's validity starts now.
   */
  public Either<CognitoError, Transition> resendInvitation(Option<Password> temporaryPassword, Context ctx) {
    return Lifecycle.next(Action.ADMIN_CREATE_USER_RESEND, this)
        .flatMap(status -> temporaryPassword(temporaryPassword, ctx).map(password -> {
          PasswordHash hash = ctx.hasher().hash(password, passwordHistory().salt());
          User after = withStatusAndPassword(status, current(hash, password, PasswordKind.TEMPORARY, username(), ctx))
              .withPasswordHistory(passwordHistory().record(hash, historySize(ctx)))
              .withChallenge(Option.none())
              .touched(ctx.now());
          return new Transition(after, new UserEvent.InvitationResent(username(), ctx.now()),
              invitation(signInName(ctx.pool()), after, password, Option.none()));
        }));
  }

  // -- confirmation

  /**
   * ConfirmSignUp. Checks, in order: Enabled ({@code User is disabled.}); the table (only UNCONFIRMED;
   * the status is checked before the code); a pending sign-up code that matches
   * ({@code CodeMismatchException}) and has not expired ({@code ExpiredCodeException}). The contact the
   * code went to becomes verified.
   */
  public Either<CognitoError, Transition> confirmSignUp(ConfirmationCode code, Context ctx) {
    return requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.CONFIRM_SIGN_UP, this))
        .flatMap(status -> pendingCode(CodePurpose.SIGN_UP, code, ctx.now(), new CognitoError.CodeMismatch()).map(pending -> {
          User after = withStatus(status)
              .withAttributes(attributes().verified(pending.delivery().channel()))
              .withPendingCode(Option.none())
              .touched(ctx.now());
          return Transition.of(after, new UserEvent.SignUpConfirmed(username(), ctx.now()));
        }));
  }

  /** AdminConfirmSignUp: only the table (only UNCONFIRMED). Works on a disabled user; verifies nothing. */
  public Either<CognitoError, Transition> adminConfirmSignUp(Context ctx) {
    return Lifecycle.next(Action.CONFIRM_SIGN_UP, this).map(status -> Transition.of(
        withStatus(status).withPendingCode(Option.none()).touched(ctx.now()),
        new UserEvent.SignUpConfirmed(username(), ctx.now())));
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
    Action action = kind == PasswordKind.PERMANENT ? Action.ADMIN_SET_USER_PASSWORD_PERMANENT : Action.ADMIN_SET_USER_PASSWORD_TEMPORARY;
    return admit(password, ctx).flatMap(hash -> Lifecycle.next(action, this).map(status -> Transition.of(
        withNewPassword(status, hash, password, kind, ctx).withChallenge(Option.none())
            .withPendingCode(pendingCode().filter(p -> p.purpose() != CodePurpose.PASSWORD_RESET)),
        new UserEvent.PasswordSet(username(), kind, ctx.now()))));
  }

  /**
   * ChangePassword, for the user an access token names. Checks, in order: Enabled; the table
   * (CONFIRMED, or FORCE_CHANGE_PASSWORD, may change; UNCONFIRMED and RESET_REQUIRED get their
   * sign-in errors); the proposed password against the policy; the previous password
   * ({@code Incorrect username or password.}); the history. The user is CONFIRMED with a permanent password.
   */
  public Either<CognitoError, Transition> changePassword(Password previous, Password proposed, Context ctx) {
    return requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.CHANGE_PASSWORD, this))
        .flatMap(status -> policyOnly(proposed, ctx).flatMap(ok -> matches(previous, ctx)
            ? admit(proposed, ctx).map(hash -> Transition.of(
                withNewPassword(status, hash, proposed, PasswordKind.PERMANENT, ctx),
                new UserEvent.PasswordChanged(username(), ctx.now())))
            : Either.left(new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD))));
  }

  /**
   * AdminResetUserPassword. Checks, in order: Enabled; the table (FORCE_CHANGE_PASSWORD and
   * EXTERNAL_PROVIDER have no password to reset); a verified email or phone to send the code to. The
   * user becomes RESET_REQUIRED and gets a reset code valid one hour.
   */
  public Either<CognitoError, Transition> adminResetUserPassword(Context ctx) {
    return requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.ADMIN_RESET_USER_PASSWORD, this))
        .flatMap(status -> resetCode(ctx).map(code -> new Transition(
            withStatus(status).withPendingCode(Option.some(code)).withChallenge(Option.none()).touched(ctx.now()),
            new UserEvent.PasswordResetByAdmin(username(), ctx.now()),
            Option.some(new Message.CodeMessage(CodePurpose.PASSWORD_RESET, signInName(ctx.pool()), code.delivery(), code.code())))));
  }

  /**
   * ForgotPassword. Checks, in order: Enabled; the table; a verified email or phone. The status stays:
   * the old password signs in until the code is used (the library's decision). The code is valid one hour.
   */
  public Either<CognitoError, Transition> forgotPassword(Context ctx) {
    return requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.FORGOT_PASSWORD, this))
        .flatMap(status -> resetCode(ctx).map(code -> new Transition(
            withStatus(status).withPendingCode(Option.some(code)).touched(ctx.now()),
            new UserEvent.ResetCodeSent(username(), ctx.now()),
            Option.some(new Message.CodeMessage(CodePurpose.PASSWORD_RESET, signInName(ctx.pool()), code.delivery(), code.code())))));
  }

  /**
   * ConfirmForgotPassword. Checks, in order: Enabled; the table (UNCONFIRMED gets
   * {@code User is not confirmed.}); a pending reset code ({@code ExpiredCodeException} when none was
   * requested) that matches and has not expired; the policy; the history. The user is CONFIRMED.
   */
  public Either<CognitoError, Transition> confirmForgotPassword(ConfirmationCode code, Password password, Context ctx) {
    return requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.CONFIRM_FORGOT_PASSWORD, this))
        .flatMap(status -> pendingCode(CodePurpose.PASSWORD_RESET, code, ctx.now(), new CognitoError.ExpiredCode())
            .flatMap(pending -> admit(password, ctx))
            .map(hash -> Transition.of(
                withNewPassword(status, hash, password, PasswordKind.PERMANENT, ctx).withPendingCode(Option.none()),
                new UserEvent.ForgotPasswordConfirmed(username(), ctx.now()))));
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
    return decideSignIn(() -> matches(password, ctx), this, client, ctx);
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
    SrpVerifier verifier = password().flatMap(CurrentPassword::srpVerifier).getOrElse(() -> SrpVerifier.compute(
        ctx.pool().id().poolName(), username().value(), Password.of(Session.generate(ctx.randomness()).reveal()),
        ctx.randomness()));
    return verifier.challenge(srpA, ctx.randomness())
        .mapLeft(ChallengeChecks::srpError)
        .map(challenge -> {
          Session session = Session.generate(ctx.randomness());
          User after = withSrpExchange(Option.some(new SrpExchange(challenge, session, ctx.now().plus(client.sessionValidity()))))
              .withVersion(version() + 1);
          return new SrpInitiation(after, verifier, challenge, session);
        });
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
    Option<SrpExchange> open = srpExchange()
        .filter(e -> !e.hasExpired(ctx.now()) && session.forAll(given -> e.session().matches(given)));
    BooleanSupplier proof = () -> open.isDefined() && password().flatMap(CurrentPassword::srpVerifier)
        .exists(v -> open.get().challenge().verify(v, ctx.pool().id().poolName(), username().value(), claim));
    return decideSignIn(proof, withSrpExchange(Option.none()), client, ctx);
  }

  /**
   * The sign-in decision both flows share; {@code spent} is this user with whatever the attempt uses up once
   * it reaches the password check (the SRP exchange).
   */
  private Either<SignInRefused, Authentication> decideSignIn(
      BooleanSupplier passwordMatches, User spent, AppClient client, Context ctx) {
    Instant now = ctx.now();
    Rule rule = Lifecycle.rule(Action.SIGN_IN, status());
    if (!enabled()) {
      // A client that hides unknown users does not tell a wrong password's caller the user is disabled
      // (AWS's "Managing user existence error responses"); only the right password learns it.
      boolean hidden = client.hidesUnknownUsers() && !passwordMatches.getAsBoolean();
      return Either.left(SignInRefused.of(new NotAuthorized(hidden
          ? NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD
          : NotAuthorized.Reason.USER_DISABLED)));
    }
    if (FailedSignIns.locksOut(failedSignIns(), now)) {
      User recorded = spent.withFailedSignIns(FailedSignIns.afterRefusedAttempt(failedSignIns(), now));
      return Either.left(new SignInRefused(new NotAuthorized(NotAuthorized.Reason.PASSWORD_ATTEMPTS_EXCEEDED),
          Option.some(recorded.withVersion(version() + 1))));
    }
    if (rule.refused().isDefined()) {
      return Either.left(SignInRefused.of(rule.refused().get().error(this)));
    }
    if (!passwordMatches.getAsBoolean()) {
      User recorded = spent.withFailedSignIns(FailedSignIns.afterFailure(failedSignIns(), now));
      return Either.left(new SignInRefused(new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD),
          Option.some(recorded.withVersion(version() + 1))));
    }
    User succeeded = spent.withFailedSignIns(Option.none());
    if (rule.challengesNewPassword()) {
      PasswordPolicy policy = ctx.pool().passwordPolicy();
      if (password().exists(p -> p.hasExpired(now, policy.temporaryPasswordValidity()))) {
        return Either.left(SignInRefused.of(new NotAuthorized(NotAuthorized.Reason.TEMPORARY_PASSWORD_EXPIRED)));
      }
      Session session = Session.generate(ctx.randomness());
      ChallengeSession challenge = new ChallengeSession(session, now.plus(client.sessionValidity()), Option.none());
      User after = succeeded.withChallenge(Option.some(challenge)).withVersion(version() + 1);
      return Either.right(new Authentication(after, new UserEvent.NewPasswordChallengeIssued(username(), now),
          new AuthOutcome.NewPasswordRequired(session)));
    }
    User after = succeeded.equals(this) ? this : succeeded.withVersion(version() + 1);
    return Either.right(
        new Authentication(after, new UserEvent.SignedIn(username(), now), new AuthOutcome.Authenticated()));
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
    return requireEnabled()
        .flatMap(u -> ChallengeChecks.open(this, session, ctx.now()))
        .flatMap(open -> Lifecycle.next(Action.ANSWER_NEW_PASSWORD_CHALLENGE, this).flatMap(status -> shapeOf(newPassword)
            .flatMap(ok -> admit(newPassword, ctx))
            .map(hash -> new Authentication(
                withNewPassword(status, hash, newPassword, PasswordKind.PERMANENT, ctx)
                    .withAttributes(attributes().withAll(updates))
                    .withChallenge(Option.some(open.answer(ctx.now()))),
                new UserEvent.NewPasswordChallengeAnswered(username(), ctx.now()),
                new AuthOutcome.Authenticated()))));
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
    for (String name : names) {
      if (name.equals("sub")) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.IMMUTABLE_ATTRIBUTE, name));
      }
      if (!Attributes.STANDARD.contains(name) && !name.startsWith("custom:") && !name.startsWith("dev:")) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.UNKNOWN_ATTRIBUTE, name));
      }
      if (ctx.pool().usernameAttributes().exists(c -> c.attributeName().equals(name))) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.USERNAME_ATTRIBUTE_REQUIRED, name));
      }
    }
    Attributes after = attributes();
    for (String name : names) {
      after = after.without(name);
      for (ContactAttribute c : ContactAttribute.values()) {
        if (c.attributeName().equals(name)) {
          after = after.without(c.verifiedName());
        }
      }
    }
    return Either.right(Transition.of(withAttributes(after).touched(ctx.now()),
        new UserEvent.AttributesDeleted(username(), LinkedHashSet.ofAll(names), ctx.now())));
  }

  /**
   * ResendConfirmationCode. Checks, in order: Enabled ({@code User is disabled.}, the library's
   * decision); UNCONFIRMED ({@code User is already confirmed.}); a contact the pool auto-verifies
   * ({@code Cannot resend codes. Auto verification not turned on.}). A new sign-up code valid 24 hours
   * replaces the pending one and goes to the first such contact, as SignUp's did.
   */
  public Either<CognitoError, Transition> resendConfirmationCode(Context ctx) {
    return requireEnabled().flatMap(u -> status() == UserStatus.UNCONFIRMED
        ? Either.right(u)
        : Either.left(InvalidParameter.of(InvalidParameter.Reason.ALREADY_CONFIRMED)))
        .flatMap(u -> autoVerifiedContact(attributes(), ctx.pool())
            .toEither(() -> (CognitoError) InvalidParameter.of(InvalidParameter.Reason.NO_AUTO_VERIFIED_CONTACT)))
        .map(delivery -> {
          PendingCode code = PendingCode.issue(CodePurpose.SIGN_UP, ctx.codes().get(), ctx.now(), delivery);
          return new Transition(withPendingCode(Option.some(code)).touched(ctx.now()),
              new UserEvent.ConfirmationCodeResent(username(), ctx.now()),
              Option.some(new Message.CodeMessage(CodePurpose.SIGN_UP, signInName(ctx.pool()), delivery, code.code())));
        });
  }

  private static Option<CodeDelivery> autoVerifiedContact(Attributes attributes, UserPool pool) {
    return pool.autoVerifiedAttributes().toList()
        .sortBy(Enum::ordinal)
        .flatMap(c -> attributes.contact(c).map(v -> new CodeDelivery(c, v)))
        .headOption();
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

  private Either<CognitoError, User> requireEnabled() {
    return enabled() ? Either.right(this) : Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
  }

  private User withNewPassword(UserStatus status, PasswordHash hash, Password password, PasswordKind kind, Context ctx) {
    return withStatusAndPassword(status, current(hash, password, kind, username(), ctx))
        .withPasswordHistory(passwordHistory().record(hash, historySize(ctx)))
        .touched(ctx.now());
  }

  /** Status and password in one copy: one at a time would pass through a state the invariant forbids. */
  private User withStatusAndPassword(UserStatus status, CurrentPassword password) {
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

  /**
   * The password record for a password being set: the hash, and the SRP verifier for the stored username in
   * this pool, with its own salt (one 3072-bit exponentiation).
   */
  private static CurrentPassword current(PasswordHash hash, Password password, PasswordKind kind, Username username, Context ctx) {
    SrpVerifier verifier = SrpVerifier.compute(ctx.pool().id().poolName(), username.value(), password, ctx.randomness());
    return new CurrentPassword(hash, ctx.now(), kind, Option.some(verifier));
  }

  /** Policy then history, one key derivation; the hash is the candidate's under the user's salt. */
  private Either<CognitoError, PasswordHash> admit(Password candidate, Context ctx) {
    Validation<Seq<Violation>, PasswordHash> result = ctx.pool().passwordPolicy().evaluate(candidate, passwordHistory(), ctx.hasher());
    return result.toEither().mapLeft(User::passwordError);
  }

  private static Either<CognitoError, Password> policyOnly(Password candidate, Context ctx) {
    Seq<Violation> violations = ctx.pool().passwordPolicy().violations(candidate);
    return violations.isEmpty()
        ? Either.right(candidate)
        : Either.left(new InvalidPassword(violations, InvalidPassword.Wording.DOES_NOT_CONFORM_TO));
  }

  private static CognitoError passwordError(Seq<Violation> violations) {
    return violations.head() instanceof Violation.ReusedPassword
        ? new CognitoError.PasswordHistoryPolicyViolation()
        : new InvalidPassword(violations, InvalidPassword.Wording.DOES_NOT_CONFORM_TO);
  }

  private static Either<CognitoError, Password> temporaryPassword(Option<Password> given, Context ctx) {
    PasswordPolicy policy = ctx.pool().passwordPolicy();
    if (given.isEmpty()) {
      return Either.right(policy.generateTemporaryPassword(ctx.randomness()));
    }
    Seq<Violation> violations = policy.violations(given.get());
    return violations.isEmpty()
        ? Either.right(given.get())
        : Either.left(new InvalidPassword(violations, InvalidPassword.Wording.DID_NOT_CONFORM_WITH_PASSWORD_POLICY));
  }

  private static Either<CognitoError, Password> shapeOf(Password candidate) {
    Seq<ParameterViolation> shape = Password.MEMBER.check(candidate.reveal());
    if (shape.isEmpty()) {
      return Either.right(candidate);
    }
    return Either.left(new CognitoError.MalformedPassword(shape.head() instanceof ParameterViolation.LengthAbove
        ? CognitoError.MalformedPassword.Shape.TOO_LONG
        : CognitoError.MalformedPassword.Shape.PATTERN));
  }

  private Either<CognitoError, PendingCode> pendingCode(CodePurpose purpose, ConfirmationCode given, Instant now, CognitoError whenNone) {
    Option<PendingCode> pending = pendingCode().filter(p -> p.purpose() == purpose);
    if (pending.isEmpty()) {
      return Either.left(whenNone);
    }
    if (!pending.get().code().matches(given)) {
      return Either.left(new CognitoError.CodeMismatch());
    }
    if (pending.get().hasExpired(now)) {
      return Either.left(new CognitoError.ExpiredCode());
    }
    return Either.right(pending.get());
  }

  private Either<CognitoError, PendingCode> resetCode(Context ctx) {
    return attributes().verifiedContact()
        .toEither(() -> (CognitoError) InvalidParameter.of(InvalidParameter.Reason.NO_VERIFIED_CONTACT))
        .map(delivery -> PendingCode.issue(CodePurpose.PASSWORD_RESET, ctx.codes().get(), ctx.now(), delivery));
  }

  private static int historySize(Context ctx) {
    return ctx.pool().passwordPolicy().passwordHistorySize();
  }

  private static Option<Message> invitation(Username signInName, User user, Password password, Option<MessageAction> action) {
    if (action.contains(MessageAction.SUPPRESS)) {
      return Option.none();
    }
    Option<CodeDelivery> to = List.of(ContactAttribute.values())
        .flatMap(c -> user.attributes().contact(c).map(v -> new CodeDelivery(c, v)))
        .headOption();
    return Option.some(new Message.InvitationMessage(signInName, to, password));
  }

  /**
   * In a pool with UsernameAttributes, the name must be one of them: it becomes that attribute and the
   * stored username is the sub. Elsewhere the name is the username.
   */
  private static Either<CognitoError, Tuple2<Username, Attributes>> nameInPool(Username given, Attributes attributes, Sub sub,
      UserPool pool) {
    if (!pool.usernamesAreContacts()) {
      return Either.right(Tuple.of(given, attributes));
    }
    if (pool.usernameAttributes().contains(ContactAttribute.EMAIL) && Attributes.isEmail(given.value())) {
      return Either.right(Tuple.of(new Username(sub.value()), attributes.with("email", given.value())));
    }
    if (pool.usernameAttributes().contains(ContactAttribute.PHONE_NUMBER) && Attributes.isPhoneNumber(given.value())) {
      return Either.right(Tuple.of(new Username(sub.value()), attributes.with("phone_number", given.value())));
    }
    return Either.left(InvalidParameter.of(pool.usernameAttributes().contains(ContactAttribute.EMAIL)
        ? InvalidParameter.Reason.USERNAME_SHOULD_BE_EMAIL
        : InvalidParameter.Reason.USERNAME_SHOULD_BE_PHONE_NUMBER));
  }
}
