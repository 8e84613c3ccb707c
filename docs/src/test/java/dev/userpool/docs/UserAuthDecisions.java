package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.CognitoError;
import dev.userpool.error.UserAuthRefused;
import dev.userpool.mfa.OneTimeCode;
import dev.userpool.service.SignInCodeWords;
import dev.userpool.userauth.FirstFactors;
import dev.userpool.userauth.SignInPolicy;
import java.util.List;
import java.util.Optional;

/** The rows of {@link Decisions} on choice-based sign-in (USER_AUTH) and the one-time codes sent by SMS and email (issue 23). */
final class UserAuthDecisions {

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";

  static final List<Decisions.Entry> ENTRIES = List.of(
      entry("userauth-first-factors", Decisions.Kind.CONFIRMED, "USER_AUTH's first factors",
          "InitiateAuth with USER_AUTH answers SELECT_CHALLENGE with AvailableChallenges (PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP, "
              + "WEB_AUTHN, those the pool's SignInPolicy allows and the user can use), or goes straight to PREFERRED_CHALLENGE; "
              + "PASSWORD with PASSWORD in the same request signs in at once, PASSWORD_SRP with SRP_A answers PASSWORD_VERIFIER, "
              + "EMAIL_OTP and SMS_OTP send a code. SELECT_CHALLENGE is answered with ANSWER and that factor's own parameters, or by "
              + "naming the factor as the ChallengeName: PASSWORD with PASSWORD, PASSWORD_SRP with SRP_A (same outcome).",
          "The API reference of InitiateAuth and RespondToAuthChallenge and the developer guide's choice-based pages say so.",
          List.of(to(FirstFactors.class, "ROWS")),
          List.of(Source.of(GUIDE + "authentication-flows-selection-sdk.html"), Source.of(API + "API_RespondToAuthChallenge.html"))),
      entry("userauth-availability", Decisions.Kind.DECIDED, "Who may use which first factor",
          "PASSWORD and PASSWORD_SRP need a password; EMAIL_OTP a CONFIRMED user with a verified email; SMS_OTP one with a verified "
              + "phone number; WEB_AUTHN a registered passkey. A preferred factor the user cannot use gets "
              + "SELECT_CHALLENGE; a user with no factor at all, or an ANSWER outside the choices, gets `InvalidParameterException: "
              + "The challenge answered is not available for the user.`; an unknown PREFERRED_CHALLENGE gets `Invalid "
              + "PREFERRED_CHALLENGE: ...`. Enabled and the lockout are checked before any challenge; an unknown user is "
              + "hidden as in the password flows.",
          "AWS says codes go to the user's email or phone and passkeys must be registered, but gives no message for these refusals.",
          List.of(to(FirstFactors.Needs.class), to(UserAuthRefused.Reason.class, "NOT_AVAILABLE"),
              to(UserAuthRefused.Reason.class, "UNKNOWN_CHALLENGE")),
          List.of(Source.of(GUIDE + "authentication-flows-selection-sdk.html"))),
      entry("userauth-sign-in-policy", Decisions.Kind.DECIDED, "SignInPolicy on CreateUserPool and UpdateUserPool",
          "AllowedFirstAuthFactors holds 1 to " + SignInPolicy.MAX_FACTORS + " AuthFactorType values and must include PASSWORD "
              + "(decided, with the library's messages); a factor besides PASSWORD on the Lite tier is "
              + "`FeatureUnavailableInTierException` (the feature's name, `" + SignInPolicy.PASSWORDLESS + "`, decided). A pool "
              + "without a SignInPolicy allows PASSWORD only; UpdateUserPool without one puts that back, as UpdateUserPool resets "
              + "every setting it is not sent. The policy is decided before the pool is written, so a refused one changes nothing.",
          "The API model gives the list's bounds and the tier; AWS does not publish the messages.",
          List.of(to(SignInPolicy.class, "decide"), to(UserAuthRefused.Reason.class, "PASSWORD_REQUIRED")),
          List.of(Source.of(API + "API_SignInPolicyType.html"), Source.of(API + "API_UpdateUserPool.html"))),
      entry("userauth-flow-not-enabled", Decisions.Kind.DECIDED, "USER_AUTH from a client without ALLOW_USER_AUTH",
          "`InvalidParameterException: Auth flow not enabled for this client`, the wording observed for the admin password flow.",
          "No public report quotes Cognito's answer for USER_AUTH.",
          List.of(to(CognitoError.InvalidParameter.Reason.class, "AUTH_FLOW_NOT_ENABLED")), List.of()),
      entry("userauth-no-mfa-after-passwordless", Decisions.Kind.DECIDED, "What follows a passwordless first factor",
          "A right EMAIL_OTP or SMS_OTP code (and, later, a passkey) signs in with no MFA after it; PASSWORD and PASSWORD_SRP are "
              + "followed by the MFA challenge sequence as in every password flow.",
          "The developer guide offers MFA after password first factors; a one-time code already proves a second channel.",
          List.of(to(FirstFactors.class, "ROWS")), List.of(Source.of(GUIDE + "authentication-flows-selection-sdk.html"))),
      entry("otp-codes", Decisions.Kind.DECIDED, "Codes sent by SMS and email to sign in",
          "SMS_MFA, EMAIL_OTP (second or first factor) and SMS_OTP send a " + OneTimeCode.DIGITS + "-digit code from the code port "
              + "through the delivery port; it is accepted once and for " + OneTimeCode.LIFETIME.toMinutes() + " minutes; "
              + "CODE_DELIVERY_DELIVERY_MEDIUM and CODE_DELIVERY_DESTINATION (masked as CodeDeliveryDetails are) say where it "
              + "went; a wrong or late code gets `CodeMismatchException: Invalid code or auth state for the user.`, leaves the "
              + "challenge open and counts toward the lockout. SMS MFA codes go to the phone number whether or not it is verified.",
          "AWS documents the challenges and their parameters, not the code's lifetime for every use nor the failed-attempt rule.",
          List.of(to(OneTimeCode.class, "accepts"), to(OneTimeCode.class, "LIFETIME")),
          List.of(Source.of(GUIDE + "user-pool-settings-mfa-sms-email-message.html"), Source.of("aws-amplify/amplify-js#3066"))),
      entry("otp-words", Decisions.Kind.DECIDED, "The words of a sign-in code",
          "SMS_MFA and SMS_OTP codes are sent in the pool's SmsAuthenticationMessage, EMAIL_OTP codes in EmailMfaConfiguration's "
              + "Message and Subject, with the code in place of `{####}`; a pool without them sends `"
              + SignInCodeWords.DEFAULT.smsMessage() + "` (email subject `" + SignInCodeWords.DEFAULT.emailSubject() + "`). A "
              + "CustomMessage function (`CustomMessage_Authentication`) words over them; what it leaves unset keeps the pool's words.",
          "The API reference says these templates carry the MFA and one-time sign-in codes and that a default message is sent "
              + "without them; the default's words are not published, so they are the library's.",
          List.of(to(SignInCodeWords.class, "of"), to(SignInCodeWords.class, "DEFAULT")),
          List.of(Source.of(API + "API_SmsMfaConfigType.html"), Source.of(API + "API_EmailMfaConfigType.html"))),
      entry("userauth-not-implemented", Decisions.Kind.NOT_IMPLEMENTED, "Parts of USER_AUTH not here yet",
          "A CREDENTIAL sent with SELECT_CHALLENGE's ANSWER WEB_AUTHN is not read: the WEB_AUTHN challenge with "
              + "CREDENTIAL_REQUEST_OPTIONS follows, answered by RespondToAuthChallenge WEB_AUTHN with CREDENTIAL (what Amplify "
              + "v6 sends); the first SMS or email MFA does not mark the contact verified.",
          "The API reference lists CREDENTIAL inside the SELECT_CHALLENGE answer, but a credential signs a challenge the pool "
              + "issued, and SELECT_CHALLENGE issues none; Amplify v6 (handleWebAuthnSignInResult) answers the WEB_AUTHN "
              + "challenge's options instead.",
          List.of(to(UserAuthRefused.Reason.class, "WEB_AUTHN_NOT_CONFIGURED")),
          List.of(Source.of(API + "API_ChallengeResponseType.html"), Source.of("https://github.com/aws-amplify/amplify-js/blob/main/"
              + "packages/auth/src/client/flows/userAuth/handleWebAuthnSignInResult.ts"))));

  private UserAuthDecisions() {}

  private static Decisions.Entry entry(String id, Decisions.Kind kind, String title, String rule, String reason, List<CodeRef> code,
      List<Source> sources) {
    return new Decisions.Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}
