package dev.userpool.testkit.jqwik;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One step of an {@link OperationSequence}: a Cognito request about one of the sequence's users, or
 * time passing. Passwords are referred to by their index in the sequence's password book, so printing
 * a step (as jqwik does with a falsified sample) never shows a password.
 *
 * <p>Each record fills in what a real caller would know: the pool and client ids, the code the mailbox
 * received ({@code rightCode}) or a different one, the session of the user's last sign-in, and for
 * ChangePassword the sub an access token would name. Users are created with their sequence's email
 * (verified when an administrator creates them), so resets and aliases come into play.
 */
public sealed interface PoolOperation permits PoolOperation.OnUser, PoolOperation.TimePasses {

  /** The name of the user the request is about, if it names one. */
  Option<String> user();

  /** The Cognito operation it calls, if it calls one. */
  Option<Operation> operation();

  /**
   * Sends the request in {@code run}.
   *
   * @return the service's answer (time passing always succeeds with its duration)
   */
  Either<CognitoError, Object> callOn(OperationSequence.Run run);

  /** An operation on one user of the sequence, named {@code name}: {@link #user()} is that name. */
  sealed interface OnUser extends PoolOperation
      permits SignUp, AdminCreateUser, ConfirmSignUp, AdminConfirmSignUp, AdminSetUserPassword, InitiateAuth,
      RespondToNewPasswordChallenge, ChangePassword, AdminResetUserPassword, ForgotPassword, ConfirmForgotPassword, AdminDisableUser,
      AdminEnableUser, AdminDeleteUser {

    /** The user's name in the sequence. */
    String name();

    @Override
    default Option<String> user() {
      return Option.some(name());
    }
  }

  /** SignUp with the user's email. */
  record SignUp(String name, int password) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.SIGN_UP);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().signUps().signUp(new Requests.SignUp(run.clientId(), name, run.password(password),
          run.attributesOf(name, false))));
    }
  }

  /** AdminCreateUser with a given temporary password and a verified email. */
  record AdminCreateUser(String name, int password) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.ADMIN_CREATE_USER);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().adminCreateUser(new Requests.AdminCreateUser(run.poolId(), name, run.password(password),
          run.attributesOf(name, true), null)));
    }
  }

  /** ConfirmSignUp with the code the mailbox received last, or a different one. */
  record ConfirmSignUp(String name, boolean rightCode) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.CONFIRM_SIGN_UP);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().signUps().confirmSignUp(new Requests.ConfirmSignUp(run.clientId(), name, run.code(name, rightCode))));
    }
  }

  /** AdminConfirmSignUp. */
  record AdminConfirmSignUp(String name) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.ADMIN_CONFIRM_SIGN_UP);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().adminConfirmSignUp(new Requests.AdminConfirmSignUp(run.poolId(), name)));
    }
  }

  /** AdminSetUserPassword, permanent or temporary. */
  record AdminSetUserPassword(String name, int password, boolean permanent) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.ADMIN_SET_USER_PASSWORD);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().adminSetUserPassword(new Requests.AdminSetUserPassword(run.poolId(), name, run.password(password),
          permanent)));
    }
  }

  /** InitiateAuth with USER_PASSWORD_AUTH; a NEW_PASSWORD_REQUIRED session is kept for the user's next answer. */
  record InitiateAuth(String name, int password) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.INITIATE_AUTH);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      Either<CognitoError, Results.SignIn> outcome = run.service().signIns().initiateAuth(new Requests.InitiateAuth(run.clientId(),
          "USER_PASSWORD_AUTH", Map.of("USERNAME", name, "PASSWORD", run.password(password))));
      outcome.forEach(signIn -> run.remember(name, signIn));
      return widen(outcome);
    }
  }

  /** RespondToAuthChallenge (NEW_PASSWORD_REQUIRED) with the user's last session, or an unknown one if none. */
  record RespondToNewPasswordChallenge(String name, int newPassword) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.RESPOND_TO_AUTH_CHALLENGE);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(
          run.service().signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(run.clientId(), "NEW_PASSWORD_REQUIRED",
              run.session(name), Map.of("USERNAME", name, "NEW_PASSWORD", run.password(newPassword)))));
    }
  }

  /** ChangePassword for the sub an access token of the user would name (an unknown sub once the user is gone). */
  record ChangePassword(String name, int previous, int proposed) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.CHANGE_PASSWORD);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      String sub = run.pool().find(name).map(u -> u.sub().value()).orElse(OperationSequence.UNKNOWN_SUB);
      return widen(run.service().changePassword(new Requests.ChangePassword(run.poolId(), sub, run.password(previous),
          run.password(proposed))));
    }
  }

  /** AdminResetUserPassword. */
  record AdminResetUserPassword(String name) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.ADMIN_RESET_USER_PASSWORD);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().adminResetUserPassword(new Requests.AdminResetUserPassword(run.poolId(), name)));
    }
  }

  /** ForgotPassword. */
  record ForgotPassword(String name) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.FORGOT_PASSWORD);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().signUps().forgotPassword(new Requests.ForgotPassword(run.clientId(), name)));
    }
  }

  /** ConfirmForgotPassword with the code the mailbox received last, or a different one. */
  record ConfirmForgotPassword(String name, boolean rightCode, int password) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.CONFIRM_FORGOT_PASSWORD);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().signUps().confirmForgotPassword(new Requests.ConfirmForgotPassword(run.clientId(), name,
          run.code(name, rightCode), run.password(password))));
    }
  }

  /** AdminDisableUser. */
  record AdminDisableUser(String name) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.ADMIN_DISABLE_USER);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().adminDisableUser(new Requests.AdminDisableUser(run.poolId(), name)));
    }
  }

  /** AdminEnableUser. */
  record AdminEnableUser(String name) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.ADMIN_ENABLE_USER);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().adminEnableUser(new Requests.AdminEnableUser(run.poolId(), name)));
    }
  }

  /** AdminDeleteUser. */
  record AdminDeleteUser(String name) implements OnUser {
    @Override
    public Option<Operation> operation() {
      return Option.some(Operation.ADMIN_DELETE_USER);
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      return widen(run.service().adminDeleteUser(new Requests.AdminDeleteUser(run.poolId(), name)));
    }
  }

  /** The clock moves on, past session, code or temporary-password validities. */
  record TimePasses(Duration duration) implements PoolOperation {
    /**
     * @throws NullPointerException if {@code duration} is null
     * @throws IllegalArgumentException if it is negative
     */
    public TimePasses {
      Objects.requireNonNull(duration, "duration is null");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("time only moves forward: " + duration);
      }
    }

    @Override
    public Option<String> user() {
      return Option.none();
    }

    @Override
    public Option<Operation> operation() {
      return Option.none();
    }

    @Override
    public Either<CognitoError, Object> callOn(OperationSequence.Run run) {
      run.pool().clock().advance(duration);
      return Either.right(duration);
    }
  }

  private static Either<CognitoError, Object> widen(Either<CognitoError, ?> outcome) {
    return outcome.map(o -> (Object) o);
  }
}
