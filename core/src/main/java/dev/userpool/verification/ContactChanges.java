package dev.userpool.verification;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.user.Attributes;
import dev.userpool.user.CodeDelivery;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ContactVerifications;
import dev.userpool.user.Context;
import dev.userpool.user.Message;
import dev.userpool.user.PendingCode;
import dev.userpool.user.PendingVerification;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import dev.userpool.user.UserStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * AdminUpdateUserAttributes and UpdateUserAttributes: the attributes set over the user's, and what that does to
 * an email or phone number whose value changes. For each such contact, email first:
 * <ol>
 * <li>the request also sets its {@code *_verified} (an administrator may): the value and the flag apply as given,
 * and any code pending for the contact is withdrawn;</li>
 * <li>the pool's {@code AttributesRequireVerificationBeforeUpdate} names it and the current value is verified: the
 * current value stays, verified, and the new value is held until a code sent to it comes back (VerifyUserAttribute);
 * the user signs in and gets messages at the old value meanwhile;</li>
 * <li>otherwise the new value applies at once, unverified; when the pool auto-verifies the contact (and the user is
 * not UNCONFIRMED, whose sign-up code stays the one that verifies), a code goes to it.</li>
 * </ol>
 * A value set back to the current one withdraws a held value. One message per call: the first contact's code is
 * delivered (the response's {@code CodeDeliveryDetailsList}); a second contact's code waits for
 * GetUserAttributeVerificationCode to send it anew. Codes are valid {@link CodePurpose#ATTRIBUTE_VERIFICATION}'s 24 hours.
 */
public final class ContactChanges {

  private ContactChanges() {}

  /** AdminUpdateUserAttributes: from any status, enabled or not; an administrator may set {@code *_verified}. */
  public static Either<CognitoError, Transition> adminUpdateUserAttributes(User user, Attributes updates, Context ctx) {
    return Either.right(apply(user, updates, ctx));
  }

  /**
   * UpdateUserAttributes, for the user an access token names. Checks, in order: Enabled ({@code User is disabled.});
   * that no {@code *_verified} attribute is written ({@code A client attempted to write unauthorized attribute}).
   */
  public static Either<CognitoError, Transition> updateUserAttributes(User user, Attributes updates, Context ctx) {
    if (!user.enabled()) {
      return Either.left(new NotAuthorized(NotAuthorized.Reason.USER_DISABLED));
    }
    boolean setsVerification = List.of(ContactAttribute.values()).exists(c -> updates.get(c.verifiedName()).isDefined());
    return setsVerification
        ? Either.left(new NotAuthorized(NotAuthorized.Reason.ATTRIBUTE_NOT_WRITABLE))
        : Either.right(apply(user, updates, ctx));
  }

  private static Transition apply(User user, Attributes updates, Context ctx) {
    Attributes before = user.attributes();
    Attributes after = before.withAll(updates);
    ContactVerifications verifications = user.contactVerifications();
    Option<Message> message = Option.none();
    for (ContactAttribute c : List.of(ContactAttribute.values()).sortBy(Enum::ordinal)) {
      Option<String> updated = updates.contact(c);
      if (updated.isEmpty()) {
        continue;
      }
      if (updated.equals(before.contact(c))) {
        verifications = withdrawHeld(verifications, c);
        continue;
      }
      Option<PendingCode> code = Option.none();
      if (updates.get(c.verifiedName()).isDefined()) {
        verifications = verifications.without(c);
      } else if (ctx.pool().attributesRequireVerificationBeforeUpdate().contains(c) && before.isVerified(c)) {
        after = after.with(c.attributeName(), before.contact(c).get()).with(c.verifiedName(), "true");
        code = Option.some(issue(c, updated.get(), ctx));
        verifications = verifications.with(new PendingVerification(code.get(), updated));
      } else {
        after = after.with(c.verifiedName(), "false");
        verifications = verifications.without(c);
        if (ctx.pool().autoVerifiedAttributes().contains(c) && user.status() != UserStatus.UNCONFIRMED) {
          code = Option.some(issue(c, updated.get(), ctx));
          verifications = verifications.with(new PendingVerification(code.get(), Option.none()));
        }
      }
      if (code.isDefined() && message.isEmpty()) {
        message = Option.some(new Message.CodeMessage(CodePurpose.ATTRIBUTE_VERIFICATION, user.signInName(ctx.pool()),
            code.get().delivery(), code.get().code()));
      }
    }
    return new Transition(user.withContacts(after, verifications, ctx.now()),
        new UserEvent.AttributesUpdated(user.username(), updates.asMap().keySet(), ctx.now()), message);
  }

  private static ContactVerifications withdrawHeld(ContactVerifications verifications, ContactAttribute c) {
    return verifications.of(c).exists(v -> v.pendingValue().isDefined()) ? verifications.without(c) : verifications;
  }

  /** A verification code for {@code value}, issued now. */
  static PendingCode issue(ContactAttribute contact, String value, Context ctx) {
    return PendingCode.issue(CodePurpose.ATTRIBUTE_VERIFICATION, ctx.codes().get(), ctx.now(), new CodeDelivery(contact, value));
  }
}
