package dev.userpool.mfa;

import io.vavr.control.Option;

/**
 * A challenge of the MFA sequence, or of USER_AUTH's first factors that keep their state the same way (SELECT_CHALLENGE,
 * SMS_OTP; EMAIL_OTP serves both) and of device authentication (DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER), by the
 * ChallengeName Cognito sends for it.
 */
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
  MFA_SETUP(Option.none()),
  /** USER_AUTH's choice of first factor ({@code AvailableChallenges}), answered with {@code ANSWER}. */
  SELECT_CHALLENGE(Option.none()),
  /** USER_AUTH's first factor by a code sent by SMS, answered with {@code SMS_OTP_CODE}. */
  SMS_OTP(Option.none()),
  /** USER_AUTH's first factor by a passkey ({@code CREDENTIAL_REQUEST_OPTIONS}), answered with {@code CREDENTIAL}. */
  WEB_AUTHN(Option.none()),
  /** Device authentication's first round trip after a first factor, answered with the device's {@code SRP_A}. */
  DEVICE_SRP_AUTH(Option.none()),
  /** Device authentication's proof ({@code dev.userpool.device.DeviceAuthentication}), answered with the claim. */
  DEVICE_PASSWORD_VERIFIER(Option.none());

  private final Option<MfaType> factor;

  MfaStep(Option<MfaType> factor) {
    this.factor = factor;
  }

  /** The factor this challenge asks a code of, if it asks one. */
  public Option<MfaType> factor() {
    return factor;
  }

  /** Whether answering this challenge checks a code the pool sent (SMS_MFA, EMAIL_OTP, SMS_OTP). */
  public boolean sendsCode() {
    return this == SMS_MFA || this == EMAIL_OTP || this == SMS_OTP;
  }

  /** The challenge that asks a code of {@code type}. */
  public static MfaStep of(MfaType type) {
    return valueOf(type.name());
  }
}
