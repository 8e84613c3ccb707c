package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.docs.Decisions.Source;
import dev.userpool.error.MfaConfigurationRefused;
import dev.userpool.error.MfaRefused;
import dev.userpool.mfa.ChallengeSequence;
import dev.userpool.mfa.PoolMfa;
import dev.userpool.mfa.PoolMfaRules;
import dev.userpool.mfa.Totp;
import dev.userpool.mfa.TotpSecret;
import dev.userpool.mfa.UserMfa;
import java.util.List;
import java.util.Optional;

/** The rows of {@link Decisions} on multi-factor authentication (issue 23). */
final class MfaDecisions {

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";

  static final List<Decisions.Entry> ENTRIES = List.of(
      entry("mfa-pool-configuration", Decisions.Kind.OBSERVED, "SetUserPoolMfaConfig's validation",
          "OFF with a factor configured (software tokens enabled, SmsMfaConfiguration or EmailMfaConfiguration given) is refused "
              + "with `can't turn off MFA and configure an MFA together.`; ON or OPTIONAL with none is refused with `can't disable "
              + "all MFAs with a required or optional configuration.`; WebAuthnConfiguration is echoed and never counts as a factor; "
              + "email MFA on the Lite tier is FeatureUnavailableInTierException (the feature's name, `Email MFA`, decided). An "
              + "absent MfaConfiguration means OFF (decided). SmsConfiguration and EmailConfiguration are kept and echoed; "
              + "see mfa-pool-writers for the rules that depend on them.",
          "Real responses quoted in bug reports give both messages; one report tested OFF with each factor against a real pool.",
          List.of(to(PoolMfa.class, "decide"), to(MfaRefused.Reason.class, "OFF_WITH_FACTOR")),
          List.of(Source.of("aws/aws-sdk-js#4186"), Source.of("go-to-k/cdkd#1923"), Source.of(API + "API_SetUserPoolMfaConfig.html"))),
      entry("mfa-pool-writers", Decisions.Kind.OBSERVED, "MfaConfiguration in CreateUserPool and UpdateUserPool",
          "One configuration per pool, which CreateUserPool, UpdateUserPool and SetUserPoolMfaConfig write and GetUserPoolMfaConfig and "
              + "DescribeUserPool read. CreateUserPool ON or OPTIONAL needs an SmsConfiguration and phone_number auto-verified "
              + "(observed) and turns SMS MFA on; UpdateUserPool cannot turn MFA ON (observed); SetUserPoolMfaConfig ON or "
              + "OPTIONAL without SmsMfaConfiguration under an SmsConfiguration is refused (observed). Decided: what UpdateUserPool "
              + "ON or OPTIONAL keeps (the software-token factor, the email factor while the pool sends as DEVELOPER) and that its "
              + "MFA members' shapes are checked after its other members.",
          "Real responses quoted in bug reports give the three messages; AWS does not say which factors survive an UpdateUserPool.",
          List.of(to(PoolMfaRules.class, "createUserPool"), to(PoolMfaRules.class, "updateUserPool"),
              to(MfaConfigurationRefused.Reason.class, "SMS_CONFIGURATION_REQUIRED")),
          List.of(Source.of("aws/aws-cdk#12075"), Source.of("aws-cloudformation/cloudformation-coverage-roadmap#1176"),
              Source.of("aws-amplify/amplify-backend#1481"), Source.of(API + "API_CreateUserPool.html"))),
      entry("mfa-update-user-pool-defaults", Decisions.Kind.DECIDED, "UpdateUserPool without MfaConfiguration",
          "A member UpdateUserPool leaves out goes back to its default: no MfaConfiguration turns MFA OFF with every factor, no "
              + "SmsConfiguration or EmailConfiguration removes it, no SmsAuthenticationMessage removes it. WebAuthnConfiguration, "
              + "which only SetUserPoolMfaConfig sets, stays.",
          "The API reference says so of UpdateUserPool's members in general; one report found members measured one by one to be "
              + "kept (Policies), none measured MfaConfiguration, so the reference is followed.",
          List.of(to(PoolMfaRules.class, "updateUserPool")),
          List.of(Source.of(API + "API_UpdateUserPool.html"), Source.of("go-to-k/cdkd#1982"), Source.of("aws/aws-sdk-js#3148"))),
      entry("mfa-email-developer", Decisions.Kind.DECIDED, "Email MFA needs EmailSendingAccount DEVELOPER",
          "SetUserPoolMfaConfig with EmailMfaConfiguration for a pool whose EmailConfiguration is absent or COGNITO_DEFAULT is "
              + "InvalidParameterException `Email MFA requires an EmailConfiguration with EmailSendingAccount DEVELOPER.` (the "
              + "wording decided); the Lite tier is refused first (FeatureUnavailableInTierException).",
          "The developer guide requires Amazon SES (DEVELOPER) for email MFA; no real response with the message was found.",
          List.of(to(PoolMfaRules.class, "setUserPoolMfaConfig"), to(MfaConfigurationRefused.Reason.class, "EMAIL_MFA_NEEDS_DEVELOPER")),
          List.of(Source.of(GUIDE + "user-pool-settings-mfa-sms-email-message.html"),
              Source.of("hashicorp/terraform-provider-aws#41049"))),
      entry("mfa-options-legacy", Decisions.Kind.OBSERVED, "MFAOptions in GetUser and AdminGetUser",
          "The legacy MFAOptions member holds one option, DeliveryMedium SMS and AttributeName phone_number, while the user has "
              + "SMS MFA enabled, and is absent otherwise (a software token or email MFA does not show there).",
          "A GetUser response after an SMS preference shows it; a maintainer says it is only defined when SMS MFA is enabled.",
          List.of(to(UserMfa.class, "enabled")),
          List.of(Source.of("aws-amplify/amplify-js#1204"), Source.of("aws-amplify/amplify-js#2707"), Source.of(API + "API_GetUser.html"))),
      entry("mfa-totp-window", Decisions.Kind.DECIDED, "TOTP: the window and a code used once",
          "A code is accepted for its 30-second step and one step either side, and only for a step after the last accepted one; "
              + "the secret is 32 random bytes (52 base32 characters).",
          "AWS documents RFC 6238 and 30-second codes but not the window; one step either side is RFC 6238's recommendation.",
          List.of(to(Totp.class, "match"), to(TotpSecret.class, "BYTES")),
          List.of(Source.of(GUIDE + "user-pool-settings-mfa-totp.html"))),
      entry("mfa-software-token-lifecycle", Decisions.Kind.DECIDED, "AssociateSoftwareToken replaces the token",
          "A new AssociateSoftwareToken replaces the user's token and turns software-token MFA off until the new one is "
              + "verified and enabled again; VerifySoftwareToken by access token verifies without enabling (SetUserMFAPreference "
              + "enables, as Amplify's updateMFAPreference does); during MFA_SETUP the verified token is enabled when the challenge "
              + "is answered.",
          "AWS does not say what happens to an earlier secret.",
          List.of(to(UserMfa.class, "associate"), to(UserMfa.class, "verify")),
          List.of(Source.of(API + "API_AssociateSoftwareToken.html"))),
      entry("mfa-challenge-sequence", Decisions.Kind.CONFIRMED, "The challenge after a first factor",
          "OFF: tokens. OPTIONAL: tokens for a user without a factor, else the factor, the preferred one, or SELECT_MFA_TYPE when "
              + "several and none preferred. ON: the same, but MFA_SETUP for a user without a factor. The same for every first "
              + "factor; only the factors the pool turns on count.",
          "The developer guide's MFA pages and RespondToAuthChallenge's reference describe these challenges.",
          List.of(to(ChallengeSequence.class, "ROWS")),
          List.of(Source.of(GUIDE + "user-pool-settings-mfa.html"), Source.of(API + "API_RespondToAuthChallenge.html"))),
      entry("mfa-wrong-code", Decisions.Kind.DECIDED, "A wrong MFA code",
          "`CodeMismatchException: Invalid code or auth state for the user.` (observed); the session stays open for another try and "
              + "the wrong code counts toward the sign-in lockout, as a wrong password does (decided; after five, `Password "
              + "attempts exceeded`). An ANSWER to SELECT_MFA_TYPE that is not one of the choices gets the same error (decided).",
          "AWS documents no separate lockout for MFA codes.",
          List.of(to(MfaRefused.Reason.class, "CODE_MISMATCH")), List.of(Source.of("aws-amplify/amplify-js#3066"))),
      entry("mfa-session", Decisions.Kind.DECIDED, "MFA sessions",
          "An MFA challenge's session names its pool and user (AssociateSoftwareToken and VerifySoftwareToken may come with only a "
              + "session), is valid for the client's AuthSessionValidity, answers once, and only the latest challenge's session is "
              + "valid; each step of MFA_SETUP answers the next session.",
          "Cognito's sessions are opaque; their lifetime is the app client's AuthSessionValidity.",
          List.of(to(UserMfa.class, "withChallenge")), List.of(Source.of(API + "API_CreateUserPoolClient.html"))));

  private MfaDecisions() {}

  private static Decisions.Entry entry(String id, Decisions.Kind kind, String title, String rule, String reason, List<CodeRef> code,
      List<Source> sources) {
    return new Decisions.Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}
