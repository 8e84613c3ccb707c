package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.group.Group;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.GroupService;
import dev.userpool.service.SchemaOperations;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.TokenOperations;
import dev.userpool.service.VerificationService;
import dev.userpool.service.TokenService;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderServiceClientConfiguration;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolDomainResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListResourceServersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteResourceServerResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CompleteWebAuthnRegistrationResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteWebAuthnCredentialResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserMfaPreferenceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifyUserAttributeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupResponse;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminResetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminResetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUserGlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderResponseMetadata;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddCustomAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddCustomAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RevokeTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

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
public final class InProcessCognitoClient extends UnimplementedOperations {

  private static final String NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED";

  private final InProcessCognito cognito;
  private final UserPoolService service;
  private final TokenService tokens;
  private final GroupService groups;
  private final TokenOperations tokenOperations;
  private final VerificationService verifications;
  private final OAuthOperations oauth;
  private final MfaOperations mfa;
  private final WebAuthnOperations webAuthn;

  private InProcessCognitoClient(InProcessCognito cognito) {
    this.cognito = Objects.requireNonNull(cognito, "cognito is null");
    this.service = cognito.service();
    this.tokens = cognito.tokens();
    this.groups = cognito.groupService();
    this.tokenOperations = cognito.tokenOperations();
    this.verifications = cognito.verifications();
    this.oauth = new OAuthOperations(cognito.oauth().config(), this::run, this::respond);
    Replies replies = new Replies() {
      @Override
      public <T> T run(Either<? extends CognitoError, T> result) {
        return InProcessCognitoClient.this.run(result);
      }

      @Override
      public <R extends CognitoIdentityProviderResponse> R respond(CognitoIdentityProviderResponse.Builder builder, Class<R> type) {
        return InProcessCognitoClient.this.respond(builder, type);
      }
    };
    this.mfa = new MfaOperations(cognito.mfa(), replies);
    this.webAuthn = new WebAuthnOperations(cognito.webAuthn(), replies);
  }

  // -- static API

  /**
   * A client of {@code cognito}; every client of one InProcessCognito shares its users, groups and tokens.
   *
   * @throws NullPointerException if {@code cognito} is null
   */
  public static InProcessCognitoClient of(InProcessCognito cognito) {
    return new InProcessCognitoClient(cognito);
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

  // -- pools and clients

  @Override
  public CreateUserPoolResponse createUserPool(CreateUserPoolRequest r) {
    UserPool pool = run(cognito.signInPolicies().createUserPool(UserAuthShapes.given(r.policies()), r.userPoolTierAsString(),
        () -> PoolMfaShapes.createUserPool(service, r)));
    return respond(CreateUserPoolResponse.builder().userPool(PoolMfaShapes.withMfa(LambdaConfigShapes.withLambdaConfig(Shapes.pool(pool, 0),
        pool), pool)), CreateUserPoolResponse.class);
  }

  @Override
  public DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest r) {
    Results.PoolDescription d = run(service.poolConfiguration().describeUserPool(new Requests.DescribeUserPool(r.userPoolId())));
    return respond(DescribeUserPoolResponse.builder()
        .userPool(PoolMfaShapes.withMfa(LambdaConfigShapes.withLambdaConfig(Shapes.pool(d.pool(), d.estimatedNumberOfUsers()), d.pool()),
            d.pool())),
        DescribeUserPoolResponse.class);
  }

  @Override
  public UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest r) {
    run(cognito.signInPolicies().updateUserPool(r.userPoolId(), UserAuthShapes.given(r.policies()), r.userPoolTierAsString(),
        () -> PoolMfaShapes.updateUserPool(service, r)));
    return respond(UpdateUserPoolResponse.builder(), UpdateUserPoolResponse.class);
  }

  /** AddCustomAttributes: the rules are {@link SchemaOperations#addCustomAttributes}'s. */
  @Override
  public AddCustomAttributesResponse addCustomAttributes(AddCustomAttributesRequest r) {
    run(cognito.schemaOperations().addCustomAttributes(new Requests.AddCustomAttributes(r.userPoolId(),
        SchemaShapes.definitions(r.hasCustomAttributes(), r.customAttributes()))));
    return respond(AddCustomAttributesResponse.builder(), AddCustomAttributesResponse.class);
  }

  @Override
  public DeleteUserPoolResponse deleteUserPool(DeleteUserPoolRequest r) {
    run(service.poolConfiguration().deleteUserPool(new Requests.DeleteUserPool(r.userPoolId())));
    cognito.groups().removePool(new UserPoolId(r.userPoolId()));
    return respond(DeleteUserPoolResponse.builder(), DeleteUserPoolResponse.class);
  }

  @Override
  public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest r) {
    return oauth.createUserPoolClient(r, new Requests.CreateUserPoolClient(r.userPoolId(), r.clientName(),
        Shapes.listOrNull(r.hasExplicitAuthFlows(), r.explicitAuthFlowsAsStrings()), r.preventUserExistenceErrorsAsString(),
        r.authSessionValidity(), r.generateSecret(), r.accessTokenValidity(), r.idTokenValidity(), r.refreshTokenValidity(),
        Shapes.units(r.tokenValidityUnits()), Shapes.listOrNull(r.hasReadAttributes(), r.readAttributes()),
        Shapes.listOrNull(r.hasWriteAttributes(), r.writeAttributes()),
        Shapes.rotation(r.refreshTokenRotation())));
  }

  @Override
  public DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest r) {
    AppClient client = run(
        service.poolConfiguration().describeUserPoolClient(new Requests.DescribeUserPoolClient(r.userPoolId(), r.clientId())));
    return respond(DescribeUserPoolClientResponse.builder().userPoolClient(Shapes.client(new UserPoolId(r.userPoolId()), client)),
        DescribeUserPoolClientResponse.class);
  }

  // -- sign-up and creation

  @Override
  public SignUpResponse signUp(SignUpRequest r) {
    Results.SignedUp signedUp = run(service.signUps().signUp(new Requests.SignUp(r.clientId(), r.username(), r.password(),
        Shapes.attributes(r.hasUserAttributes(), r.userAttributes()), r.secretHash()), LambdaConfigShapes.input(r)));
    return respond(SignUpResponse.builder()
        .userConfirmed(signedUp.user().status() == UserStatus.CONFIRMED)
        .userSub(signedUp.user().sub().value())
        .codeDeliveryDetails(signedUp.codeDelivery().map(Shapes::delivery).getOrNull()), SignUpResponse.class);
  }

  @Override
  public ConfirmSignUpResponse confirmSignUp(ConfirmSignUpRequest r) {
    run(ConfigurationMembers
        .check("ConfirmSignUp", r, new Requests.ConfirmSignUp(r.clientId(), r.username(), r.confirmationCode(), r.secretHash()))
        .flatMap(service.signUps()::confirmSignUp));
    return respond(ConfirmSignUpResponse.builder(), ConfirmSignUpResponse.class);
  }

  @Override
  public AdminConfirmSignUpResponse adminConfirmSignUp(AdminConfirmSignUpRequest r) {
    run(service.adminConfirmSignUp(new Requests.AdminConfirmSignUp(r.userPoolId(), r.username())));
    return respond(AdminConfirmSignUpResponse.builder(), AdminConfirmSignUpResponse.class);
  }

  @Override
  public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest r) {
    User user = run(
        ConfigurationMembers.check("AdminCreateUser", r, new Requests.AdminCreateUser(r.userPoolId(), r.username(), r.temporaryPassword(),
            Shapes.attributes(r.hasUserAttributes(), r.userAttributes()), r.messageActionAsString())).flatMap(service::adminCreateUser));
    return respond(AdminCreateUserResponse.builder().user(Shapes.user(user)), AdminCreateUserResponse.class);
  }

  // -- passwords

  @Override
  public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest r) {
    run(service.adminSetUserPassword(new Requests.AdminSetUserPassword(r.userPoolId(), r.username(), r.password(), r.permanent())));
    return respond(AdminSetUserPasswordResponse.builder(), AdminSetUserPasswordResponse.class);
  }

  /** ChangePassword by access token: the rules are {@link TokenOperations#changePassword}'s. */
  @Override
  public ChangePasswordResponse changePassword(ChangePasswordRequest r) {
    run(tokenOperations.changePassword(new Requests.ChangePasswordByToken(r.previousPassword(), r.proposedPassword(), r.accessToken())));
    return respond(ChangePasswordResponse.builder(), ChangePasswordResponse.class);
  }

  @Override
  public AdminResetUserPasswordResponse adminResetUserPassword(AdminResetUserPasswordRequest r) {
    run(service.adminResetUserPassword(new Requests.AdminResetUserPassword(r.userPoolId(), r.username())));
    return respond(AdminResetUserPasswordResponse.builder(), AdminResetUserPasswordResponse.class);
  }

  @Override
  public ForgotPasswordResponse forgotPassword(ForgotPasswordRequest r) {
    Results.CodeSent sent = run(service.signUps().forgotPassword(new Requests.ForgotPassword(r.clientId(), r.username(), r.secretHash())));
    return respond(ForgotPasswordResponse.builder().codeDeliveryDetails(Shapes.delivery(sent.codeDelivery())),
        ForgotPasswordResponse.class);
  }

  @Override
  public ConfirmForgotPasswordResponse confirmForgotPassword(ConfirmForgotPasswordRequest r) {
    run(service.signUps().confirmForgotPassword(new Requests.ConfirmForgotPassword(r.clientId(), r.username(), r.confirmationCode(),
        r.password(), r.secretHash())));
    return respond(ConfirmForgotPasswordResponse.builder(), ConfirmForgotPasswordResponse.class);
  }

  // -- sign-in

  /** InitiateAuth: the sign-in flows through the user service, REFRESH_TOKEN_AUTH (and REFRESH_TOKEN) through the token operations. */
  @Override
  public InitiateAuthResponse initiateAuth(InitiateAuthRequest r) {
    Requests.InitiateAuth request = run(ConfigurationMembers.check("InitiateAuth", r, new Requests.InitiateAuth(r.clientId(),
        r.authFlowAsString(), Shapes.mapOrNull(r.hasAuthParameters(), r.authParameters()))));
    SignInOutcome outcome = TokenOperations.isRefresh(r.authFlowAsString())
        ? SignInOutcome.renewed(run(tokenOperations.refreshTokenAuth(request)))
        : signedIn(run(service.signIns().initiateAuth(request)));
    return respond(InitiateAuthResponse.builder()
        .challengeName(outcome.challengeName())
        .session(outcome.session())
        .challengeParameters(outcome.challengeParameters())
        .authenticationResult(outcome.authenticationResult()).availableChallengesWithStrings(outcome.availableChallenges()),
        InitiateAuthResponse.class);
  }

  /**
   * AdminInitiateAuth: ADMIN_USER_PASSWORD_AUTH (and ADMIN_NO_SRP_AUTH) through the user service, REFRESH_TOKEN_AUTH through
   * the token operations.
   */
  @Override
  public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest r) {
    Requests.AdminInitiateAuth request = run(ConfigurationMembers.check("AdminInitiateAuth", r, new Requests.AdminInitiateAuth(
        r.userPoolId(), r.clientId(), r.authFlowAsString(), Shapes.mapOrNull(r.hasAuthParameters(), r.authParameters()))));
    SignInOutcome outcome = TokenOperations.isRefresh(r.authFlowAsString())
        ? SignInOutcome.renewed(run(tokenOperations.adminRefreshTokenAuth(request)))
        : signedIn(run(service.signIns().adminInitiateAuth(request)));
    return respond(AdminInitiateAuthResponse.builder()
        .challengeName(outcome.challengeName())
        .session(outcome.session())
        .challengeParameters(outcome.challengeParameters())
        .authenticationResult(outcome.authenticationResult()).availableChallengesWithStrings(outcome.availableChallenges()),
        AdminInitiateAuthResponse.class);
  }

  @Override
  public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest r) {
    SignInOutcome outcome = signedIn(run(service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(r.clientId(),
        r.challengeNameAsString(), r.session(), Shapes.mapOrNull(r.hasChallengeResponses(), r.challengeResponses())))),
        TriggerSource.ofAnswer(r.challengeNameAsString()));
    return respond(RespondToAuthChallengeResponse.builder()
        .challengeName(outcome.challengeName())
        .session(outcome.session())
        .challengeParameters(outcome.challengeParameters())
        .authenticationResult(outcome.authenticationResult()), RespondToAuthChallengeResponse.class);
  }

  @Override
  public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest r) {
    SignInOutcome outcome = signedIn(
        run(service.signIns().adminRespondToAuthChallenge(new Requests.AdminRespondToAuthChallenge(r.userPoolId(),
            r.clientId(), r.challengeNameAsString(), r.session(), Shapes.mapOrNull(r.hasChallengeResponses(), r.challengeResponses())))),
        TriggerSource.ofAnswer(r.challengeNameAsString()));
    return respond(AdminRespondToAuthChallengeResponse.builder()
        .challengeName(outcome.challengeName())
        .session(outcome.session())
        .challengeParameters(outcome.challengeParameters())
        .authenticationResult(outcome.authenticationResult()), AdminRespondToAuthChallengeResponse.class);
  }

  // -- the user's own operations, by access token

  /** GetUserAttributeVerificationCode: the rules are {@link VerificationService}'s. */
  @Override
  public GetUserAttributeVerificationCodeResponse getUserAttributeVerificationCode(GetUserAttributeVerificationCodeRequest r) {
    Results.CodeSent sent = run(verifications.getUserAttributeVerificationCode(new Requests.GetUserAttributeVerificationCode(
        r.accessToken(), r.attributeName(), Shapes.mapOrNull(r.hasClientMetadata(), r.clientMetadata()))));
    return respond(GetUserAttributeVerificationCodeResponse.builder().codeDeliveryDetails(Shapes.delivery(sent.codeDelivery())),
        GetUserAttributeVerificationCodeResponse.class);
  }

  /** VerifyUserAttribute: the rules are {@link VerificationService}'s. */
  @Override
  public VerifyUserAttributeResponse verifyUserAttribute(VerifyUserAttributeRequest r) {
    run(verifications.verifyUserAttribute(new Requests.VerifyUserAttribute(r.accessToken(), r.attributeName(), r.code())));
    return respond(VerifyUserAttributeResponse.builder(), VerifyUserAttributeResponse.class);
  }

  /** GetUser: the access token's user, with the same checks as ChangePassword. */
  @Override
  public GetUserResponse getUser(GetUserRequest r) {
    Results.Profile profile = run(tokenOperations.getUserProfile(new Requests.GetUser(r.accessToken())));
    return respond(GetUserResponse.builder().username(profile.user().username().value())
        .userAttributes(Shapes.attributesOf(profile.user().sub(), profile.attributes()))
        .userMFASettingList(MfaOperations.settingList(profile.user())).preferredMfaSetting(MfaOperations.preferred(profile.user()))
        .mfaOptions(MfaOperations.options(profile.user())), GetUserResponse.class);
  }

  /** GlobalSignOut: revokes every token of the access token's user. */
  @Override
  public GlobalSignOutResponse globalSignOut(GlobalSignOutRequest r) {
    run(tokenOperations.globalSignOut(new Requests.GlobalSignOut(r.accessToken())));
    return respond(GlobalSignOutResponse.builder(), GlobalSignOutResponse.class);
  }

  /** AdminUserGlobalSignOut: revokes every token of the user. */
  @Override
  public AdminUserGlobalSignOutResponse adminUserGlobalSignOut(AdminUserGlobalSignOutRequest r) {
    run(tokenOperations.adminUserGlobalSignOut(new Requests.AdminUserGlobalSignOut(r.userPoolId(), r.username())));
    return respond(AdminUserGlobalSignOutResponse.builder(), AdminUserGlobalSignOutResponse.class);
  }

  // -- the Enabled flag, reads and deletion

  /** AdminDisableUser; revokes the user's tokens, as Cognito does. */
  @Override
  public AdminDisableUserResponse adminDisableUser(AdminDisableUserRequest r) {
    User user = run(service.adminDisableUser(new Requests.AdminDisableUser(r.userPoolId(), r.username())));
    tokens.signOut(new UserPoolId(r.userPoolId()), user);
    return respond(AdminDisableUserResponse.builder(), AdminDisableUserResponse.class);
  }

  @Override
  public AdminEnableUserResponse adminEnableUser(AdminEnableUserRequest r) {
    run(service.adminEnableUser(new Requests.AdminEnableUser(r.userPoolId(), r.username())));
    return respond(AdminEnableUserResponse.builder(), AdminEnableUserResponse.class);
  }

  @Override
  public AdminGetUserResponse adminGetUser(AdminGetUserRequest r) {
    User user = run(service.adminGetUser(new Requests.AdminGetUser(r.userPoolId(), r.username())));
    return respond(AdminGetUserResponse.builder()
        .username(user.username().value())
        .userAttributes(Shapes.attributesOf(user))
        .userMFASettingList(MfaOperations.settingList(user)).preferredMfaSetting(MfaOperations.preferred(user))
        .mfaOptions(MfaOperations.options(user)).userCreateDate(user.creationDate())
        .userLastModifiedDate(user.lastModifiedDate())
        .enabled(user.enabled())
        .userStatus(user.status().name()), AdminGetUserResponse.class);
  }

  /** AdminDeleteUser; revokes the user's tokens. */
  @Override
  public AdminDeleteUserResponse adminDeleteUser(AdminDeleteUserRequest r) {
    User user = run(service.adminDeleteUser(new Requests.AdminDeleteUser(r.userPoolId(), r.username())));
    tokens.signOut(new UserPoolId(r.userPoolId()), user);
    cognito.groups().removeUser(new UserPoolId(r.userPoolId()), user.sub());
    return respond(AdminDeleteUserResponse.builder(), AdminDeleteUserResponse.class);
  }

  /** ListUsers; AttributesToGet, when given, keeps only the attributes named. */
  @Override
  public ListUsersResponse listUsers(ListUsersRequest r) {
    Results.UserPage page = run(service.listUsers(new Requests.ListUsers(r.userPoolId(), r.limit(), r.paginationToken(), r.filter())));
    List<UserType> users = page.users().map(Shapes::user).map(u -> r.hasAttributesToGet()
        ? u.toBuilder().attributes(Shapes.only(r.attributesToGet(), u.attributes())).build()
        : u).toJavaList();
    return respond(ListUsersResponse.builder().users(users).paginationToken(page.paginationToken().getOrNull()), ListUsersResponse.class);
  }

  // -- groups

  @Override
  public CreateGroupResponse createGroup(CreateGroupRequest r) {
    Group group = run(groups.createGroup(new GroupService.CreateGroup(r.userPoolId(), r.groupName(), r.description(), r.roleArn(),
        r.precedence())));
    return respond(CreateGroupResponse.builder().group(Shapes.group(group)), CreateGroupResponse.class);
  }

  @Override
  public GetGroupResponse getGroup(GetGroupRequest r) {
    Group group = run(groups.getGroup(new GroupService.GroupRequest(r.userPoolId(), r.groupName())));
    return respond(GetGroupResponse.builder().group(Shapes.group(group)), GetGroupResponse.class);
  }

  @Override
  public UpdateGroupResponse updateGroup(UpdateGroupRequest r) {
    Group group = run(groups.updateGroup(new GroupService.UpdateGroup(r.userPoolId(), r.groupName(), r.description(), r.roleArn(),
        r.precedence())));
    return respond(UpdateGroupResponse.builder().group(Shapes.group(group)), UpdateGroupResponse.class);
  }

  @Override
  public DeleteGroupResponse deleteGroup(DeleteGroupRequest r) {
    run(groups.deleteGroup(new GroupService.GroupRequest(r.userPoolId(), r.groupName())));
    return respond(DeleteGroupResponse.builder(), DeleteGroupResponse.class);
  }

  @Override
  public ListGroupsResponse listGroups(ListGroupsRequest r) {
    GroupService.GroupPage page = run(groups.listGroups(new GroupService.ListGroups(r.userPoolId(), r.limit(), r.nextToken())));
    return respond(ListGroupsResponse.builder().groups(page.groups().map(Shapes::group).toJavaList())
        .nextToken(page.nextToken().getOrNull()), ListGroupsResponse.class);
  }

  @Override
  public AdminAddUserToGroupResponse adminAddUserToGroup(AdminAddUserToGroupRequest r) {
    run(groups.adminAddUserToGroup(new GroupService.MembershipRequest(r.userPoolId(), r.username(), r.groupName())));
    return respond(AdminAddUserToGroupResponse.builder(), AdminAddUserToGroupResponse.class);
  }

  @Override
  public AdminRemoveUserFromGroupResponse adminRemoveUserFromGroup(AdminRemoveUserFromGroupRequest r) {
    run(groups.adminRemoveUserFromGroup(new GroupService.MembershipRequest(r.userPoolId(), r.username(), r.groupName())));
    return respond(AdminRemoveUserFromGroupResponse.builder(), AdminRemoveUserFromGroupResponse.class);
  }

  @Override
  public AdminListGroupsForUserResponse adminListGroupsForUser(AdminListGroupsForUserRequest r) {
    GroupService.GroupPage page = run(groups.adminListGroupsForUser(new GroupService.AdminListGroupsForUser(r.userPoolId(),
        r.username(), r.limit(), r.nextToken())));
    return respond(AdminListGroupsForUserResponse.builder().groups(page.groups().map(Shapes::group).toJavaList())
        .nextToken(page.nextToken().getOrNull()), AdminListGroupsForUserResponse.class);
  }

  @Override
  public ListUsersInGroupResponse listUsersInGroup(ListUsersInGroupRequest r) {
    GroupService.UserPage page = run(groups.listUsersInGroup(new GroupService.ListUsersInGroup(r.userPoolId(), r.groupName(),
        r.limit(), r.nextToken())));
    return respond(ListUsersInGroupResponse.builder().users(page.users().map(Shapes::user).toJavaList())
        .nextToken(page.nextToken().getOrNull()), ListUsersInGroupResponse.class);
  }

  /** RevokeToken: a refresh token's sign-in, with every access and ID token of it. */
  @Override
  public RevokeTokenResponse revokeToken(RevokeTokenRequest r) {
    run(tokenOperations.revokeToken(new Requests.RevokeToken(r.token(), r.clientId(), r.clientSecret())));
    return respond(RevokeTokenResponse.builder(), RevokeTokenResponse.class);
  }

  /** GetTokensFromRefreshToken: new ID and access tokens through the token operations; no new refresh token (no rotation). */
  @Override
  public GetTokensFromRefreshTokenResponse getTokensFromRefreshToken(GetTokensFromRefreshTokenRequest r) {
    TokenService.Issued issued = run(tokenOperations.getTokensFromRefreshToken(new Requests.GetTokensFromRefreshToken(r.refreshToken(),
        r.clientId(), r.clientSecret(), Shapes.mapOrNull(r.hasClientMetadata(), r.clientMetadata()))));
    return respond(GetTokensFromRefreshTokenResponse.builder().authenticationResult(SignInOutcome.authenticationResult(issued)),
        GetTokensFromRefreshTokenResponse.class);
  }

  // -- pools and clients: lists, updates, deletion

  /** ListUserPools: the pools by id, {@code MaxResults} at a time. */
  @Override
  public ListUserPoolsResponse listUserPools(ListUserPoolsRequest r) {
    Results.PoolPage page = run(service.poolConfiguration().listUserPools(new Requests.ListUserPools(r.maxResults(), r.nextToken())));
    return respond(ListUserPoolsResponse.builder()
        .userPools(page.userPools().map(p -> UserPoolDescriptionType.builder().id(p.id().value()).name(p.name())
            .creationDate(p.creationDate()).lastModifiedDate(p.lastModifiedDate()).build()).toJavaList())
        .nextToken(page.nextToken().getOrNull()), ListUserPoolsResponse.class);
  }

  /** ListUserPoolClients: the pool's app clients by id, {@code MaxResults} (default 60) at a time. */
  @Override
  public ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest r) {
    Results.ClientPage page = run(
        service.poolConfiguration().listUserPoolClients(new Requests.ListUserPoolClients(r.userPoolId(), r.maxResults(), r.nextToken())));
    return respond(ListUserPoolClientsResponse.builder()
        .userPoolClients(page.userPoolClients().map(c -> UserPoolClientDescription.builder().clientId(c.clientId().value())
            .userPoolId(r.userPoolId()).clientName(c.clientName()).build()).toJavaList())
        .nextToken(page.nextToken().getOrNull()), ListUserPoolClientsResponse.class);
  }

  /** UpdateUserPoolClient: members left out go back to their defaults, as in Cognito (the OAuth members to no OAuth). */
  @Override
  public UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest r) {
    return oauth.updateUserPoolClient(r, new Requests.UpdateUserPoolClient(r.userPoolId(), r.clientId(), r.clientName(),
        Shapes.listOrNull(r.hasExplicitAuthFlows(), r.explicitAuthFlowsAsStrings()), r.preventUserExistenceErrorsAsString(),
        r.authSessionValidity(), r.accessTokenValidity(), r.idTokenValidity(), r.refreshTokenValidity(),
        Shapes.units(r.tokenValidityUnits()), Shapes.listOrNull(r.hasReadAttributes(), r.readAttributes()),
        Shapes.listOrNull(r.hasWriteAttributes(), r.writeAttributes()),
        Shapes.rotation(r.refreshTokenRotation())));
  }

  @Override
  public DeleteUserPoolClientResponse deleteUserPoolClient(DeleteUserPoolClientRequest r) {
    run(service.poolConfiguration().deleteUserPoolClient(new Requests.DeleteUserPoolClient(r.userPoolId(), r.clientId())));
    return respond(DeleteUserPoolClientResponse.builder(), DeleteUserPoolClientResponse.class);
  }

  // -- OAuth configuration (OAuthOperations)

  @Override
  public CreateUserPoolDomainResponse createUserPoolDomain(CreateUserPoolDomainRequest r) {
    return oauth.createUserPoolDomain(r);
  }

  @Override
  public DescribeUserPoolDomainResponse describeUserPoolDomain(DescribeUserPoolDomainRequest r) {
    return oauth.describeUserPoolDomain(r);
  }

  @Override
  public UpdateUserPoolDomainResponse updateUserPoolDomain(UpdateUserPoolDomainRequest r) {
    return oauth.updateUserPoolDomain(r);
  }

  @Override
  public DeleteUserPoolDomainResponse deleteUserPoolDomain(DeleteUserPoolDomainRequest r) {
    return oauth.deleteUserPoolDomain(r);
  }

  @Override
  public CreateResourceServerResponse createResourceServer(CreateResourceServerRequest r) {
    return oauth.createResourceServer(r);
  }

  @Override
  public DescribeResourceServerResponse describeResourceServer(DescribeResourceServerRequest r) {
    return oauth.describeResourceServer(r);
  }

  @Override
  public ListResourceServersResponse listResourceServers(ListResourceServersRequest r) {
    return oauth.listResourceServers(r);
  }

  @Override
  public UpdateResourceServerResponse updateResourceServer(UpdateResourceServerRequest r) {
    return oauth.updateResourceServer(r);
  }

  @Override
  public DeleteResourceServerResponse deleteResourceServer(DeleteResourceServerRequest r) {
    return oauth.deleteResourceServer(r);
  }

  // -- attributes and codes

  @Override
  public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest r) {
    run(service.adminUpdateUserAttributes(new Requests.AdminUpdateUserAttributes(r.userPoolId(), r.username(),
        Shapes.attributes(r.hasUserAttributes(), r.userAttributes()))));
    return respond(AdminUpdateUserAttributesResponse.builder(), AdminUpdateUserAttributesResponse.class);
  }

  @Override
  public AdminDeleteUserAttributesResponse adminDeleteUserAttributes(AdminDeleteUserAttributesRequest r) {
    run(service.adminDeleteUserAttributes(new Requests.AdminDeleteUserAttributes(r.userPoolId(), r.username(),
        Shapes.listOrNull(r.hasUserAttributeNames(), r.userAttributeNames()))));
    return respond(AdminDeleteUserAttributesResponse.builder(), AdminDeleteUserAttributesResponse.class);
  }

  /** UpdateUserAttributes by access token: the rules are {@link TokenOperations#updateUserAttributes}'s. */
  @Override
  public UpdateUserAttributesResponse updateUserAttributes(UpdateUserAttributesRequest r) {
    Results.AttributesUpdated updated = run(tokenOperations.updateUserAttributes(new Requests.UpdateUserAttributesByToken(
        Shapes.attributes(r.hasUserAttributes(), r.userAttributes()), r.accessToken())));
    return respond(UpdateUserAttributesResponse.builder()
        .codeDeliveryDetailsList(updated.codeDelivery().map(Shapes::delivery).toJavaList()), UpdateUserAttributesResponse.class);
  }

  /** DeleteUser: the access token's user, checked as for ChangePassword; their tokens are revoked. */
  @Override
  public DeleteUserResponse deleteUser(DeleteUserRequest r) {
    run(tokenOperations.deleteUser(new Requests.DeleteUserByToken(r.accessToken())));
    return respond(DeleteUserResponse.builder(), DeleteUserResponse.class);
  }

  @Override
  public ResendConfirmationCodeResponse resendConfirmationCode(ResendConfirmationCodeRequest r) {
    Results.CodeSent sent = run(service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(r.clientId(), r.username(),
        r.secretHash())));
    return respond(ResendConfirmationCodeResponse.builder().codeDeliveryDetails(Shapes.delivery(sent.codeDelivery())),
        ResendConfirmationCodeResponse.class);
  }

  // -- unimplemented operations

  @Override
  CognitoIdentityProviderException unimplemented(String operation) {
    return CognitoExceptions.of(new CognitoError.UnsupportedOperation(operation), nextRequestId());
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

  // -- sign-in outcomes and tokens

  private SignInOutcome signedIn(Results.SignIn signIn) {
    return signedIn(signIn, TriggerSource.TokenGeneration_Authentication);
  }

  private SignInOutcome signedIn(Results.SignIn signIn, TriggerSource tokens) {
    return signIn.fold(a -> tokensFor(a, tokens), SignInOutcome::newPasswordRequired,
        verifier -> new SignInOutcome("PASSWORD_VERIFIER", verifier.initiation().session().reveal(), verifier.challengeParameters(), null,
            null),
        mfaRequired -> new SignInOutcome(mfaRequired.step().name(), mfaRequired.session().reveal(), mfaRequired.challengeParameters(),
            null, mfaRequired.availableChallenges().isEmpty() ? null : mfaRequired.availableChallenges().toJavaList()),
        c -> new SignInOutcome(c.challengeName(), c.session().reveal(), c.challengeParameters(), null, null));
  }

  private SignInOutcome tokensFor(Results.Authenticated authenticated, TriggerSource source) {
    TokenService.Issued issued = run(tokens.signIn(authenticated.pool(), authenticated.client(), authenticated.user(), source));
    return new SignInOutcome(null, null, Map.of(), SignInOutcome.authenticationResult(issued), null);
  }

  // -- plumbing

  /** The value, or the SDK's exception for the error; an internal error is logged first ({@link InternalErrors}). */
  private <T> T run(Either<? extends CognitoError, T> result) {
    if (result.isLeft()) {
      String requestId = nextRequestId();
      if (result.getLeft() instanceof CognitoError.InternalError internal) {
        InternalErrors.log(InternalErrors.operation(), internal, requestId);
      }
      throw CognitoExceptions.of(result.getLeft(), requestId);
    }
    return result.get();
  }

  /** Completes a response as the SDK would have unmarshalled it: HTTP 200 and a request id. */
  private <R extends CognitoIdentityProviderResponse> R respond(CognitoIdentityProviderResponse.Builder builder, Class<R> type) {
    String requestId = nextRequestId();
    builder.responseMetadata(
        CognitoIdentityProviderResponseMetadata.create(DefaultAwsResponseMetadata.create(Map.of("AWS_REQUEST_ID", requestId))));
    builder.sdkHttpResponse(SdkHttpResponse.builder().statusCode(200).statusText("OK").putHeader("x-amzn-RequestId", requestId).build());
    return type.cast(builder.build());
  }

  /** The Cognito's next request id: one source for this client and an endpoint on the same Cognito. */
  private String nextRequestId() {
    return cognito.nextRequestId();
  }

  @Override
  public String toString() {
    return "InProcessCognitoClient[" + tokens + "]";
  }
}
