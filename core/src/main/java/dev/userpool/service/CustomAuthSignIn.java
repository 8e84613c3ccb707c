package dev.userpool.service;

import dev.userpool.user.ChallengeResult;
import dev.userpool.customauth.CustomAuthRules;
import dev.userpool.user.CustomAuthSession;
import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.LambdaConfigRefused;
import dev.userpool.error.LambdaError;
import dev.userpool.error.Operation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.Trigger;
import dev.userpool.pool.UserPool;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.user.Action;
import dev.userpool.user.AuthOutcome;
import dev.userpool.user.Authentication;
import dev.userpool.user.Context;
import dev.userpool.user.Lifecycle;
import dev.userpool.user.Session;
import dev.userpool.user.SignInRefused;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CUSTOM_AUTH on InitiateAuth and AdminInitiateAuth, and the answers inside it (CUSTOM_CHALLENGE, and PASSWORD_VERIFIER
 * when the flow started with SRP_A), driven by the pool's DefineAuthChallenge, CreateAuthChallenge and
 * VerifyAuthChallengeResponse functions ({@link CustomAuthTriggers}; what Define's answer means is
 * {@link CustomAuthRules}'). Initiation checks, in order: the client allows ALLOW_CUSTOM_AUTH
 * ({@code Auth flow not enabled for this client}); the pool has a DefineAuthChallenge trigger ({@code Custom auth lambda
 * trigger is not configured for the user pool.}); USERNAME; the secret hash; the user (as the other sign-ins hide it);
 * Enabled and the status table; PreAuthentication. With SRP_A, Define first sees {@code [SRP_A: true]} and may ask for
 * PASSWORD_VERIFIER, whose proof is checked as USER_SRP_AUTH's (a wrong password ends the sign-in and counts toward the
 * lockout); wrong custom answers do not count (AWS developer guide, "Lockout behavior": the lockout does not apply to
 * custom challenges unless they also perform password-based authentication). Each round's session answers once and
 * lasts the client's AuthSessionValidity.
 */
final class CustomAuthSignIn {

  private final WriteEngine engine;
  private final TriggerService triggers;
  private final CustomAuthTriggers custom;

  CustomAuthSignIn(WriteEngine engine, TriggerService triggers) {
    this.engine = engine;
    this.triggers = triggers;
    this.custom = new CustomAuthTriggers(triggers);
  }

  /** InitiateAuth or AdminInitiateAuth with AuthFlow CUSTOM_AUTH. */
  Either<CognitoError, Results.SignIn> initiate(Operation op, UserPool pool, AppClient client, Commands.InitiateAuth c) {
    if (!client.allowsCustomAuth()) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_FLOW_NOT_ENABLED));
    }
    if (pool.lambdaConfig().function(Trigger.DEFINE_AUTH_CHALLENGE).isEmpty()) {
      return Either.left(notConfigured());
    }
    Map<String, String> parameters = c.authParameters();
    Option<String> srpA = Option.of(parameters).flatMap(p -> Option.of(p.get("SRP_A")));
    return required(parameters, "USERNAME").flatMap(username -> SignInFlows.secretHash(client, username, parameters).flatMap(ok -> {
      if (client.hidesUnknownUsers() && engine.existing(pool, username, incorrect()).isLeft()) {
        return decoy(username, pool, client, engine.context(pool));
      }
      return recorded(engine.write(op, pool, ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtSignIn())
          .flatMap(CustomAuthSignIn::admitted).flatMap(user -> triggers.preAuthentication(pool, client, user))
          .flatMap(user -> start(user, srpA, pool, client, ctx))));
    }));
  }

  /**
   * The custom sign-in of a name no user has, for a client that hides unknown users: Define, then Create when Define asks
   * for a CUSTOM_CHALLENGE, each with {@code userNotFound} true and no attributes, and the decoy challenge with a session
   * of its own; any other answer of Define (tokens, failure, another challenge) is {@code Incorrect username or password.}.
   * Nothing is stored: the decoy's answer finds no user, so it too gets {@code Incorrect username or password.} (the
   * library's decision; the developer guide documents the events, not how the decoy ends).
   */
  private Either<CognitoError, Results.SignIn> decoy(String username, UserPool pool, AppClient client, Context ctx) {
    return custom.defineUnknown(pool, client, username).flatMap(answer -> {
      if (CustomAuthRules.next(answer, List.empty(), true, canCreate(pool)) != CustomAuthRules.Next.CUSTOM_CHALLENGE) {
        return Either.left(incorrect());
      }
      return custom.createUnknown(pool, client, username).map(created -> {
        Map<String, String> parameters = new LinkedHashMap<>(created.publicParameters().toJavaMap());
        parameters.putIfAbsent("USERNAME", username);
        return new Results.Challenged(pool, Option.none(), CustomAuthRules.CUSTOM_CHALLENGE, Session.generate(ctx.randomness()),
            parameters);
      });
    });
  }

  private static CognitoError incorrect() {
    return new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD);
  }

  /** Whether {@code c} answers an open round of a custom sign-in: CUSTOM_CHALLENGE, or PASSWORD_VERIFIER in such a round. */
  boolean answers(UserPool pool, Commands.RespondToAuthChallenge c) {
    if (c.challengeName().name().equals(CustomAuthRules.CUSTOM_CHALLENGE)) {
      return true;
    }
    Option<String> username = Option.of(c.challengeResponses()).flatMap(r -> Option.of(r.get("USERNAME")));
    return c.challengeName().name().equals(CustomAuthRules.PASSWORD_VERIFIER) && c.session().isDefined() && username.isDefined()
        && engine.existing(pool, username.get(), new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID)).toOption()
            .flatMap(User::customAuth).exists(round -> round.opens(CustomAuthRules.PASSWORD_VERIFIER, c.session().get()));
  }

  /** RespondToAuthChallenge or its admin form, for a round {@link #answers} recognised. */
  Either<CognitoError, Results.SignIn> respond(Operation op, UserPool pool, AppClient client, Commands.RespondToAuthChallenge c) {
    Map<String, String> responses = c.challengeResponses();
    boolean srp = c.challengeName().name().equals(CustomAuthRules.PASSWORD_VERIFIER);
    return required(responses, "USERNAME").flatMap(username -> (srp
        ? claim(responses).map(Either::<String, PasswordClaim>right)
        : required(responses, "ANSWER").map(Either::<String, PasswordClaim>left)).flatMap(
            answer -> SignInFlows
                .secretHash(client, username, responses).flatMap(ok -> {
                  if (c.session().isEmpty()) {
                    return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
                  }
                  if (!srp && pool.lambdaConfig().function(Trigger.VERIFY_AUTH_CHALLENGE_RESPONSE).isEmpty()) {
                    return Either.left(notConfigured());
                  }
                  Session session = c.session().get();
                  CognitoError unknown = client.hidesUnknownUsers() && !srp
                      ? incorrect()
                      : ExistenceErrors.of(client).unknownUserAtChallenge();
                  return recorded(engine.write(op, pool, ctx -> engine.existing(pool, username, unknown).flatMap(
                      user -> open(user, c.challengeName().name(), session, ctx)
                          .flatMap(round -> answer.fold(text -> answered(user, round, text, pool, client, ctx),
                              proof -> proved(user, round, proof, session, pool, client, ctx))))));
                })));
  }

  private Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> start(User user, Option<String> srpA, UserPool pool,
      AppClient client, Context ctx) {
    Seq<ChallengeResult> history = srpA.isDefined() ? List.of(ChallengeResult.SRP_A) : List.empty();
    return custom.define(pool, client, user, history).flatMap(answer -> {
      if (srpA.isEmpty() || CustomAuthRules.next(answer, history, true, canCreate(pool)) != CustomAuthRules.Next.PASSWORD_VERIFIER) {
        return next(user, user, answer, history, pool, client, ctx);
      }
      return user.initiateSrp(srpA.get(), client, ctx).map(init -> {
        CustomAuthSession round = CustomAuthSession.passwordVerifier(init.session(), ctx.now().plus(client.sessionValidity()),
            history);
        User after = init.after().withCustomAuthRound(Option.some(round), user);
        return new Step.Save<>(after, Option.none(), new UserEvent.CustomChallengeIssued(user.username(), CustomAuthRules.PASSWORD_VERIFIER,
            ctx.now()), Either.right(new Results.PasswordVerifier(pool, after, init)));
      });
    });
  }

  private Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> answered(User user, CustomAuthSession round, String answer,
      UserPool pool, AppClient client, Context ctx) {
    return custom.verify(pool, client, user, round.privateParameters(), answer).flatMap(verdict -> {
      Seq<ChallengeResult> history = round.answered(verdict.answerCorrect());
      return custom.define(pool, client, user, history).flatMap(next -> next(user, user, next, history, pool, client, ctx));
    });
  }

  private Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> proved(User user, CustomAuthSession round, PasswordClaim proof,
      Session session, UserPool pool, AppClient client, Context ctx) {
    Either<SignInRefused, Authentication> attempt = user.answerPasswordVerifier(proof, Option.some(session), client, ctx);
    if (attempt.isLeft()) {
      SignInRefused refused = attempt.getLeft();
      return refused.after().isEmpty()
          ? Either.left(refused.error())
          : Either.right(new Step.Save<>(refused.after().get().withCustomAuthRound(Option.none(), user), Option.none(),
              new UserEvent.SignInFailed(user.username(), ctx.now()), Either.left(refused.error())));
    }
    User verified = attempt.get().after();
    Seq<ChallengeResult> history = round.answered(true);
    return custom.define(pool, client, verified, history).flatMap(next -> next(user, verified, next, history, pool, client, ctx));
  }

  /**
   * What Define's {@code answer} leads to, for {@code current} (the user as this answer left it) saved as the next
   * version of {@code before}: tokens (after a verified password, the MFA the user owes first), a new custom challenge
   * round, or the end of the sign-in.
   */
  private Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> next(User before, User current, DefineAnswer answer,
      Seq<ChallengeResult> history, UserPool pool, AppClient client, Context ctx) {
    User closed = current.withCustomAuthRound(Option.none(), before);
    switch (CustomAuthRules.next(answer, history, true, canCreate(pool))) {
      case ISSUE_TOKENS :
        Authentication signedIn = new Authentication(closed, new UserEvent.SignedIn(before.username(), ctx.now()),
            new AuthOutcome.Authenticated());
        Step<Results.SignIn> tokens = CustomAuthRules.verifiedPassword(history)
            ? MfaSignIn.afterFirstFactor(before, signedIn, pool, client, ctx)
            : new Step.Save<>(closed, Option.none(), signedIn.event(), new Results.Authenticated(pool, client, closed));
        return Either.right(tokens.map(Either::right));
      case CUSTOM_CHALLENGE :
        return custom.create(pool, client, current, history).map(created -> {
          Session session = Session.generate(ctx.randomness());
          CustomAuthSession round = new CustomAuthSession(session, ctx.now().plus(client.sessionValidity()),
              CustomAuthRules.CUSTOM_CHALLENGE, history, created.privateParameters(), created.metadata());
          User after = current.withCustomAuthRound(Option.some(round), before);
          Map<String, String> parameters = new LinkedHashMap<>(created.publicParameters().toJavaMap());
          parameters.putIfAbsent("USERNAME", before.username().value());
          return new Step.Save<>(after, Option.none(), new UserEvent.CustomChallengeIssued(before.username(),
              CustomAuthRules.CUSTOM_CHALLENGE, ctx.now()),
              Either.right(new Results.Challenged(pool, Option.some(after),
                  CustomAuthRules.CUSTOM_CHALLENGE, session, parameters)));
        });
      case FAIL :
        CognitoError incorrect = new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD);
        return before.customAuth().isEmpty() && current.equals(before)
            ? Either.left(incorrect)
            : Either.right(new Step.Save<>(closed, Option.none(), new UserEvent.SignInFailed(before.username(), ctx.now()),
                Either.left(incorrect)));
      default :
        return Either.left(new LambdaError(LambdaError.Kind.INVALID_LAMBDA_RESPONSE, Trigger.DEFINE_AUTH_CHALLENGE.memberName(), ""));
    }
  }

  /** The user's open round that {@code session} names, awaiting {@code challengeName}; then Enabled. */
  private static Either<CognitoError, CustomAuthSession> open(User user, String challengeName, Session session, Context ctx) {
    Option<CustomAuthSession> round = user.customAuth().filter(r -> r.opens(challengeName, session));
    if (round.isEmpty()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
    }
    if (round.get().hasExpired(ctx.now())) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_EXPIRED));
    }
    return user.enabled() ? Either.right(round.get()) : Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
  }

  /** A user who may start a custom sign-in: Enabled ({@code User is disabled.}), then the status table's refusals. */
  private static Either<CognitoError, User> admitted(User user) {
    if (!user.enabled()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
    }
    return Lifecycle.rule(Action.SIGN_IN, user.status()).refused().<Either<CognitoError, User>>map(r -> Either.left(r.error(user)))
        .getOrElse(Either.right(user));
  }

  private static boolean canCreate(UserPool pool) {
    return pool.lambdaConfig().function(Trigger.CREATE_AUTH_CHALLENGE).isDefined();
  }

  private static CognitoError notConfigured() {
    return new LambdaConfigRefused(LambdaConfigRefused.Reason.CUSTOM_AUTH_NOT_CONFIGURED, "");
  }

  private static Either<CognitoError, PasswordClaim> claim(Map<String, String> responses) {
    return required(responses, "PASSWORD_CLAIM_SIGNATURE").flatMap(signature -> required(responses, "PASSWORD_CLAIM_SECRET_BLOCK")
        .flatMap(block -> required(responses, "TIMESTAMP").map(timestamp -> new PasswordClaim(signature, block, timestamp))));
  }

  private static Either<CognitoError, Results.SignIn> recorded(Either<CognitoError, Either<CognitoError, Results.SignIn>> written) {
    return written.flatMap(inner -> inner);
  }

  private static Either<CognitoError, String> required(Map<String, String> parameters, String name) {
    return Option.of(parameters).flatMap(p -> Option.of(p.get(name)))
        .toEither(() -> new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, name));
  }
}
