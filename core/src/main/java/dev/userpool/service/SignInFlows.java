package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.Operation;
import dev.userpool.password.Password;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.user.Attributes;
import dev.userpool.srp.PasswordClaim;
import dev.userpool.user.Authentication;
import dev.userpool.user.Context;
import dev.userpool.user.Session;
import dev.userpool.user.SignInRefused;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;

/**
 * The sign-in flows: InitiateAuth and AdminInitiateAuth with a password, and the NEW_PASSWORD_REQUIRED
 * answer, each after the flow, the client and the parameters the flow needs have been checked.
 */
final class SignInFlows {

  private static final String ATTRIBUTE_PREFIX = "userAttributes.";

  private final WriteEngine engine;
  private final TriggerService triggers;
  private final MfaSignIn mfa;
  private final UserAuthSignIn userAuth;
  private final CustomAuthSignIn customAuth;
  private final DeviceSignIn devices;

  SignInFlows(WriteEngine engine, TriggerService triggers, PasskeySignIn passkeys, DeviceSignIn devices) {
    this.engine = engine;
    this.devices = devices;
    this.triggers = triggers;
    this.mfa = new MfaSignIn(engine);
    this.userAuth = new UserAuthSignIn(engine, triggers, passkeys);
    this.customAuth = new CustomAuthSignIn(engine, triggers);
  }

  /** InitiateAuth (USER_PASSWORD_AUTH) or, with a pool id, AdminInitiateAuth (ADMIN_USER_PASSWORD_AUTH). */
  Either<CognitoError, Results.SignIn> initiate(Operation op, UserPool pool, AppClient client, Commands.InitiateAuth c) {
    boolean admin = c.userPoolId().isDefined();
    AuthFlowType flow = c.authFlow();
    if (flow == AuthFlowType.USER_SRP_AUTH || flow == AuthFlowType.USER_AUTH) {
      return flow == AuthFlowType.USER_AUTH ? userAuth.initiate(op, pool, client, c) : initiateSrp(op, pool, client, c);
    }
    if (flow == AuthFlowType.CUSTOM_AUTH) {
      return customAuth.initiate(op, pool, client, c);
    }
    if (admin ? flow == AuthFlowType.USER_PASSWORD_AUTH : flow.isAdminFlow()) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_METHOD_NOT_SUPPORTED));
    }
    if (admin ? !flow.isAdminFlow() : flow != AuthFlowType.USER_PASSWORD_AUTH) {
      return Either.left(new CognitoError.UnsupportedOperation(flow.name()));
    }
    if (admin && !client.allowsAdminUserPasswordAuth()) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_FLOW_NOT_ENABLED));
    }
    if (!admin && !client.allowsUserPasswordAuth()) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.USER_PASSWORD_AUTH_NOT_ENABLED));
    }
    return required(c.authParameters(), "USERNAME").flatMap(
        username -> required(c.authParameters(), "PASSWORD").flatMap(password -> secretHash(client, username, c.authParameters()).flatMap(
            ok -> triggers.migrations().beforeSignIn(op, pool, client, username, Password.of(password), LinkedHashMap.empty()).flatMap(
                migrated -> recorded(engine.write(op, pool,
                    ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtSignIn())
                        .flatMap(user -> triggers.preAuthentication(pool, client, user))
                        .flatMap(user -> decided(user, user.attemptSignIn(Password.of(password), client, ctx), pool, client, ctx,
                            c.authParameters()))))))));
  }

  /**
   * The hosted sign-in page's username and password: InitiateAuth's decision ({@code User#attemptSignIn}, lockout and
   * all) without the API's flow and SECRET_HASH checks, which the hosted pages do not have.
   */
  Either<CognitoError, Results.SignIn> hosted(Operation op, UserPool pool, AppClient client, String username, String password) {
    return recorded(engine.write(op, pool, ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtSignIn())
        .flatMap(user -> decided(user, user.attemptSignIn(Password.of(password), client, ctx), pool, client, ctx, Map.of()))));
  }

  /**
   * USER_SRP_AUTH, on InitiateAuth and AdminInitiateAuth alike: the client must allow ALLOW_USER_SRP_AUTH; then
   * USERNAME and SRP_A, the secret hash, the user (an unknown one is refused here, as Cognito does), and SRP_A's
   * value. The exchange is kept on the user; the PASSWORD_VERIFIER answer decides everything else.
   */
  private Either<CognitoError, Results.SignIn> initiateSrp(Operation op, UserPool pool, AppClient client, Commands.InitiateAuth c) {
    if (!client.allowsUserSrpAuth()) {
      return Either.left(InvalidParameter.of(InvalidParameter.Reason.AUTH_FLOW_NOT_ENABLED));
    }
    Map<String, String> parameters = c.authParameters();
    return required(parameters, "USERNAME").flatMap(
        username -> required(parameters, "SRP_A").flatMap(srpA -> secretHash(client, username, parameters).flatMap(ok -> engine.write(op,
            pool, ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtSignIn())
                .flatMap(user -> user.initiateSrp(srpA, client, ctx).map(init -> (Step<Results.SignIn>) new Step.Save<Results.SignIn>(
                    init.after(), Option.none(), new UserEvent.PasswordVerifierIssued(user.username(), ctx.now()),
                    new Results.PasswordVerifier(pool, init.after(), init))))))));
  }

  /**
   * PASSWORD_VERIFIER: USERNAME (the USER_ID_FOR_SRP), PASSWORD_CLAIM_SIGNATURE, PASSWORD_CLAIM_SECRET_BLOCK and
   * TIMESTAMP, the secret hash, the user, then {@link dev.userpool.user.User#answerPasswordVerifier}.
   */
  private Either<CognitoError, Results.SignIn> answerPasswordVerifier(Operation op, UserPool pool, AppClient client,
      Commands.RespondToAuthChallenge c) {
    Map<String, String> responses = c.challengeResponses();
    return required(responses, "USERNAME").flatMap(username -> required(responses, "PASSWORD_CLAIM_SIGNATURE")
        .flatMap(signature -> required(responses, "PASSWORD_CLAIM_SECRET_BLOCK").flatMap(block -> required(responses, "TIMESTAMP")
            .flatMap(timestamp -> secretHash(client, username, responses).flatMap(ok -> recorded(engine.write(op, pool,
                ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtChallenge())
                    .flatMap(user -> triggers.preAuthentication(pool, client, user))
                    .flatMap(user -> decided(user, user.answerPasswordVerifier(new PasswordClaim(signature, block, timestamp),
                        c.session(), client, ctx), pool, client, ctx, responses)))))))));
  }

  /**
   * A sign-in decision as a step: a refusal the lockout records is saved and still refused (the caller
   * flattens); any other refusal writes nothing.
   */
  static Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> decided(User user,
      Either<SignInRefused, Authentication> attempt, UserPool pool, AppClient client, Context ctx) {
    return decided(user, attempt, pool, client, ctx, DeviceSignIn.NONE, Map.of());
  }

  private Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> decided(User user,
      Either<SignInRefused, Authentication> attempt, UserPool pool, AppClient client, Context ctx, Map<String, String> parameters) {
    return decided(user, attempt, pool, client, ctx, devices, parameters);
  }

  private static Either<CognitoError, Step<Either<CognitoError, Results.SignIn>>> decided(User user,
      Either<SignInRefused, Authentication> attempt, UserPool pool, AppClient client, Context ctx, DeviceSignIn devices,
      Map<String, String> parameters) {
    if (attempt.isLeft()) {
      SignInRefused refused = attempt.getLeft();
      return refused.after().isEmpty()
          ? Either.left(refused.error())
          : Either.right(new Step.Save<>(refused.after().get(), Option.none(),
              new UserEvent.SignInFailed(user.username(), ctx.now()), Either.left(refused.error())));
    }
    return Either.right(afterPassword(user, attempt.get(), pool, client, ctx, devices, parameters).map(Either::right));
  }

  /**
   * A password step's success: NEW_PASSWORD_REQUIRED, or device authentication when {@code parameters} name a remembered
   * device ({@link DeviceSignIn}), or what the MFA sequence says follows a first factor.
   */
  private static Step<Results.SignIn> afterPassword(User user, Authentication a, UserPool pool, AppClient client, Context ctx,
      DeviceSignIn devices, Map<String, String> parameters) {
    return a.outcome().fold(authenticated -> devices.afterFirstFactor(user, a, pool, client, ctx, parameters),
        challenge -> Step.authenticate(user, a, new Results.NewPasswordRequired(pool, a.after(), challenge.session())));
  }

  private static Either<CognitoError, Results.SignIn> recorded(Either<CognitoError, Either<CognitoError, Results.SignIn>> written) {
    return written.flatMap(inner -> inner);
  }

  /** The request's SECRET_HASH for {@code username}, when the client has a secret. */
  static Either<CognitoError, Boolean> secretHash(AppClient client, String username, Map<String, String> parameters) {
    Option<String> given = Option.of(parameters).flatMap(p -> Option.of(p.get("SECRET_HASH")));
    return client.checkSecretHash(username, given).<Either<CognitoError, Boolean>>map(Either::left).getOrElse(Either.right(true));
  }

  /** RespondToAuthChallenge or, with a pool id, AdminRespondToAuthChallenge; NEW_PASSWORD_REQUIRED only. */
  Either<CognitoError, Results.SignIn> respond(Operation op, UserPool pool, AppClient client, Commands.RespondToAuthChallenge c) {
    if (customAuth.answers(pool, c)) {
      return customAuth.respond(op, pool, client, c);
    }
    if (c.challengeName() == ChallengeNameType.PASSWORD_VERIFIER) {
      return answerPasswordVerifier(op, pool, client, c);
    }
    if (DeviceSignIn.answers(c.challengeName())) {
      return devices.respond(op, pool, client, c);
    }
    if (MfaSignIn.answers(c.challengeName()) || UserAuthSignIn.answers(c.challengeName())) {
      return MfaSignIn.answers(c.challengeName()) ? mfa.respond(op, pool, client, c) : userAuth.respond(op, pool, client, c);
    }
    if (c.challengeName() != ChallengeNameType.NEW_PASSWORD_REQUIRED) {
      return Either.left(new CognitoError.UnsupportedOperation(c.challengeName().name()));
    }
    Map<String, String> responses = c.challengeResponses();
    return required(responses, "USERNAME").flatMap(
        username -> required(responses, "NEW_PASSWORD").flatMap(newPassword -> secretHash(client, username, responses).flatMap(ok -> {
          if (c.session().isEmpty()) {
            return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
          }
          Session session = c.session().get();
          List<Tuple2<String, String>> updates = List.ofAll(responses.entrySet())
              .filter(e -> e.getKey() != null && e.getKey().startsWith(ATTRIBUTE_PREFIX) && e.getValue() != null)
              .map(e -> Tuple.of(e.getKey().substring(ATTRIBUTE_PREFIX.length()), e.getValue()));
          return Attributes.parse("challengeResponses", updates).flatMap(a -> AttributeWrites.challengeAnswer(pool, client, a))
              .flatMap(attributes -> engine.write(op, pool,
                  ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtChallenge())
                      .flatMap(user -> AttributeWrites.requiredAfter(pool, user.attributes().withAll(attributes)).map(complete -> user))
                      .flatMap(user -> user.answerNewPasswordChallenge(session, Password.of(newPassword), attributes, ctx)
                          .map(a -> afterPassword(user, a, pool, client, ctx, devices, responses)))));
        })));
  }

  static Either<CognitoError, String> required(Map<String, String> parameters, String name) {
    return Option.of(parameters).flatMap(p -> Option.of(p.get(name)))
        .toEither(() -> new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, name));
  }
}
