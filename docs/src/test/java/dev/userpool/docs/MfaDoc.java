package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import dev.userpool.error.CognitoError;
import dev.userpool.error.MfaConfigurationRefused;
import dev.userpool.error.MfaRefused;
import dev.userpool.device.DeviceAuthentication;
import dev.userpool.mfa.ChallengeSequence;
import dev.userpool.mfa.MfaConfiguration;
import dev.userpool.mfa.PoolMfa;
import dev.userpool.mfa.PoolMfaRules;
import dev.userpool.mfa.Totp;
import dev.userpool.mfa.UserMfa;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** docs/generated/mfa.md: the challenge sequence after a first factor (table and diagram, from the data) and every MFA message. */
final class MfaDoc {

  static final String FILE = "mfa.md";

  /** Where each message comes from. */
  private static final Map<MfaRefused.Reason, String> SOURCES = Map.of(
      MfaRefused.Reason.ALL_FACTORS_DISABLED, "observed: aws/aws-sdk-js#4186, anomalyco/sst#5177",
      MfaRefused.Reason.OFF_WITH_FACTOR, "observed: go-to-k/cdkd#1923, lgallard/terraform-aws-cognito-user-pool#74",
      MfaRefused.Reason.ENABLE_CODE_MISMATCH, "observed: aws-amplify-auth-starters#15",
      MfaRefused.Reason.SOFTWARE_TOKEN_NOT_FOUND, "observed: amazon-cognito-identity-js#630",
      MfaRefused.Reason.NO_SOFTWARE_TOKEN, "observed: aws/aws-sdk-js-v3#4645",
      MfaRefused.Reason.NO_PHONE_NUMBER, "decided: SOFTWARE_TOKEN_MFA's wording with SMS_MFA",
      MfaRefused.Reason.NO_VERIFIED_EMAIL, "decided: SOFTWARE_TOKEN_MFA's wording with EMAIL_OTP",
      MfaRefused.Reason.CODE_MISMATCH, "observed: aws-amplify/amplify-js#3066, #11069",
      MfaRefused.Reason.MFA_OPTION_NOT_SMS, "decided: AWS says MFAOptions sets SMS to phone_number only, not with what words");

  /** Where each pool configuration message comes from. */
  private static final Map<MfaConfigurationRefused.Reason, String> CONFIGURATION_SOURCES = Map.of(
      MfaConfigurationRefused.Reason.SMS_CONFIGURATION_REQUIRED,
      "observed: aws/aws-cdk#12075, hashicorp/terraform-provider-aws#7261, aws-cloudformation/cloudformation-coverage-roadmap#769",
      MfaConfigurationRefused.Reason.CANNOT_TURN_ON, "observed: aws-cloudformation/cloudformation-coverage-roadmap#1176",
      MfaConfigurationRefused.Reason.SMS_MFA_REQUIRED_BY_SMS_CONFIGURATION, "observed: aws-amplify/amplify-backend#1481",
      MfaConfigurationRefused.Reason.EMAIL_MFA_NEEDS_DEVELOPER, "the rule: developer guide, email MFA; the wording decided");

  private MfaDoc() {}

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("Multi-factor authentication",
        "ChallengeSequence.ROWS, PoolMfa, PoolMfaRules, UserMfa, Totp, MfaRefused and MfaConfigurationRefused");
    md.p("After a first factor (a password in USER_PASSWORD_AUTH or ADMIN_USER_PASSWORD_AUTH, an SRP proof, a NEW_PASSWORD_REQUIRED "
        + "answer) the pool's " + code("MfaConfiguration") + " and the factors the user has enabled among those the pool turns on "
        + "decide what follows, by the same table for every first factor (" + CodeRef.to(ChallengeSequence.class, "ROWS")
            .markdownLink(2)
        + ").");
    md.h2("The challenge sequence");
    List<List<String>> rows = new ArrayList<>();
    for (ChallengeSequence.Row r : ChallengeSequence.ROWS) {
      rows.add(List.of(code(r.mode().name()), r.factors().name().toLowerCase().replace('_', ' '), next(r.next())));
    }
    md.table(List.of("MfaConfiguration", "the user's usable factors", "next"), rows);
    StringBuilder diagram = new StringBuilder("flowchart LR\n  first[first factor succeeds]\n");
    for (MfaConfiguration mode : MfaConfiguration.values()) {
      for (ChallengeSequence.Row r : ChallengeSequence.ROWS.filter(row -> row.mode() == mode)) {
        diagram.append("  first -- \"").append(mode.name()).append(", ").append(r.factors().name().toLowerCase().replace('_', ' '))
            .append("\" --> ").append(r.next().name()).append('\n');
      }
    }
    diagram
        .append("  SELECT_MFA_TYPE -- ANSWER --> THE_FACTOR\n  MFA_SETUP -- \"AssociateSoftwareToken, VerifySoftwareToken\" --> TOKENS\n")
        .append("  THE_FACTOR -- right code --> TOKENS\n  THE_PREFERRED -- right code --> TOKENS\n");
    md.code("mermaid", diagram.toString());
    md.p("A challenge's session is valid for the app client's AuthSessionValidity and answers once; a wrong code leaves it open and "
        + "counts toward the lockout as a wrong password does. SELECT_MFA_TYPE lists the choices as " + code("MFAS_CAN_CHOOSE")
        + ", MFA_SETUP as " + code("MFAS_CAN_SETUP") + " (JSON arrays). During MFA_SETUP, AssociateSoftwareToken and "
        + "VerifySoftwareToken take the session instead of an access token and each answers the session of the next step. "
        + code("SMS_MFA") + " and " + code("EMAIL_OTP") + " send a code to the user's phone number or email, as "
        + code("user-auth.md") + " describes under one-time codes.");
    devices(md);
    md.h2("TOTP");
    md.p("RFC 6238 with HMAC-SHA1, six digits and " + Totp.STEP_SECONDS + "-second steps, over a 32-byte secret given in base32 "
        + "(52 characters). A code is accepted for its step and " + Totp.WINDOW + " step either side, and only for a step after "
        + "the last one accepted: no code is accepted twice. A user starts with " + UserMfa.none().enabled().size() + " factors "
        + "enabled; AssociateSoftwareToken replaces the token and turns software-token MFA off until the new one is verified "
        + "and enabled again.");
    poolConfiguration(md);
    md.h2("Messages");
    List<List<String>> messages = new ArrayList<>();
    for (MfaRefused.Reason reason : MfaRefused.Reason.values()) {
      MfaRefused e = new MfaRefused(reason);
      messages.add(List.of(code(e.cognitoError()), code(e.message()), SOURCES.get(reason)));
    }
    for (MfaConfigurationRefused.Reason reason : MfaConfigurationRefused.Reason.values()) {
      MfaConfigurationRefused e = new MfaConfigurationRefused(reason);
      messages.add(List.of(code(e.cognitoError()), code(e.message()), CONFIGURATION_SOURCES.get(reason)));
    }
    messages.add(List.of(code("FeatureUnavailableInTierException"),
        code(new CognitoError.FeatureUnavailableInTier("LITE", PoolMfa.EMAIL_MFA).message()),
        "the format observed for other features; the feature's name decided"));
    md.table(List.of("error", "message", "source"), messages);
    return md.toString();
  }

  private static void devices(Markdown md) {
    md.h2("Device authentication");
    md.p("When the pool's " + code("DeviceConfiguration") + " has " + code("ChallengeRequiredOnNewDevice") + " and the first "
        + "factor's request (AuthParameters, or the PASSWORD_VERIFIER or NEW_PASSWORD_REQUIRED answer) names in " + code("DEVICE_KEY")
        + " one of the user's remembered devices, the sign-in proves the device instead of answering MFA ("
        + CodeRef.to(DeviceAuthentication.class, "challenges").markdownLink(2) + "): SRP against the verifier ConfirmDevice stored, "
        + "with the DeviceGroupKey and DeviceKey in place of the pool name and the username. A device not remembered, forgotten, "
        + "unknown or another user's is asked nothing: the table above decides. Each challenge's session is valid for the app "
        + "client's AuthSessionValidity and answers once (" + CodeRef.to(DeviceAuthentication.class, "SEQUENCE").markdownLink(2)
        + "):");
    List<List<String>> rows = new ArrayList<>();
    for (DeviceAuthentication.Challenge c : DeviceAuthentication.SEQUENCE) {
      rows.add(List.of(code(c.name()), String.join(", ", c.parameters().map(Markdown::code)), String.join(", ", c.answer().map(
          Markdown::code)), c.next().equals("tokens") ? "tokens" : code(c.next())));
    }
    md.table(List.of("challenge", "ChallengeParameters", "ChallengeResponses", "the right answer gets"), rows);
    md.p("An answer naming no confirmed device of the user is " + code("ResourceNotFoundException: Device does not exist.")
        + "; an SRP_A that is not the hex of a value with A mod N other than 0 " + code("InvalidParameterException") + "; a proof "
        + "made without the device's secret " + code("NotAuthorizedException: Incorrect username or password.") + ", which changes "
        + "nothing and does not count toward the lockout.");
  }

  private static void poolConfiguration(Markdown md) {
    md.h2("The pool's configuration");
    md.p("One configuration per pool (" + CodeRef.to(PoolMfaRules.class, "createUserPool").markdownLink(2) + " and its two "
        + "siblings decide it), written by three operations and read by two: GetUserPoolMfaConfig and DescribeUserPool always "
        + "answer the same " + code("MfaConfiguration") + ", and the " + code("SmsConfiguration") + " and "
        + code("SmsAuthenticationMessage") + " either path set.");
    md.table(List.of("operation", "what it does to the pool's MFA"), List.of(
        List.of("CreateUserPool", code("MfaConfiguration") + " absent or OFF keeps " + code("SmsConfiguration") + ", "
            + code("SmsAuthenticationMessage") + " and " + code("EmailConfiguration") + " and turns nothing on; ON or OPTIONAL "
            + "turns SMS MFA on and needs an SmsConfiguration and " + code("phone_number") + " among the AutoVerifiedAttributes "
            + "(CreateUserPool has no member for the other factors)"),
        List.of("UpdateUserPool", "members left out go back to their defaults, as the API reference says of every member: no "
            + code("MfaConfiguration") + " is OFF (every factor off), no SmsConfiguration or EmailConfiguration removes it; ON is "
            + "refused unless the pool is ON already; ON or OPTIONAL keeps the software-token factor, keeps the email factor while "
            + "the pool sends as DEVELOPER, turns SMS MFA on exactly when an SmsConfiguration is set, and needs a factor"),
        List.of("SetUserPoolMfaConfig", "replaces the factors; ON or OPTIONAL must keep SMS MFA under an SmsConfiguration; email "
            + "MFA needs " + code("EmailSendingAccount") + " DEVELOPER (and the Essentials tier); "
            + code("SmsMfaConfiguration") + "'s message becomes the pool's SmsAuthenticationMessage and its SmsConfiguration, "
            + "when given, the pool's")));
    md.p("Member shapes are the API model's: " + code("SmsAuthenticationMessage") + " 6 to 140 characters holding "
        + code("{####}") + ", " + code("EmailMfaConfiguration.Message") + " 6 to 20,000 holding " + code("{####}") + ", "
        + code("SnsCallerArn") + " required and an ARN; they are checked after the operation's other members.");
  }

  private static String next(ChallengeSequence.Next next) {
    switch (next) {
      case TOKENS :
        return "tokens";
      case THE_FACTOR :
        return "that factor's challenge (" + code("SOFTWARE_TOKEN_MFA") + ", " + code("SMS_MFA") + " or " + code("EMAIL_OTP") + ")";
      case THE_PREFERRED :
        return "the preferred factor's challenge";
      default :
        return code(next.name());
    }
  }
}
