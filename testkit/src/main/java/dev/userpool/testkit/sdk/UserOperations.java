package dev.userpool.testkit.sdk;

import dev.userpool.pool.UserPoolId;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.TokenService;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminResetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminResetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * The user operations of the in-process SDK client that name the user (sign-up, creation, passwords, the Enabled flag, reads,
 * deletion, attributes): SDK shapes to the library's requests, its answers to SDK responses.
 */
final class UserOperations {

  private final InProcessCognito cognito;
  private final UserPoolService service;
  private final TokenService tokens;
  private final Replies replies;

  UserOperations(InProcessCognito cognito, UserPoolService service, TokenService tokens, Replies replies) {
    this.cognito = cognito;
    this.service = service;
    this.tokens = tokens;
    this.replies = replies;
  }

  SignUpResponse signUp(SignUpRequest r) {
    Results.SignedUp signedUp = replies.run(service.signUps().signUp(new Requests.SignUp(r.clientId(), r.username(), r.password(),
        Shapes.attributes(r.hasUserAttributes(), r.userAttributes()), r.secretHash()), LambdaConfigShapes.input(r)));
    return replies.respond(SignUpResponse.builder()
        .userConfirmed(signedUp.user().status() == UserStatus.CONFIRMED)
        .userSub(signedUp.user().sub().value())
        .codeDeliveryDetails(signedUp.codeDelivery().map(Shapes::delivery).getOrNull()), SignUpResponse.class);
  }

  ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest r) {
    replies.run(ConfigurationMembers
        .check("ConfirmSignUp", r, new Requests.ConfirmSignUp(r.clientId(), r.username(), r.confirmationCode(), r.secretHash()))
        .flatMap(c -> service.signUps().confirmSignUp(c, Shapes.clientMetadata(r.hasClientMetadata(), r.clientMetadata()))));
    return replies.respond(ConfirmSignUpResponse.builder(), ConfirmSignUpResponse.class);
  }

  AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest r) {
    replies.run(service.adminConfirmSignUp(new Requests.AdminConfirmSignUp(r.userPoolId(), r.username())));
    return replies.respond(AdminConfirmSignUpResponse.builder(), AdminConfirmSignUpResponse.class);
  }

  AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest r) {
    User user = replies.run(ConfigurationMembers.check("AdminCreateUser", r, new Requests.AdminCreateUser(r.userPoolId(), r.username(),
        r.temporaryPassword(), Shapes.attributes(r.hasUserAttributes(), r.userAttributes()), r.messageActionAsString()))
        .flatMap(service::adminCreateUser));
    return replies.respond(AdminCreateUserResponse.builder().user(Shapes.user(user)), AdminCreateUserResponse.class);
  }

  AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest r) {
    replies.run(service.adminSetUserPassword(new Requests.AdminSetUserPassword(r.userPoolId(), r.username(), r.password(), r.permanent())));
    return replies.respond(AdminSetUserPasswordResponse.builder(), AdminSetUserPasswordResponse.class);
  }

  AdminResetUserPasswordResponse adminResetUserPassword(AdminResetUserPasswordRequest r) {
    replies.run(service.adminResetUserPassword(new Requests.AdminResetUserPassword(r.userPoolId(), r.username())));
    return replies.respond(AdminResetUserPasswordResponse.builder(), AdminResetUserPasswordResponse.class);
  }

  ForgotPasswordResponse forgotPassword(ForgotPasswordRequest r) {
    Results.CodeSent sent = replies
        .run(service.signUps().forgotPassword(new Requests.ForgotPassword(r.clientId(), r.username(), r.secretHash()),
            Shapes.clientMetadata(r.hasClientMetadata(), r.clientMetadata())));
    return replies.respond(ForgotPasswordResponse.builder().codeDeliveryDetails(Shapes.delivery(sent.codeDelivery())),
        ForgotPasswordResponse.class);
  }

  ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest r) {
    replies.run(service.signUps().confirmForgotPassword(new Requests.ConfirmForgotPassword(r.clientId(), r.username(), r.confirmationCode(),
        r.password(), r.secretHash()), Shapes.clientMetadata(r.hasClientMetadata(), r.clientMetadata())));
    return replies.respond(ConfirmForgotPasswordResponse.builder(), ConfirmForgotPasswordResponse.class);
  }

  /** AdminDisableUser; revokes the user's tokens, as Cognito does. */
  AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest r) {
    User user = replies.run(service.adminDisableUser(new Requests.AdminDisableUser(r.userPoolId(), r.username())));
    tokens.signOut(new UserPoolId(r.userPoolId()), user);
    return replies.respond(AdminDisableUserResponse.builder(), AdminDisableUserResponse.class);
  }

  AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest r) {
    replies.run(service.adminEnableUser(new Requests.AdminEnableUser(r.userPoolId(), r.username())));
    return replies.respond(AdminEnableUserResponse.builder(), AdminEnableUserResponse.class);
  }

  AdminGetUserResponse adminGetUser(AdminGetUserRequest r) {
    User user = replies.run(service.adminGetUser(new Requests.AdminGetUser(r.userPoolId(), r.username())));
    return replies.respond(AdminGetUserResponse.builder()
        .username(user.username().value())
        .userAttributes(Shapes.attributesOf(user))
        .userMFASettingList(MfaOperations.settingList(user)).preferredMfaSetting(MfaOperations.preferred(user))
        .mfaOptions(MfaOperations.options(user)).userCreateDate(user.creationDate())
        .userLastModifiedDate(user.lastModifiedDate())
        .enabled(user.enabled())
        .userStatus(user.status().name()), AdminGetUserResponse.class);
  }

  /** AdminDeleteUser; revokes the user's tokens. */
  AdminDeleteUserResponse adminDeleteUser(AdminDeleteUserRequest r) {
    User user = replies.run(service.adminDeleteUser(new Requests.AdminDeleteUser(r.userPoolId(), r.username())));
    tokens.signOut(new UserPoolId(r.userPoolId()), user);
    cognito.groups().removeUser(new UserPoolId(r.userPoolId()), user.sub());
    return replies.respond(AdminDeleteUserResponse.builder(), AdminDeleteUserResponse.class);
  }

  /** ListUsers; AttributesToGet, when given, keeps only the attributes named. */
  ListUsersResponse listUsers(ListUsersRequest r) {
    Results.UserPage page = replies
        .run(service.listUsers(new Requests.ListUsers(r.userPoolId(), r.limit(), r.paginationToken(), r.filter())));
    List<UserType> users = page.users().map(Shapes::user).map(u -> r.hasAttributesToGet()
        ? u.toBuilder().attributes(Shapes.only(r.attributesToGet(), u.attributes())).build()
        : u).toJavaList();
    return replies.respond(ListUsersResponse.builder().users(users).paginationToken(page.paginationToken().getOrNull()),
        ListUsersResponse.class);
  }

  AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest r) {
    replies.run(service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(r.userPoolId(), r.username(),
        Shapes.attributes(r.hasUserAttributes(), r.userAttributes()))));
    return replies.respond(AdminUpdateUserAttributesResponse.builder(), AdminUpdateUserAttributesResponse.class);
  }

  AdminDeleteUserAttributesResponse adminDeleteUserAttributes(AdminDeleteUserAttributesRequest r) {
    replies.run(service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(r.userPoolId(), r.username(),
        Shapes.listOrNull(r.hasUserAttributeNames(), r.userAttributeNames()))));
    return replies.respond(AdminDeleteUserAttributesResponse.builder(), AdminDeleteUserAttributesResponse.class);
  }

  ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest r) {
    Results.CodeSent sent = replies
        .run(service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(r.clientId(), r.username(),
            r.secretHash()), Shapes.clientMetadata(r.hasClientMetadata(), r.clientMetadata())));
    return replies.respond(ResendConfirmationCodeResponse.builder().codeDeliveryDetails(Shapes.delivery(sent.codeDelivery())),
        ResendConfirmationCodeResponse.class);
  }
}
