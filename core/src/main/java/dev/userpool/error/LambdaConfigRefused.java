package dev.userpool.error;

import java.util.Objects;

/**
 * A {@code LambdaConfig} the library does not take: {@code InvalidParameterException}. A trigger the library does not
 * run is refused by name rather than stored and never invoked (the library's decision and wording); two ARNs for the
 * pre token generation trigger that differ are refused as the API model's documentation of
 * {@code PreTokenGenerationConfig} requires them identical (the library's wording).
 *
 * @param reason why
 * @param subject the members refused, or the member whose value is wrong
 */
public record LambdaConfigRefused(Reason reason, String subject) implements CognitoError {

  /** Why, with the library's wording ({@code %s} is the subject). */
  public enum Reason {
    /** Members naming triggers the library does not run. */
    NOT_IMPLEMENTED("LambdaConfig members not supported by the userpool library: %s. "
        + "Remove them, or test these triggers against Amazon Cognito."),
    /** PreTokenGeneration and PreTokenGenerationConfig.LambdaArn differ. */
    PRE_TOKEN_GENERATION_ARNS_DIFFER("PreTokenGeneration and PreTokenGenerationConfig.LambdaArn must be the same ARN."),
    /** PreTokenGenerationConfig without LambdaArn or LambdaVersion, or with a version the API does not have. */
    PRE_TOKEN_GENERATION_CONFIG("Invalid PreTokenGenerationConfig: %s"),
    /** A function ARN that is not an ARN ({@code ArnType}'s pattern, API model). */
    INVALID_ARN("Invalid Lambda function ARN for %s."),
    /** CUSTOM_AUTH, or a custom challenge answered, in a pool without the trigger it needs (aws-amplify/amplify-js#5623). */
    CUSTOM_AUTH_NOT_CONFIGURED("Custom auth lambda trigger is not configured for the user pool.");

    private final String template;

    Reason(String template) {
      this.template = template;
    }
  }

  /**
   * @throws NullPointerException if a component is null
   */
  public LambdaConfigRefused {
    Objects.requireNonNull(reason, "reason is null");
    Objects.requireNonNull(subject, "subject is null");
  }

  @Override
  public ErrorCode code() {
    return ErrorCode.INVALID_PARAMETER;
  }

  @Override
  public String message() {
    return reason.template.replace("%s", subject);
  }
}
