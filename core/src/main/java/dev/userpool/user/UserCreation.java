package dev.userpool.user;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import dev.userpool.error.PasswordErrors.InvalidPassword;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.password.Violation;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * {@link User}'s creation decisions, SignUp and AdminCreateUser (the aggregate's static factories delegate here), with the
 * name a pool with UsernameAttributes stores and the invitation AdminCreateUser sends.
 */
final class UserCreation {

  private UserCreation() {}

  /** SignUp: {@link User#signUp}. */
  static Either<CognitoError, Transition> signUp(Username username, Password password, Attributes attributes, Context ctx) {
    Sub sub = Sub.generate(ctx.randomness());
    return nameInPool(username, attributes, sub, ctx.pool()).flatMap(named -> {
      Seq<Violation> violations = ctx.pool().passwordPolicy().violations(password);
      if (!violations.isEmpty()) {
        return Either.left(new InvalidPassword(violations, InvalidPassword.Wording.DID_NOT_CONFORM_WITH));
      }
      Instant now = ctx.now();
      Salt salt = Salt.random(ctx.randomness());
      PasswordHash hash = ctx.hasher().hash(password, salt);
      Option<CodeDelivery> delivery = ctx.pool().autoVerifiedAttributes().toList()
          .sortBy(Enum::ordinal)
          .flatMap(c -> named._2.contact(c).map(v -> new CodeDelivery(c, v)))
          .headOption();
      Option<PendingCode> code = delivery.map(d -> PendingCode.issue(CodePurpose.SIGN_UP, ctx.codes().get(), now, d));
      User user = User.builder()
          .username(named._1)
          .sub(sub)
          .status(Lifecycle.afterSignUp())
          .attributes(named._2)
          .password(Option.some(PasswordChecks.current(hash, password, PasswordKind.PERMANENT, named._1, ctx)))
          .passwordHistory(PasswordHistory.start(salt).record(hash, PasswordChecks.historySize(ctx)))
          .pendingCode(code)
          .creationDate(now)
          .lastModifiedDate(now)
          .build();
      Option<Message> message = code.map(c -> new Message.CodeMessage(CodePurpose.SIGN_UP, username, c.delivery(), c.code()));
      return Either.right(new Transition(user, new UserEvent.SignedUp(user.username(), now), message));
    });
  }

  /** AdminCreateUser for a new user: {@link User#adminCreateUser}. */
  static Either<CognitoError, Transition> adminCreateUser(
      Username username, Option<Password> temporaryPassword, Attributes attributes, Option<MessageAction> action, Context ctx) {
    Sub sub = Sub.generate(ctx.randomness());
    return nameInPool(username, attributes, sub, ctx.pool())
        .flatMap(named -> PasswordChecks.temporaryPassword(temporaryPassword, ctx).map(password -> {
          Instant now = ctx.now();
          Salt salt = Salt.random(ctx.randomness());
          PasswordHash hash = ctx.hasher().hash(password, salt);
          User user = User.builder()
              .username(named._1)
              .sub(sub)
              .status(Lifecycle.afterAdminCreateUser())
              .attributes(named._2)
              .password(Option.some(PasswordChecks.current(hash, password, PasswordKind.TEMPORARY, named._1, ctx)))
              .passwordHistory(PasswordHistory.start(salt).record(hash, PasswordChecks.historySize(ctx)))
              .creationDate(now)
              .lastModifiedDate(now)
              .build();
          return new Transition(user, new UserEvent.UserCreated(user.username(), now), invitation(username, user, password, action));
        }));
  }

  static Option<Message> invitation(Username signInName, User user, Password password, Option<MessageAction> action) {
    if (action.contains(MessageAction.SUPPRESS)) {
      return Option.none();
    }
    Option<CodeDelivery> to = List.of(ContactAttribute.values())
        .flatMap(c -> user.attributes().contact(c).map(v -> new CodeDelivery(c, v)))
        .headOption();
    return Option.some(new Message.InvitationMessage(signInName, to, password));
  }

  /**
   * In a pool with UsernameAttributes, the name must be one of them: it becomes that attribute and the
   * stored username is the sub. Elsewhere the name is the username.
   */
  static Either<CognitoError, Tuple2<Username, Attributes>> nameInPool(Username given, Attributes attributes, Sub sub,
      UserPool pool) {
    if (!pool.usernamesAreContacts()) {
      return Either.right(Tuple.of(given, attributes));
    }
    if (pool.usernameAttributes().contains(ContactAttribute.EMAIL) && Attributes.isEmail(given.value())) {
      return Either.right(Tuple.of(new Username(sub.value()), attributes.with("email", given.value())));
    }
    if (pool.usernameAttributes().contains(ContactAttribute.PHONE_NUMBER) && Attributes.isPhoneNumber(given.value())) {
      return Either.right(Tuple.of(new Username(sub.value()), attributes.with("phone_number", given.value())));
    }
    return Either.left(InvalidParameter.of(pool.usernameAttributes().contains(ContactAttribute.EMAIL)
        ? InvalidParameter.Reason.USERNAME_SHOULD_BE_EMAIL
        : InvalidParameter.Reason.USERNAME_SHOULD_BE_PHONE_NUMBER));
  }

  /** {@link User#resendInvitation}. */
  static Either<CognitoError, Transition> resendInvitation(User user, Option<Password> temporaryPassword, Context ctx) {
    return Lifecycle.next(Action.ADMIN_CREATE_USER_RESEND, user)
        .flatMap(status -> PasswordChecks.temporaryPassword(temporaryPassword, ctx).map(password -> {
          PasswordHash hash = ctx.hasher().hash(password, user.passwordHistory().salt());
          User after = user
              .withStatusAndPassword(status, PasswordChecks.current(hash, password, PasswordKind.TEMPORARY, user.username(), ctx))
              .withPasswordHistory(user.passwordHistory().record(hash, PasswordChecks.historySize(ctx)))
              .withChallenge(Option.none())
              .touched(ctx.now());
          return new Transition(after, new UserEvent.InvitationResent(user.username(), ctx.now()),
              invitation(user.signInName(ctx.pool()), after, password, Option.none()));
        }));
  }
}
