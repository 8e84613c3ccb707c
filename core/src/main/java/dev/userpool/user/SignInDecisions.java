package dev.userpool.user;

import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AppClient;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.srp.SrpVerifier;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * {@link User}'s sign-in decisions: the password check both flows share (USER_PASSWORD_AUTH and the SRP proof), with the
 * lockout's bookkeeping and the NEW_PASSWORD_REQUIRED challenge, and the SRP exchange's first round trip. The aggregate
 * delegates to these; the check order is documented on its methods.
 */
final class SignInDecisions {

  private SignInDecisions() {}

  /** USER_SRP_AUTH's first round trip: {@link User#initiateSrp}. */
  static Either<CognitoError, SrpInitiation> initiateSrp(User user, String srpA, AppClient client, Context ctx) {
    SrpVerifier verifier = user.password().flatMap(CurrentPassword::srpVerifier).getOrElse(() -> SrpVerifier.compute(
        ctx.pool().id().poolName(), user.username().value(), Password.of(Session.generate(ctx.randomness()).reveal()),
        ctx.randomness()));
    return verifier.challenge(srpA, ctx.randomness())
        .mapLeft(ChallengeChecks::srpError)
        .map(challenge -> {
          Session session = Session.generate(ctx.randomness());
          User after = user.withSrpExchange(Option.some(new SrpExchange(challenge, session, ctx.now().plus(client.sessionValidity()))))
              .withVersion(user.version() + 1);
          return new SrpInitiation(after, verifier, challenge, session);
        });
  }

  /** The answer to PASSWORD_VERIFIER: {@link User#answerPasswordVerifier}. */
  static Either<SignInRefused, Authentication> answerPasswordVerifier(User user, PasswordClaim claim, Option<Session> session,
      AppClient client, Context ctx) {
    Option<SrpExchange> open = user.srpExchange()
        .filter(e -> !e.hasExpired(ctx.now()) && session.forAll(given -> e.session().matches(given)));
    BooleanSupplier proof = () -> open.isDefined() && user.password().flatMap(CurrentPassword::srpVerifier)
        .exists(v -> open.get().challenge().verify(v, ctx.pool().id().poolName(), user.username().value(), claim,
            ctx.verifierPowers()));
    return decide(user, proof, user.withSrpExchange(Option.none()), client, ctx);
  }

  /**
   * The sign-in decision both flows share; {@code spent} is this user with whatever the attempt uses up once
   * it reaches the password check (the SRP exchange).
   */
  static Either<SignInRefused, Authentication> decide(User user, BooleanSupplier passwordMatches, User spent, AppClient client,
      Context ctx) {
    Instant now = ctx.now();
    Rule rule = Lifecycle.rule(Action.SIGN_IN, user.status());
    if (!user.enabled()) {
      // A client that hides unknown users does not tell a wrong password's caller the user is disabled
      // (AWS's "Managing user existence error responses"); only the right password learns it.
      boolean hidden = client.hidesUnknownUsers() && !passwordMatches.getAsBoolean();
      return Either.left(SignInRefused.of(new NotAuthorized(hidden
          ? NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD
          : NotAuthorized.Reason.USER_DISABLED)));
    }
    if (FailedSignIns.locksOut(user.failedSignIns(), now)) {
      User recorded = spent.withFailedSignIns(FailedSignIns.afterRefusedAttempt(user.failedSignIns(), now));
      return Either.left(new SignInRefused(new NotAuthorized(NotAuthorized.Reason.PASSWORD_ATTEMPTS_EXCEEDED),
          Option.some(recorded.withVersion(user.version() + 1))));
    }
    if (rule.refused().isDefined()) {
      return Either.left(SignInRefused.of(rule.refused().get().error(user)));
    }
    if (!passwordMatches.getAsBoolean()) {
      User recorded = spent.withFailedSignIns(FailedSignIns.afterFailure(user.failedSignIns(), now));
      return Either.left(new SignInRefused(new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD),
          Option.some(recorded.withVersion(user.version() + 1))));
    }
    User succeeded = spent.withFailedSignIns(Option.none());
    if (rule.challengesNewPassword()) {
      PasswordPolicy policy = ctx.pool().passwordPolicy();
      if (user.password().exists(p -> p.hasExpired(now, policy.temporaryPasswordValidity()))) {
        return Either.left(SignInRefused.of(new NotAuthorized(NotAuthorized.Reason.TEMPORARY_PASSWORD_EXPIRED)));
      }
      Session session = Session.generate(ctx.randomness());
      ChallengeSession challenge = new ChallengeSession(session, now.plus(client.sessionValidity()), Option.none());
      User after = succeeded.withChallenge(Option.some(challenge)).withVersion(user.version() + 1);
      return Either.right(new Authentication(after, new UserEvent.NewPasswordChallengeIssued(user.username(), now),
          new AuthOutcome.NewPasswordRequired(session)));
    }
    User after = succeeded.equals(user) ? user : succeeded.withVersion(user.version() + 1);
    return Either.right(
        new Authentication(after, new UserEvent.SignedIn(user.username(), now), new AuthOutcome.Authenticated()));
  }

  /** The answer to NEW_PASSWORD_REQUIRED: {@link User#answerNewPasswordChallenge}. */
  static Either<CognitoError, Authentication> answerNewPasswordChallenge(User user, Session session, Password newPassword,
      Attributes updates, Context ctx) {
    return user.requireEnabled()
        .flatMap(u -> ChallengeChecks.open(user, session, ctx.now()))
        .flatMap(open -> Lifecycle.next(Action.ANSWER_NEW_PASSWORD_CHALLENGE, user).flatMap(status -> PasswordChecks.shapeOf(newPassword)
            .flatMap(ok -> PasswordChecks.admit(user, newPassword, ctx))
            .map(hash -> new Authentication(
                user.withNewPassword(status, hash, newPassword, PasswordKind.PERMANENT, ctx)
                    .withAttributes(user.attributes().withAll(updates))
                    .withChallenge(Option.some(open.answer(ctx.now()))),
                new UserEvent.NewPasswordChallengeAnswered(user.username(), ctx.now()),
                new AuthOutcome.Authenticated()))));
  }
}
