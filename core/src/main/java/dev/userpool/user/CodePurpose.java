package dev.userpool.user;

import dev.userpool.mfa.OneTimeCode;
import java.time.Duration;

/** What a pending code confirms, and how long it is valid. */
public enum CodePurpose {
  /** ConfirmSignUp: valid 24 hours (confirmed, AWS developer guide). */
  SIGN_UP(Duration.ofHours(24)),
  /** ConfirmForgotPassword: valid 1 hour (confirmed, AWS developer guide). */
  PASSWORD_RESET(Duration.ofHours(1)),
  /**
   * Verifying an email or phone number changed by an attribute update: valid 24 hours (confirmed, AWS
   * developer guide: verification codes are valid 24 hours).
   */
  ATTRIBUTE_VERIFICATION(Duration.ofHours(24)),
  /**
   * A sign-in code: the second factors SMS_MFA and EMAIL_OTP, USER_AUTH's first factors EMAIL_OTP and SMS_OTP; valid as
   * long as {@link OneTimeCode#LIFETIME} says.
   */
  SIGN_IN(OneTimeCode.LIFETIME);

  private final Duration validity;

  CodePurpose(Duration validity) {
    this.validity = validity;
  }

  /** How long a code of this purpose is valid. */
  public Duration validity() {
    return validity;
  }
}
