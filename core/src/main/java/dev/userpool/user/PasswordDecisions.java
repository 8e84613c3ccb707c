package dev.userpool.user;

import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * {@link User}'s password decisions: AdminSetUserPassword, ChangePassword, AdminResetUserPassword, ForgotPassword and
 * ConfirmForgotPassword. The aggregate delegates to these; the check order is documented on its methods.
 */
final class PasswordDecisions {

  private PasswordDecisions() {}

  /** {@link User#adminSetUserPassword}. */
  static Either<CognitoError, Transition> adminSetUserPassword(User user, Password password, PasswordKind kind, Context ctx) {
    Action action = kind == PasswordKind.PERMANENT ? Action.ADMIN_SET_USER_PASSWORD_PERMANENT : Action.ADMIN_SET_USER_PASSWORD_TEMPORARY;
    return PasswordChecks.admit(user, password, ctx).flatMap(hash -> Lifecycle.next(action, user).map(status -> Transition.of(
        user.withNewPassword(status, hash, password, kind, ctx).withChallenge(Option.none())
            .withPendingCode(user.pendingCode().filter(p -> p.purpose() != CodePurpose.PASSWORD_RESET)),
        new UserEvent.PasswordSet(user.username(), kind, ctx.now()))));
  }

  /** {@link User#changePassword}. */
  static Either<CognitoError, Transition> changePassword(User user, Password previous, Password proposed, Context ctx) {
    return user.requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.CHANGE_PASSWORD, user))
        .flatMap(status -> PasswordChecks.policyOnly(proposed, ctx).flatMap(ok -> user.matches(previous, ctx)
            ? PasswordChecks.admit(user, proposed, ctx).map(hash -> Transition.of(
                user.withNewPassword(status, hash, proposed, PasswordKind.PERMANENT, ctx),
                new UserEvent.PasswordChanged(user.username(), ctx.now())))
            : Either.left(new NotAuthorized(NotAuthorized.Reason.INCORRECT_USERNAME_OR_PASSWORD))));
  }

  /** {@link User#adminResetUserPassword}. */
  static Either<CognitoError, Transition> adminResetUserPassword(User user, Context ctx) {
    return user.requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.ADMIN_RESET_USER_PASSWORD, user))
        .flatMap(status -> CodeChecks.resetCode(user, ctx, false).map(code -> new Transition(
            user.withStatus(status).withPendingCode(Option.some(code)).withChallenge(Option.none()).touched(ctx.now()),
            new UserEvent.PasswordResetByAdmin(user.username(), ctx.now()),
            Option.some(new Message.CodeMessage(CodePurpose.PASSWORD_RESET, user.signInName(ctx.pool()), code.delivery(), code.code())))));
  }

  /** {@link User#forgotPassword}. */
  static Either<CognitoError, Transition> forgotPassword(User user, Context ctx) {
    return user.requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.FORGOT_PASSWORD, user))
        .flatMap(status -> CodeChecks.resetCode(user, ctx, true).map(code -> new Transition(
            user.withStatus(status).withPendingCode(Option.some(code)).touched(ctx.now()),
            new UserEvent.ResetCodeSent(user.username(), ctx.now()),
            Option.some(new Message.CodeMessage(CodePurpose.PASSWORD_RESET, user.signInName(ctx.pool()), code.delivery(), code.code())))));
  }

  /** {@link User#confirmForgotPassword}. */
  static Either<CognitoError, Transition> confirmForgotPassword(User user, ConfirmationCode code, Password password, Context ctx) {
    return user.requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.CONFIRM_FORGOT_PASSWORD, user))
        .flatMap(status -> CodeChecks.pendingCode(user, CodePurpose.PASSWORD_RESET, code, ctx.now(), new CognitoError.ExpiredCode())
            .flatMap(pending -> PasswordChecks.admit(user, password, ctx))
            .map(hash -> Transition.of(
                user.withNewPassword(status, hash, password, PasswordKind.PERMANENT, ctx).withPendingCode(Option.none()),
                new UserEvent.ForgotPasswordConfirmed(user.username(), ctx.now()))));
  }
}
