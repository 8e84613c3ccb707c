package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.MfaRefused;
import dev.userpool.error.Operation;
import dev.userpool.mfa.ChallengeSequence;
import dev.userpool.mfa.MfaChallenge;
import dev.userpool.mfa.MfaSession;
import dev.userpool.mfa.MfaStep;
import dev.userpool.mfa.UserMfa;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.user.Authentication;
import dev.userpool.user.Context;
import dev.userpool.user.FailedSignIns;
import dev.userpool.user.Session;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;

/**
 * The MFA part of sign-in: after a first factor, the challenge {@link ChallengeSequence} says (or tokens), and the
 * answers to SOFTWARE_TOKEN_MFA, SELECT_MFA_TYPE and MFA_SETUP, and the code challenges (SMS_MFA, EMAIL_OTP, SMS_OTP) through
 * {@link CodeChallenges}. An answer checks, in order: USERNAME and the secret hash;
 * the session (none sent, not the user's latest MFA challenge of that name: {@code Invalid session for the user.};
 * answered: {@code ... session can only be used once.}; past the client's AuthSessionValidity: {@code ... session is
 * expired.}); Enabled; the lockout; the answer. A wrong code is {@code CodeMismatchException: Invalid code or auth state
 * for the user.}, counts toward the lockout as a wrong password does, and leaves the session open for another try.
 */
final class MfaSignIn {

  private final WriteEngine engine;

  MfaSignIn(WriteEngine engine) {
    this.engine = engine;
  }

  /** The first factor's success as a step: tokens, or the MFA challenge that follows it. */
  static Step<Results.SignIn> afterFirstFactor(User before, Authentication a, UserPool pool, AppClient client, Context ctx) {
    Option<MfaStep> next = ChallengeSequence.after(pool.mfa(), a.after().mfa());
    if (next.isEmpty()) {
      return Step.authenticate(before, a, new Results.Authenticated(pool, client, a.after()));
    }
    return issue(before, a.after(), next.get(), pool, client, ctx);
  }

  /** Issues {@code step} to {@code base} (the user as the decision so far left it), saved as the next version of {@code before}. */
  static Step<Results.SignIn> issue(User before, User base, MfaStep step, UserPool pool, AppClient client, Context ctx) {
    Session session = MfaSessions.issue(pool, before, ctx.randomness());
    Option<CodeChallenges.Sent> sent = CodeChallenges.send(step, base, pool, ctx);
    MfaChallenge challenge = new MfaChallenge(step, MfaSession.of(session.reveal()), ctx.now().plus(client.sessionValidity()), false,
        sent.map(CodeChallenges.Sent::code));
    User after = base.withMfa(base.mfa().withChallenge(Option.some(challenge)), before, Option.none(), Option.none());
    return new Step.Save<>(after, sent.map(CodeChallenges.Sent::message),
        new UserEvent.MfaChallengeIssued(before.username(), step.name(), ctx.now()),
        new Results.MfaRequired(pool, after, step, session, CodeChallenges.parameters(step, pool, after, sent)));
  }

  /** Whether RespondToAuthChallenge's {@code name} is an MFA challenge this class answers. */
  static boolean answers(ChallengeNameType name) {
    return name == ChallengeNameType.SOFTWARE_TOKEN_MFA || name == ChallengeNameType.SELECT_MFA_TYPE
        || name == ChallengeNameType.MFA_SETUP || name == ChallengeNameType.SMS_MFA || name == ChallengeNameType.EMAIL_OTP
        || name == ChallengeNameType.SMS_OTP;
  }

  /** RespondToAuthChallenge (or its admin form) to an MFA challenge. */
  Either<CognitoError, Results.SignIn> respond(Operation op, UserPool pool, AppClient client, Commands.RespondToAuthChallenge c) {
    Map<String, String> responses = c.challengeResponses();
    return SignInFlows.required(responses, "USERNAME")
        .flatMap(username -> SignInFlows.secretHash(client, username, responses).flatMap(ok -> {
          if (c.session().isEmpty()) {
            return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
          }
          MfaStep step = MfaStep.valueOf(c.challengeName().name());
          Session session = c.session().get();
          return engine.write(op, pool, ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtChallenge())
              .flatMap(user -> open(user, step, session, ctx).flatMap(challenge -> answer(user, challenge, responses, pool, client, ctx))))
              .flatMap(inner -> inner);
        }));
  }

  /** The user's open MFA challenge that {@code session} names, checked as the class comment says. */
  static Either<CognitoError, MfaChallenge> open(User user, MfaStep step, Session session, Context ctx) {
    Option<MfaChallenge> latest = user.mfa().challenge()
        .filter(ch -> ch.step() == step && ch.session().matches(MfaSession.of(session.reveal())));
    if (latest.isEmpty()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
    }
    if (latest.get().answered()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_USED));
    }
    if (latest.get().hasExpired(ctx.now())) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_EXPIRED));
    }
    if (!user.enabled()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
    }
    if (FailedSignIns.locksOut(user.failedSignIns(), ctx.now())) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.PASSWORD_ATTEMPTS_EXCEEDED));
    }
    return Either.right(latest.get());
  }

  private static Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> answer(User user, MfaChallenge challenge,
      Map<String, String> responses, UserPool pool, AppClient client, Context ctx) {
    switch (challenge.step()) {
      case SOFTWARE_TOKEN_MFA :
        return SignInFlows.required(responses, "SOFTWARE_TOKEN_MFA_CODE").map(code -> user.mfa().acceptTotp(code, ctx.now())
            .map(accepted -> signedIn(user, accepted.withChallenge(Option.some(challenge.answer())), pool, client, ctx))
            .getOrElse(() -> wrongCode(user, ctx)));
      case SELECT_MFA_TYPE :
        return SignInFlows.required(responses, "ANSWER").flatMap(answer -> ChallengeSequence.usable(pool.mfa(), user.mfa())
            .find(t -> t.name().equals(answer))
            .toEither(() -> (CognitoError) new MfaRefused(MfaRefused.Reason.CODE_MISMATCH))
            .map(type -> {
              User answered = user.withMfa(user.mfa().withChallenge(Option.some(challenge.answer())), user, Option.none(),
                  Option.none());
              Step.Save<Results.SignIn> issued = (Step.Save<Results.SignIn>) issue(user, answered, MfaStep.of(type), pool, client, ctx);
              return new Step.Save<>(issued.after(), issued.message(), issued.event(), Either.right(issued.result()));
            }));
      case MFA_SETUP :
        if (!user.mfa().softwareToken().exists(t -> t.verified())) {
          return Either.left(new MfaRefused(MfaRefused.Reason.CODE_MISMATCH));
        }
        return Either.right(signedIn(user, user.mfa().withSoftwareTokenEnabled().withChallenge(Option.some(challenge.answer())), pool,
            client, ctx));
      case SMS_MFA :
      case EMAIL_OTP :
      case SMS_OTP :
        return CodeChallenges.answer(user, challenge, responses, pool, client, ctx);
      default :
        return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_METHOD_NOT_SUPPORTED));
    }
  }

  static Step<Either<CognitoError, Results.SignIn>> signedIn(User user, UserMfa mfa, UserPool pool, AppClient client,
      Context ctx) {
    User after = user.withMfa(mfa, user, Option.none(), Option.none());
    return new Step.Save<>(after, Option.none(), new UserEvent.SignedIn(user.username(), ctx.now()),
        Either.right(new Results.Authenticated(pool, client, after)));
  }

  static Step<Either<CognitoError, Results.SignIn>> wrongCode(User user, Context ctx) {
    return new Step.Save<>(user.withMfa(user.mfa(), user, Option.none(), Option.some(ctx.now())), Option.none(),
        new UserEvent.SignInFailed(user.username(), ctx.now()), Either.left(new MfaRefused(MfaRefused.Reason.CODE_MISMATCH)));
  }

}
