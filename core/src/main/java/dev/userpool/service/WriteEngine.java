package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.Deliveries;
import dev.userpool.port.Events;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.trigger.Triggers;
import dev.userpool.user.Context;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Message;
import dev.userpool.user.MessageText;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.function.Function;

/**
 * Load, decide, save conditionally, and again from the start when another writer got there first. The
 * decision loads what it needs itself, so each attempt sees the latest user; a refused decision writes
 * nothing.
 */
final class WriteEngine {

  private final UserPools pools;
  private final Function<UserPool, Context> contexts;
  private final Deliveries deliveries;
  private final Events events;
  private final Clock clock;
  private final CustomMessages messages;

  /**
   * An engine over these ports; {@code contexts} gives each attempt its decision context (now, hasher, randomness, codes),
   * the custom message trigger among {@code functions} words what is delivered.
   */
  WriteEngine(UserPools pools, Function<UserPool, Context> contexts, Deliveries deliveries, Events events, Clock clock,
      Triggers functions) {
    this.messages = new CustomMessages(new TriggerInvocation(functions));
    this.pools = pools;
    this.contexts = contexts;
    this.deliveries = deliveries;
    this.events = events;
    this.clock = clock;
  }

  /** The decision's step carried out, with at most {@link UserPoolService#MAX_ATTEMPTS} attempts. */
  <T> Either<CognitoError, T> write(Operation op, UserPool pool, Function<Context, Either<CognitoError, Step<T>>> decide) {
    return write(op, pool, Caller.NONE, decide);
  }

  /**
   * As {@link #write(Operation, UserPool, Function)}, for {@code caller}: once saved, the message the step has is worded
   * ({@link CustomMessages}: the custom message trigger sees the caller's client and ClientMetadata) and delivered; the
   * trigger's failure is returned, the change kept and nothing delivered.
   */
  <T> Either<CognitoError, T> write(Operation op, UserPool pool, Caller caller, Function<Context, Either<CognitoError, Step<T>>> decide) {
    Users users = pools.users(pool.id());
    Naming naming = Naming.of(pool);
    for (int attempt = 0; attempt < UserPoolService.MAX_ATTEMPTS; attempt++) {
      Context ctx = contexts.apply(pool);
      Either<CognitoError, Step<T>> decided = decide.apply(ctx);
      if (decided.isLeft()) {
        return Either.left(decided.getLeft());
      }
      Step<T> step = decided.get();
      Option<StoreConflict> conflict = step.fold(
          save -> users.save(save.after(), naming.keysOf(save.after())).swap().toOption(),
          delete -> users.delete(delete.user()).swap().toOption(),
          announce -> Option.none());
      if (conflict.isEmpty()) {
        events.publish(pool.id(), step.event());
        Option<Either<CognitoError, Boolean>> delivered = step.fold(
            save -> save.message().map(m -> deliver(op, pool, caller, save.after(), m)),
            delete -> Option.none(), announce -> Option.none());
        return delivered.filter(Either::isLeft).<Either<CognitoError, T>>map(d -> Either.left(d.getLeft()))
            .getOrElse(() -> Either.right(step.result()));
      }
      if (conflict.get() instanceof StoreConflict.KeyTaken taken && !(taken.key() instanceof LookupKey.BySub)) {
        return Either.left(keyTaken(op, pool, taken.key()));
      }
    }
    return Either.left(new CognitoError.InternalError());
  }

  /** The pool changed by {@code change}, saved conditionally, again from the start on a conflict. */
  Either<CognitoError, UserPool> updatePool(UserPoolId id, Function<UserPool, Either<CognitoError, UserPool>> change) {
    for (int attempt = 0; attempt < UserPoolService.MAX_ATTEMPTS; attempt++) {
      Either<CognitoError, UserPool> changed = pool(id).flatMap(current -> change.apply(current)
          .map(next -> next.withLastModifiedDate(clock.instant()).withVersion(current.version() + 1)));
      if (changed.isLeft()) {
        return changed;
      }
      if (pools.save(changed.get()).isRight()) {
        return changed;
      }
    }
    return Either.left(new CognitoError.InternalError());
  }

  /** A context for a decision about {@code pool} that writes nothing (its time, randomness and codes). */
  Context context(UserPool pool) {
    return contexts.apply(pool);
  }

  /** The pool, or ResourceNotFoundException. */
  Either<CognitoError, UserPool> pool(UserPoolId id) {
    return pools.find(id).toEither(() -> new CognitoError.ResourceNotFound(CognitoError.ResourceNotFound.Kind.USER_POOL, id.value()));
  }

  /** The user a request names by username, alias or sub, or {@code whenMissing}. */
  Either<CognitoError, User> existing(UserPool pool, String name, CognitoError whenMissing) {
    Users users = pools.users(pool.id());
    for (LookupKey key : Naming.of(pool).candidates(name)) {
      Option<User> found = users.find(key);
      if (found.isDefined()) {
        return Either.right(found.get());
      }
    }
    return Either.left(whenMissing);
  }

  private Either<CognitoError, Boolean> deliver(Operation op, UserPool pool, Caller caller, User user, Message message) {
    Either<CognitoError, MessageText> text = message.delivery().isEmpty()
        ? Either.right(MessageText.defaults(message))
        : messages.word(op, pool, caller, user, message);
    text.forEach(words -> {
      try {
        deliveries.deliver(pool.id(), message, words);
      } catch (RuntimeException e) {
        // The change is saved; like a bounced email, the user asks for a new code.
      }
    });
    return text.map(words -> true);
  }

  private static CognitoError keyTaken(Operation op, UserPool pool, LookupKey key) {
    if (key instanceof LookupKey.ByAlias alias) {
      if (pool.usernamesAreContacts() && !op.updatesAttributesOnly()) {
        return new CognitoError.UsernameExists(alias.attribute() == AliasAttribute.EMAIL
            ? CognitoError.UsernameExists.Reason.EMAIL_TAKEN
            : CognitoError.UsernameExists.Reason.PHONE_NUMBER_TAKEN);
      }
      return new CognitoError.AliasExists(switch (alias.attribute()) {
        case EMAIL -> CognitoError.AliasExists.Reason.EMAIL;
        case PHONE_NUMBER -> CognitoError.AliasExists.Reason.PHONE_NUMBER;
        case PREFERRED_USERNAME -> CognitoError.AliasExists.Reason.PREFERRED_USERNAME;
      });
    }
    return new CognitoError.UsernameExists(op == Operation.SIGN_UP
        ? CognitoError.UsernameExists.Reason.USER_ALREADY_EXISTS
        : CognitoError.UsernameExists.Reason.USER_ACCOUNT_ALREADY_EXISTS);
  }
}
