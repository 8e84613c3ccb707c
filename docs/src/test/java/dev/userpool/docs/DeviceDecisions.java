package dev.userpool.docs;

import static dev.userpool.docs.CodeRef.to;

import dev.userpool.device.Device;
import dev.userpool.device.DeviceAuthentication;
import dev.userpool.error.DeviceRefused;
import dev.userpool.service.DeviceService;
import dev.userpool.service.TokenOperations;
import dev.userpool.docs.Decisions.Source;
import java.util.List;
import java.util.Optional;

/** The rows of {@link Decisions} on device tracking (remembered devices). */
final class DeviceDecisions {

  private static final String API = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/";
  private static final String AMPLIFY = "https://github.com/aws-amplify/amplify-js/blob/main/packages/";
  private static final String IDENTITY_JS = AMPLIFY + "amazon-cognito-identity-js/src/CognitoUser.js";
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
      entry("device-srp", Decisions.Kind.CONFIRMED, "Device authentication in place of MFA",
          "In a pool whose DeviceConfiguration has ChallengeRequiredOnNewDevice, a sign-in whose first factor passed and whose "
              + "DEVICE_KEY (AuthParameters, or the PASSWORD_VERIFIER or NEW_PASSWORD_REQUIRED answer) names one of the user's "
              + "remembered devices gets DEVICE_SRP_AUTH instead of MFA or tokens; DEVICE_SRP_AUTH's answer (USERNAME, DEVICE_KEY, "
              + "SRP_A) gets DEVICE_PASSWORD_VERIFIER (SALT, SECRET_BLOCK, SRP_B), whose answer (PASSWORD_CLAIM_SIGNATURE, "
              + "PASSWORD_CLAIM_SECRET_BLOCK, TIMESTAMP, DEVICE_KEY) gets the tokens, without NewDeviceMetadata. A device not "
              + "remembered, forgotten, unknown or another user's is asked nothing: MFA follows as for any sign-in.",
          "The API reference: DEVICE_SRP_AUTH is returned when device tracking is on and the previous challenges were passed; "
              + "with ChallengeRequiredOnNewDevice a remembered device signs in with device authentication instead of SMS and TOTP "
              + "MFA, and a device not confirmed or remembered must still give a second factor. The proof is computed as "
              + "amazon-cognito-identity-js computes it (getDeviceResponse).",
          List.of(to(DeviceAuthentication.class, "challenges"), to(DeviceAuthentication.class, "SEQUENCE")),
          List.of(Source.of(GUIDE + "amazon-cognito-user-pools-device-tracking.html"), Source.of(API + "API_InitiateAuth.html"),
              Source.of(API + "API_DeviceConfigurationType.html"), Source.of(API + "API_RespondToAuthChallenge.html"))),
      entry("device-srp-not-remembered", Decisions.Kind.DECIDED, "Which devices are asked for device authentication",
          "Only a remembered device with a verifier is asked, and only when ChallengeRequiredOnNewDevice is true; without it a "
              + "known DEVICE_KEY only stops a new device being issued. A not-remembered device is not asked at all (rather than "
              + "asked and then sent to MFA), so that amazon-cognito-identity-js, which expects tokens after "
              + "DEVICE_PASSWORD_VERIFIER, works. DEVICE_SRP_AUTH carries USER_ID_FOR_SRP as every MFA challenge here does, "
              + "DEVICE_PASSWORD_VERIFIER also USERNAME and DEVICE_KEY.",
          "AWS documents when a remembered device skips MFA, not whether a not-remembered one is challenged first, nor the "
              + "challenge parameters beyond those the clients read.",
          List.of(to(DeviceAuthentication.class, "challenges"), to(DeviceAuthentication.class, "parameters")), List.of()),
      entry("device-srp-errors", Decisions.Kind.DECIDED, "Device authentication's refusals",
          "Missing members: `InvalidParameterException: Missing required parameter <name>`, in the order RespondToAuthChallenge "
              + "lists them; the session as for MFA challenges (`Invalid session for the user.`, used, expired); a DEVICE_KEY "
              + "naming no confirmed device of the user: `ResourceNotFoundException: Device does not exist.`; a bad SRP_A: "
              + "`InvalidParameterException`; a wrong proof: `NotAuthorizedException: Incorrect username or password.`, which "
              + "changes nothing (the session stays open) and does not count toward the lockout (the device secret is random). "
              + "The exchange is kept with the user, so any node answers it.",
          "Device does not exist. is Cognito's word for an unknown device (amazon-cognito-identity-js drops its cached device "
              + "key when an answer is refused with ResourceNotFoundException naming a device); the rest follows USER_SRP_AUTH.",
          List.of(to(DeviceRefused.Reason.class, "DEVICE_NOT_FOUND"), to(DeviceAuthentication.class, "verify")),
          List.of(Source.of("aws/aws-sdk-net#1055"), Source.of(IDENTITY_JS))),
      entry("device-refresh", Decisions.Kind.CONFIRMED, "A refresh naming a forgotten device",
          "REFRESH_TOKEN_AUTH (InitiateAuth and AdminInitiateAuth) in a pool that tracks devices, with a DEVICE_KEY that names "
              + "no confirmed device of the refresh token's user (forgotten by ForgetDevice or AdminForgetDevice, unknown, or "
              + "another user's): `NotAuthorizedException: Invalid Refresh Token.` A refresh without DEVICE_KEY is not checked "
              + "against devices. GlobalSignOut and AdminUserGlobalSignOut revoke the user's refresh tokens whatever the device.",
          "AWS's mobile blog on device tracking (quoted in amplify-js#2962): tokens are linked to a device, and after "
              + "ForgetDevice all future refreshes of that device's tokens fail; the message is the one reports quote for a "
              + "refresh whose device key Cognito does not take.",
          List.of(to(TokenOperations.class, "withDevices")),
          List.of(Source.of("aws-amplify/amplify-js#2962"), Source.of("aws/aws-sdk-java-v2#3418"),
              Source.of(API + "API_InitiateAuth.html"))),
      entry("device-token-claim", Decisions.Kind.NOT_IMPLEMENTED, "The device_key claim",
          "Access tokens carry no `device_key` claim; a refresh token is not bound to the one device it was issued to (any "
              + "confirmed device of its user passes the DEVICE_KEY check); GetTokensFromRefreshToken's DeviceKey is not checked.",
          "Cognito puts the device's key in the access token and refuses a refresh from another device; the library's token "
              + "families do not record the device yet.",
          List.of(to(TokenOperations.class, "withDevices")), List.of(Source.of("aws-amplify/amplify-js#2962"))));

  private DeviceDecisions() {}

  private static Decisions.Entry entry(String id, Decisions.Kind kind, String title, String rule, String reason, List<CodeRef> code,
      List<Source> sources) {
    return new Decisions.Entry(id, kind, title, rule, reason, code, sources, Optional.empty());
  }
}
