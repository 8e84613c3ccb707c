package dev.userpool.testkit.sdk;

import dev.userpool.device.Device;
import dev.userpool.error.CognitoError;
import dev.userpool.pool.DeviceConfiguration;
import dev.userpool.pool.UserPool;
import dev.userpool.service.DeviceService;
import dev.userpool.service.Results;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminForgetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminForgetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListDevicesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateDeviceStatusRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateDeviceStatusResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetDeviceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateDeviceStatusResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * Device tracking in the in-process SDK client: DeviceConfiguration on CreateUserPool, UpdateUserPool and
 * DescribeUserPool, NewDeviceMetadata in a sign-in's AuthenticationResult, and the nine device operations, SDK shapes to
 * {@link DeviceService} and back.
 */
final class DeviceOperations {

  private final DeviceService devices;
  private final Replies replies;

  DeviceOperations(DeviceService devices, Replies replies) {
    this.devices = devices;
    this.replies = replies;
  }

  // -- the pool

  Either<CognitoError, UserPool> createUserPool(DeviceConfigurationType given, Supplier<Either<CognitoError, UserPool>> create) {
    return devices.createUserPool(create, configuration(given));
  }

  Either<CognitoError, UserPool> updateUserPool(DeviceConfigurationType given, Supplier<Either<CognitoError, UserPool>> update) {
    return devices.updateUserPool(update, configuration(given));
  }

  /** A DeviceConfiguration given, its members absent false (the model's defaults). */
  static Option<DeviceConfiguration> configuration(DeviceConfigurationType given) {
    return Option.of(given).map(c -> new DeviceConfiguration(Boolean.TRUE.equals(c.challengeRequiredOnNewDevice()),
        Boolean.TRUE.equals(c.deviceOnlyRememberedOnUserPrompt())));
  }

  /** {@code pool}'s description with its DeviceConfiguration, when it has one. */
  static UserPoolType withDevices(UserPoolType described, UserPool pool) {
    return pool.deviceConfiguration().map(c -> described.toBuilder().deviceConfiguration(DeviceConfigurationType.builder()
        .challengeRequiredOnNewDevice(c.challengeRequiredOnNewDevice()).deviceOnlyRememberedOnUserPrompt(c
            .deviceOnlyRememberedOnUserPrompt())
        .build()).build()).getOrElse(described);
  }

  // -- sign-in

  /** The AuthenticationResult with NewDeviceMetadata when the sign-in issues a device ({@link DeviceService#issue}). */
  AuthenticationResultType withNewDevice(AuthenticationResultType result, Results.Authenticated signedIn, Map<String, String> given) {
    Option<String> deviceKey = Option.of(given).flatMap(m -> Option.of(m.get("DEVICE_KEY")));
    return devices.issue(signedIn.pool(), signedIn.user(), deviceKey).map(d -> result.toBuilder().newDeviceMetadata(NewDeviceMetadataType
        .builder().deviceKey(d.deviceKey()).deviceGroupKey(d.groupKey()).build()).build()).getOrElse(result);
  }

  // -- by access token

  ConfirmDeviceResponse confirm(ConfirmDeviceRequest r) {
    boolean necessary = replies.run(devices.confirmDevice(r.accessToken(), r.deviceKey(), r.deviceSecretVerifierConfig() == null
        ? null
        : r.deviceSecretVerifierConfig().passwordVerifier(),
        r.deviceSecretVerifierConfig() == null
            ? null
            : r.deviceSecretVerifierConfig().salt(),
        r.deviceName()));
    return replies.respond(ConfirmDeviceResponse.builder().userConfirmationNecessary(necessary), ConfirmDeviceResponse.class);
  }

  GetDeviceResponse get(GetDeviceRequest r) {
    Device d = replies.run(devices.getDevice(r.accessToken(), r.deviceKey()));
    return replies.respond(GetDeviceResponse.builder().device(device(d)), GetDeviceResponse.class);
  }

  ListDevicesResponse list(ListDevicesRequest r) {
    DeviceService.Page page = replies.run(devices.listDevices(r.accessToken(), r.limit(), r.paginationToken()));
    return replies.respond(ListDevicesResponse.builder().devices(page.devices().map(DeviceOperations::device).asJava())
        .paginationToken(page.paginationToken().getOrNull()), ListDevicesResponse.class);
  }

  UpdateDeviceStatusResponse update(UpdateDeviceStatusRequest r) {
    replies.run(devices.updateDeviceStatus(r.accessToken(), r.deviceKey(), r.deviceRememberedStatusAsString()));
    return replies.respond(UpdateDeviceStatusResponse.builder(), UpdateDeviceStatusResponse.class);
  }

  ForgetDeviceResponse forget(ForgetDeviceRequest r) {
    replies.run(devices.forgetDevice(r.accessToken(), r.deviceKey()));
    return replies.respond(ForgetDeviceResponse.builder(), ForgetDeviceResponse.class);
  }

  // -- admin

  AdminGetDeviceResponse adminGet(AdminGetDeviceRequest r) {
    Device d = replies.run(devices.adminGetDevice(r.userPoolId(), r.username(), r.deviceKey()));
    return replies.respond(AdminGetDeviceResponse.builder().device(device(d)), AdminGetDeviceResponse.class);
  }

  AdminListDevicesResponse adminList(AdminListDevicesRequest r) {
    DeviceService.Page page = replies.run(devices.adminListDevices(r.userPoolId(), r.username(), r.limit(), r.paginationToken()));
    return replies.respond(AdminListDevicesResponse.builder().devices(page.devices().map(DeviceOperations::device).asJava())
        .paginationToken(page.paginationToken().getOrNull()), AdminListDevicesResponse.class);
  }

  AdminUpdateDeviceStatusResponse adminUpdate(AdminUpdateDeviceStatusRequest r) {
    replies.run(devices.adminUpdateDeviceStatus(r.userPoolId(), r.username(), r.deviceKey(), r.deviceRememberedStatusAsString()));
    return replies.respond(AdminUpdateDeviceStatusResponse.builder(), AdminUpdateDeviceStatusResponse.class);
  }

  AdminForgetDeviceResponse adminForget(AdminForgetDeviceRequest r) {
    replies.run(devices.adminForgetDevice(r.userPoolId(), r.username(), r.deviceKey()));
    return replies.respond(AdminForgetDeviceResponse.builder(), AdminForgetDeviceResponse.class);
  }

  private static DeviceType device(Device d) {
    return DeviceType.builder().deviceKey(d.deviceKey())
        .deviceAttributes(d.attributes().map(a -> AttributeType.builder().name(a._1).value(a._2).build()).asJava())
        .deviceCreateDate(d.created()).deviceLastModifiedDate(d.lastModified()).deviceLastAuthenticatedDate(d.lastAuthenticated()).build();
  }
}
