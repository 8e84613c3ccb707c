package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.Operation;
import dev.userpool.password.Password;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.user.Attributes;
import dev.userpool.user.Authentication;
import dev.userpool.user.Session;
import io.vavr.Tuple;
import io.vavr.Tuple2;
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

  SignInFlows(WriteEngine engine) {
    this.engine = engine;
  }

  /** InitiateAuth (USER_PASSWORD_AUTH) or, with a pool id, AdminInitiateAuth (ADMIN_USER_PASSWORD_AUTH). */
  Either<CognitoError, Results.SignIn> initiate(Operation op, UserPool pool, AppClient client, Commands.InitiateAuth c) {
    boolean admin = c.userPoolId().isDefined();
    AuthFlowType flow = c.authFlow();
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
    return required(c.authParameters(), "USERNAME").flatMap(username -> required(c.authParameters(), "PASSWORD").flatMap(password ->
        engine.write(op, pool, ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtSignIn())
            .flatMap(user -> user.signIn(Password.of(password), client, ctx).map(a -> Step.authenticate(user, a, result(pool, client, a)))))));
  }

  /** RespondToAuthChallenge or, with a pool id, AdminRespondToAuthChallenge; NEW_PASSWORD_REQUIRED only. */
  Either<CognitoError, Results.SignIn> respond(Operation op, UserPool pool, AppClient client, Commands.RespondToAuthChallenge c) {
    if (c.challengeName() != ChallengeNameType.NEW_PASSWORD_REQUIRED) {
      return Either.left(new CognitoError.UnsupportedOperation(c.challengeName().name()));
    }
    Map<String, String> responses = c.challengeResponses();
    return required(responses, "USERNAME").flatMap(username -> required(responses, "NEW_PASSWORD").flatMap(newPassword -> {
      if (c.session().isEmpty()) {
        return Either.left(new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID));
      }
      Session session = c.session().get();
      List<Tuple2<String, String>> updates = List.ofAll(responses.entrySet())
          .filter(e -> e.getKey() != null && e.getKey().startsWith(ATTRIBUTE_PREFIX) && e.getValue() != null)
          .map(e -> Tuple.of(e.getKey().substring(ATTRIBUTE_PREFIX.length()), e.getValue()));
      return Attributes.parse("challengeResponses", updates).flatMap(UserPoolService::writableByClients).flatMap(attributes ->
          engine.write(op, pool, ctx -> engine.existing(pool, username, ExistenceErrors.of(client).unknownUserAtChallenge())
              .flatMap(user -> user.answerNewPasswordChallenge(session, Password.of(newPassword), attributes, ctx)
                  .map(a -> Step.authenticate(user, a, result(pool, client, a))))));
    }));
  }

  private static Results.SignIn result(UserPool pool, AppClient client, Authentication a) {
    return a.outcome().fold(
        authenticated -> new Results.Authenticated(pool, client, a.after()),
        challenge -> new Results.NewPasswordRequired(pool, a.after(), challenge.session()));
  }

  private static Either<CognitoError, String> required(Map<String, String> parameters, String name) {
    return Option.of(parameters).flatMap(p -> Option.of(p.get(name)))
        .toEither(() -> new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, name));
  }
}
