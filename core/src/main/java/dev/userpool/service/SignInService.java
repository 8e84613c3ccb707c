package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Sign-in: InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge, AdminRespondToAuthChallenge. Finds the
 * pool and app client and hands the flow to {@link SignInFlows} (password and SRP flows share one decision),
 * inside the same {@link Guard} as {@link UserPoolService}. Reached through {@link UserPoolService#signIns()}.
 */
public final class SignInService {

  private final SignInFlows signIns;
  private final Guard guard;
  private final ClientLookups clients;
  private final TriggerService triggers;

  SignInService(SignInFlows signIns, Guard guard, ClientLookups clients, TriggerService triggers) {
    this.triggers = Objects.requireNonNull(triggers, "triggers is null");
    this.signIns = Objects.requireNonNull(signIns, "signIns is null");
    this.guard = Objects.requireNonNull(guard, "guard is null");
    this.clients = Objects.requireNonNull(clients, "clients is null");
  }

  /** InitiateAuth; the library implements USER_PASSWORD_AUTH. */
  public Either<CognitoError, Results.SignIn> initiateAuth(Requests.InitiateAuth r) {
    return guard.run(Operation.INITIATE_AUTH, () -> Commands.parse(r).flatMap(this::run));
  }

  /** AdminInitiateAuth; the library implements ADMIN_USER_PASSWORD_AUTH and its legacy name ADMIN_NO_SRP_AUTH. */
  public Either<CognitoError, Results.SignIn> adminInitiateAuth(Requests.AdminInitiateAuth r) {
    return guard.run(Operation.ADMIN_INITIATE_AUTH, () -> Commands.parse(r).flatMap(this::run));
  }

  /** InitiateAuth, or AdminInitiateAuth when the command names a pool; parsed. */
  public Either<CognitoError, Results.SignIn> initiateAuth(Commands.InitiateAuth c) {
    return guard.run(operation(c), () -> run(c));
  }

  private static Operation operation(Commands.InitiateAuth c) {
    return c.userPoolId().isDefined() ? Operation.ADMIN_INITIATE_AUTH : Operation.INITIATE_AUTH;
  }

  private Either<CognitoError, Results.SignIn> run(Commands.InitiateAuth c) {
    return clients.poolAndClient(c.userPoolId(), c.clientId()).flatMap(pc -> signIns.initiate(operation(c), pc._1, pc._2, c))
        .flatMap(triggers::postAuthentication);
  }

  /** RespondToAuthChallenge; the library implements NEW_PASSWORD_REQUIRED. */
  public Either<CognitoError, Results.SignIn> respondToAuthChallenge(Requests.RespondToAuthChallenge r) {
    return guard.run(Operation.RESPOND_TO_AUTH_CHALLENGE, () -> Commands.parse(r).flatMap(this::run));
  }

  /** AdminRespondToAuthChallenge; the library implements NEW_PASSWORD_REQUIRED. */
  public Either<CognitoError, Results.SignIn> adminRespondToAuthChallenge(Requests.AdminRespondToAuthChallenge r) {
    return guard.run(Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE, () -> Commands.parse(r).flatMap(this::run));
  }

  /** RespondToAuthChallenge, or AdminRespondToAuthChallenge when the command names a pool; parsed. */
  public Either<CognitoError, Results.SignIn> respondToAuthChallenge(Commands.RespondToAuthChallenge c) {
    return guard.run(operation(c), () -> run(c));
  }

  private static Operation operation(Commands.RespondToAuthChallenge c) {
    return c.userPoolId().isDefined() ? Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE : Operation.RESPOND_TO_AUTH_CHALLENGE;
  }

  private Either<CognitoError, Results.SignIn> run(Commands.RespondToAuthChallenge c) {
    return clients.poolAndClient(c.userPoolId(), c.clientId()).flatMap(pc -> signIns.respond(operation(c), pc._1, pc._2, c))
        .flatMap(triggers::postAuthentication);
  }

  @Override
  public String toString() {
    return "SignInService";
  }
}
