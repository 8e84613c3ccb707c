package dev.userpool.service;

import dev.userpool.device.Device;
import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.port.Devices;
import io.vavr.control.Either;
import java.util.Map;

/**
 * REFRESH_TOKEN_AUTH's DEVICE_KEY in a pool that tracks devices: it must name a confirmed device of the refresh token's
 * user, else {@code NotAuthorizedException: Invalid Refresh Token.} (a forgotten device's refresh fails, as the AWS
 * mobile blog "Tracking and remembering devices using Amazon Cognito Your User Pools" says: after ForgetDevice "all future
 * calls to revalidate that device's refresh tokens will fail"; the message is the one public reports quote for a refresh
 * whose device key Cognito does not accept, aws/aws-sdk-java-v2 issue 3418). A refresh without DEVICE_KEY, or in a pool
 * that tracks no devices, is not checked here.
 */
final class DeviceRefresh {

  private DeviceRefresh() {}

  /**
   * Right when the refresh may go on: no DEVICE_KEY, no device tracking, a refresh token the token rules refuse anyway
   * (they answer in their order), or a DEVICE_KEY naming a confirmed device of the token's user.
   */
  static Either<CognitoError, String> check(Devices devices, TokenService tokens, UserPool pool, AppClient client, String refreshToken,
      Map<String, String> parameters) {
    String deviceKey = parameters == null ? null : parameters.get("DEVICE_KEY");
    if (devices == null || deviceKey == null || pool.deviceConfiguration().isEmpty()) {
      return Either.right(refreshToken);
    }
    boolean known = tokens.renew(pool, client, refreshToken).fold(refused -> true, renewed -> devices.find(pool.id(), renewed._1.sub()
        .value(), deviceKey).exists(Device::confirmed));
    return known ? Either.right(refreshToken) : Either.left(new NotAuthorized(NotAuthorized.Reason.INVALID_REFRESH_TOKEN));
  }
}
