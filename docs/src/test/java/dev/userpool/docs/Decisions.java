package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.error.CognitoError;
import dev.userpool.error.PoolOptionRefused;
import dev.userpool.pool.AccountRecoverySetting;
import dev.userpool.error.SignUpRefused;
import dev.userpool.group.Group;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Salt;
import dev.userpool.password.Violation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.ClientSecret;
import dev.userpool.pool.Tier;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPool;
import dev.userpool.port.TokenFamilies;
import dev.userpool.service.ExistenceErrors;
import dev.userpool.service.GroupService;
import dev.userpool.service.PoolConfigurationService;
import dev.userpool.service.SignUpService;
import dev.userpool.service.TokenOperations;
import dev.userpool.service.TokenService;
import dev.userpool.srp.SrpChallenge;
import dev.userpool.srp.SrpGroup;
import dev.userpool.srp.SrpTimestamp;
import dev.userpool.srp.SrpVerifier;
import dev.userpool.srp.VerifierPowers;
import dev.userpool.testkit.endpoint.LocalEndpoint;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.token.KeyProtection;
import dev.userpool.testkit.endpoint.Main;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.token.SigningKeySet;
import dev.userpool.token.TokenChecks;
import dev.userpool.token.TokenClaims;
import dev.userpool.token.TokenFamily;
import dev.userpool.user.Action;
import dev.userpool.user.ChallengeSession;
import dev.userpool.user.CodePurpose;
import dev.userpool.user.CurrentPassword;
import dev.userpool.user.FailedSignIns;
import dev.userpool.user.Lifecycle;
import dev.userpool.user.Naming;
import dev.userpool.user.Refusal;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one table of the library's decisions and of the facts they rest on: every point where AWS is
 * silent and the library chose, every point where the code follows the research note over
 * SEMANTICS.md, and the confirmed or observed facts, each with the code element that implements it
 * (checked by reflection in {@link DocsGenerationTest}) and, for facts, public sources.
 */
final class Decisions {

  /** How sure the library is, in SEMANTICS.md's words. */
  enum Kind {
    DECIDED("Decided", "AWS is silent or the evidence is too thin; the library chose."), RESEARCH("Research over SEMANTICS.md",
        "The research note found SEMANTICS.md wrong or incomplete; the code follows the research."), CONFIRMED("Confirmed",
            "AWS's documentation or API model, or a real AWS response quoted in a public report."), OBSERVED("Observed",
                "Application or emulator code that handles real responses; no AWS statement."), NOT_IMPLEMENTED("Not implemented",
                    "Cognito behaviour the library knows of and does not have yet.");

    private final String title;
    private final String meaning;

    Kind(String title, String meaning) {
      this.title = title;
      this.meaning = meaning;
    }

    String title() {
      return title;
    }

    String meaning() {
      return meaning;
    }
  }

  /** A public source: a web page, or a GitHub issue or pull request written {@code owner/repo#number}. */
  record Source(String label, String url) {
    private static final Pattern GITHUB = Pattern.compile("([\\w.-]+)/([\\w.-]+)#(\\d+)");

    static Source of(String reference) {
      Matcher m = GITHUB.matcher(reference);
      if (m.matches()) {
        return new Source(reference, "https://github.com/" + m.group(1) + "/" + m.group(2) + "/issues/" + m.group(3));
      }
      if (reference.startsWith("https://")) {
        return new Source(reference.replaceFirst("^https://", "").replaceFirst("\\.html$", ""), reference);
      }
      throw new IllegalArgumentException("not owner/repo#number nor an https URL: " + reference);
    }
  }

  /**
   * One row of the table.
   *
   * @param id a stable anchor
   * @param rule what the code does
   * @param reason why: the evidence, or why the choice
   */
  record Entry(String id, Kind kind, String title, String rule, String reason, List<CodeRef> code, List<Source> sources,
      Optional<Runnable> check) {
    Entry {
      Objects.requireNonNull(id, "id is null");
      if (code.isEmpty()) {
        throw new IllegalArgumentException(id + " points at no code");
      }
    }

    /** This entry, with a run of the code that fails (AssertionError) when the code no longer does what the rule says. */
    Entry checkedBy(Runnable run) {
      return new Entry(id, kind, title, rule, reason, code, sources, Optional.of(run));
    }
  }

  // -- AWS model and developer guide pages

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";
  private static final String POLICY_TYPE = API + "API_PasswordPolicyType.html";
  private static final String MANAGING_ERRORS = GUIDE + "cognito-user-pool-managing-errors.html";
  private static final String CLIENT_JS = "https://github.com/aws-amplify/amplify-js/blob/main/packages/amazon-cognito-identity-js/src/";

  private static final List<Entry> GENERAL = List.of(
      // -- the password policy
      entry("code-point-length", Kind.DECIDED, "Length counts Unicode code points",
          "A password's length (MinimumLength, and the 256 maximum) and every request member's length count Unicode code points: an "
              + "emoji is one character.",
          "AWS does not say. Counting UTF-16 units would make the rule depend on how a client stores text (passay's LengthRule "
              + "counts code points too).",
          List.of(to(Password.class, "length"), to(StringMember.class, "length")), List.of()).checkedBy(DecisionChecks::codePointLength),
      entry("violation-order", Kind.DECIDED, "One violation reported, in a fixed order",
          "Every violation is computed; InvalidPasswordException names the first of: length, lowercase, uppercase, numeric, symbol.",
          "Cognito reports one rule per response and publishes no order; SEMANTICS.md §2 chose this one. Callers that want every "
              + "violation have PasswordPolicy.violations and InvalidPassword.violations().",
          List.of(to(PasswordPolicy.class, "violations"), to(CognitoError.InvalidPassword.class, "message")), List.of())
          .checkedBy(DecisionChecks::violationOrder),
      entry("invalid-password-wording", Kind.DECIDED, "Which operations say \"did not conform with\"",
          "SignUp says `Password did not conform with policy: ...`, AdminCreateUser `Password did not conform with password "
              + "policy: ...`; AdminSetUserPassword, ChangePassword, "
              + "ConfirmForgotPassword and the new-password challenge say `Password does not conform to policy: ...`.",
          "All three wordings are real: the first seen in many SignUp handlers, the second in a real AdminCreateUser response "
              + "(data-dot-all/dataall#690), the third for ConfirmForgotPassword and the new-password challenge. One "
              + "application log shows the third on SignUp, possibly hand-written, so the split stays a decision (research §14).",
          List.of(to(CognitoError.InvalidPassword.Wording.class, "DID_NOT_CONFORM_WITH"),
              to(CognitoError.InvalidPassword.Wording.class, "DID_NOT_CONFORM_WITH_PASSWORD_POLICY"),
              to(CognitoError.InvalidPassword.Wording.class, "DOES_NOT_CONFORM_TO")),
          List.of(Source.of("data-dot-all/dataall#690"))).checkedBy(DecisionChecks::invalidPasswordWording),
      entry("policy-change", Kind.OBSERVED, "Changing the policy keeps existing passwords",
          "A pool's new policy applies to passwords set from then on; existing passwords still sign in.",
          "SEMANTICS.md §2 (observed). The library checks the policy only where a password is set.",
          List.of(to(PasswordPolicy.class, "evaluate"), to(User.class, "signIn")), List.of()),
      entry("draft-defaults", Kind.DECIDED, "A request's policy with members absent",
          "In CreateUserPool or UpdateUserPool, an absent Require* flag is false and an absent number takes its default "
              + "(MinimumLength 8, PasswordHistorySize 0, TemporaryPasswordValidityDays 7); a request without any policy gets "
              + "Cognito's default policy.",
          "AWS documents only the defaults of a pool created without a policy.",
          List.of(to(PasswordPolicy.Draft.class, "validate"), to(PasswordPolicy.class, "cognitoDefault")), List.of(Source.of(POLICY_TYPE))),
      entry("feature-name", Kind.DECIDED, "The feature name of password history in tier errors",
          "PasswordHistorySize above 0 on the LITE plan: `FeatureUnavailableInTierException: The following features need to be "
              + "disabled for the LITE pricing tier configured: Password Reuse Prevention`.",
          "The message format is confirmed by a real UpdateUserPool response; the name AWS uses for history there is unknown "
              + "(AWS calls the feature \"password reuse prevention\") (research §7).",
          List.of(to(CognitoError.FeatureUnavailableInTier.class, "PASSWORD_REUSE_PREVENTION"), to(Tier.class, "allowsPasswordHistory")),
          List.of(Source.of("hashicorp/terraform-provider-aws#40734"))),

      // -- history
      entry("history-window", Kind.DECIDED, "What PasswordHistorySize n remembers",
          "The current password and the n − 1 before it; every password that was set counts, temporary ones included.",
          "AWS says a user can't set a password that matches any of n previous passwords, which does not say whether the "
              + "current one is among them. Counting it means n = 1 already refuses \"changing\" to the same password.",
          List.of(to(PasswordHistory.class, "remembers"), to(PasswordHistory.class, "record")), List.of(Source.of(POLICY_TYPE)))
          .checkedBy(DecisionChecks::historyWindow),
      entry("history-message", Kind.DECIDED, "PasswordHistoryPolicyViolationException's message",
          "`The password was used recently. Choose a password that you haven't used before.`",
          "AWS publishes no message and no real sample was found (research §14).",
          List.of(to(Violation.ReusedPassword.class, "description"), to(CognitoError.PasswordHistoryPolicyViolation.class)), List.of()),
      entry("policy-before-history", Kind.DECIDED, "The policy before the history",
          "A new password is checked against the policy's rules first, and only then against the history.",
          "Cheap before expensive: a password that breaks a rule costs no key derivation. AWS does not say.",
          List.of(to(PasswordPolicy.class, "evaluate")), List.of()).checkedBy(DecisionChecks::policyBeforeHistory),
      entry("temporary-reuse", Kind.RESEARCH, "Without history, the temporary password may become the permanent one",
          "With PasswordHistorySize 0, answering NEW_PASSWORD_REQUIRED with the temporary password itself is accepted; with a "
              + "history, the temporary password is in it and is refused.",
          "Reproduced by the Amplify team (research §4); SEMANTICS.md §3 counted temporary passwords without saying what "
              + "happens without a history. The behaviour with a history is unknown; counting them is the decision above.",
          List.of(to(PasswordHistory.class, "record"), to(User.class, "answerNewPasswordChallenge")),
          List.of(Source.of("aws-amplify/amplify-js#7957"))).checkedBy(DecisionChecks::temporaryReuse),
      entry("hashing", Kind.DECIDED, "How passwords are stored",
          "As PBKDF2-HMAC-SHA256 hashes, 600,000 iterations by default, with one random salt per user for all of the user's "
              + "hashes; each hash records its scheme, so the cost can be raised later.",
          "AWS does not say how it stores passwords. This is OWASP's 2023 recommendation and needs nothing beyond the JDK; the "
              + "shared salt makes a history check one key derivation whatever its size.",
          List.of(to(Pbkdf2PasswordHasher.class, "DEFAULT_ITERATIONS"), to(Salt.class, "LENGTH")), List.of()),

      // -- statuses and transitions
      entry("statuses", Kind.CONFIRMED, "The eight statuses",
          "UNCONFIRMED, CONFIRMED, ARCHIVED, COMPROMISED, UNKNOWN, RESET_REQUIRED, FORCE_CHANGE_PASSWORD, EXTERNAL_PROVIDER; "
              + "disabled is the separate Enabled flag.",
          "AWS's UserStatusType; ARCHIVED, COMPROMISED and UNKNOWN are documented as no longer used.",
          List.of(to(UserStatus.class), to(User.class, "enabled")), List.of(Source.of(API + "API_UserType.html")))
          .checkedBy(DecisionChecks::statuses),
      entry("admin-set-user-password", Kind.CONFIRMED, "AdminSetUserPassword from any status",
          "Permanent=true makes any user CONFIRMED, Permanent=false makes any user FORCE_CHANGE_PASSWORD (CONFIRMED and "
              + "UNCONFIRMED included), whether or not the user is enabled.",
          "AWS's AdminSetUserPassword reference.",
          List.of(to(Action.class, "ADMIN_SET_USER_PASSWORD_PERMANENT"), to(Action.class, "ADMIN_SET_USER_PASSWORD_TEMPORARY")),
          List.of(Source.of(API + "API_AdminSetUserPassword.html"))).checkedBy(DecisionChecks::adminSetUserPasswordFromAnyStatus),
      entry("external-provider-temporary", Kind.DECIDED, "A temporary password for an EXTERNAL_PROVIDER user",
          "AdminSetUserPassword with Permanent=false makes an EXTERNAL_PROVIDER user FORCE_CHANGE_PASSWORD, as for any status.",
          "The permanent case is confirmed (CONFIRMED); the temporary one is unknown, and one rule for every status is the "
              + "simplest (SEMANTICS.md §4).",
          List.of(to(Action.class, "ADMIN_SET_USER_PASSWORD_TEMPORARY"), to(Lifecycle.class, "rule")), List.of()),
      entry("admin-reset", Kind.CONFIRMED, "AdminResetUserPassword",
          "CONFIRMED becomes RESET_REQUIRED and a code valid one hour goes to the verified email or phone; sign-in then gets "
              + "`PasswordResetRequiredException: Password reset required for the user`.",
          "AWS's AdminResetUserPassword reference; the message from a raw SDK error.",
          List.of(to(Action.class, "ADMIN_RESET_USER_PASSWORD"), to(CognitoError.PasswordResetRequired.class)),
          List.of(Source.of(API + "API_AdminResetUserPassword.html"), Source.of("amazon-archives/amazon-cognito-identity-js#468"))),
      entry("admin-reset-refusals", Kind.RESEARCH, "What AdminResetUserPassword refuses",
          "FORCE_CHANGE_PASSWORD and EXTERNAL_PROVIDER: `NotAuthorizedException: User password cannot be reset in the current "
              + "state.`; a disabled user: `NotAuthorizedException: User is disabled.`",
          "SEMANTICS.md §4 listed only CONFIRMED → RESET_REQUIRED. Research §3 found the refusals (FORCE_CHANGE_PASSWORD in "
              + "application code; disabled confirmed, with AWS staff advising AdminEnableUser first). The disabled message's "
              + "trailing period is not verified.",
          List.of(to(Refusal.class, "PASSWORD_CANNOT_BE_RESET"), to(User.class, "adminResetUserPassword")),
          List.of(Source.of("amazon-archives/amazon-cognito-identity-js#373"), Source.of("panther-labs/panther#672"))),
      entry("admin-reset-other-statuses", Kind.DECIDED, "AdminResetUserPassword from the other statuses",
          "UNCONFIRMED, RESET_REQUIRED and the retired statuses become RESET_REQUIRED, as CONFIRMED does.",
          "Unknown (research §3); only the statuses without a password to reset are known to be refused.",
          List.of(to(Action.class, "ADMIN_RESET_USER_PASSWORD")), List.of()).checkedBy(DecisionChecks::adminResetOtherStatuses),
      entry("forgot-password-refusals", Kind.CONFIRMED, "What ForgotPassword refuses",
          "FORCE_CHANGE_PASSWORD and EXTERNAL_PROVIDER: `NotAuthorizedException: User password cannot be reset in the current "
              + "state.`; no verified email or phone: `InvalidParameterException: Cannot reset password for the user as there is "
              + "no registered/verified email or phone_number`. The code is valid one hour.",
          "Real SDK errors, AWS's knowledge-center article and the account-recovery guide (research §3).",
          List.of(to(Refusal.class, "PASSWORD_CANNOT_BE_RESET"), to(CognitoError.InvalidParameter.Reason.class, "NO_VERIFIED_CONTACT"),
              to(CodePurpose.class, "PASSWORD_RESET")),
          List.of(Source.of("aws-amplify/amplify-flutter#3048"), Source.of("aws-amplify/amplify-js#2383"),
              Source.of("https://repost.aws/knowledge-center/cognito-forgot-password"),
              Source.of(GUIDE + "how-to-recover-a-user-account.html"))),
      entry("forgot-password-keeps-status", Kind.DECIDED, "ForgotPassword keeps the status",
          "ForgotPassword sends a code and changes no status: the old password still signs in until ConfirmForgotPassword.",
          "No source says ForgotPassword changes the status (research §3), and a reset someone else requested must not lock "
              + "the user out.",
          List.of(to(User.class, "forgotPassword"), to(Action.class, "FORGOT_PASSWORD")), List.of())
          .checkedBy(DecisionChecks::forgotPasswordKeepsStatus),
      entry("confirm-forgot-password", Kind.DECIDED, "ConfirmForgotPassword's transitions",
          "RESET_REQUIRED (and CONFIRMED, and the retired statuses) become CONFIRMED; UNCONFIRMED gets "
              + "`UserNotConfirmedException: User is not confirmed.`; FORCE_CHANGE_PASSWORD and EXTERNAL_PROVIDER get ForgotPassword's "
              + "refusal.",
          "AWS documents RESET_REQUIRED but not the transition out of it (SEMANTICS.md §4). For UNCONFIRMED the model lists "
              + "UserNotConfirmedException for the operation (research §3).",
          List.of(to(Action.class, "CONFIRM_FORGOT_PASSWORD"), to(Refusal.class, "USER_NOT_CONFIRMED")), List.of())
          .checkedBy(DecisionChecks::confirmForgotPassword),
      entry("missing-code", Kind.DECIDED, "A code that was never sent",
          "ConfirmSignUp with no pending code gets CodeMismatchException; ConfirmForgotPassword with no code requested gets "
              + "ExpiredCodeException.",
          "AWS does not say.",
          List.of(to(User.class, "confirmSignUp"), to(User.class, "confirmForgotPassword")), List.of()),
      entry("code-validity", Kind.CONFIRMED, "How long codes last",
          "A sign-up code is valid 24 hours, a password-reset code one hour; past that: `ExpiredCodeException: Invalid code "
              + "provided, please request a code again.`",
          "AWS's developer guide; the message from a real boto error (research §10).",
          List.of(to(CodePurpose.class, "SIGN_UP"), to(CodePurpose.class, "PASSWORD_RESET"), to(CognitoError.ExpiredCode.class)),
          List.of(Source.of(GUIDE + "signing-up-users-in-your-app.html"), Source.of(GUIDE + "how-to-recover-a-user-account.html"))),
      entry("cannot-confirm", Kind.CONFIRMED, "Confirming a user who is not UNCONFIRMED",
          "`NotAuthorizedException: User cannot be confirmed. Current status is CONFIRMED`, checked before the code.",
          "Real responses; the status-before-code order is observed in a user-enumeration script (research §2).",
          List.of(to(CognitoError.CannotConfirm.class), to(User.class, "confirmSignUp")),
          List.of(Source.of("furaiev/amazon-cognito-identity-dart-2#80"))),
      entry("admin-confirm-wording", Kind.DECIDED, "AdminConfirmSignUp, and statuses other than CONFIRMED",
          "The same message for every status (`User cannot be confirmed. Current status is <STATUS>`) and for AdminConfirmSignUp.",
          "Only ConfirmSignUp on a CONFIRMED user has a sample; the rest is the best guess (research §2).",
          List.of(to(Refusal.class, "CANNOT_CONFIRM"), to(User.class, "adminConfirmSignUp")), List.of()),
      entry("resend", Kind.CONFIRMED, "AdminCreateUser with MessageAction RESEND",
          "For a FORCE_CHANGE_PASSWORD user: a new temporary password whose validity starts again.",
          "AWS's AdminCreateUser reference (MessageAction, TemporaryPassword).",
          List.of(to(User.class, "resendInvitation"), to(Action.class, "ADMIN_CREATE_USER_RESEND")),
          List.of(Source.of(API + "API_AdminCreateUser.html"))),
      entry("resend-wording", Kind.DECIDED, "RESEND for a user not waiting for a first password",
          "`UnsupportedUserStateException: Resend not possible. <username> status is not FORCE_CHANGE_PASSWORD`, with the "
              + "username and no trailing period.",
          "Two emulators agree on the words but not on the period, nor on the username versus the user id (research §11).",
          List.of(to(CognitoError.UnsupportedUserState.class), to(Refusal.class, "RESEND_NOT_POSSIBLE")), List.of()),
      entry("retired-statuses", Kind.DECIDED, "Sign-in for the retired statuses",
          "ARCHIVED and UNKNOWN are refused as federated users are (`User is not authorized to get auth details.`), COMPROMISED "
              + "as RESET_REQUIRED (`Password reset required for the user`).",
          "AWS calls these statuses no longer used and says nothing about them; the library only has to keep old records from "
              + "signing in.",
          List.of(to(Lifecycle.class, "rule"), to(UserStatus.class, "COMPROMISED")), List.of()).checkedBy(DecisionChecks::retiredStatuses),

      // -- sign-in
      entry("unconfirmed-before-password", Kind.RESEARCH, "UNCONFIRMED is reported whatever the password",
          "Sign-in refuses an UNCONFIRMED user with `UserNotConfirmedException: User is not confirmed.` before checking the "
              + "password, so a wrong password gets it too.",
          "SEMANTICS.md §5 checked the password (3) before UNCONFIRMED (4). Research §9 found the opposite reported again and "
              + "again from 2017 to 2024, and AWS staff called it the intended behaviour.",
          List.of(to(Lifecycle.class, "rule"), to(User.class, "signIn")),
          List.of(Source.of("amazon-archives/amazon-cognito-identity-js#288"), Source.of("aws-amplify/amplify-js#11209"),
              Source.of("aws/aws-sdk-js#4608")))
          .checkedBy(DecisionChecks::unconfirmedBeforePassword),
      entry("status-before-password", Kind.DECIDED, "RESET_REQUIRED and federated users before the password",
          "RESET_REQUIRED, EXTERNAL_PROVIDER and the retired statuses are refused before the password is checked.",
          "Imported users have no password and still get PasswordResetRequiredException, so the status comes first; unknown "
              + "for users an administrator reset (research §9).",
          List.of(to(User.class, "signIn"), to(Refusal.class, "PASSWORD_RESET_REQUIRED")), List.of()),
      entry("disabled-first", Kind.DECIDED, "The Enabled flag before everything",
          "Every decision that minds the Enabled flag checks it before anything else, the password included: "
              + "`NotAuthorizedException: User is disabled.` AdminSetUserPassword works on a disabled user (state-machine.md lists "
              + "every operation).",
          "No source orders the flag against the password (research §9). One exception, from AWS's error-responses page: with "
              + "PreventUserExistenceErrors ENABLED, a sign-in (password or SRP) for a disabled user with a wrong password gets "
              + "the generic `Incorrect username or password.`, so only the right password learns the user is disabled; the "
              + "library follows the page there (the page's older version says so outright).",
          List.of(to(User.class, "signIn"), to(User.class, "adminSetUserPassword")), List.of(Source.of(MANAGING_ERRORS)))
          .checkedBy(DecisionChecks::disabledFirst),
      entry("sign-in-messages", Kind.CONFIRMED, "Sign-in messages",
          "`NotAuthorizedException: Incorrect username or password.`, `NotAuthorizedException: User is disabled.`, "
              + "`UserNotConfirmedException: User is not confirmed.`, `PasswordResetRequiredException: Password reset required "
              + "for the user`, and for federated users `NotAuthorizedException: User is not authorized to get auth details.`",
          "Raw responses quoted in public reports (research §9, §12).",
          List.of(to(CognitoError.NotAuthorized.Reason.class, "INCORRECT_USERNAME_OR_PASSWORD"),
              to(CognitoError.NotAuthorized.Reason.class, "USER_DISABLED"), to(CognitoError.UserNotConfirmed.class),
              to(CognitoError.NotAuthorized.Reason.class, "NOT_AUTHORIZED_TO_GET_AUTH_DETAILS")),
          List.of(Source.of("aws-amplify/amplify-js#1580"), Source.of("localstack/localstack#8454"), Source.of("aws/aws-cli#3348"))),
      entry("temporary-expiry", Kind.OBSERVED, "An expired temporary password",
          "`NotAuthorizedException: Temporary password has expired and must be reset by an administrator.`; AdminSetUserPassword "
              + "or AdminCreateUser RESEND gives a new one.",
          "Seen in many applications' handling code (research §9); AWS's AdminCreateUser reference describes RESEND as the way "
              + "to reset the account.",
          List.of(to(CognitoError.NotAuthorized.Reason.class, "TEMPORARY_PASSWORD_EXPIRED")),
          List.of(Source.of(API + "API_AdminCreateUser.html"))),
      entry("admin-create-user-only", Kind.OBSERVED, "SignUp in a pool where only administrators create users",
          "With `AdminCreateUserConfig.AllowAdminCreateUserOnly` true, SignUp is refused with `NotAuthorizedException: SignUp is "
              + "not permitted for this user pool` (HTTP 400) once the app client and its SECRET_HASH are checked, and creates "
              + "nobody; AdminCreateUser still creates users. DescribeUserPool echoes the flag; UpdateUserPool without "
              + "AdminCreateUserConfig sets it back to false, its default.",
          "The wording is quoted from a real response in a public report; the API reference defines the flag, and says "
              + "UpdateUserPool sets the members a request leaves out to their defaults. Where the check falls among SignUp's "
              + "others is not published: the library's order.",
          List.of(to(UserPool.class, "allowAdminCreateUserOnly"), to(SignUpRefused.class, "message")),
          List.of(Source.of(API + "API_AdminCreateUserConfigType.html"), Source.of(API + "API_UpdateUserPool.html"),
              Source.of("pmill/aws-cognito#37"))),
      entry("deletion-protection", Kind.CONFIRMED, "DeleteUserPool of a pool protected against deletion",
          "With `DeletionProtection` ACTIVE, DeleteUserPool is refused with `InvalidParameterException: The user pool cannot be "
              + "deleted because deletion protection is activated. Deletion protection must be inactivated first.` (HTTP 400) and "
              + "deletes nothing, neither the pool nor its users. DescribeUserPool echoes the member (INACTIVE by default); "
              + "UpdateUserPool without it sets it back to INACTIVE.",
          "The wording is a real AWS CLI answer quoted in a public report; the API reference defines the member and says "
              + "UpdateUserPool sets the members a request leaves out to their defaults.",
          List.of(to(UserPool.class, "deletionProtection"), to(PoolOptionRefused.class, "message")),
          List.of(Source.of(API + "API_CreateUserPool.html"), Source.of(API + "API_UpdateUserPool.html"),
              Source.of("localstack/localstack#11947"))),
      entry("account-recovery", Kind.CONFIRMED, "Where ForgotPassword sends its code under AccountRecoverySetting",
          "With `AccountRecoverySetting`, ForgotPassword sends its code to one contact only: the first mechanism by priority "
              + "(1 first) whose contact is verified and is not the user's MFA channel (SMS MFA rules out the phone number, email "
              + "MFA the email); none qualifying is `InvalidParameterException: Cannot reset password for the user as there is no "
              + "registered/verified email or phone_number`. DescribeUserPool echoes the setting by priority; UpdateUserPool "
              + "without it removes it. A setting is one or two mechanisms with priorities 1 and 2 (the model's shapes, refused "
              + "with every violation).",
          "The developer guide's \"Recovering user accounts\" and the API reference of AccountRecoverySettingType state it.",
          List.of(to(AccountRecoverySetting.class, "channel")),
          List.of(Source.of(GUIDE + "how-to-recover-a-user-account.html"), Source.of(API + "API_AccountRecoverySettingType.html"),
              Source.of(API + "API_ForgotPassword.html"))),
      entry("account-recovery-words", Kind.DECIDED, "The refusals of AccountRecoverySetting and of admin_only recovery",
          "A setting naming a mechanism twice is `InvalidParameterException: Each recovery mechanism can be listed only once.`, "
              + "two mechanisms with one priority `Each recovery mechanism needs a different priority.`, admin_only beside "
              + "another mechanism `admin_only cannot be combined with another recovery mechanism.`; ForgotPassword in an "
              + "admin_only pool is `NotAuthorizedException: Contact administrator to reset password.` and sends nothing, while "
              + "AdminResetUserPassword still sends its code (to the first verified contact, email before phone number). A pool "
              + "without the setting keeps the library's earlier choice, email before phone number (the guide's legacy choice "
              + "is the phone first; not changed here).",
          "The guide says admin_only cannot be combined and leaves recovery to an administrator; no public source quotes "
              + "Cognito's words for these refusals: the library's.",
          List.of(to(PoolOptionRefused.class, "message")),
          List.of(Source.of(GUIDE + "how-to-recover-a-user-account.html"))),
      entry("message-templates", Kind.CONFIRMED, "The pool's own words for codes and invitations",
          "`VerificationMessageTemplate` (SmsMessage, EmailMessage, EmailSubject), or the older `SmsVerificationMessage`, "
              + "`EmailVerificationMessage` and `EmailVerificationSubject` (the template's member wins where both are given), "
              + "words the codes of sign-up confirmation, attribute verification and password reset; "
              + "`AdminCreateUserConfig.InviteMessageTemplate` words invitations; what the pool leaves out keeps the default "
              + "words, and a CustomMessage trigger still words over them. A verification SMS or email without `{####}` is "
              + "refused by the model's pattern; an invitation's SMS or email without both `{username}` and `{####}` is "
              + "`InvalidParameterException: The invitation message must contain the {username} and {####} placeholders.` "
              + "DescribeUserPool echoes the words (VerificationMessageTemplate with DefaultEmailOption CONFIRM_WITH_CODE); "
              + "UpdateUserPool without them goes back to the defaults. DefaultEmailOption CONFIRM_WITH_LINK is refused by name "
              + "(confirmation by link is not implemented), and the API reference's condition that a custom email needs "
              + "EmailSendingAccount DEVELOPER is not enforced.",
          "The API reference defines the members and the developer guide the placeholders (an invitation needs {username} "
              + "and {####}, which public reports of Cognito's refusals confirm); the invitation refusal's words are the "
              + "library's, and the precedence of the template over the older members is the library's choice.",
          List.of(to(UserPool.class, "verificationMessageTemplate"), to(UserPool.class, "inviteMessageTemplate")),
          List.of(Source.of(API + "API_VerificationMessageTemplateType.html"), Source.of(API + "API_MessageTemplateType.html"),
              Source.of(GUIDE + "cognito-user-pool-settings-message-templates.html"), Source.of("aws/aws-cdk#6484"),
              Source.of("aws/aws-cdk#16905"))),
      entry("temporary-boundary", Kind.DECIDED, "The last instant of a temporary password",
          "A temporary password exactly TemporaryPasswordValidityDays old still signs in; a millisecond later it has expired.",
          "AWS gives the validity in days without a boundary.",
          List.of(to(CurrentPassword.class, "hasExpired")), List.of()).checkedBy(DecisionChecks::temporaryBoundary),
      entry("generated-temporary", Kind.DECIDED, "Generated temporary passwords",
          "12 code points (or MinimumLength if longer) with at least one lowercase letter, uppercase letter, digit and symbol, "
              + "whatever the policy requires, drawn from `a-z A-Z 0-9` and the symbols `@_+.:/` only.",
          "Cognito's generated passwords satisfy the pool's policy; their shape is not documented. The symbols are those of "
              + "Cognito's set that an unquoted shell word and the AWS CLI's shorthand (`NEW_PASSWORD=...`) leave alone and "
              + "that cannot start an option, so a temporary password read from the inbox pastes into a command as it is.",
          List.of(to(PasswordPolicy.class, "generateTemporaryPassword"), to(PasswordPolicy.class, "GENERATED_PASSWORD_LENGTH"),
              to(PasswordPolicy.class, "GENERATED_SYMBOLS")),
          List.of()).checkedBy(DecisionChecks::generatedTemporary),

      // -- the challenge
      entry("session-validity", Kind.RESEARCH, "How long a challenge session lasts",
          "The app client's AuthSessionValidity: 3 to 15 minutes, 3 by default.",
          "SEMANTICS.md §5 said about 3 minutes. Research §4 found the client setting in the model and the default in a "
              + "maintainer's comment and a real recording.",
          List.of(to(AppClient.class, "authSessionValidity"), to(AppClient.class, "DEFAULT_AUTH_SESSION_VALIDITY")),
          List.of(Source.of(API + "API_CreateUserPoolClient.html"), Source.of("aws-amplify/amplify-js#13802")))
          .checkedBy(DecisionChecks::sessionValidity),
      entry("session-messages", Kind.CONFIRMED, "Session messages",
          "`Invalid session for the user, session can only be used once.` and `Invalid session for the user, session is "
              + "expired.`, both NotAuthorizedException.",
          "A real recording and a public report (research §4).",
          List.of(to(CognitoError.NotAuthorized.Reason.class, "SESSION_USED"),
              to(CognitoError.NotAuthorized.Reason.class, "SESSION_EXPIRED")),
          List.of(Source.of("reapit/foundations#9684"))),
      entry("session-invalid-wording", Kind.DECIDED, "A session that was never issued",
          "`NotAuthorizedException: Invalid session for the user.` (not `Invalid session provided for the user.`).",
          "Both wordings are real; which one applies when is unknown (research §4).",
          List.of(to(CognitoError.NotAuthorized.Reason.class, "SESSION_INVALID")),
          List.of(Source.of("aws-samples/amazon-cognito-passwordless-email-auth#17"), Source.of("kdgregory/example-cognito-java#1"))),
      entry("latest-session", Kind.DECIDED, "Only the latest session",
          "Only the last NEW_PASSWORD_REQUIRED session issued to a user answers; signing in again replaces it.",
          "AWS does not say; one pending challenge per user keeps the stored state small.",
          List.of(to(ChallengeSession.class), to(User.class, "challenge")), List.of()),
      entry("refused-answer", Kind.DECIDED, "A refused answer keeps the session",
          "An answer refused for its password (shape, policy, history) leaves the session usable for another try.",
          "Unknown; one report hints that a failed answer may use the session up (research §4). The library keeps its rule that "
              + "a failed operation changes nothing.",
          List.of(to(User.class, "answerNewPasswordChallenge")), List.of()),
      entry("challenge-password-shape", Kind.DECIDED, "The shape of the challenge's new password",
          "NEW_PASSWORD travels in a map that no request pattern covers, so the decision checks it: leading or trailing "
              + "whitespace gets `InvalidPasswordException: Password does not conform to policy: Password must satisfy regular "
              + "expression pattern: ^\\S.*\\S$`; more than 256 code points `... Password must have length less than or equal to "
              + "256`.",
          "The pattern wording is observed in Amplify's message table (research §14); the length wording is the library's.",
          List.of(to(CognitoError.MalformedPassword.Shape.class, "PATTERN"), to(CognitoError.MalformedPassword.Shape.class, "TOO_LONG")),
          List.of()),
      entry("change-password-order", Kind.DECIDED, "ChangePassword's order",
          "The Enabled flag, the status, the proposed password against the policy, the previous password, the history.",
          "The order of the previous password and the policy is unknown (research §8); the check that needs no key derivation "
              + "goes first. A disabled user's message is the library's guess.",
          List.of(to(User.class, "changePassword")), List.of()).checkedBy(DecisionChecks::changePasswordOrder),

      // -- errors and requests
      entry("username-exists", Kind.RESEARCH, "UsernameExistsException's wordings",
          "SignUp: `User already exists`; AdminCreateUser: `User account already exists`; in pools whose usernames are emails or "
              + "phone numbers: `An account with the given email already exists.` / `... phone_number already exists.`",
          "SEMANTICS.md §7 gave one message for both operations; research §1 found real responses for each.",
          List.of(to(CognitoError.UsernameExists.Reason.class, "USER_ALREADY_EXISTS"),
              to(CognitoError.UsernameExists.Reason.class, "USER_ACCOUNT_ALREADY_EXISTS"),
              to(CognitoError.UsernameExists.Reason.class, "EMAIL_TAKEN")),
          List.of(Source.of("aws-amplify/amplify-js#6238"), Source.of("localstack/localstack#4465"),
              Source.of("jonsaw/amazon-cognito-identity-dart#73"))),
      entry("user-not-found", Kind.RESEARCH, "UserNotFoundException's wordings",
          "Sign-in and admin operations: `User does not exist.`; ForgotPassword, ConfirmForgotPassword and ConfirmSignUp: "
              + "`Username/client id combination not found.`",
          "SEMANTICS.md §7 listed only the first; research §6 found the second in raw responses.",
          List.of(to(CognitoError.UserNotFound.Reason.class, "USER_DOES_NOT_EXIST"),
              to(CognitoError.UserNotFound.Reason.class, "USERNAME_CLIENT_ID_NOT_FOUND")),
          List.of(Source.of("aws-amplify/aws-sdk-ios#4837"), Source.of("amazon-archives/amazon-cognito-identity-js#192"))),
      entry("existence-errors", Kind.CONFIRMED, "PreventUserExistenceErrors",
          "With ENABLED, sign-in for an unknown user gets `Incorrect username or password.` and ForgotPassword a simulated "
              + "delivery; with LEGACY (the API's default), UserNotFoundException.",
          "AWS's error-responses page.",
          List.of(to(AppClient.class, "hidesUnknownUsers"), to(SignUpService.class, "forgotPassword")),
          List.of(Source.of(MANAGING_ERRORS))),
      entry("existence-errors-details", Kind.DECIDED, "The details of hiding unknown users",
          "With ENABLED: ForgotPassword also hides disabled users and users without a verified contact, and its simulated "
              + "delivery goes to the name if it is an email or phone number, else to `<name>@<name>`; ConfirmSignUp answers an "
              + "unknown user, and ConfirmForgotPassword an unknown or disabled one, with CodeMismatchException; "
              + "RespondToAuthChallenge answers an unknown user with `Invalid session for the user.`",
          "AWS's page describes the simulated delivery but not its address; its newer versions also mention a generic "
              + "failure for forgot-password requests, which the library does not follow (research §6).",
          List.of(to(ExistenceErrors.class, "simulatedDelivery"), to(SignUpService.class, "confirmForgotPassword")),
          List.of(Source.of(MANAGING_ERRORS))),
      entry("password-pattern", Kind.RESEARCH, "The password pattern in validation messages",
          "`Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$`, anchored, as the service enforces it.",
          "SEMANTICS.md §1 quoted it without anchors; every real sample found has `^...$`, and none the unanchored form "
              + "(research §14). Other members' patterns appear without anchors, as the library quotes them.",
          List.of(to(Password.class, "PATTERN")), List.of()),
      entry("client-id-quoted", Kind.RESEARCH, "The clientId value is quoted",
          "Validation messages quote a bad clientId (`Value '' at 'clientId' ...`) although the model marks it sensitive.",
          "SEMANTICS.md §1 said sensitive members are never quoted; real messages quote clientId (research §14).",
          List.of(to(ClientId.class, "MEMBER")), List.of()),
      entry("missing-member", Kind.RESEARCH, "An absent member",
          "`Value null at '<member>' failed to satisfy constraint: Member must not be null`.",
          "SEMANTICS.md §1 gave only the constraint; research §14 found the whole entry.",
          List.of(to(ParameterViolation.Missing.class, "message")), List.of()),
      entry("length-before-pattern", Kind.CONFIRMED, "Length before pattern",
          "A member that breaks both its length and its pattern reports the length first.",
          "A real Cognito response.",
          List.of(to(StringMember.class, "check")), List.of(Source.of("amazon-archives/amazon-cognito-identity-js#388"))),
      entry("resource-not-found", Kind.CONFIRMED, "An unknown pool",
          "`ResourceNotFoundException: User pool <id> does not exist.`",
          "A real response (research §13).",
          List.of(to(CognitoError.ResourceNotFound.class)), List.of(Source.of("aws/aws-aspnet-cognito-identity-provider#135"))),
      entry("default-tier", Kind.CONFIRMED, "The default feature plan",
          "A pool created through the API is ESSENTIALS, which has password history; LITE has not.",
          "AWS's CreateUserPool reference (UserPoolTier) and the PasswordPolicyType reference.",
          List.of(to(Tier.class, "ESSENTIALS"), to(Tier.class, "allowsPasswordHistory")),
          List.of(Source.of(API + "API_CreateUserPool.html"), Source.of(POLICY_TYPE))),
      entry("policy-ranges", Kind.CONFIRMED, "The policy's ranges and defaults",
          "MinimumLength 6–99, default 8; the four Require* flags true; PasswordHistorySize 0–24; TemporaryPasswordValidityDays "
              + "0–365, default 7, 0 meaning the default.",
          "AWS's PasswordPolicyType reference and the password-policy guide.",
          List.of(to(PasswordPolicy.class, "MIN_MINIMUM_LENGTH"), to(PasswordPolicy.class, "cognitoDefault")),
          List.of(Source.of(POLICY_TYPE), Source.of(GUIDE + "user-pool-settings-policies.html"))).checkedBy(DecisionChecks::policyRanges),
      entry("symbols", Kind.CONFIRMED, "The symbol set",
          "Cognito's 32 symbols, and the space when it is neither first nor last; letters are Basic Latin only.",
          "AWS's password-policy guide; leading and trailing spaces are refused by the request pattern.",
          List.of(to(PasswordPolicy.class, "SYMBOLS")), List.of(Source.of(GUIDE + "user-pool-settings-policies.html")))
          .checkedBy(DecisionChecks::symbols),
      entry("find-user", Kind.CONFIRMED, "Finding the user",
          "A request's username may be the username, an enabled alias (email and phone only once verified) or the sub; with "
              + "CaseSensitive false, usernames, emails and preferred usernames match whatever their case.",
          "SEMANTICS.md §6; AWS's UsernameConfigurationType reference.",
          List.of(to(Naming.class, "candidates")), List.of(Source.of(API + "API_UsernameConfigurationType.html"))),
      entry("verification-flags", Kind.DECIDED, "App clients may not mark a contact verified",
          "SignUp and a challenge answer that set `email_verified` or `phone_number_verified` get `NotAuthorizedException: A client "
              + "attempted to write unauthorized attribute`; only AdminCreateUser (an administrator) sets them, and a confirmation "
              + "code verifies the contact it went to.",
          "The wording is Cognito's for an attribute an app client may not write, seen in real responses; whether the flags are "
              + "writable by default is not documented, and letting a user claim an address unverified would let anyone take "
              + "another user's verified alias.",
          List.of(to(CognitoError.NotAuthorized.Reason.class, "ATTRIBUTE_NOT_WRITABLE"), to(SignUpService.class, "signUp")),
          List.of()),
      entry("invalid-parameter-wordings", Kind.DECIDED, "Wordings no sample exists for",
          "The messages of USERNAME_SHOULD_BE_EMAIL, USERNAME_SHOULD_BE_PHONE_NUMBER, UNKNOWN_ATTRIBUTE, INVALID_EMAIL, "
              + "INVALID_PHONE_NUMBER, IMMUTABLE_ATTRIBUTE, USERNAME_AND_ALIAS_ATTRIBUTES, INVALID_FILTER and "
              + "INVALID_PAGINATION_TOKEN (see errors.md), and InternalErrorException's `Internal server error.`",
          "No real sample was found; each is worded after Cognito's neighbouring messages.",
          List.of(to(CognitoError.InvalidParameter.Reason.class, "USERNAME_SHOULD_BE_EMAIL"),
              to(CognitoError.InvalidParameter.Reason.class, "USERNAME_SHOULD_BE_PHONE_NUMBER"),
              to(CognitoError.InvalidParameter.Reason.class, "UNKNOWN_ATTRIBUTE"),
              to(CognitoError.InvalidParameter.Reason.class, "INVALID_EMAIL"),
              to(CognitoError.InvalidParameter.Reason.class, "INVALID_PHONE_NUMBER"),
              to(CognitoError.InvalidParameter.Reason.class, "IMMUTABLE_ATTRIBUTE"),
              to(CognitoError.InvalidParameter.Reason.class, "USERNAME_AND_ALIAS_ATTRIBUTES"),
              to(CognitoError.InvalidParameter.Reason.class, "INVALID_FILTER"),
              to(CognitoError.InvalidParameter.Reason.class, "INVALID_PAGINATION_TOKEN"),
              to(CognitoError.InternalError.class)),
          List.of()),
      entry("unsupported-operation", Kind.DECIDED, "Requests the library does not implement",
          "A valid request for a flow or a challenge the library does not have (WEB_AUTHN and device "
              + "challenges) gets `UnsupportedOperationException: <feature> is not implemented by the userpool library.`",
          "Not a Cognito error: it says the limit is the library's, not Cognito's.",
          List.of(to(CognitoError.UnsupportedOperation.class)), List.of()),

      // -- tokens and groups
      entry("token-claims", Kind.CONFIRMED, "The claims of ID and access tokens",
          "ID token: sub, cognito:groups, cognito:roles, cognito:preferred_role, the user's attributes, iss, cognito:username, "
              + "origin_jti, aud, event_id, token_use `id`, auth_time, exp, iat, jti. Access token: sub, cognito:groups, iss, "
              + "client_id, origin_jti, event_id, token_use `access`, scope `aws.cognito.signin.user.admin`, auth_time, exp, "
              + "iat, jti, username. email_verified and phone_number_verified are JSON booleans (tokens.md).",
          "AWS's developer guide pages on the ID token and the access token, with their sample payloads.",
          List.of(to(TokenClaims.class, "decide")),
          List.of(Source.of(GUIDE + "amazon-cognito-user-pools-using-the-id-token.html"),
              Source.of(GUIDE + "amazon-cognito-user-pools-using-the-access-token.html"))),
      entry("token-keys", Kind.CONFIRMED, "RS256, and a key per token use",
          "Tokens are RS256 JWS whose kid names a key of the JWKS; ID and access tokens are signed with different keys.",
          "AWS's access-token page: the access token's kid does not match the ID token's of the same session.",
          List.of(to(RsaTokenSigner.class, "sign")),
          List.of(Source.of(GUIDE + "amazon-cognito-user-pools-using-the-access-token.html"),
              Source.of(GUIDE + "amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html"))),
      entry("token-claims-left-out", Kind.DECIDED, "Claims left out",
          "Developer-only `dev:` attributes stay out of the ID token; no `version` claim (AWS's sample access token shows "
              + "`version: 2`, which comes with the newer token customisation the library does not have); no `identities`.",
          "A developer-only attribute is not meant for the user's applications; the other two describe features the library "
              + "does not implement.",
          List.of(to(TokenClaims.class, "decide")), List.of()),
      entry("group-precedence", Kind.CONFIRMED, "Precedence picks cognito:preferred_role",
          "A lower Precedence wins, an absent one loses to every number; among tied winners with different role ARNs, no "
              + "cognito:preferred_role.",
          "AWS's API model documents Precedence so (CreateGroup).",
          List.of(to(Group.class, "preferredRole")), List.of(Source.of(API + "API_CreateGroup.html"))),
      entry("group-order", Kind.DECIDED, "The order of cognito:groups and cognito:roles",
          "By precedence, lowest first, groups without one last; ties by name (binary order).",
          "AWS does not say in which order the claim lists groups; precedence is the order the user pool itself defines.",
          List.of(to(Group.class, "BY_PRECEDENCE")), List.of()),
      entry("group-update", Kind.DECIDED, "UpdateGroup keeps the members it is not given",
          "A member absent from UpdateGroup keeps the group's value.",
          "AWS does not say whether an absent member clears the value; keeping it is what a partial update usually means.",
          List.of(to(Group.class, "update")), List.of()),
      entry("group-messages", Kind.DECIDED, "Group error wordings",
          "`GroupExistsException: A group with the name <name> already exists.`, `ResourceNotFoundException: Group not found.`; "
              + "the user is looked up before the group, so a request naming neither gets UserNotFoundException.",
          "No real sample was found in public sources; the wordings follow Cognito's style.",
          List.of(to(CognitoError.GroupExists.class), to(CognitoError.GroupNotFound.class),
              to(GroupService.class, "adminAddUserToGroup")),
          List.of()),
      entry("token-validity", Kind.CONFIRMED, "Token lifetimes",
          "Access and ID tokens 5 minutes to 1 day (default 60 minutes), refresh tokens 60 minutes to 10 years (default 30 "
              + "days, also when 0 is given); amounts without a unit are hours, days for refresh tokens.",
          "AWS's API model (CreateUserPoolClient) and developer guide; the message for out of range, `Invalid range for token "
              + "validity`, is quoted in a public report. Refusing an access or ID token that outlives the refresh token "
              + "follows CloudFormation's documentation.",
          List.of(to(TokenValidity.class, "of"), to(CognitoError.InvalidParameter.Reason.class, "INVALID_TOKEN_VALIDITY")),
          List.of(Source.of(API + "API_CreateUserPoolClient.html"), Source.of("awsdocs/aws-cloudformation-user-guide#828"))),
      entry("token-refusals", Kind.CONFIRMED, "What a refused token is told",
          "`Invalid Access Token`, `Access Token has expired`, `Access Token has been revoked`, `Invalid Refresh Token.`, "
              + "`Refresh Token has expired`, `Refresh Token has been revoked`, all NotAuthorizedException; a token of a "
              + "sign-in the registry does not know is invalid, not revoked (the library's choice).",
          "Real responses quoted in public reports: the refresh wordings in response headers (amplify-swift), `Invalid Refresh "
              + "Token.` with its period in a botocore debug log, `Access Token has been revoked` from Amplify JS; `Access Token "
              + "has expired` is seen in applications handling real responses.",
          List.of(to(TokenChecks.class, "accessToken"), to(TokenChecks.class, "refreshToken")),
          List.of(Source.of("aws-amplify/amplify-swift#3496"), Source.of("aws-amplify/amplify-swift#3344"),
              Source.of("aws/aws-sdk-cpp#1789"), Source.of("aws-amplify/amplify-js#2205"), Source.of("aws/aws-sdk-net#1936"))),
      entry("revoke-token", Kind.DECIDED, "RevokeToken with what is not the client's refresh token",
          "An ID or access token: `UnsupportedTokenTypeException: Unsupported token type. Only refresh tokens can be revoked.`; "
              + "any other string, or another client's refresh token: success, nothing revoked.",
          "OAuth 2.0 token revocation (RFC 7009) answers success for invalid tokens; AWS's wording for the first is unknown.",
          List.of(to(TokenService.class, "revokeToken"), to(CognitoError.UnsupportedTokenType.class)),
          List.of()),
      entry("revoke-token-secret", Kind.DECIDED, "RevokeToken for an app client with a secret",
          "RevokeToken naming an app client that has a secret needs it as ClientSecret (compared in constant time), checked "
              + "after the members' shapes and the client, before the token; missing: `UnauthorizedException: Client <id> is "
              + "configured for secret but secret was not received`; another secret: `UnauthorizedException: Unable to verify "
              + "client secret for client <id>`; HTTP 400, and nothing is revoked. A secret sent for a client without one is "
              + "ignored.",
          "AWS's API reference says ClientSecret is required when the client has a secret, and AWS's model lists "
              + "UnauthorizedException for RevokeToken and for no other operation (and not NotAuthorizedException): the "
              + "code is the model's. No public source quotes Cognito's message for it, so the wordings follow Cognito's own "
              + "for a missing or wrong SECRET_HASH; the status is the 400 of the API reference's error list (the model's "
              + "httpError traits give 401, but Cognito answers its other model-401/403/404 errors with 400 too).",
          List.of(to(AppClient.class, "checkClientSecret"), to(ClientSecret.class, "matches"),
              to(CognitoError.ClientSecretRefused.Kind.class, "MISSING")),
          List.of(Source.of(API + "API_RevokeToken.html"))),
      entry("token-family-pruning", Kind.DECIDED, "When the token registry forgets a sign-in",
          "A sign-in's token family is kept until a day after its refresh token expires (`TokenFamily.unusableFrom`: every "
              + "access and ID token of it has expired by then, renewed ones included), and may be forgotten from then on, "
              + "checked once per hour of the clock by a sign-in; its refresh token is then `Invalid Refresh Token.`, not "
              + "`Refresh Token has expired`.",
          "Nothing can use the family after that, and keeping every sign-in for ever grows memory and the database without "
              + "bound (issue 28). AWS does not say how long an expired refresh token keeps its own message.",
          List.of(to(TokenFamily.class, "unusableFrom"), to(TokenFamilies.class, "prune")),
          List.of()),
      entry("get-tokens-from-refresh-token", Kind.DECIDED, "GetTokensFromRefreshToken",
          "Checks, in order: RefreshToken, ClientId and ClientSecret shapes (reported together); the app client "
              + "(`ResourceNotFoundException`); for a client with a secret, ClientSecret itself, not a SECRET_HASH: missing gets "
              + "`NotAuthorizedException: Client <id> is configured for secret but secret was not received`, wrong gets "
              + "`NotAuthorizedException: Unable to verify secret hash for client <id>` (a secret sent to a client without one is "
              + "ignored); then the refresh token and its user exactly as REFRESH_TOKEN_AUTH checks them. It returns new ID and "
              + "access tokens of the same sign-in and no refresh token; ClientMetadata is accepted and unused; DeviceKey is "
              + "ignored.",
          "AWS's API reference lists the members and that ClientSecret is the client's secret; `Invalid Refresh Token.` is "
              + "quoted from a real GetTokensFromRefreshToken response. No wording for a missing or wrong ClientSecret is "
              + "published: the SECRET_HASH wordings are reused.",
          List.of(to(TokenOperations.class, "getTokensFromRefreshToken"), to(AppClient.class, "checkClientSecretAsHash")),
          List.of(Source.of(API + "API_GetTokensFromRefreshToken.html"), Source.of("aws/aws-sdk-js-v3#7162")))
          .checkedBy(DecisionChecks::getTokensFromRefreshToken),
      entry("refresh-token-rotation", Kind.NOT_IMPLEMENTED, "Refresh token rotation",
          "An app client's RefreshTokenRotation is checked (Feature ENABLED or DISABLED, required; RetryGracePeriodSeconds "
              + "0..60); CreateUserPoolClient or UpdateUserPoolClient with Feature ENABLED gets `InvalidParameterException: "
              + "RefreshTokenRotation with Feature ENABLED is not supported by the userpool library; ...` rather than a client "
              + "that would silently never rotate.",
          "With rotation Cognito returns a new refresh token from GetTokensFromRefreshToken and invalidates the old one after "
              + "the grace period (RefreshTokenReuseException afterwards), and refuses REFRESH_TOKEN_AUTH; the library has not "
              + "built that yet.",
          List.of(to(CognitoError.InvalidParameter.Reason.class, "REFRESH_TOKEN_ROTATION_UNSUPPORTED")),
          List.of(Source.of(API + "API_RefreshTokenRotationType.html"),
              Source.of(GUIDE + "amazon-cognito-user-pools-using-the-refresh-token.html"))),
      entry("null-map-values", Kind.OBSERVED, "A map member's key holding null",
          "In AuthParameters, ChallengeResponses, ClientMetadata and every other map member, a key whose value is JSON null is "
              + "absent; a list holding null is still a `SerializationException`.",
          "amazon-cognito-identity-js's CognitoUser.refreshSession sends `\"DEVICE_KEY\": null` whenever no device is "
              + "remembered, and works against Cognito.",
          List.of(to(LocalEndpoint.class)), List.of(Source.of(CLIENT_JS + "CognitoUser.js"))),

      // -- USER_SRP_AUTH
      entry("srp-protocol", Kind.CONFIRMED, "USER_SRP_AUTH's arithmetic",
          "SRP-6a over RFC 5054's 3072-bit group with g = 2 and SHA-256, byte for byte as Cognito's clients compute it: "
              + "PAD is the minimal two's-complement encoding (so k = H(PAD(N) | PAD(g)) hashes 385 + 1 bytes), "
              + "x = H(PAD(salt) | H(poolName | USER_ID_FOR_SRP | \":\" | password)), u = H(PAD(A) | PAD(B)), the key is "
              + "HKDF-SHA256(salt = PAD(u), ikm = PAD(S), info = \"Caldera Derived Key\") cut to 16 bytes, and "
              + "PASSWORD_CLAIM_SIGNATURE = Base64(HMAC-SHA256(key, poolName | USER_ID_FOR_SRP | SECRET_BLOCK bytes | TIMESTAMP)); the "
              + "pool name is the part of the pool id after the underscore.",
          "Read from amazon-cognito-identity-js (AuthenticationHelper, CognitoUser.authenticateUserDefaultAuth); the tests "
              + "verify a signature computed by that library's own code (core SrpKnownAnswerTest).",
          List.of(to(SrpGroup.class, "K"), to(SrpChallenge.class, "verify"), to(SrpVerifier.class, "compute")),
          List.of(Source.of(CLIENT_JS + "AuthenticationHelper.js"), Source.of(CLIENT_JS + "CognitoUser.js"))),
      entry("srp-timestamp", Kind.OBSERVED, "TIMESTAMP is spelled exactly",
          "`EEE MMM d HH:mm:ss UTC yyyy` in English with the day not padded (`Tue Mar 5 09:07:03 UTC 2024`); a padded day, "
              + "another case or a weekday that does not match the date is a wrong password (`Incorrect username or password.`).",
          "Real responses: a padded day is refused (qwigo/warrant#12), and a wrong weekday too (measured against a real pool "
              + "in ministackorg/ministack#1758).",
          List.of(to(SrpTimestamp.class, "parse")), List.of(Source.of("qwigo/warrant#12"), Source.of("ministackorg/ministack#1758")))
          .checkedBy(DecisionChecks::srpTimestamp),
      entry("srp-check-order", Kind.DECIDED, "Where USER_SRP_AUTH checks what",
          "InitiateAuth / AdminInitiateAuth check the request, the client (it must allow the flow), the user's existence and "
              + "SRP_A; everything else waits for the PASSWORD_VERIFIER answer, which decides in the password flows' order with "
              + "the proof in place of the password: Enabled, the lockout, the table's refusals, the proof, the temporary "
              + "password's age, then NEW_PASSWORD_REQUIRED or tokens. So both flows give the same outcome for every user.",
          "An unknown user is refused at initiation in a real pool (ministackorg/ministack#1758); where Cognito checks the "
              + "rest is not published. A property test (SignInEquivalenceProperties) holds the two flows equal.",
          List.of(to(User.class, "initiateSrp"), to(User.class, "answerPasswordVerifier")),
          List.of(Source.of("ministackorg/ministack#1758"))).checkedBy(DecisionChecks::srpCheckOrder),
      entry("srp-verifier", Kind.DECIDED, "The SRP verifier is kept beside the hash",
          "Every operation that sets a password also stores a verifier v = g^x mod N with a salt of its own (16 bytes, "
              + "sent as SALT), bound to the pool name and the stored username (USER_ID_FOR_SRP: the sub in pools whose "
              + "usernames are emails or phone numbers); never the password. A password stored without one (imported) cannot "
              + "pass the proof, which then fails as a wrong password.",
          "The server needs v and nothing else to check the proof; USER_ID_FOR_SRP being the stored username is what real "
              + "pools answer (ministackorg/ministack#1758, simonmcallister0210/cognito-srp-helper#26).",
          List.of(to(CurrentPassword.class, "srpVerifier"), to(SrpVerifier.class, "SALT_LENGTH")),
          List.of(Source.of("simonmcallister0210/cognito-srp-helper#26"))),
      entry("srp-verifier-eager", Kind.DECIDED, "The SRP verifier is computed when the password is set, never later",
          "Every password set computes v = g^x mod N at once, through a fixed-base table for g = 2 that gives modPow's value bit "
              + "for bit; nothing derived from the password is deferred or cached to make password sets cheaper.",
          "Deferring v to the first SRP sign-in would mean keeping the password, or H(poolName | userId | \":\" | password), which "
              + "signs in over SRP as well as the password does, until then; a real pool keeps neither. The table makes g^x "
              + "cheaper without changing what is stored (docs/PERFORMANCE.md, \"Crypto\").",
          List.of(to(SrpGroup.class, "powerOfG"), to(SrpVerifier.class, "compute")), List.of())
          .checkedBy(DecisionChecks::srpVerifierEager),
      entry("srp-verifier-powers", Kind.DECIDED, "Powers of a verifier are remembered for its next sign-ins",
          "From a user's second SRP sign-in on, the proof's v^u comes from a comb of powers of v (a table of 127 residues, "
              + "about 48 KB) that the service keeps in memory for at most 64 verifiers, the least recently used going first; a "
              + "verifier met once is only noted (by hash). The answer is modPow's, bit for bit; only its cost changes (some 73 "
              + "products instead of about 300).",
          "What is kept is powers of v, which the store holds already and which reveal nothing v does not (anyone with v can "
              + "compute them); nothing derived from the password before v, from A, b or S, or from a session is kept, and "
              + "password sets are unchanged (srp-verifier-eager). It never reaches a store, and a changed password has another "
              + "v, so its comb is simply never met again. Recorded because the issue that asked for speed asks that anything "
              + "cached from a password be stated with its reasoning.",
          List.of(to(VerifierPowers.class, "remembering"), to(SrpChallenge.class, "verify")), List.of())
          .checkedBy(DecisionChecks::srpVerifierPowers),
      entry("srp-exchange", Kind.DECIDED, "One exchange at a time",
          "InitiateAuth draws b (256 bits) and a SECRET_BLOCK of 64 random bytes, and keeps the exchange on the user for the "
              + "client's AuthSessionValidity; only the latest is valid, a Session sent with the answer must be the one issued, "
              + "and an answer that reaches the proof uses the exchange up. TIMESTAMP is not compared with the clock.",
          "Cognito's SECRET_BLOCK is an opaque encrypted blob; how long it lasts and whether the time is checked is not "
              + "published.",
          List.of(to(SrpChallenge.class, "SECRET_BLOCK_LENGTH"), to(User.class, "srpExchange")), List.of()),
      entry("srp-a", Kind.OBSERVED, "A mangled SRP_A",
          "An SRP_A that is not hex (a sign, a prefix, other characters, over 1024 digits) or whose value is 0 mod N gets "
              + "`InvalidParameterException: Invalid SRP_A value.` at initiation (the wording is the library's).",
          "An altered SRP_A mostly gets InvalidParameterException (amazon-archives/amazon-cognito-identity-js#356); "
              + "A mod N = 0 would let a client skip the password (RFC 5054 §2.5.4).",
          List.of(to(SrpChallenge.class, "open"), to(CognitoError.InvalidParameter.Reason.class, "INVALID_SRP_A")),
          List.of(Source.of("amazon-archives/amazon-cognito-identity-js#356"))),

      // -- app clients with a secret
      entry("secret-hash", Kind.CONFIRMED, "SECRET_HASH",
          "A request naming an app client that has a secret carries SECRET_HASH = Base64(HMAC-SHA256(key = client secret, "
              + "message = username + client id)), compared in constant time; missing: `NotAuthorizedException: Client <id> is "
              + "configured for secret but secret was not received`; wrong: `NotAuthorizedException: Unable to verify secret hash "
              + "for client <id>`.",
          "The formula is in AWS's developer guide; both wordings are quoted from real responses in public reports.",
          List.of(to(ClientSecret.class, "secretHash"), to(AppClient.class, "checkSecretHash"),
              to(CognitoError.SecretHashRefused.Kind.class, "MISSING")),
          List.of(Source.of(GUIDE + "signing-up-users-in-your-app.html"), Source.of("aws/aws-sdk-cpp#3246")))
          .checkedBy(DecisionChecks::secretHash),
      entry("admin-set-password-withdraws-reset-code", Kind.DECIDED, "AdminSetUserPassword withdraws a pending reset code",
          "AdminSetUserPassword removes a pending password-reset code (from ForgotPassword or AdminResetUserPassword); "
              + "ConfirmForgotPassword with it then gets `ExpiredCodeException: Invalid code provided, please request a code again.`",
          "AWS does not say. The password an administrator sets is the later, deliberate act; a leftover code would let whoever "
              + "holds it replace that password without the administrator knowing.",
          List.of(to(User.class, "adminSetUserPassword")), List.of()),
      entry("secret-hash-details", Kind.DECIDED, "Secrets: the details AWS leaves open",
          "A generated secret is 51 lower-case letters and digits (drawn through the Randomness port) and appears only in "
              + "CreateUserPoolClient's and DescribeUserPoolClient's results; a SECRET_HASH sent for a client without a secret is "
              + "ignored; the username hashed is the one the request carries (USERNAME, or USER_ID_FOR_SRP in the PASSWORD_VERIFIER "
              + "answer); the hash is checked after the client is found and before the user is looked up, on SignUp, "
              + "ConfirmSignUp, ForgotPassword, ConfirmForgotPassword, InitiateAuth, AdminInitiateAuth and both "
              + "RespondToAuthChallenge operations. A USER_SRP_AUTH request to a client without ALLOW_USER_SRP_AUTH gets "
              + "`InvalidParameterException: Auth flow not enabled for this client`.",
          "The shape matches the secrets Cognito shows; the rest is not published.",
          List.of(to(ClientSecret.class, "generate"), to(AppClient.class, "clientSecret")), List.of()),
      entry("refresh-secret-hash", Kind.OBSERVED, "REFRESH_TOKEN_AUTH and a client secret",
          "For an app client with a secret, InitiateAuth and AdminInitiateAuth with REFRESH_TOKEN_AUTH (or REFRESH_TOKEN) need "
              + "SECRET_HASH, the hash of the refresh token's user's username (not an alias or the email the user signed in "
              + "with): the refresh token and its user are checked first (`Invalid Refresh Token.` and kin), then a missing "
              + "hash gets `NotAuthorizedException: Client <id> is configured for secret but secret was not received` and "
              + "another name's `NotAuthorizedException: Unable to verify secret hash for client <id>`.",
          "The API reference of InitiateAuth lists SECRET_HASH as required with REFRESH_TOKEN for a client with a secret; "
              + "application reports show the refusal for a hash of the email and success with the username Cognito holds "
              + "(the sub in a pool whose usernames are emails). The order (token before hash) follows from the hash naming "
              + "the token's user; the missing-hash wording is the other flows'.",
          List.of(to(TokenService.class, "refresh")),
          List.of(Source.of("aws/aws-sdk-java#1917"), Source.of("aws/aws-sdk-net-extensions-cognito#122"))),

      // -- lockout
      entry("lockout", Kind.CONFIRMED, "Lockout after failed sign-ins",
          "After five wrong passwords (or SRP proofs) the user is locked out for 2^(n-5) seconds after the n-th failure, at "
              + "most 15 minutes; a sign-in during a lockout gets `NotAuthorizedException: Password attempts exceeded` even "
              + "with the right password and is not counted; a successful sign-in, or 15 minutes without any attempt, resets "
              + "the count.",
          "AWS's developer guide, \"Lockout behavior for failed sign-in attempts\".",
          List.of(to(FailedSignIns.class, "lockout"), to(User.class, "attemptSignIn")),
          List.of(Source.of(GUIDE + "authentication.html"), Source.of("aws-amplify/amplify-flutter#2717")))
          .checkedBy(DecisionChecks::lockout),
      entry("lockout-details", Kind.DECIDED, "Lockout: the details AWS leaves open",
          "The longest lockout is exactly 15 minutes (AWS: \"approximately\"); the quiet period resets the count before a "
              + "first lockout too; the lockout is checked after Enabled and before the status; refusals other than a wrong "
              + "password (disabled, unconfirmed, expired temporary password) are not counted; setting a password does not "
              + "reset the count.",
          "AWS describes the rule in prose only.",
          List.of(to(FailedSignIns.class, "MAX_LOCKOUT"), to(FailedSignIns.class, "counted")), List.of()),

      // -- attributes, app clients and lists (issue 15)
      entry("update-user-pool-client-defaults", Kind.CONFIRMED, "UpdateUserPoolClient resets what it is not given",
          "UpdateUserPoolClient sets the flows, PreventUserExistenceErrors and AuthSessionValidity to the request's values, and "
              + "the members left out back to their defaults; an absent ClientName keeps the name (the library's choice: the name "
              + "has no default).",
          "The API reference warns: if you don't provide a value for an attribute, Amazon Cognito sets it to its default value.",
          List.of(to(AppClient.class, "update")),
          List.of(Source.of(GUIDE + "cognito-user-pool-updating.html"), Source.of(API + "API_UpdateUserPoolClient.html"))),
      entry("list-order-and-tokens", Kind.DECIDED, "ListUserPools and ListUserPoolClients order and tokens",
          "Pools and app clients are listed by id; the next token is the last id of the page, base64url-encoded; a token the "
              + "library did not issue is `Invalid pagination token.`; ListUserPoolClients' MaxResults defaults to 60.",
          "AWS publishes no order and its tokens are opaque; an id order is stable across calls.",
          List.of(to(PoolConfigurationService.class, "listUserPools"), to(PoolConfigurationService.class, "listUserPoolClients")),
          List.of()),
      entry("delete-attributes", Kind.DECIDED, "AdminDeleteUserAttributes",
          "Deleting email or phone_number deletes its *_verified too; deleting an attribute the user does not have is no error; "
              + "`sub` is immutable; an unknown name is the schema error; the email or phone number that stands for the username "
              + "cannot be deleted (`Attributes did not conform to the schema: email: The attribute is required`, decided wording).",
          "AWS publishes no messages for these cases.",
          List.of(to(User.class, "adminDeleteUserAttributes"),
              to(CognitoError.InvalidParameter.Reason.class, "USERNAME_ATTRIBUTE_REQUIRED")),
          List.of()),
      entry("resend-confirmation-code", Kind.OBSERVED, "ResendConfirmationCode",
          "Only an UNCONFIRMED user gets a new sign-up code (any other status: `InvalidParameterException: User is already "
              + "confirmed.`, observed for CONFIRMED, extended to the others by the library); a disabled user gets `User is "
              + "disabled.` (decided); a user without a contact the pool auto-verifies gets `Cannot resend codes. Auto "
              + "verification not turned on.` (decided wording); with PreventUserExistenceErrors ENABLED an unknown user gets a "
              + "simulated delivery, as for ForgotPassword.",
          "The already-confirmed message is quoted in client-library reports.",
          List.of(to(User.class, "resendConfirmationCode"), to(CognitoError.InvalidParameter.Reason.class, "ALREADY_CONFIRMED"),
              to(CognitoError.InvalidParameter.Reason.class, "NO_AUTO_VERIFIED_CONTACT")),
          List.of(Source.of("furaiev/amazon-cognito-identity-dart-2#103"), Source.of("aws-amplify/amplify-js#14762"))),

      entry("fixed-ids", Kind.DECIDED, "Pools and app clients with fixed ids",
          "CreateUserPool and CreateUserPoolClient also take an id chosen by the caller (the testkit's init file uses them); "
              + "an id already used is `InvalidParameterException: User pool <id> already exists.` or `User pool client <id> "
              + "already exists.` (client ids are unique across pools, as InitiateAuth finds the pool by client).",
          "Cognito always picks ids, so it has no such error; the wording follows ResourceNotFoundException's.",
          List.of(to(CognitoError.InvalidParameter.Reason.class, "USER_POOL_EXISTS"),
              to(CognitoError.InvalidParameter.Reason.class, "USER_POOL_CLIENT_EXISTS")),
          List.of()),

      // -- running it: keys and logs
      entry("signing-keys", Kind.DECIDED, "Where the signing keys come from, and how they are kept",
          "The keys are kept in the store (SigningKeys: in memory, or PostgreSQL's signing_key tables), one set shared by "
              + "every endpoint on it; an empty store gets two RSA-2048 keys (ID and access) from secure randomness on first "
              + "use, created atomically, so nodes starting together agree. Private keys are stored as PKCS#8, encrypted with "
              + "AES-256-GCM (the kid as associated data) when USERPOOL_KEY_ENCRYPTION_KEY holds 32 bytes in Base64, plain "
              + "otherwise (the banner says which). A seed's keys only for in-memory tests: the endpoint refuses --seed with a "
              + "persistent store unless --insecure-seeded-keys, which warns on standard error. RsaTokenSigner.rotate() retires "
              + "the signing keys: they stay in the JWKS and keep verifying for one day (the longest an ID or access token "
              + "lives) plus the one minute a node may go on signing with the keys it read, then drop out.",
          "Keys derived from a well-known seed let anyone mint tokens a victim's verifier accepts (issue 28). Keeping the keys "
              + "in the store is what makes every node sign alike and serve one JWKS. Encryption under a key the database never "
              + "sees means a database dump or backup alone cannot sign tokens; it stays optional so that the two-command start "
              + "needs no secret, and a KMS is outside what a test endpoint should need. AWS rotates its keys on its own "
              + "schedule and documents none; the grace period is the least that refuses no valid token.",
          List.of(to(RsaTokenSigner.class, "stored"), to(RsaTokenSigner.class, "rotate"), to(SigningKeySet.class, "rotate"),
              to(KeyProtection.class, "fromEnvironment")),
          List.of(Source.of(GUIDE + "amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html"))),
      entry("internal-error-log", Kind.DECIDED, "What an internal error leaves in the log",
          "Every InternalErrorException (a port that threw, a write that kept losing races, a bug) writes one WARNING line "
              + "through System.Logger (standard error by default): the operation, the request id the answer carries, the "
              + "exception's class and its causes' classes, and the frame that threw. Never a message, a request member or a "
              + "secret. `--log-level off|error|warning|info|debug` sets the level of the library's loggers.",
          "An exception's message may quote what the request carried (a password, a token); its class and frame are enough to "
              + "find the fault, and the request id ties the line to what the client saw.",
          List.of(to(InProcessCognitoClient.class), to(LocalEndpoint.class, "answer")), List.of()),

      // -- the local endpoint in a browser, and its clock
      entry("cors", Kind.OBSERVED, "CORS on every answer of the local endpoint",
          "Every answer of the endpoint (AWS operations, errors of every kind, the test control, `/health`, the `.well-known` "
              + "documents) carries `Access-Control-Allow-Origin: *`, `Access-Control-Expose-Headers: x-amzn-RequestId,"
              + "x-amzn-ErrorType,x-amzn-ErrorMessage,Date` and a `Date`; an error also carries `x-amzn-ErrorMessage` (its "
              + "message, printable ASCII). A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`, any path) "
              + "is answered 200 with no body, the request headers it asked for (names that are HTTP tokens), and "
              + "`Access-Control-Max-Age: 172800`.",
          "Cognito's own answers to Amplify in a browser carry `Access-Control-Allow-Origin: *` and exactly that expose list "
              + "(amplify-js#11034, and captured SignUp, InitiateAuth and GetUser answers published with a pentest write-up); "
              + "a survey of AWS endpoints' preflights shows cognito-idp answering 200, empty, with the requested headers "
              + "echoed, `Access-Control-Allow-Methods: POST` and a max age of 172800 s; a real error carries "
              + "`x-amzn-errormessage` (localstack#3201).",
          List.of(to(LocalEndpoint.class), to(LocalEndpoint.Builder.class, "corsOrigins")),
          List.of(Source.of("aws-amplify/amplify-js#11034"), Source.of("localstack/localstack#3201"),
              Source.of("https://github.com/AllanZhengYP/cors-test"))),
      entry("cors-local", Kind.DECIDED, "What the endpoint's CORS does where Cognito's is not known",
          "A preflight's answer has no `x-amzn-RequestId` and is not an AWS call (request ids stay the replayable sequence "
              + "of AWS calls, whatever a browser preflights or caches); it allows the methods `GET,POST` (the endpoint also "
              + "serves GET routes) and, when the preflight names no headers, those Amplify JS v6, amazon-cognito-identity-js "
              + "and the SDKs for JavaScript send. `--cors-origins a,b` (`LocalEndpoint.Builder.corsOrigins`) restricts the "
              + "origins: a listed origin is named in `Access-Control-Allow-Origin`, another gets none (the browser then "
              + "withholds the answer), and every answer says `Vary: Origin`. `Date` is the endpoint's clock, as `iat` is.",
          "Cognito allows any origin and has no such option; a local endpoint that mirrors a deployment's allowed origins "
              + "lets a test see a page on the wrong origin fail.",
          List.of(to(LocalEndpoint.Builder.class, "corsOrigins"), to(Main.class, "CORS_ORIGINS_PROPERTY")),
          List.of()),
      entry("wall-clock", Kind.DECIDED, "The wall clock by default, moved forward by an offset",
          "The local endpoint, `InProcessCognito.create()`, `@CognitoTest` and `@CognitoEndpointTest` run on the wall clock "
              + "(to the millisecond) plus an offset that `UserpoolTestControl.AdvanceClock` (or `ControllableClock.advance`) "
              + "grows and nothing shrinks; the clock stops at 9999-12-31T23:59:59Z. The frozen clock is one option away: "
              + "`--clock fixed` (2030-01-01T00:00:00Z) or `--clock <instant>`, `ControllableClock.fixed()`, "
              + "`@CognitoTest(clock = \"fixed\")`. Every lifetime (tokens, sessions, SRP exchanges, codes, temporary "
              + "passwords, lockout, refresh tokens) is measured on that clock.",
          "Tokens' `iat` and `exp` are the real time of issue: a verifier in the same test or process that reads the real "
              + "clock (Spring's `JwtTimestampValidator`, nimbus's `DefaultJWTClaimsVerifier`, aws-jwt-verify), an "
              + "authenticator app's TOTP and a code a developer waits 24 hours for all judge by it, and a clock frozen in "
              + "2030 issues tokens that no such verifier ever sees expire. Moving forward by an offset keeps every "
              + "lifetime testable without waiting; runs that need the same dates every time ask for the fixed clock.",
          List.of(to(ControllableClock.class, "wall"), to(ControllableClock.class, "fixed"), to(InProcessCognito.class, "create"),
              to(Main.class, "CLOCK_PROPERTY")),
          List.of()));

  /** Every entry: the general ones, then each capability's. */
  static final List<Entry> ALL = Stream.of(GENERAL, VerificationDecisions.ENTRIES, SchemaDecisions.ENTRIES, OAuthDecisions.ENTRIES,
      TriggerDecisions.ENTRIES, MfaDecisions.ENTRIES, UserAuthDecisions.ENTRIES, CustomAuthDecisions.ENTRIES,
      WebAuthnDecisions.ENTRIES, DeviceDecisions.ENTRIES, SmallOperationDecisions.ENTRIES, ConfigurationDecisions.ENTRIES)
      .flatMap(List::stream)
      .toList();

  private Decisions() {}

  private static Entry entry(String id, Kind kind, String title, String rule, String reason, List<CodeRef> code, List<Source> sources) {
    return new Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}
