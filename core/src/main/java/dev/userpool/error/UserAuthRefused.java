package dev.userpool.error;

import io.vavr.collection.List;
import java.util.Objects;

/**
 * The refusals of choice-based sign-in (USER_AUTH) and of a pool's SignInPolicy, each with a code and message. Where AWS
 * documents no wording, the message is the library's (registered in the docs' decisions).
 *
 * @param reason which refusal
 */
public record UserAuthRefused(Reason reason) implements CognitoError {

  /** Why, with the code and the message. */
  public enum Reason {
    /** AllowedFirstAuthFactors empty, longer than 4 or with a name outside AuthFactorType (the library's message). */
    INVALID_FACTORS(ErrorCode.INVALID_PARAMETER,
        "SignInPolicy.AllowedFirstAuthFactors must hold 1 to 4 of PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN."),
    /** AllowedFirstAuthFactors without PASSWORD (the library's decision and message). */
    PASSWORD_REQUIRED(ErrorCode.INVALID_PARAMETER, "SignInPolicy.AllowedFirstAuthFactors must include PASSWORD."),
    /** A PREFERRED_CHALLENGE that is no first factor (the library's message). */
    UNKNOWN_CHALLENGE(ErrorCode.INVALID_PARAMETER,
        "Invalid PREFERRED_CHALLENGE: not one of PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP, WEB_AUTHN."),
    /** An ANSWER to SELECT_CHALLENGE that is not among the user's available challenges (the library's message). */
    NOT_AVAILABLE(ErrorCode.INVALID_PARAMETER, "The challenge answered is not available for the user."),
    /** WEB_AUTHN where the pool has no passkeys configured (the library's message). */
    WEB_AUTHN_NOT_CONFIGURED(ErrorCode.INVALID_PARAMETER, "WebAuthn is not configured for the user pool.");

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
  public UserAuthRefused {
    Objects.requireNonNull(reason, "reason is null");
  }

  /** One of each, for the error catalogue. */
  static List<CognitoError> samples() {
    return List.of(Reason.values()).map(UserAuthRefused::new);
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
