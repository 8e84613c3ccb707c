package dev.userpool.testkit.sdk;

import dev.userpool.testkit.inprocess.InProcessCognito;
import software.amazon.awssdk.services.cognitoidentityprovider.model.*;

/**
 * The operations of {@link InProcessCognitoClient} (which extends this class) around a user's factors and
 * account: MFA ({@link MfaOperations}), passkeys ({@link WebAuthnOperations}), remembered devices ({@link
 * DeviceOperations}), the user's own account settings ({@link AccountOperations}), the pool's tags ({@link
 * TagOperations}) and user import ({@link ImportOperations}), each delegating in one line.
 */
abstract class FeatureClient extends PoolConfigurationClient {

  private final MfaOperations mfa;
  private final WebAuthnOperations webAuthn;
  private final DeviceOperations devices;
  private final AccountOperations account;
  private final TagOperations tags;
  private final ImportOperations imports;

  FeatureClient(InProcessCognito cognito, Replies replies) {
    super(cognito, replies);
    this.mfa = new MfaOperations(cognito.mfa(), replies);
    this.webAuthn = new WebAuthnOperations(cognito.webAuthn(), replies);
    this.devices = new DeviceOperations(cognito.devices(), replies);
    this.account = new AccountOperations(cognito, replies);
    this.tags = new TagOperations(cognito.service(), replies);
    this.imports = new ImportOperations(cognito.service(), replies);
  }

  /** The device shapes, which sign-in uses too (NewDeviceMetadata). */
  DeviceOperations devices() {
    return devices;
  }

  // -- MFA: the rules are MfaService's, the shapes MfaOperations'

  @Override
  public SetUserPoolMfaConfigResponse setUserPoolMfaConfig(SetUserPoolMfaConfigRequest r) {
    return mfa.setUserPoolMfaConfig(r);
  }

  @Override
  public GetUserPoolMfaConfigResponse getUserPoolMfaConfig(GetUserPoolMfaConfigRequest r) {
    return mfa.getUserPoolMfaConfig(r);
  }

  @Override
  public AssociateSoftwareTokenResponse associateSoftwareToken(AssociateSoftwareTokenRequest r) {
    return mfa.associateSoftwareToken(r);
  }

  @Override
  public VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest r) {
    return mfa.verifySoftwareToken(r);
  }

  @Override
  public SetUserMfaPreferenceResponse setUserMFAPreference(SetUserMfaPreferenceRequest r) {
    return mfa.setUserMFAPreference(r);
  }

  @Override
  public AdminSetUserMfaPreferenceResponse adminSetUserMFAPreference(AdminSetUserMfaPreferenceRequest r) {
    return mfa.adminSetUserMFAPreference(r);
  }

  // -- passkeys: the rules are WebAuthnService's, the shapes WebAuthnOperations'

  @Override
  public StartWebAuthnRegistrationResponse startWebAuthnRegistration(StartWebAuthnRegistrationRequest r) {
    return webAuthn.start(r);
  }

  @Override
  public CompleteWebAuthnRegistrationResponse completeWebAuthnRegistration(CompleteWebAuthnRegistrationRequest r) {
    return webAuthn.complete(r);
  }

  @Override
  public ListWebAuthnCredentialsResponse listWebAuthnCredentials(ListWebAuthnCredentialsRequest r) {
    return webAuthn.list(r);
  }

  @Override
  public DeleteWebAuthnCredentialResponse deleteWebAuthnCredential(DeleteWebAuthnCredentialRequest r) {
    return webAuthn.delete(r);
  }

  // -- devices: the rules are DeviceService's, the shapes DeviceOperations'

  @Override
  public ConfirmDeviceResponse confirmDevice(ConfirmDeviceRequest r) {
    return devices.confirm(r);
  }

  @Override
  public GetDeviceResponse getDevice(GetDeviceRequest r) {
    return devices.get(r);
  }

  @Override
  public ListDevicesResponse listDevices(ListDevicesRequest r) {
    return devices.list(r);
  }

  @Override
  public UpdateDeviceStatusResponse updateDeviceStatus(UpdateDeviceStatusRequest r) {
    return devices.update(r);
  }

  @Override
  public ForgetDeviceResponse forgetDevice(ForgetDeviceRequest r) {
    return devices.forget(r);
  }

  @Override
  public AdminGetDeviceResponse adminGetDevice(AdminGetDeviceRequest r) {
    return devices.adminGet(r);
  }

  @Override
  public AdminListDevicesResponse adminListDevices(AdminListDevicesRequest r) {
    return devices.adminList(r);
  }

  @Override
  public AdminUpdateDeviceStatusResponse adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest r) {
    return devices.adminUpdate(r);
  }

  @Override
  public AdminForgetDeviceResponse adminForgetDevice(AdminForgetDeviceRequest r) {
    return devices.adminForget(r);
  }

  // -- the user's account, the pool's tags, user import: AccountOperations, TagOperations, ImportOperations

  @Override
  public DeleteUserAttributesResponse deleteUserAttributes(DeleteUserAttributesRequest r) {
    return account.deleteUserAttributes(r);
  }

  @Override
  public GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest r) {
    return account.getUserAuthFactors(r);
  }

  @Override
  public SetUserSettingsResponse setUserSettings(SetUserSettingsRequest r) {
    return account.setUserSettings(r);
  }

  @Override
  public AdminSetUserSettingsResponse adminSetUserSettings(AdminSetUserSettingsRequest r) {
    return account.adminSetUserSettings(r);
  }

  @Override
  public GetCsvHeaderResponse getCSVHeader(GetCsvHeaderRequest r) {
    return imports.getCSVHeader(r);
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest r) {
    return tags.tagResource(r);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest r) {
    return tags.untagResource(r);
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest r) {
    return tags.listTagsForResource(r);
  }
}
