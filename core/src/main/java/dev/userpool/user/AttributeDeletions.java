package dev.userpool.user;

import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError;
import dev.userpool.pool.ContactAttribute;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * {@link User}'s AdminDeleteUserAttributes decision: which names may go, and the attributes without them.
 */
final class AttributeDeletions {

  private AttributeDeletions() {}

  /** {@link User#adminDeleteUserAttributes}. */
  static Either<CognitoError, Transition> adminDeleteUserAttributes(User user, Seq<String> names, Context ctx) {
    for (String name : names) {
      if (name.equals("sub")) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.IMMUTABLE_ATTRIBUTE, name));
      }
      if (!Attributes.STANDARD.contains(name) && !name.startsWith("custom:") && !name.startsWith("dev:")) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.UNKNOWN_ATTRIBUTE, name));
      }
      if (ctx.pool().usernameAttributes().exists(c -> c.attributeName().equals(name))) {
        return Either.left(new InvalidParameter(InvalidParameter.Reason.USERNAME_ATTRIBUTE_REQUIRED, name));
      }
    }
    Attributes after = user.attributes();
    for (String name : names) {
      after = after.without(name);
      for (ContactAttribute c : ContactAttribute.values()) {
        if (c.attributeName().equals(name)) {
          after = after.without(c.verifiedName());
        }
      }
    }
    return Either.right(Transition.of(user.withAttributes(after).touched(ctx.now()),
        new UserEvent.AttributesDeleted(user.username(), LinkedHashSet.ofAll(names), ctx.now())));
  }
}
