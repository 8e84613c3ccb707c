package dev.userpool.error;

import java.util.Objects;

/**
 * The refusals of a pool's MFA configuration made through CreateUserPool and UpdateUserPool, and the rules of
 * SetUserPoolMfaConfig that depend on the pool's SmsConfiguration and EmailConfiguration: each
 * {@code InvalidParameterException} with Cognito's exact message where a real response was published, the library's
 * wording otherwise (each says which).
 *
 * @param reason which refusal
 */
public record MfaConfigurationRefused(Reason reason) implements CognitoError {

  /** Why, with the message. */
  public enum Reason {
    /**
     * CreateUserPool (or UpdateUserPool) with MfaConfiguration ON or OPTIONAL and no SMS factor to turn on: an
     * SmsConfiguration and phone_number among the AutoVerifiedAttributes are needed (observed: aws/aws-cdk#12075,
     * hashicorp/terraform-provider-aws#7261, aws-cloudformation/cloudformation-coverage-roadmap#769 and #2221).
     */
    SMS_CONFIGURATION_REQUIRED("SMS configuration and Auto verification for phone_number are required when MFA is required/optional"),
    /**
     * UpdateUserPool with MfaConfiguration ON for a pool that is not ON already (observed:
     * aws-cloudformation/cloudformation-coverage-roadmap#1176).
     */
    CANNOT_TURN_ON("Cannot turn MFA functionality ON, once the user pool has been created."),
    /**
     * SetUserPoolMfaConfig ON or OPTIONAL without SmsMfaConfiguration for a pool with an SmsConfiguration (observed:
     * aws-amplify/amplify-backend#1481).
     */
    SMS_MFA_REQUIRED_BY_SMS_CONFIGURATION("Can't turn off SMS_MFA when SMS configuration is set for the user pool"),
    /**
     * SetUserPoolMfaConfig with EmailMfaConfiguration for a pool that does not send email as DEVELOPER (the rule is AWS's,
     * developer guide "Email MFA"; the wording is the library's: no real response was found).
     */
    EMAIL_MFA_NEEDS_DEVELOPER("Email MFA requires an EmailConfiguration with EmailSendingAccount DEVELOPER.");

    private final String message;

    Reason(String message) {
      this.message = message;
    }
  }

  /**
   * @throws NullPointerException if {@code reason} is null
   */
  public MfaConfigurationRefused {
    Objects.requireNonNull(reason, "reason is null");
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.INVALID_PARAMETER;
  }

  @Override
  public String message() {
    return reason.message;
  }
}
