package dev.userpool.mfa;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Mirrors {@code SmsConfigurationType}: the IAM role Cognito would assume to send SMS through Amazon SNS, kept and echoed
 * (no message leaves the library: codes go through the delivery port).
 *
 * @param snsCallerArn SnsCallerArn, required
 * @param externalId ExternalId, when given
 * @param snsRegion SnsRegion, when given
 */
public record SmsConfiguration(String snsCallerArn, Option<String> externalId, Option<String> snsRegion) {

  /**
   * @throws NullPointerException if an argument is null
   */
  public SmsConfiguration {
    Objects.requireNonNull(snsCallerArn, "snsCallerArn is null");
    Objects.requireNonNull(externalId, "externalId is null");
    Objects.requireNonNull(snsRegion, "snsRegion is null");
  }
}
