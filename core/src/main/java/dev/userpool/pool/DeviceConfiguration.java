package dev.userpool.pool;

/**
 * Mirrors {@code DeviceConfigurationType}: a pool given one tracks its users' devices (a sign-in's AuthenticationResult
 * carries NewDeviceMetadata). Both members default to false in AWS's model (cognito-idp-2016-04-18), and a
 * DeviceConfiguration with either member given turns tracking on ("When you provide a value for any property of
 * DeviceConfiguration, you activate the device remembering for the user pool").
 *
 * @param challengeRequiredOnNewDevice {@code ChallengeRequiredOnNewDevice}: a remembered device signs in with device
 *     authentication (DEVICE_SRP_AUTH) in place of MFA
 * @param deviceOnlyRememberedOnUserPrompt {@code DeviceOnlyRememberedOnUserPrompt}: ConfirmDevice leaves the device not
 *     remembered until UpdateDeviceStatus says so (UserConfirmationNecessary true)
 */
public record DeviceConfiguration(boolean challengeRequiredOnNewDevice, boolean deviceOnlyRememberedOnUserPrompt) {}
