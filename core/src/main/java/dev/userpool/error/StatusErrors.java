package dev.userpool.error;

import java.util.Objects;

/**
 * The status and conflict errors of {@link CognitoError}: a user not confirmed or to reset, a name taken, a code wrong or
 * expired, a user state or a pool tier that does not allow the operation.
 *
 * <p>{@link CognitoError} extends this holder and inherits its records as member types, so each keeps its name, for example
 * {@code CognitoError.UserNotConfirmed} (an import names it by its declaring holder); nothing else may extend it.
 */
public sealed interface StatusErrors permits CognitoError {

  /** Sign-in or a password operation by an UNCONFIRMED user (confirmed). */
  record UserNotConfirmed() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.USER_NOT_CONFIRMED;
    }

    @Override
    public String message() {
      return "User is not confirmed.";
    }
  }

  /** Sign-in by a RESET_REQUIRED user (confirmed, no trailing period). */
  record PasswordResetRequired() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.PASSWORD_RESET_REQUIRED;
    }

    @Override
    public String message() {
      return "Password reset required for the user";
    }
  }

  /** The username, or the email or phone used as username, is taken. */
  record UsernameExists(Reason reason) implements CognitoError {

    /** The wording, which depends on the operation and the pool (confirmed). */
    public enum Reason {
      /** SignUp. */
      USER_ALREADY_EXISTS("User already exists"),
      /** AdminCreateUser. */
      USER_ACCOUNT_ALREADY_EXISTS("User account already exists"),
      /** Either operation in a pool whose usernames are emails. */
      EMAIL_TAKEN("An account with the given email already exists."),
      /** Either operation in a pool whose usernames are phone numbers. */
      PHONE_NUMBER_TAKEN("An account with the given phone_number already exists.");

      private final String message;

      Reason(String message) {
        this.message = message;
      }
    }

    public UsernameExists {
      Objects.requireNonNull(reason, "reason is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.USERNAME_EXISTS;
    }

    @Override
    public String message() {
      return reason.message;
    }
  }

  /** A verified alias (email, phone number, preferred username) another user already holds. */
  record AliasExists(Reason reason) implements CognitoError {

    /** Which alias. */
    public enum Reason {
      /** The email alias. */
      EMAIL("An account with the given email already exists."),
      /** The phone-number alias. */
      PHONE_NUMBER("An account with the given phone_number already exists."),
      /** The preferred-username alias. */
      PREFERRED_USERNAME("An account with the given preferred_username already exists.");

      private final String message;

      Reason(String message) {
        this.message = message;
      }
    }

    public AliasExists {
      Objects.requireNonNull(reason, "reason is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.ALIAS_EXISTS;
    }

    @Override
    public String message() {
      return reason.message;
    }
  }

  /** A confirmation or reset code that does not match (confirmed). */
  record CodeMismatch() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.CODE_MISMATCH;
    }

    @Override
    public String message() {
      return "Invalid verification code provided, please try again.";
    }
  }

  /** A code past its validity, or none requested (confirmed). */
  record ExpiredCode() implements CognitoError {
    @Override
    public ErrorCode code() {
      return ErrorCode.EXPIRED_CODE;
    }

    @Override
    public String message() {
      return "Invalid code provided, please request a code again.";
    }
  }

  /** AdminCreateUser with MessageAction RESEND for a user who is not FORCE_CHANGE_PASSWORD (observed). */
  record UnsupportedUserState(String username) implements CognitoError {
    public UnsupportedUserState {
      Objects.requireNonNull(username, "username is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.UNSUPPORTED_USER_STATE;
    }

    @Override
    public String message() {
      return "Resend not possible. " + username + " status is not FORCE_CHANGE_PASSWORD";
    }
  }

  /** A pool setting its feature plan does not include (confirmed format; the feature's name is decided). */
  record FeatureUnavailableInTier(String tier, String feature) implements CognitoError {

    /** The library's name for PasswordHistorySize in this message; AWS calls the feature "password reuse prevention". */
    public static final String PASSWORD_REUSE_PREVENTION = "Password Reuse Prevention";

    public FeatureUnavailableInTier {
      Objects.requireNonNull(tier, "tier is null");
      Objects.requireNonNull(feature, "feature is null");
    }

    @Override
    public ErrorCode code() {
      return ErrorCode.FEATURE_UNAVAILABLE_IN_TIER;
    }

    @Override
    public String message() {
      return "The following features need to be disabled for the " + tier + " pricing tier configured: " + feature;
    }
  }
}
