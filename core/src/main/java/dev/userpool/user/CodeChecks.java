package dev.userpool.user;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The codes of {@link User}'s decisions: a pending code checked (purpose, match, expiry), a password-reset code issued to a
 * verified contact, and ResendConfirmationCode's new sign-up code to the first auto-verified contact.
 */
final class CodeChecks {

  private CodeChecks() {}

  /** {@link User#resendConfirmationCode}. */
  static Either<CognitoError, Transition> resendConfirmationCode(User user, Context ctx) {
    return user.requireEnabled().flatMap(u -> user.status() == UserStatus.UNCONFIRMED
        ? Either.right(u)
        : Either.left(InvalidParameter.of(InvalidParameter.Reason.ALREADY_CONFIRMED)))
        .flatMap(u -> autoVerifiedContact(user.attributes(), ctx.pool())
            .toEither(() -> (CognitoError) InvalidParameter.of(InvalidParameter.Reason.NO_AUTO_VERIFIED_CONTACT)))
        .map(delivery -> {
          PendingCode code = PendingCode.issue(CodePurpose.SIGN_UP, ctx.codes().get(), ctx.now(), delivery);
          return new Transition(user.withPendingCode(Option.some(code)).touched(ctx.now()),
              new UserEvent.ConfirmationCodeResent(user.username(), ctx.now()),
              Option.some(new Message.CodeMessage(CodePurpose.SIGN_UP, user.signInName(ctx.pool()), delivery, code.code())));
        });
  }

  static Option<CodeDelivery> autoVerifiedContact(Attributes attributes, UserPool pool) {
    return pool.autoVerifiedAttributes().toList()
        .sortBy(Enum::ordinal)
        .flatMap(c -> attributes.contact(c).map(v -> new CodeDelivery(c, v)))
        .headOption();
  }

  static Either<CognitoError, PendingCode> pendingCode(User user, CodePurpose purpose, ConfirmationCode given, Instant now,
      CognitoError whenNone) {
    Option<PendingCode> pending = user.pendingCode().filter(p -> p.purpose() == purpose);
    if (pending.isEmpty()) {
      return Either.left(whenNone);
    }
    if (!pending.get().code().matches(given)) {
      return Either.left(new CognitoError.CodeMismatch());
    }
    if (pending.get().hasExpired(now)) {
      return Either.left(new CognitoError.ExpiredCode());
    }
    return Either.right(pending.get());
  }

  static Either<CognitoError, PendingCode> resetCode(User user, Context ctx, boolean selfService) {
    return RecoveryDelivery.of(user, ctx, selfService)
        .map(delivery -> PendingCode.issue(CodePurpose.PASSWORD_RESET, ctx.codes().get(), ctx.now(), delivery));
  }

  /** {@link User#confirmSignUp}. */
  static Either<CognitoError, Transition> confirmSignUp(User user, ConfirmationCode code, Context ctx) {
    return user.requireEnabled()
        .flatMap(u -> Lifecycle.next(Action.CONFIRM_SIGN_UP, user))
        .flatMap(status -> pendingCode(user, CodePurpose.SIGN_UP, code, ctx.now(), new CognitoError.CodeMismatch()).map(pending -> {
          User after = user.withStatus(status)
              .withAttributes(user.attributes().verified(pending.delivery().channel()))
              .withPendingCode(Option.none())
              .touched(ctx.now());
          return Transition.of(after, new UserEvent.SignUpConfirmed(user.username(), ctx.now()));
        }));
  }

  /** {@link User#adminConfirmSignUp}. */
  static Either<CognitoError, Transition> adminConfirmSignUp(User user, Context ctx) {
    return Lifecycle.next(Action.CONFIRM_SIGN_UP, user).map(status -> Transition.of(
        user.withStatus(status).withPendingCode(Option.none()).touched(ctx.now()),
        new UserEvent.SignUpConfirmed(user.username(), ctx.now())));
  }
}
