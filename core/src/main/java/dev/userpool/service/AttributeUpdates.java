package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.CognitoError.UserNotFound;
import dev.userpool.error.Operation;
import dev.userpool.port.UserPools;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Message;
import dev.userpool.user.Transition;
import dev.userpool.verification.ContactChanges;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * AdminUpdateUserAttributes and UpdateUserAttributes, unguarded: find the pool and the user (by name, or by the access
 * token's sub), let the schema and the client have their say ({@link AttributeWrites}), apply the contact rules
 * ({@link ContactChanges}), save. {@link UserPoolService} guards and parses them.
 */
final class AttributeUpdates {

  private final UserPools pools;
  private final WriteEngine engine;

  AttributeUpdates(UserPools pools, WriteEngine engine) {
    this.pools = pools;
    this.engine = engine;
  }

  /** AdminUpdateUserAttributes. */
  Either<CognitoError, Results.AttributesUpdated> admin(Commands.AdminUpdateUserAttributes c) {
    return engine.pool(c.userPoolId())
        .flatMap(pool -> engine.write(Operation.ADMIN_UPDATE_USER_ATTRIBUTES, pool,
            ctx -> engine.existing(pool, c.username().value(), new UserNotFound(UserNotFound.Reason.USER_DOES_NOT_EXIST))
                .flatMap(user -> c.userAttributes().flatMap(a -> AttributeWrites.adminUpdate(pool, a))
                    .flatMap(attributes -> ContactChanges.adminUpdateUserAttributes(user, attributes, ctx)))
                .map(AttributeUpdates::attributesUpdated)));
  }

  /** UpdateUserAttributes, for the pool and sub of a valid access token. */
  Either<CognitoError, Results.AttributesUpdated> own(Commands.UpdateUserAttributes c) {
    CognitoError invalidToken = new NotAuthorized(NotAuthorized.Reason.INVALID_ACCESS_TOKEN);
    return pools.find(c.userPoolId()).toEither(invalidToken)
        .flatMap(pool -> engine.write(Operation.UPDATE_USER_ATTRIBUTES, pool,
            ctx -> pools.users(pool.id()).find(new LookupKey.BySub(c.sub())).toEither(invalidToken)
                .flatMap(user -> c.userAttributes().flatMap(a -> AttributeWrites.userUpdate(pool, Option.none(), a))
                    .flatMap(attributes -> ContactChanges.updateUserAttributes(user, attributes, ctx)))
                .map(AttributeUpdates::attributesUpdated)));
  }

  private static Step<Results.AttributesUpdated> attributesUpdated(Transition t) {
    return Step.save(t, new Results.AttributesUpdated(t.after(), t.message().flatMap(Message::delivery)));
  }
}
