package dev.userpool.testkit.sdk;

import dev.userpool.port.RateLimits;
import dev.userpool.service.AttributeDeletion;
import dev.userpool.service.AuthFactorService;
import dev.userpool.service.UserSettingsService;
import java.util.List;
import dev.userpool.testkit.inprocess.InProcessCognito;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserSettingsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserSettingsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAuthFactorsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MFAOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserSettingsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserSettingsResponse;

/**
 * The user's account operations of the in-process SDK client: DeleteUserAttributes ({@link AttributeDeletion}),
 * GetUserAuthFactors ({@link AuthFactorService}), SetUserSettings and AdminSetUserSettings ({@link UserSettingsService}).
 * SDK shapes in, SDK responses out.
 */
final class AccountOperations {

  private final AttributeDeletion deletion;
  private final AuthFactorService factors;
  private final UserSettingsService settings;
  private final Replies replies;

  AccountOperations(InProcessCognito cognito, Replies replies) {
    this.deletion = new AttributeDeletion(cognito.service(), cognito.tokens(), cognito.store(), RateLimits.NONE);
    this.factors = new AuthFactorService(cognito.tokens(), cognito.store(), cognito.webAuthn().credentials(), RateLimits.NONE);
    this.settings = new UserSettingsService(cognito.service(), cognito.tokens(), cognito.store(), RateLimits.NONE);
    this.replies = replies;
  }

  DeleteUserAttributesResponse deleteUserAttributes(DeleteUserAttributesRequest r) {
    replies.run(deletion.deleteUserAttributes(r.accessToken(), r.hasUserAttributeNames() ? r.userAttributeNames() : null));
    return replies.respond(DeleteUserAttributesResponse.builder(), DeleteUserAttributesResponse.class);
  }

  GetUserAuthFactorsResponse getUserAuthFactors(GetUserAuthFactorsRequest r) {
    AuthFactorService.AuthFactors found = replies.run(factors.getUserAuthFactors(r.accessToken()));
    return replies.respond(GetUserAuthFactorsResponse.builder().username(found.user().username().value())
        .preferredMfaSetting(MfaOperations.preferred(found.user())).userMFASettingList(MfaOperations.settingList(found.user()))
        .configuredUserAuthFactorsWithStrings(found.configured().map(Enum::name).toJavaList()), GetUserAuthFactorsResponse.class);
  }

  SetUserSettingsResponse setUserSettings(SetUserSettingsRequest r) {
    replies.run(settings.setUserSettings(r.accessToken(), options(r.hasMfaOptions(), r.mfaOptions())));
    return replies.respond(SetUserSettingsResponse.builder(), SetUserSettingsResponse.class);
  }

  AdminSetUserSettingsResponse adminSetUserSettings(AdminSetUserSettingsRequest r) {
    replies.run(settings.adminSetUserSettings(r.userPoolId(), r.username(), options(r.hasMfaOptions(), r.mfaOptions())));
    return replies.respond(AdminSetUserSettingsResponse.builder(), AdminSetUserSettingsResponse.class);
  }

  private static List<UserSettingsService.MfaOption> options(boolean given, List<MFAOptionType> options) {
    return given
        ? options.stream().map(o -> new UserSettingsService.MfaOption(o.deliveryMediumAsString(), o.attributeName())).toList()
        : null;
  }
}
