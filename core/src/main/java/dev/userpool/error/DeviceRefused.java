package dev.userpool.error;

import java.util.Objects;

/**
 * The refusals of the device operations (ConfirmDevice, GetDevice, ListDevices, UpdateDeviceStatus, ForgetDevice and
 * their admin forms). Cognito's words, from public reports: ConfirmDevice of a key the user was not issued answers
 * {@code InvalidParameterException: Invalid device key given.} (boto/boto3 issue 4059, aws-amplify/amplify-js issue
 * 2705), and a forgotten or unknown device {@code ResourceNotFoundException: Device does not exist.} (aws/aws-sdk-net
 * issue 1055, aws-amplify/amplify-android pull request 2605).
 *
 * @param reason which refusal
 */
public record DeviceRefused(Reason reason) implements CognitoError {

  /** Why, with the code and the message. */
  public enum Reason {
    /** ConfirmDevice of a key the token's user was not issued (or one already confirmed and forgotten since). */
    INVALID_DEVICE_KEY(ErrorCode.INVALID_PARAMETER, "Invalid device key given."),
    /** The user has no confirmed device with this key. */
    DEVICE_NOT_FOUND(ErrorCode.RESOURCE_NOT_FOUND, "Device does not exist."),
    /** AdminListDevices of a user the pool does not have (its model lists no UserNotFoundException). */
    USER_NOT_FOUND(ErrorCode.RESOURCE_NOT_FOUND, "User does not exist."),
    /** UpdateDeviceStatus with a DeviceRememberedStatus other than remembered or not_remembered. */
    INVALID_STATUS(ErrorCode.INVALID_PARAMETER, "Invalid device remembered status given.");

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
  public DeviceRefused {
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
