package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.service.VerificationService;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.ContactVerifications;
import dev.userpool.verification.AttributeVerification;
import dev.userpool.verification.ContactChanges;
import java.util.List;
import java.util.Optional;

/** The rows of {@link Decisions} on attribute verification (issue 22): the operations, their messages, and attribute updates. */
final class VerificationDecisions {

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";

  static final List<Decisions.Entry> ENTRIES = List.of(
      entry("verification-codes", Decisions.Kind.OBSERVED, "GetUserAttributeVerificationCode and VerifyUserAttribute",
          "Only `email` and `phone_number` can be verified (`InvalidParameterException: Invalid attribute name. Only phone_number "
              + "and email can be verified.`). A code is valid 24 hours; a wrong code is `CodeMismatchException: Invalid "
              + "verification code provided, please try again.`; an expired code, a code already used, or none sent is "
              + "`ExpiredCodeException: Invalid code provided, please request a code again.`. A contact already verified may be "
              + "sent a code and verified again. VerifyUserAttribute with no value to verify is `InvalidParameterException: Unable to "
              + "verify attribute: <name> no value set to verify`.",
          "The developer guide gives the 24 hours; the wordings come from real responses quoted in client reports and from an "
              + "emulator's tests checked against Cognito (floci-io/floci#2018: wrong code, used code, re-verifying a verified "
              + "contact, the attribute-name message).",
          List.of(to(AttributeVerification.class, "verifiable"), to(AttributeVerification.class, "verifyUserAttribute"),
              to(CodePurpose.class, "ATTRIBUTE_VERIFICATION"), to(CognitoError.InvalidParameter.Reason.class, "NOT_VERIFIABLE"),
              to(CognitoError.InvalidParameter.Reason.class, "NO_VALUE_TO_VERIFY")),
          List.of(Source.of(GUIDE + "user-pool-settings-email-phone-verification.html"), Source.of("aws-amplify/amplify-js#3652"),
              Source.of("floci-io/floci#2018"), Source.of(API + "API_VerifyUserAttribute.html"))),
      entry("verification-check-order", Decisions.Kind.DECIDED, "Attribute verification: check order and where codes live",
          "Both operations check, in order: the members' shapes (reported together); the access token and its user (as GetUser); "
              + "the attribute name; then, for VerifyUserAttribute, a value to verify, a code sent for the contact, the code, its "
              + "expiry. Each contact (email, phone number) has its own pending code, apart from the sign-up or password-reset "
              + "code: asking to verify the email withdraws neither a reset code nor the phone number's code; a new code for a "
              + "contact replaces its previous one. A code verifies the value it was sent to: a code sent to a value the user "
              + "no longer has is expired. GetUserAttributeVerificationCode for a contact without a value is "
              + "`InvalidParameterException: User does not have a valid registered phone number` (or `email`); it does not need "
              + "the pool to auto-verify the contact. No LimitExceededException: the library counts no attempts at codes (Cognito "
              + "does not publish its limits); a RateLimits port's refusal is TooManyRequestsException.",
          "AWS publishes neither the order nor where codes are kept; the phone-number wording is an emulator's (floci-io/floci#2018), "
              + "the email wording follows it; Cognito keeps its code-attempt limits unpublished "
              + "(amazon-archives/amazon-cognito-identity-js#548).",
          List.of(to(VerificationService.class), to(ContactVerifications.class),
              to(AttributeVerification.class, "getUserAttributeVerificationCode"),
              to(CognitoError.InvalidParameter.Reason.class, "NO_CONTACT_TO_VERIFY")),
          List.of(Source.of("floci-io/floci#2018"), Source.of("amazon-archives/amazon-cognito-identity-js#548"))),
      entry("changed-contact-unverified", Decisions.Kind.DECIDED, "A changed email or phone number is unverified, and verified by code",
          "AdminUpdateUserAttributes and UpdateUserAttributes: an email or phone_number whose value changes becomes unverified "
              + "unless the same request sets its *_verified (an administrator may; an app client may not: `A client attempted to "
              + "write unauthorized attribute`). When the pool auto-verifies it, a code valid 24 hours goes to the new value "
              + "(both operations send it), except to an UNCONFIRMED user, whose sign-up code stays the one that verifies. One "
              + "message per call: when both contacts change, the email's code is sent and the phone number's is sent by "
              + "GetUserAttributeVerificationCode. A verified alias another user holds is AliasExistsException, also in pools "
              + "whose usernames are emails, and also when VerifyUserAttribute makes such a value verified.",
          "AWS documents that changing email or phone sends a verification code with auto-verification (UpdateUserAttributes' "
              + "CodeDeliveryDetailsList), that AdminUpdateUserAttributes sends none only when *_verified is set to true in the "
              + "same call, and that only an administrator marks a contact verified without a code; the rest is the library's.",
          List.of(to(ContactChanges.class, "updateUserAttributes"), to(ContactChanges.class, "adminUpdateUserAttributes")),
          List.of(Source.of(API + "API_UpdateUserAttributes.html"), Source.of(API + "API_AdminUpdateUserAttributes.html"),
              Source.of("aws-amplify/amplify-js#6755"))),
      entry("verify-before-update", Decisions.Kind.CONFIRMED, "AttributesRequireVerificationBeforeUpdate keeps the old value",
          "When the pool's UserAttributeUpdateSettings name the contact and its current value is verified, an update keeps the "
              + "current value, still verified, and holds the new one: the user signs in and receives messages at the old value, "
              + "cannot sign in by the new one, and GetUser and AdminGetUser show the old value. A code goes to the new value; "
              + "VerifyUserAttribute with it makes the new value current and verified (GetUserAttributeVerificationCode sends a "
              + "new code to the held value). AdminUpdateUserAttributes with *_verified true applies the value at once and sends "
              + "nothing. Every contact named must be auto-verified (`InvalidParameterException: All attributes in "
              + "AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes`); UpdateUserPool without the "
              + "settings clears them.",
          "The API reference describes the held value and the verified-flag shortcut; the message is a real response "
              + "(aws/aws-cli#7151). Decided: a current value that is not verified is replaced at once (there is nothing worth "
              + "keeping); setting the value back withdraws the held one; AWS shows no member for a held value.",
          List.of(to(UserPool.class, "attributesRequireVerificationBeforeUpdate"), to(ContactChanges.class),
              to(CognitoError.InvalidParameter.Reason.class, "VERIFY_BEFORE_UPDATE_NOT_AUTO_VERIFIED")),
          List.of(Source.of(API + "API_UserAttributeUpdateSettingsType.html"), Source.of(API + "API_UpdateUserAttributes.html"),
              Source.of(API + "API_AdminUpdateUserAttributes.html"), Source.of("aws/aws-cli#7151"))));

  private VerificationDecisions() {}

  private static Decisions.Entry entry(String id, Decisions.Kind kind, String title, String rule, String reason, List<CodeRef> code,
      List<Source> sources) {
    return new Decisions.Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}
