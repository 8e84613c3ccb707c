package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.CognitoError;
import dev.userpool.error.MfaRefused;
import dev.userpool.error.UserAuthRefused;
import dev.userpool.mfa.OneTimeCode;
import dev.userpool.service.SignInCodeWords;
import dev.userpool.userauth.FirstFactors;
import dev.userpool.userauth.SignInPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** docs/generated/user-auth.md: USER_AUTH's first factors (from the table), its challenges, the one-time codes and every message. */
final class UserAuthDoc {

  static final String FILE = "user-auth.md";

  /** Where each message comes from. */
  private static final Map<UserAuthRefused.Reason, String> SOURCES = Map.of(
      UserAuthRefused.Reason.INVALID_FACTORS, "decided: the API model's bounds, the library's wording",
      UserAuthRefused.Reason.PASSWORD_REQUIRED, "decided",
      UserAuthRefused.Reason.UNKNOWN_CHALLENGE, "decided",
      UserAuthRefused.Reason.NOT_AVAILABLE, "decided",
      UserAuthRefused.Reason.WEB_AUTHN_NOT_CONFIGURED, "decided (not used until passkeys)");

  private UserAuthDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("Choice-based sign-in (USER_AUTH) and one-time codes",
        "FirstFactors.ROWS, SignInPolicy, OneTimeCode and UserAuthRefused");
    md.p("InitiateAuth or AdminInitiateAuth with " + code("AuthFlow USER_AUTH") + ", " + code("USERNAME") + " and optionally "
        + code("PREFERRED_CHALLENGE") + ", from a client with " + code("ALLOW_USER_AUTH") + ". The pool's "
        + code("Policies.SignInPolicy.AllowedFirstAuthFactors") + " (1 to " + SignInPolicy.MAX_FACTORS + " of PASSWORD, EMAIL_OTP, "
        + "SMS_OTP, WEB_AUTHN; PASSWORD only when not given; a factor besides PASSWORD needs the Essentials tier or Plus) and the "
        + "user decide the available first factors (" + CodeRef.to(FirstFactors.class, "ROWS").markdownLink(2) + ").");
    md.h2("First factors");
    List<List<String>> rows = new ArrayList<>();
    for (FirstFactors.Row r : FirstFactors.ROWS) {
      rows.add(List.of(code(r.factor().name()), code(r.factor().factor().name()), r.needs().name().toLowerCase().replace('_', ' '),
          r.startsWith().map(Markdown::code).getOrElse("-"), r.answeredBy()));
    }
    md.table(List.of("challenge", "allowed by the pool's factor", "the user needs", "started with (same request)", "then"), rows);
    md.h2("The sequence");
    md.code("mermaid", "flowchart LR\n"
        + "  init[InitiateAuth USER_AUTH] -- \"PREFERRED_CHALLENGE available\" --> factor[the factor]\n"
        + "  init -- \"none, or not available\" --> select[SELECT_CHALLENGE + AvailableChallenges]\n"
        + "  select -- \"ANSWER (+ PASSWORD or SRP_A)\" --> factor\n"
        + "  factor -- \"PASSWORD right\" --> mfa[MFA sequence: tokens or an MFA challenge]\n"
        + "  factor -- \"PASSWORD_SRP\" --> verifier[PASSWORD_VERIFIER] --> mfa\n"
        + "  factor -- \"EMAIL_OTP, SMS_OTP\" --> code[code sent] -- \"right code\" --> tokens[tokens]\n");
    md.p("Only the latest challenge of a user answers; each session is valid for the client's AuthSessionValidity and answers once. "
        + "A passwordless first factor is followed by tokens; a password by the MFA sequence of " + code("mfa.md") + ".");
    md.h2("One-time codes");
    md.p("SMS_MFA and EMAIL_OTP after a first factor, and EMAIL_OTP and SMS_OTP as first factors, share one mechanism: a "
        + OneTimeCode.DIGITS + "-digit code from the code port, kept with the challenge, sent through the delivery port (the "
        + "testkit's mailbox and the endpoint's " + code("LastCode") + " read it), accepted once and for "
        + OneTimeCode.LIFETIME.toMinutes() + " minutes. The challenge parameters " + code("CODE_DELIVERY_DELIVERY_MEDIUM") + " ("
        + code("SMS") + " or " + code("EMAIL") + ") and " + code("CODE_DELIVERY_DESTINATION") + " (masked: " + code("j***@e***")
        + ", " + code("+*******1234") + ") say where it went. The answer is " + code("SMS_MFA_CODE") + ", " + code("EMAIL_OTP_CODE")
        + " or " + code("SMS_OTP_CODE") + "; a wrong or late code leaves the challenge open and counts toward the lockout.");
    md.p("The message is in the pool's words: an SMS (SMS_MFA, SMS_OTP) is the pool's " + code("SmsAuthenticationMessage") + ", an "
        + "email (EMAIL_OTP) EmailMfaConfiguration's " + code("Message") + " and " + code("Subject") + ", each with the code in place "
        + "of " + code("{####}") + "; without them " + code(SignInCodeWords.DEFAULT.smsMessage()) + " (subject "
        + code(SignInCodeWords.DEFAULT.emailSubject()) + "). A CustomMessage function, called with "
        + code("CustomMessage_Authentication") + ", words over them as over any message.");
    md.h2("Messages");
    List<List<String>> messages = new ArrayList<>();
    for (UserAuthRefused.Reason reason : UserAuthRefused.Reason.values()) {
      UserAuthRefused e = new UserAuthRefused(reason);
      messages.add(List.of(code(e.cognitoError()), code(e.message()), SOURCES.get(reason)));
    }
    MfaRefused mismatch = new MfaRefused(MfaRefused.Reason.CODE_MISMATCH);
    messages.add(List.of(code(mismatch.cognitoError()), code(mismatch.message()), "observed: aws-amplify/amplify-js#3066, #11069"));
    messages.add(List.of(code("FeatureUnavailableInTierException"),
        code(new CognitoError.FeatureUnavailableInTier("LITE", SignInPolicy.PASSWORDLESS).message()),
        "the format observed for other features; the feature's name decided"));
    md.table(List.of("error", "message", "source"), messages);
    return md.toString();
  }
}
