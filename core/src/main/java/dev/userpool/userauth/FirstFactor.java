package dev.userpool.userauth;

/**
 * A first factor of USER_AUTH by the challenge name Cognito gives it in {@code AvailableChallenges},
 * {@code PREFERRED_CHALLENGE} and the {@code ANSWER} to SELECT_CHALLENGE.
 */
public enum FirstFactor {
  /** The password, in the same request. */
  PASSWORD(AuthFactor.PASSWORD),
  /** The password proven through SRP: SRP_A in the same request, then PASSWORD_VERIFIER. */
  PASSWORD_SRP(AuthFactor.PASSWORD),
  /** A code sent to the user's verified email, answered with EMAIL_OTP_CODE. */
  EMAIL_OTP(AuthFactor.EMAIL_OTP),
  /** A code sent to the user's verified phone number, answered with SMS_OTP_CODE. */
  SMS_OTP(AuthFactor.SMS_OTP),
  /** A passkey. */
  WEB_AUTHN(AuthFactor.WEB_AUTHN);

  private final AuthFactor factor;

  FirstFactor(AuthFactor factor) {
    this.factor = factor;
  }

  /** The pool's factor that allows this one. */
  public AuthFactor factor() {
    return factor;
  }
}
