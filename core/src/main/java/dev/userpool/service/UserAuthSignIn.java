package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.Operation;
import dev.userpool.error.UserAuthRefused;
import dev.userpool.mfa.MfaChallenge;
import dev.userpool.mfa.MfaStep;
import dev.userpool.password.Password;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.UserPool;
import dev.userpool.user.Authentication;
import dev.userpool.user.Context;
import dev.userpool.user.FailedSignIns;
import dev.userpool.user.Session;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import dev.userpool.user.UserStatus;
import dev.userpool.userauth.FirstFactor;
import dev.userpool.userauth.FirstFactors;
import dev.userpool.userauth.UserFacts;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Choice-based sign-in: InitiateAuth and AdminInitiateAuth with {@code AuthFlow USER_AUTH}, and the SELECT_CHALLENGE
 * answer. InitiateAuth checks, in order: the client allows ALLOW_USER_AUTH; USERNAME; PREFERRED_CHALLENGE, when sent,
 * is a first factor; the secret hash; the user (unknown: as the password flows, hidden when the client hides unknown
 * users); Enabled and the lockout. Then, when the preferred factor is among the user's available ones ({@link
 * FirstFactors}), it begins at once ({@link #begin}); otherwise SELECT_CHALLENGE with {@code AvailableChallenges}.
 * Sources: AWS developer guide "Manage authentication methods in AWS SDKs" (authentication-flows-selection-sdk) and
 * the API reference of InitiateAuth and RespondToAuthChallenge. A passwordless first factor (EMAIL_OTP, SMS_OTP,
 * WEB_AUTHN) is followed by tokens, never by MFA (the same page: MFA follows a password); PASSWORD and PASSWORD_SRP
 * are followed by what {@link dev.userpool.mfa.ChallengeSequence} says, as in the other password flows.
 *
 * <p>WEB_AUTHN is available to a user with a registered passkey ({@link PasskeySignIn#registered}); it begins with
 * CREDENTIAL_REQUEST_OPTIONS and is answered by RespondToAuthChallenge WEB_AUTHN with CREDENTIAL ({@link #answerWebAuthn}).
 */
final class UserAuthSignIn {

  private final WriteEngine engine;
  private final TriggerService triggers;
  private final PasskeySignIn passkeys;

  UserAuthSignIn(WriteEngine engine, TriggerService triggers, PasskeySignIn passkeys) {
    this.engine = engine;
    this.triggers = triggers;
    this.passkeys = passkeys;
  }

  /** Whether RespondToAuthChallenge's {@code name} is a USER_AUTH challenge this class answers. */
  static boolean answers(ChallengeNameType name) {
    return name == ChallengeNameType.SELECT_CHALLENGE || name == ChallengeNameType.WEB_AUTHN || name == ChallengeNameType.PASSWORD
        || name == ChallengeNameType.PASSWORD_SRP;
  }

  /** InitiateAuth or AdminInitiateAuth with USER_AUTH. */
  Either<CognitoError, Results.SignIn> initiate(Operation op, UserPool pool, AppClient client, Commands.InitiateAuth c) {
    if (!client.explicitAuthFlows().contains(ExplicitAuthFlow.ALLOW_USER_AUTH)) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_FLOW_NOT_ENABLED));
    }
    Map<String, String> parameters = c.authParameters();
    return SignInFlows.required(parameters, "USERNAME").flatMap(username -> preferred(parameters).flatMap(
        preferred -> SignInFlows.secretHash(client, username, parameters).flatMap(ok -> flat(engine.write(op, pool,
            ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtSignIn())
                .flatMap(user -> start(user, preferred, parameters, pool, client, ctx)))))));
  }

  private static Either<CognitoError, Option<FirstFactor>> preferred(Map<String, String> parameters) {
    Option<String> given = Option.of(parameters).flatMap(p -> Option.of(p.get("PREFERRED_CHALLENGE")));
    if (given.isEmpty()) {
      return Either.right(Option.none());
    }
    return FirstFactors.named(given.get()).<Either<CognitoError, Option<FirstFactor>>>map(f -> Either.right(Option.some(f)))
        .getOrElse(() -> Either.left(new UserAuthRefused(UserAuthRefused.Reason.UNKNOWN_CHALLENGE)));
  }

  private Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> start(User user, Option<FirstFactor> preferred,
      Map<String, String> parameters, UserPool pool, AppClient client, Context ctx) {
    if (!user.enabled()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
    }
    if (FailedSignIns.locksOut(user.failedSignIns(), ctx.now())) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.PASSWORD_ATTEMPTS_EXCEEDED));
    }
    Seq<FirstFactor> available = available(user, pool);
    if (preferred.exists(available::contains)) {
      return begin(preferred.get(), user, Option.none(), parameters, pool, client, ctx);
    }
    if (available.isEmpty()) {
      return Either.left(new UserAuthRefused(UserAuthRefused.Reason.NOT_AVAILABLE));
    }
    Step<Results.SignIn> issued = MfaSignIn.issue(user, user, MfaStep.SELECT_CHALLENGE, pool, client, ctx);
    return Either.right(issued.map(r -> Either.<CognitoError, Results.SignIn>right(((Results.MfaRequired) r)
        .withAvailableChallenges(available.map(Enum::name)))));
  }

  /** The first factors {@code user} may use in {@code pool} ({@code AvailableChallenges}). */
  Seq<FirstFactor> available(User user, UserPool pool) {
    return FirstFactors.available(pool.signInPolicy(), facts(user, passkeys.registered(pool, user)));
  }

  /** What the table reads of {@code user}, with whether they have a registered passkey. */
  static UserFacts facts(User user, boolean passkey) {
    boolean confirmed = user.status() == UserStatus.CONFIRMED;
    return new UserFacts(user.password().isDefined(), confirmed && user.attributes().isVerified(ContactAttribute.EMAIL),
        confirmed && user.attributes().isVerified(ContactAttribute.PHONE_NUMBER), passkey);
  }

  /**
   * Begins {@code factor} for {@code user}, from InitiateAuth or from a SELECT_CHALLENGE answer ({@code select}, the open
   * challenge it answers): PASSWORD checks the password sent with it; PASSWORD_SRP opens an SRP exchange with SRP_A
   * (PASSWORD_VERIFIER follows); EMAIL_OTP and SMS_OTP send a code; WEB_AUTHN is the passkeys' to begin.
   */
  private Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> begin(FirstFactor factor, User user,
      Option<MfaChallenge> select, Map<String, String> parameters, UserPool pool, AppClient client, Context ctx) {
    switch (factor) {
      case PASSWORD :
        return SignInFlows.required(parameters, "PASSWORD").flatMap(password -> triggers.preAuthentication(pool, client, user)
            .flatMap(checked -> SignInFlows.decided(checked, checked.attemptSignIn(Password.of(password), client, ctx)
                .map(a -> answered(a, checked, select)), pool, client, ctx)));
      case PASSWORD_SRP :
        return SignInFlows.required(parameters, "SRP_A").flatMap(srpA -> user.initiateSrp(srpA, client, ctx).map(init -> {
          User after = select.isEmpty() ? init.after() : markAnswered(init.after(), user, select.get());
          return new Step.Save<>(after, Option.none(), new UserEvent.PasswordVerifierIssued(user.username(), ctx.now()),
              Either.right(new Results.PasswordVerifier(pool, after, init)));
        }));
      case EMAIL_OTP :
        return Either.right(MfaSignIn.issue(user, user, MfaStep.EMAIL_OTP, pool, client, ctx).map(Either::right));
      case SMS_OTP :
        return Either.right(MfaSignIn.issue(user, user, MfaStep.SMS_OTP, pool, client, ctx).map(Either::right));
      case WEB_AUTHN :
        return beginWebAuthn(user, pool, client, ctx);
      default :
        throw new IllegalStateException("every first factor is handled");
    }
  }

  /**
   * The WEB_AUTHN challenge: its session (as every USER_AUTH challenge's, valid for the client's AuthSessionValidity, used
   * once) and CREDENTIAL_REQUEST_OPTIONS with a new challenge, opened in the passkey store under that session.
   */
  private Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> beginWebAuthn(User user, UserPool pool, AppClient client,
      Context ctx) {
    Step.Save<Results.SignIn> issued = (Step.Save<Results.SignIn>) MfaSignIn.issue(user, user, MfaStep.WEB_AUTHN, pool, client, ctx);
    Results.MfaRequired required = (Results.MfaRequired) issued.result();
    return passkeys.begin(pool, client.clientId().value(), user, required.session(), ctx.now().plus(client.sessionValidity()),
        ctx.randomness()).map(options -> {
          Map<String, String> parameters = new LinkedHashMap<>(required.challengeParameters());
          parameters.put("CREDENTIAL_REQUEST_OPTIONS", options);
          return new Step.Save<>(issued.after(), issued.message(), issued.event(), Either.right(new Results.MfaRequired(pool,
              required.user(), MfaStep.WEB_AUTHN, required.session(), parameters, required.availableChallenges())));
        });
  }

  /**
   * RespondToAuthChallenge WEB_AUTHN: USERNAME, the secret hash, the session (the user's open WEB_AUTHN challenge, as
   * {@link MfaSignIn#open} checks it), CREDENTIAL, then {@link PasskeySignIn#answer}: tokens, or the refusal, which
   * counts toward the lockout as a wrong password does and leaves the challenge open.
   */
  private Either<CognitoError, Results.SignIn> answerWebAuthn(Operation op, UserPool pool, AppClient client,
      Commands.RespondToAuthChallenge c) {
    Map<String, String> responses = c.challengeResponses();
    return SignInFlows.required(responses, "USERNAME").flatMap(username -> SignInFlows.secretHash(client, username, responses)
        .flatMap(ok -> {
          if (c.session().isEmpty()) {
            return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
          }
          Session session = c.session().get();
          return flat(engine.write(op, pool, ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtChallenge())
              .flatMap(user -> MfaSignIn.open(user, MfaStep.WEB_AUTHN, session, ctx).flatMap(open -> SignInFlows
                  .required(responses, "CREDENTIAL").map(credential -> passkeys.answer(pool, user, session, credential, ctx.now())
                      .fold(refused -> failed(user, refused, ctx),
                          signedIn -> MfaSignIn.signedIn(user, user.mfa().withChallenge(Option.some(open.answer())), pool, client,
                              ctx)))))));
        }));
  }

  private static Step<Either<CognitoError, Results.SignIn>> failed(User user, CognitoError refused, Context ctx) {
    return new Step.Save<>(user.withMfa(user.mfa(), user, Option.none(), Option.some(ctx.now())), Option.none(),
        new UserEvent.SignInFailed(user.username(), ctx.now()), Either.left(refused));
  }

  /**
   * RespondToAuthChallenge (or its admin form) to SELECT_CHALLENGE: USERNAME, the secret hash, the session, ANSWER. The
   * challenge may also be answered by naming the factor as the ChallengeName, PASSWORD (with PASSWORD) or PASSWORD_SRP (with
   * SRP_A), as the API reference's ChallengeResponses list them: the same as ANSWER PASSWORD or PASSWORD_SRP.
   */
  Either<CognitoError, Results.SignIn> respond(Operation op, UserPool pool, AppClient client, Commands.RespondToAuthChallenge c) {
    if (c.challengeName() == ChallengeNameType.WEB_AUTHN) {
      return answerWebAuthn(op, pool, client, c);
    }
    Map<String, String> responses = c.challengeResponses();
    return SignInFlows.required(responses, "USERNAME").flatMap(username -> SignInFlows.secretHash(client, username, responses)
        .flatMap(ok -> {
          if (c.session().isEmpty()) {
            return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
          }
          Session session = c.session().get();
          return flat(engine.write(op, pool, ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtChallenge())
              .flatMap(user -> MfaSignIn.open(user, MfaStep.SELECT_CHALLENGE, session, ctx)
                  .flatMap(open -> chosen(c.challengeName(), responses).flatMap(answer -> FirstFactors.named(answer)
                      .filter(available(user, pool)::contains)
                      .toEither(() -> (CognitoError) new UserAuthRefused(UserAuthRefused.Reason.NOT_AVAILABLE))
                      .flatMap(factor -> begin(factor, user, Option.some(open), responses, pool, client, ctx)))))));
        }));
  }

  /** The factor a SELECT_CHALLENGE answer chose: ANSWER, or the ChallengeName PASSWORD or PASSWORD_SRP itself. */
  private static Either<CognitoError, String> chosen(ChallengeNameType name, Map<String, String> responses) {
    return name == ChallengeNameType.SELECT_CHALLENGE ? SignInFlows.required(responses, "ANSWER") : Either.right(name.name());
  }

  /** A password's success with the SELECT_CHALLENGE it answered used up. */
  private static Authentication answered(Authentication a, User before, Option<MfaChallenge> select) {
    return select.isEmpty() ? a : new Authentication(markAnswered(a.after(), before, select.get()), a.event(), a.outcome());
  }

  private static User markAnswered(User after, User before, MfaChallenge select) {
    return after.withMfa(after.mfa().withChallenge(Option.some(select.answer())), before, Option.none(), Option.none());
  }

  private static Either<CognitoError, Results.SignIn> flat(Either<CognitoError, Either<CognitoError, Results.SignIn>> written) {
    return written.flatMap(inner -> inner);
  }
}
