package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.UserNotFound;
import dev.userpool.error.Operation;
import dev.userpool.error.SignUpRefused;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.user.Message;
import dev.userpool.user.User;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Sign-up and the codes a client asks for without a token: SignUp, ConfirmSignUp, ResendConfirmationCode,
 * ForgotPassword, ConfirmForgotPassword. Each finds the pool of the app client, checks the SECRET_HASH,
 * applies the client's PreventUserExistenceErrors policy ({@link ExistenceErrors}) and writes the user
 * through the write engine it shares with {@link UserPoolService}, inside the same {@link Guard}.
 * Reached through {@link UserPoolService#signUps()}.
 */
public final class SignUpService {

  private final WriteEngine engine;
  private final Guard guard;
  private final ClientLookups clients;
  private final TriggerService triggers;

  SignUpService(WriteEngine engine, Guard guard, ClientLookups clients, TriggerService triggers) {
    this.triggers = Objects.requireNonNull(triggers, "triggers is null");
    this.engine = Objects.requireNonNull(engine, "engine is null");
    this.guard = Objects.requireNonNull(guard, "guard is null");
    this.clients = Objects.requireNonNull(clients, "clients is null");
  }

  /** SignUp. */
  public Either<CognitoError, Results.SignedUp> signUp(Requests.SignUp r) {
    return guard.run(Operation.SIGN_UP, () -> Commands.parse(r).flatMap(this::run));
  }

  /** SignUp, with its ValidationData and ClientMetadata for the triggers it runs. */
  public Either<CognitoError, Results.SignedUp> signUp(Requests.SignUp r, TriggerInput input) {
    return guard.run(Operation.SIGN_UP, () -> Commands.parse(r).flatMap(c -> run(c, input)));
  }

  /** SignUp, parsed. */
  public Either<CognitoError, Results.SignedUp> signUp(Commands.SignUp c) {
    return guard.run(Operation.SIGN_UP, () -> run(c));
  }

  private Either<CognitoError, Results.SignedUp> run(Commands.SignUp c) {
    return run(c, TriggerInput.NONE);
  }

  private Either<CognitoError, Results.SignedUp> run(Commands.SignUp c, TriggerInput input) {
    return clients.poolOfClient(c.clientId()).flatMap(pc -> ClientLookups.secretHash(pc, c.username(), c.secretHash()))
        .flatMap(pc -> pc._1.allowAdminCreateUserOnly()
            ? Either.<CognitoError, Tuple2<UserPool, AppClient>>left(new SignUpRefused())
            : Either.right(pc))
        .flatMap(pc -> c.userAttributes().flatMap(a -> AttributeWrites.signUp(pc._1, pc._2, c.username(), a))
            .flatMap(attributes -> triggers.preSignUp(pc._1, TriggerSource.PreSignUp_SignUp, Option.some(pc._2), c.username(), attributes,
                input).flatMap(
                    answer -> engine.write(Operation.SIGN_UP, pc._1, Caller.of(pc._2).withClientMetadata(input.clientMetadata()),
                        ctx -> User.signUp(c.username(), c.password(), TriggerService.verified(answer, attributes), ctx)
                            .flatMap(t -> TriggerService.confirmed(answer, t, ctx))
                            .map(t -> Step.save(t, new Results.SignedUp(t.after(), t.message().flatMap(Message::delivery)))))))
            .flatMap(signedUp -> triggers.signedUp(pc._1, pc._2, signedUp)));
  }

  /** ConfirmSignUp. */
  public Either<CognitoError, User> confirmSignUp(Requests.ConfirmSignUp r) {
    return guard.run(Operation.CONFIRM_SIGN_UP, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ConfirmSignUp, parsed. */
  public Either<CognitoError, User> confirmSignUp(Commands.ConfirmSignUp c) {
    return guard.run(Operation.CONFIRM_SIGN_UP, () -> run(c));
  }

  /** ConfirmSignUp, with its ClientMetadata for PostConfirmation. */
  public Either<CognitoError, User> confirmSignUp(Requests.ConfirmSignUp r, TriggerInput input) {
    return guard.run(Operation.CONFIRM_SIGN_UP, () -> Commands.parse(r).flatMap(c -> run(c, input)));
  }

  private Either<CognitoError, User> run(Commands.ConfirmSignUp c) {
    return run(c, TriggerInput.NONE);
  }

  private Either<CognitoError, User> run(Commands.ConfirmSignUp c, TriggerInput input) {
    return clients.poolOfClient(c.clientId()).flatMap(pc -> ClientLookups.secretHash(pc, c.username(), c.secretHash()))
        .flatMap(pc -> engine.write(Operation.CONFIRM_SIGN_UP, pc._1,
            ctx -> engine.existing(pc._1, c.username().value(), ExistenceErrors.of(pc._2).unknownUserWithCode())
                .flatMap(user -> user.confirmSignUp(c.confirmationCode(), ctx))
                .map(Step::saveAfter))
            .flatMap(user -> triggers.postConfirmation(pc._1, TriggerSource.PostConfirmation_ConfirmSignUp, Caller.of(pc._2)
                .withClientMetadata(input.clientMetadata()), user)));
  }

  /**
   * ForgotPassword. With PreventUserExistenceErrors ENABLED, an unknown or disabled user, or one without a
   * verified contact, gets a simulated delivery and nothing is sent (AWS's documented behaviour).
   */
  public Either<CognitoError, Results.CodeSent> forgotPassword(Requests.ForgotPassword r) {
    return guard.run(Operation.FORGOT_PASSWORD, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ForgotPassword, parsed. */
  public Either<CognitoError, Results.CodeSent> forgotPassword(Commands.ClientUser c) {
    return guard.run(Operation.FORGOT_PASSWORD, () -> run(c));
  }

  /** ForgotPassword, with its ClientMetadata for UserMigration and CustomMessage. */
  public Either<CognitoError, Results.CodeSent> forgotPassword(Requests.ForgotPassword r, TriggerInput input) {
    return guard.run(Operation.FORGOT_PASSWORD, () -> Commands.parse(r).flatMap(c -> run(c, input)));
  }

  private Either<CognitoError, Results.CodeSent> run(Commands.ClientUser c) {
    return run(c, TriggerInput.NONE);
  }

  private Either<CognitoError, Results.CodeSent> run(Commands.ClientUser c, TriggerInput input) {
    return clients.poolOfClient(c.clientId()).flatMap(pc -> ClientLookups.secretHash(pc, c.username(), c.secretHash()))
        .flatMap(pc -> triggers.migrations().beforeForgotPassword(pc._1, pc._2, c.username().value(), input.clientMetadata())
            .map(m -> pc))
        .flatMap(pc -> ExistenceErrors.of(pc._2).forgotPassword(c.username(),
            engine.write(Operation.FORGOT_PASSWORD, pc._1, Caller.of(pc._2).withClientMetadata(input.clientMetadata()),
                ctx -> engine.existing(pc._1, c.username().value(), new UserNotFound(UserNotFound.Reason.USERNAME_CLIENT_ID_NOT_FOUND))
                    .flatMap(user -> user.forgotPassword(ctx))
                    .map(t -> Step.save(t, new Results.CodeSent(t.message().flatMap(Message::delivery).get()))))));
  }

  /** ConfirmForgotPassword. With PreventUserExistenceErrors ENABLED, unknown and disabled users get CodeMismatchException. */
  public Either<CognitoError, User> confirmForgotPassword(Requests.ConfirmForgotPassword r) {
    return guard.run(Operation.CONFIRM_FORGOT_PASSWORD, () -> Commands.parse(r).flatMap(this::run));
  }

  /** ConfirmForgotPassword, parsed. */
  public Either<CognitoError, User> confirmForgotPassword(Commands.ConfirmForgotPassword c) {
    return guard.run(Operation.CONFIRM_FORGOT_PASSWORD, () -> run(c));
  }

  /** ConfirmForgotPassword, with its ClientMetadata for PostConfirmation. */
  public Either<CognitoError, User> confirmForgotPassword(Requests.ConfirmForgotPassword r, TriggerInput input) {
    return guard.run(Operation.CONFIRM_FORGOT_PASSWORD, () -> Commands.parse(r).flatMap(c -> run(c, input)));
  }

  private Either<CognitoError, User> run(Commands.ConfirmForgotPassword c) {
    return run(c, TriggerInput.NONE);
  }

  private Either<CognitoError, User> run(Commands.ConfirmForgotPassword c, TriggerInput input) {
    return clients.poolOfClient(c.clientId()).flatMap(pc -> ClientLookups.secretHash(pc, c.username(), c.secretHash())).flatMap(pc -> {
      ExistenceErrors existence = ExistenceErrors.of(pc._2);
      return engine.write(Operation.CONFIRM_FORGOT_PASSWORD, pc._1,
          ctx -> engine.existing(pc._1, c.username().value(), existence.unknownUserWithCode())
              .flatMap(user -> user.confirmForgotPassword(c.confirmationCode(), c.password(), ctx)
                  .mapLeft(existence::confirmForgotPasswordRefusal))
              .map(Step::saveAfter))
          .flatMap(
              user -> triggers.postConfirmation(pc._1, TriggerSource.PostConfirmation_ConfirmForgotPassword,
                  Caller.of(pc._2).withClientMetadata(input.clientMetadata()), user));
    });
  }

  /**
   * ResendConfirmationCode. With PreventUserExistenceErrors ENABLED, an unknown user gets a simulated
   * delivery and nothing is sent, as for ForgotPassword.
   */
  public Either<CognitoError, Results.CodeSent> resendConfirmationCode(Requests.ResendConfirmationCode r) {
    return guard.run(Operation.RESEND_CONFIRMATION_CODE, () -> Commands.parse(r).flatMap(this::resend));
  }

  /** ResendConfirmationCode, parsed. */
  public Either<CognitoError, Results.CodeSent> resendConfirmationCode(Commands.ClientUser c) {
    return guard.run(Operation.RESEND_CONFIRMATION_CODE, () -> resend(c));
  }

  /** ResendConfirmationCode, with its ClientMetadata for CustomMessage. */
  public Either<CognitoError, Results.CodeSent> resendConfirmationCode(Requests.ResendConfirmationCode r, TriggerInput input) {
    return guard.run(Operation.RESEND_CONFIRMATION_CODE, () -> Commands.parse(r).flatMap(c -> resend(c, input)));
  }

  private Either<CognitoError, Results.CodeSent> resend(Commands.ClientUser c) {
    return resend(c, TriggerInput.NONE);
  }

  private Either<CognitoError, Results.CodeSent> resend(Commands.ClientUser c, TriggerInput input) {
    return clients.poolOfClient(c.clientId()).flatMap(pc -> ClientLookups.secretHash(pc, c.username(), c.secretHash()))
        .flatMap(pc -> ExistenceErrors.of(pc._2).resendConfirmationCode(c.username(),
            engine.write(Operation.RESEND_CONFIRMATION_CODE, pc._1, Caller.of(pc._2).withClientMetadata(input.clientMetadata()),
                ctx -> engine.existing(pc._1, c.username().value(), new UserNotFound(UserNotFound.Reason.USERNAME_CLIENT_ID_NOT_FOUND))
                    .flatMap(user -> user.resendConfirmationCode(ctx))
                    .map(t -> Step.save(t, new Results.CodeSent(t.message().flatMap(Message::delivery).get()))))));
  }

  @Override
  public String toString() {
    return "SignUpService";
  }
}
