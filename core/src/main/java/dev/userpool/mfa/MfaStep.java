package dev.userpool.mfa;

import io.vavr.control.Option;

/** A challenge of the MFA sequence, by the ChallengeName Cognito sends for it. */
public enum MfaStep {
  /** A code from the authenticator app. */
  SOFTWARE_TOKEN_MFA(Option.some(MfaType.SOFTWARE_TOKEN_MFA)),
  /** A code sent by SMS. */
  SMS_MFA(Option.some(MfaType.SMS_MFA)),
  /** A code sent by email. */
  EMAIL_OTP(Option.some(MfaType.EMAIL_OTP)),
  /** A choice among the user's factors ({@code MFAS_CAN_CHOOSE}), answered with {@code ANSWER}. */
  SELECT_MFA_TYPE(Option.none()),
  /** The pool requires MFA and the user has none: set up a software token ({@code MFAS_CAN_SETUP}). */
  MFA_SETUP(Option.none());

  private final Option<MfaType> factor;

  MfaStep(Option<MfaType> factor) {
    this.factor = factor;
  }

  /** The factor this challenge asks a code of, if it asks one. */
  public Option<MfaType> factor() {
    return factor;
  }

  /** The challenge that asks a code of {@code type}. */
  public static MfaStep of(MfaType type) {
    return valueOf(type.name());
  }
}
