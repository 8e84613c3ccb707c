package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.service.TokenService;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.util.Objects;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderServiceClientConfiguration;
import software.amazon.awssdk.services.cognitoidentityprovider.model.*;

/**
 * The AWS SDK for Java v2's {@link CognitoIdentityProviderClient}, in process, backed by a
 * {@link InProcessCognito}: application code that takes the SDK interface runs unchanged against the
 * library's Cognito semantics, with no network and no credentials.
 *
 * <pre>{@code
 * InProcessCognito cognito = InProcessCognito.create();
 * CognitoIdentityProviderClient cognitoClient = InProcessCognitoClient.of(cognito);
 * String poolId = cognitoClient.createUserPool(b -> b.poolName("app")).userPool().id();
 * }</pre>
 *
 * <p>Each implemented operation maps the SDK request member for member onto the library's request
 * (members the caller did not set stay null, so the library validates exactly what Cognito would), and
 * the result onto the SDK response. A refusal is thrown as the SDK's own exception class for Cognito's
 * error code, with Cognito's exact message (see {@link CognitoExceptions}). The operations are
 * CreateUserPool, DescribeUserPool, UpdateUserPool, AddCustomAttributes, DeleteUserPool, CreateUserPoolClient,
 * DescribeUserPoolClient, SignUp, ConfirmSignUp, AdminConfirmSignUp, AdminCreateUser,
 * AdminSetUserPassword, InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge,
 * AdminRespondToAuthChallenge, ChangePassword, AdminResetUserPassword, ForgotPassword,
 * ConfirmForgotPassword, AdminDisableUser, AdminEnableUser, AdminGetUser, AdminDeleteUser, ListUsers,
 * GetUser, GlobalSignOut, AdminUserGlobalSignOut, RevokeToken, CreateGroup, GetGroup, ListGroups,
 * UpdateGroup, DeleteGroup, AdminAddUserToGroup, AdminRemoveUserFromGroup, AdminListGroupsForUser,
 * ListUsersInGroup, ListUserPools, ListUserPoolClients, UpdateUserPoolClient, DeleteUserPoolClient,
 * AdminUpdateUserAttributes, AdminDeleteUserAttributes, UpdateUserAttributes, DeleteUser and
 * ResendConfirmationCode, and the OAuth configuration (Create, Describe, Update and DeleteUserPoolDomain, the five
 * resource server operations, the app client's OAuth members). Every other operation throws the SDK's
 * {@code UnsupportedOperationException} naming it.
 *
 * <p>Tokens are the InProcessCognito's {@link TokenService}: signed RS256 JWTs with Cognito's claims, verifiable
 * with {@link InProcessCognito#jwks()}, and an opaque refresh token. Sign-in issues all three; REFRESH_TOKEN_AUTH
 * renews access and ID tokens; ChangePassword, GetUser and GlobalSignOut accept only valid, unexpired,
 * unrevoked access tokens. GlobalSignOut, AdminUserGlobalSignOut, AdminDisableUser and AdminDeleteUser
 * revoke the user's tokens for good, RevokeToken one sign-in's.
 *
 * <p>All state lives in the InProcessCognito, reachable here, so other front ends (a local HTTP endpoint) share
 * it. Thread-safe. {@link #close()} does nothing.
 */
public final class InProcessCognitoClient extends FeatureClient {

  private final InProcessCognito cognito;
  private final TokenService tokens;
  private final ClientReplies replies;
  private final UserOperations users;
  private final SignInOperations signIns;
  private final AccessTokenOperations accessTokens;
  private final GroupOperations groups;

  private InProcessCognitoClient(InProcessCognito cognito, ClientReplies replies) {
    super(cognito, replies);
    this.cognito = cognito;
    this.replies = replies;
    UserPoolService service = cognito.service();
    this.tokens = cognito.tokens();
    this.users = new UserOperations(cognito, service, tokens, replies);
    this.signIns = new SignInOperations(service, tokens, cognito.tokenOperations(), replies, devices());
    this.accessTokens = new AccessTokenOperations(cognito.tokenOperations(), cognito.verifications(), replies);
    this.groups = new GroupOperations(cognito.groupService(), replies);
  }

  // -- static API

  /**
   * A client of {@code cognito}; every client of one InProcessCognito shares its users, groups and tokens.
   *
   * @throws NullPointerException if {@code cognito} is null
   */
  public static InProcessCognitoClient of(InProcessCognito cognito) {
    Objects.requireNonNull(cognito, "cognito is null");
    return new InProcessCognitoClient(cognito, new ClientReplies(cognito));
  }

  /** The Cognito behind this client: its store, clock and mailbox. */
  public InProcessCognito cognito() {
    return cognito;
  }

  /** The token rules this client issues and checks tokens by (its InProcessCognito's). */
  public TokenService tokens() {
    return tokens;
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /**
   * A configuration with nothing set: there is no region, endpoint or credentials to report. (The SDK's
   * default throws {@code java.lang.UnsupportedOperationException}.)
   */
  @Override
  public CognitoIdentityProviderServiceClientConfiguration serviceClientConfiguration() {
    return CognitoIdentityProviderServiceClientConfiguration.builder().build();
  }

  /** Nothing to close: no connection was opened. */
  @Override
  public void close() {
    // nothing to release
  }

  // -- pools, app clients and their OAuth configuration: PoolConfigurationClient

  // -- sign-up and creation

  @Override
  public SignUpResponse signUp(SignUpRequest r) {
    return users.signUp(r);
  }

  @Override
  public ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest r) {
    return users.confirmSignUp(r);
  }

  @Override
  public AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest r) {
    return users.adminConfirmSignUp(r);
  }

  @Override
  public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest r) {
    return users.adminCreateUser(r);
  }

  // -- passwords

  @Override
  public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest r) {
    return users.adminSetUserPassword(r);
  }

  @Override
  public ChangePasswordResponse changePassword(ChangePasswordRequest r) {
    return accessTokens.changePassword(r);
  }

  @Override
  public AdminResetUserPasswordResponse adminResetUserPassword(AdminResetUserPasswordRequest r) {
    return users.adminResetUserPassword(r);
  }

  @Override
  public ForgotPasswordResponse forgotPassword(ForgotPasswordRequest r) {
    return users.forgotPassword(r);
  }

  @Override
  public ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest r) {
    return users.confirmForgotPassword(r);
  }

  // -- sign-in

  @Override
  public InitiateAuthResponse initiateAuth(InitiateAuthRequest r) {
    return signIns.initiateAuth(r);
  }

  @Override
  public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest r) {
    return signIns.adminInitiateAuth(r);
  }

  @Override
  public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest r) {
    return signIns.respondToAuthChallenge(r);
  }

  @Override
  public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest r) {
    return signIns.adminRespondToAuthChallenge(r);
  }

  // -- the user's own operations, by access token

  @Override
  public GetUserAttributeVerificationCodeResponse getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest r) {
    return accessTokens.getUserAttributeVerificationCode(r);
  }

  @Override
  public VerifyUserAttributeResponse verifyUserAttribute(VerifyUserAttributeRequest r) {
    return accessTokens.verifyUserAttribute(r);
  }

  @Override
  public GetUserResponse getUser(GetUserRequest r) {
    return accessTokens.getUser(r);
  }

  @Override
  public GlobalSignOutResponse globalSignOut(GlobalSignOutRequest r) {
    return accessTokens.globalSignOut(r);
  }

  @Override
  public AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest r) {
    return accessTokens.adminUserGlobalSignOut(r);
  }

  // -- the Enabled flag, reads and deletion

  @Override
  public AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest r) {
    return users.adminDisableUser(r);
  }

  @Override
  public AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest r) {
    return users.adminEnableUser(r);
  }

  @Override
  public AdminGetUserResponse adminGetUser(AdminGetUserRequest r) {
    return users.adminGetUser(r);
  }

  @Override
  public AdminDeleteUserResponse adminDeleteUser(AdminDeleteUserRequest r) {
    return users.adminDeleteUser(r);
  }

  @Override
  public ListUsersResponse listUsers(ListUsersRequest r) {
    return users.listUsers(r);
  }

  // -- groups

  @Override
  public CreateGroupResponse createGroup(CreateGroupRequest r) {
    return groups.createGroup(r);
  }

  @Override
  public GetGroupResponse getGroup(GetGroupRequest r) {
    return groups.getGroup(r);
  }

  @Override
  public UpdateGroupResponse updateGroup(UpdateGroupRequest r) {
    return groups.updateGroup(r);
  }

  @Override
  public DeleteGroupResponse deleteGroup(DeleteGroupRequest r) {
    return groups.deleteGroup(r);
  }

  @Override
  public ListGroupsResponse listGroups(ListGroupsRequest r) {
    return groups.listGroups(r);
  }

  @Override
  public AdminAddUserToGroupResponse adminAddUserToGroup(AdminAddUserToGroupRequest r) {
    return groups.adminAddUserToGroup(r);
  }

  @Override
  public AdminRemoveUserFromGroupResponse adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest r) {
    return groups.adminRemoveUserFromGroup(r);
  }

  @Override
  public AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest r) {
    return groups.adminListGroupsForUser(r);
  }

  @Override
  public ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest r) {
    return groups.listUsersInGroup(r);
  }

  @Override
  public RevokeTokenResponse revokeToken(RevokeTokenRequest r) {
    return accessTokens.revokeToken(r);
  }

  @Override
  public GetTokensFromRefreshTokenResponse getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest r) {
    return accessTokens.getTokensFromRefreshToken(r);
  }

  // -- attributes and codes

  @Override
  public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest r) {
    return users.adminUpdateUserAttributes(r);
  }

  @Override
  public AdminDeleteUserAttributesResponse adminDeleteUserAttributes(AdminDeleteUserAttributesRequest r) {
    return users.adminDeleteUserAttributes(r);
  }

  @Override
  public UpdateUserAttributesResponse updateUserAttributes(UpdateUserAttributesRequest r) {
    return accessTokens.updateUserAttributes(r);
  }

  @Override
  public DeleteUserResponse deleteUser(DeleteUserRequest r) {
    return accessTokens.deleteUser(r);
  }

  @Override
  public ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest r) {
    return users.resendConfirmationCode(r);
  }

  // -- unimplemented operations

  @Override
  CognitoIdentityProviderException unimplemented(String operation) {
    return CognitoExceptions.of(new CognitoError.UnsupportedOperation(operation), replies.nextRequestId());
  }

  @Override
  public String toString() {
    return "InProcessCognitoClient[" + tokens + "]";
  }
}
