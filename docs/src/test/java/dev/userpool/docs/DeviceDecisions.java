package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.device.Device;
import dev.userpool.error.DeviceRefused;
import dev.userpool.service.DeviceService;
import dev.userpool.docs.Decisions.Source;
import java.util.List;
import java.util.Optional;

/** The rows of {@link Decisions} on device tracking (remembered devices). */
final class DeviceDecisions {

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";

  static final List<Decisions.Entry> ENTRIES = List.of(
      entry("device-configuration", Decisions.Kind.CONFIRMED, "DeviceConfiguration",
          "CreateUserPool and UpdateUserPool keep DeviceConfiguration (ChallengeRequiredOnNewDevice and "
              + "DeviceOnlyRememberedOnUserPrompt, each false when left out) and DescribeUserPool echoes it; a pool given one "
              + "tracks devices. UpdateUserPool without it turns tracking off, as for every member it leaves out; the devices "
              + "already tracked stay.",
          "The model says any member given activates device remembering, and both default to false.",
          List.of(to(DeviceService.class, "createUserPool"), to(DeviceService.class, "updateUserPool")),
          List.of(Source.of(API + "API_DeviceConfigurationType.html"))),
      entry("device-new-metadata", Decisions.Kind.CONFIRMED, "NewDeviceMetadata",
          "A sign-in that ends with tokens in a pool that tracks devices carries NewDeviceMetadata: DeviceKey "
              + "`<region>_<uuid>` and a DeviceGroupKey, for a new device of the user's, unless its DEVICE_KEY (AuthParameters "
              + "or ChallengeResponses) names one of the user's confirmed devices. REFRESH_TOKEN_AUTH issues no device.",
          "The developer guide: Cognito includes a device key in the response to any sign-in that does not already include "
              + "device information, in the format Region_UUID.",
          List.of(to(DeviceService.class, "issue"), to(Device.class, "issued")),
          List.of(Source.of(GUIDE + "amazon-cognito-user-pools-device-tracking.html"))),
      entry("device-group-key", Decisions.Kind.DECIDED, "The DeviceGroupKey",
          "A DeviceGroupKey is `-` and nine capital letters, drawn from the randomness port, one per device.",
          "AWS documents only that the client computes the device verifier with it; real keys seen in client issues look alike.",
          List.of(to(Device.class, "issued")), List.of()),
      entry("device-confirm", Decisions.Kind.CONFIRMED, "ConfirmDevice and the device's status",
          "ConfirmDevice of a device the sign-in issued stores its PasswordVerifier, Salt and DeviceName; it is remembered at "
              + "once (UserConfirmationNecessary false) unless DeviceOnlyRememberedOnUserPrompt, then not remembered until "
              + "UpdateDeviceStatus (UserConfirmationNecessary true). A key the user was not issued, one already confirmed, or "
              + "a request without DeviceSecretVerifierConfig: `InvalidParameterException: Invalid device key given.`",
          "The model's ConfirmDeviceResponse and DeviceConfigurationType describe the status; the message is quoted from real "
              + "responses in public reports. Refusing a second ConfirmDevice of one key, and one without a verifier, is the "
              + "library's choice.",
          List.of(to(Device.class, "confirm"), to(DeviceRefused.Reason.class, "INVALID_DEVICE_KEY")),
          List.of(Source.of(API + "API_ConfirmDevice.html"), Source.of("boto/boto3#4059"), Source.of("aws-amplify/amplify-js#2705"))),
      entry("device-not-found", Decisions.Kind.CONFIRMED, "A device that does not exist",
          "GetDevice, UpdateDeviceStatus, ForgetDevice and their admin forms of a key the user has no confirmed device with: "
              + "`ResourceNotFoundException: Device does not exist.`; AdminGetDevice of an unknown user says the same, "
              + "AdminListDevices of one `ResourceNotFoundException: User does not exist.` (neither lists "
              + "UserNotFoundException in the model), AdminUpdateDeviceStatus and AdminForgetDevice `UserNotFoundException`.",
          "The message is quoted from real responses; the model's error lists decide the codes for unknown users.",
          List.of(to(DeviceRefused.Reason.class, "DEVICE_NOT_FOUND"), to(DeviceRefused.Reason.class, "USER_NOT_FOUND")),
          List.of(Source.of("aws/aws-sdk-net#1055"), Source.of("aws-amplify/amplify-android#2605"))),
      entry("device-attributes", Decisions.Kind.DECIDED, "A device's DeviceAttributes",
          "DeviceAttributes hold `device_status` (`remembered` or `not_remembered`) and, when ConfirmDevice gave one, "
              + "`device_name`; no `last_ip_used` (the library sees no client address). DeviceLastAuthenticatedDate moves on "
              + "with each sign-in that names the device. An unknown DeviceRememberedStatus, or none, is "
              + "`InvalidParameterException: Invalid device remembered status given.`",
          "AWS's reference shows DeviceType's members, not the attribute names and values Cognito fills in.",
          List.of(to(Device.class, "attributes"), to(DeviceRefused.Reason.class, "INVALID_STATUS")),
          List.of(Source.of(API + "API_DeviceType.html"))),
      entry("device-list", Decisions.Kind.DECIDED, "ListDevices' pages",
          "ListDevices and AdminListDevices show confirmed devices only, oldest first (then by key), Limit 0 to 60 (the "
              + "model's range; absent: 60); PaginationToken names the last device given.",
          "The model gives the range only.",
          List.of(to(DeviceService.class, "listDevices"), to(DeviceService.class, "MAX_LIMIT")),
          List.of(Source.of(API + "API_ListDevices.html"))),
      entry("device-srp", Decisions.Kind.NOT_IMPLEMENTED, "Device authentication (DEVICE_SRP_AUTH)",
          "A sign-in naming a remembered device gets its tokens without the DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER "
              + "challenges, and a remembered device does not replace MFA; an answer to either challenge is "
              + "`UnsupportedOperationException`. Devices are deleted with their user.",
          "Cognito asks a remembered device for its SRP proof when the pool has ChallengeRequiredOnNewDevice or MFA; the "
              + "library stores the verifier ConfirmDevice gives but does not run that exchange yet.",
          List.of(to(DeviceService.class, "issue")),
          List.of(Source.of(GUIDE + "amazon-cognito-user-pools-device-tracking.html"))));

  private DeviceDecisions() {}

  private static Decisions.Entry entry(String id, Decisions.Kind kind, String title, String rule, String reason, List<CodeRef> code,
      List<Source> sources) {
    return new Decisions.Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}
