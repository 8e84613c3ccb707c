package dev.userpool.error;

import java.util.Objects;

/**
 * The refusals of multi-factor authentication, each with Cognito's code and exact message. Sources: the pool
 * configuration messages from real SetUserPoolMfaConfig responses (aws/aws-sdk-js#4186, anomalyco/sst#5177 and
 * go-to-k/cdkd#1923); the others as SEMANTICS.md section 16 lists them (aws-amplify-auth-starters#15, amplify-js#3066
 * and #11069, aws/aws-sdk-js-v3#4645, amazon-cognito-identity-js#630).
 *
 * @param reason which refusal
 */
public record MfaRefused(Reason reason) implements CognitoError {

  /** Why, with the code and the message. */
  public enum Reason {
    /** SetUserPoolMfaConfig: ON or OPTIONAL with every factor off (observed: aws/aws-sdk-js#4186). */
    ALL_FACTORS_DISABLED(ErrorCode.INVALID_PARAMETER,
        "Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration."),
    /** SetUserPoolMfaConfig: OFF together with a factor's configuration (observed: go-to-k/cdkd#1923). */
    OFF_WITH_FACTOR(ErrorCode.INVALID_PARAMETER, "Invalid MFA configuration given, can't turn off MFA and configure an MFA together."),
    /** VerifySoftwareToken with a wrong code (observed: aws-amplify-auth-starters#15). */
    ENABLE_CODE_MISMATCH(ErrorCode.ENABLE_SOFTWARE_TOKEN_MFA, "Code mismatch and fail enable Software Token MFA"),
    /** VerifySoftwareToken before AssociateSoftwareToken (observed: amazon-cognito-identity-js#630). */
    SOFTWARE_TOKEN_NOT_FOUND(ErrorCode.SOFTWARE_TOKEN_MFA_NOT_FOUND, "Software Token MFA does not exist for the user."),
    /** A TOTP preference before a verified software token (observed: aws/aws-sdk-js-v3#4645). */
    NO_SOFTWARE_TOKEN(ErrorCode.INVALID_PARAMETER, "User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA"),
    /** An SMS preference for a user without a phone number (the same wording for SMS_MFA, the library's reading). */
    NO_PHONE_NUMBER(ErrorCode.INVALID_PARAMETER, "User does not have delivery config set to turn on SMS_MFA"),
    /** An email preference for a user without a verified email (the same wording for EMAIL_OTP, the library's reading). */
    NO_VERIFIED_EMAIL(ErrorCode.INVALID_PARAMETER, "User does not have delivery config set to turn on EMAIL_OTP"),
    /** A wrong code answering an MFA challenge (observed: amplify-js#3066, #11069). */
    CODE_MISMATCH(ErrorCode.CODE_MISMATCH, "Invalid code or auth state for the user."),
    /** SetUserSettings or AdminSetUserSettings with an option other than SMS to phone_number (decided wording). */
    MFA_OPTION_NOT_SMS(ErrorCode.INVALID_PARAMETER, "MFAOptions can only set SMS delivery to phone_number.");

    private final ErrorCode code;
    private final String message;

    Reason(ErrorCode code, String message) {
      this.code = code;
      this.message = message;
    }
  }

  /**
   * @throws NullPointerException if {@code reason} is null
   */
  public MfaRefused {
    Objects.requireNonNull(reason, "reason is null");
  }

  @Override
  public ErrorCode code() {
    return reason.code;
  }

  @Override
  public String message() {
    return reason.message;
  }
}
