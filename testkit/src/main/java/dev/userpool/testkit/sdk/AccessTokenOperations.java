package dev.userpool.testkit.sdk;

import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.TokenOperations;
import dev.userpool.service.TokenService;
import dev.userpool.service.VerificationService;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeResponse;

/**
 * The token operations of the in-process SDK client: the user's own operations by access token, sign-out, RevokeToken and
 * GetTokensFromRefreshToken; the rules are {@link TokenOperations}' and {@link VerificationService}'s.
 */
final class AccessTokenOperations {

  private final TokenOperations tokenOperations;
  private final VerificationService verifications;
  private final Replies replies;

  AccessTokenOperations(TokenOperations tokenOperations, VerificationService verifications, Replies replies) {
    this.tokenOperations = tokenOperations;
    this.verifications = verifications;
    this.replies = replies;
  }

  /** ChangePassword by access token: the rules are {@link TokenOperations#changePassword}'s. */
  ChangePasswordResponse changePassword(ChangePasswordRequest r) {
    replies.run(
        tokenOperations.changePassword(new Requests.ChangePasswordByToken(r.previousPassword(), r.proposedPassword(), r.accessToken())));
    return replies.respond(ChangePasswordResponse.builder(), ChangePasswordResponse.class);
  }

  /** GetUserAttributeVerificationCode: the rules are {@link VerificationService}'s. */
  GetUserAttributeVerificationCodeResponse getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest r) {
    Results.CodeSent sent = replies.run(verifications.getUserAttributeVerificationCode(new Requests.GetUserAttributeVerificationCode(
        r.accessToken(), r.attributeName(), Shapes.mapOrNull(r.hasClientMetadata(), r.clientMetadata()))));
    return replies.respond(GetUserAttributeVerificationCodeResponse.builder().codeDeliveryDetails(Shapes.delivery(sent.codeDelivery())),
        GetUserAttributeVerificationCodeResponse.class);
  }

  /** VerifyUserAttribute: the rules are {@link VerificationService}'s. */
  VerifyUserAttributeResponse verifyUserAttribute(VerifyUserAttributeRequest r) {
    replies.run(verifications.verifyUserAttribute(new Requests.VerifyUserAttribute(r.accessToken(), r.attributeName(), r.code())));
    return replies.respond(VerifyUserAttributeResponse.builder(), VerifyUserAttributeResponse.class);
  }

  /** GetUser: the access token's user, with the same checks as ChangePassword. */
  GetUserResponse getUser(GetUserRequest r) {
    Results.Profile profile = replies.run(tokenOperations.getUserProfile(new Requests.GetUser(r.accessToken())));
    return replies.respond(GetUserResponse.builder().username(profile.user().username().value())
        .userAttributes(Shapes.attributesOf(profile.user().sub(), profile.attributes()))
        .userMFASettingList(MfaOperations.settingList(profile.user())).preferredMfaSetting(MfaOperations.preferred(profile.user()))
        .mfaOptions(MfaOperations.options(profile.user())), GetUserResponse.class);
  }

  /** GlobalSignOut: revokes every token of the access token's user. */
  GlobalSignOutResponse globalSignOut(GlobalSignOutRequest r) {
    replies.run(tokenOperations.globalSignOut(new Requests.GlobalSignOut(r.accessToken())));
    return replies.respond(GlobalSignOutResponse.builder(), GlobalSignOutResponse.class);
  }

  /** AdminUserGlobalSignOut: revokes every token of the user. */
  AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest r) {
    replies.run(tokenOperations.adminUserGlobalSignOut(new Requests.AdminUserGlobalSignOut(r.userPoolId(), r.username())));
    return replies.respond(AdminUserGlobalSignOutResponse.builder(), AdminUserGlobalSignOutResponse.class);
  }

  /** UpdateUserAttributes by access token: the rules are {@link TokenOperations#updateUserAttributes}'s. */
  UpdateUserAttributesResponse updateUserAttributes(UpdateUserAttributesRequest r) {
    Results.AttributesUpdated updated = replies.run(tokenOperations.updateUserAttributes(new Requests.UpdateUserAttributesByToken(
        Shapes.attributes(r.hasUserAttributes(), r.userAttributes()), r.accessToken())));
    return replies.respond(UpdateUserAttributesResponse.builder()
        .codeDeliveryDetailsList(updated.codeDelivery().map(Shapes::delivery).toJavaList()), UpdateUserAttributesResponse.class);
  }

  /** DeleteUser: the access token's user, checked as for ChangePassword; their tokens are revoked. */
  DeleteUserResponse deleteUser(DeleteUserRequest r) {
    replies.run(tokenOperations.deleteUser(new Requests.DeleteUserByToken(r.accessToken())));
    return replies.respond(DeleteUserResponse.builder(), DeleteUserResponse.class);
  }

  /** RevokeToken: a refresh token's sign-in, with every access and ID token of it. */
  RevokeTokenResponse revokeToken(RevokeTokenRequest r) {
    replies.run(tokenOperations.revokeToken(new Requests.RevokeToken(r.token(), r.clientId(), r.clientSecret())));
    return replies.respond(RevokeTokenResponse.builder(), RevokeTokenResponse.class);
  }

  /** GetTokensFromRefreshToken: new ID and access tokens through the token operations; no new refresh token (no rotation). */
  GetTokensFromRefreshTokenResponse getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest r) {
    TokenService.Issued issued = replies
        .run(tokenOperations.getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken(r.refreshToken(),
            r.clientId(), r.clientSecret(), Shapes.mapOrNull(r.hasClientMetadata(), r.clientMetadata()))));
    return replies.respond(GetTokensFromRefreshTokenResponse.builder().authenticationResult(SignInOutcome.authenticationResult(issued)),
        GetTokensFromRefreshTokenResponse.class);
  }
}
