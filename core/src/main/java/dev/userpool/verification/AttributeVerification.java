package dev.userpool.verification;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.Message;
import dev.userpool.user.PendingCode;
import dev.userpool.user.PendingVerification;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * GetUserAttributeVerificationCode and VerifyUserAttribute, for the user an access token names (the token, and
 * with it the user's Enabled flag, is checked before these rules run).
 */
public final class AttributeVerification {

  private AttributeVerification() {}

  /**
   * The contact an {@code AttributeName} names: {@code email} or {@code phone_number}, else
   * {@code Invalid attribute name. Only phone_number and email can be verified.}
   */
  public static Either<CognitoError, ContactAttribute> verifiable(String attributeName) {
    return List.of(ContactAttribute.values()).find(c -> c.attributeName().equals(attributeName))
        .toEither(() -> InvalidParameter.of(InvalidParameter.Reason.NOT_VERIFIABLE));
  }

  /**
   * GetUserAttributeVerificationCode. Checks: the user has a value for the contact, or a value held back by
   * {@code AttributesRequireVerificationBeforeUpdate} ({@code User does not have a valid registered ...}). A new code,
   * valid 24 hours, goes to the held value if there is one (that is the value the code makes current), else to the
   * current value, and takes the place of the contact's pending code; the user's sign-up or reset code stays. A
   * contact already verified may be verified again (observed: floci-io/floci#2018). The pool need not auto-verify it.
   */
  public static Either<CognitoError, Transition> getUserAttributeVerificationCode(User user, ContactAttribute contact, Context ctx) {
    Option<String> held = user.contactVerifications().of(contact).flatMap(PendingVerification::pendingValue);
    Option<String> destination = held.orElse(user.attributes().contact(contact));
    if (destination.isEmpty()) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.NO_CONTACT_TO_VERIFY,
          contact == ContactAttribute.EMAIL ? "email" : "phone number"));
    }
    PendingCode code = ContactChanges.issue(contact, destination.get(), ctx);
    User after = user.withContacts(user.attributes(), user.contactVerifications().with(new PendingVerification(code, held)), ctx.now());
    return Either.right(new Transition(after, new UserEvent.VerificationCodeSent(user.username(), contact.attributeName(), ctx.now()),
        Option.some(new Message.CodeMessage(CodePurpose.ATTRIBUTE_VERIFICATION, user.signInName(ctx.pool()), code.delivery(),
            code.code()))));
  }

  /**
   * VerifyUserAttribute. Checks, in order: the user has a value for the contact, current or held
   * ({@code Unable to verify attribute: <name> no value set to verify}); a code pending for it
   * ({@code ExpiredCodeException} when none was sent, when it was used, as Cognito answers a used code, observed in
   * floci-io/floci#2018, or when it went to a value the user no longer has); that it matches
   * ({@code CodeMismatchException}); that it has not expired ({@code ExpiredCodeException}). The value the code went
   * to becomes current and verified, and the code is used up.
   */
  public static Either<CognitoError, Transition> verifyUserAttribute(User user, ContactAttribute contact, ConfirmationCode given,
      Context ctx) {
    Option<PendingVerification> pending = user.contactVerifications().of(contact);
    if (user.attributes().contact(contact).isEmpty() && pending.flatMap(PendingVerification::pendingValue).isEmpty()) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.NO_VALUE_TO_VERIFY, contact.attributeName()));
    }
    String sentTo = pending.map(p -> p.code().delivery().destination()).getOrElse("");
    boolean current = pending.exists(p -> p.pendingValue().isDefined()) || user.attributes().contact(contact).contains(sentTo);
    if (pending.isEmpty() || !current) {
      return Either.left(new CognitoError.ExpiredCode());
    }
    if (!pending.get().code().code().matches(given)) {
      return Either.left(new CognitoError.CodeMismatch());
    }
    if (pending.get().code().hasExpired(ctx.now())) {
      return Either.left(new CognitoError.ExpiredCode());
    }
    User after = user.withContacts(user.attributes().with(contact.attributeName(), sentTo).verified(contact),
        user.contactVerifications().without(contact), ctx.now());
    return Either.right(Transition.of(after, new UserEvent.AttributeVerified(user.username(), contact.attributeName(), ctx.now())));
  }
}
