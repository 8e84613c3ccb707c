package dev.userpool.testkit.sdk;

import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.service.SchemaOperations;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.InProcessCognito;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddCustomAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AddCustomAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;

/**
 * The pool and app client operations of the in-process SDK client (CreateUserPool to DeleteUserPoolClient): SDK shapes to the
 * library's requests, its answers to SDK responses; the app client's OAuth members go through {@link OAuthOperations}.
 */
final class PoolOperations {

  private final InProcessCognito cognito;
  private final UserPoolService service;
  private final OAuthOperations oauth;
  private final Replies replies;
  private final DeviceOperations devices;
  private final TagOperations tags;

  PoolOperations(InProcessCognito cognito, UserPoolService service, OAuthOperations oauth, Replies replies) {
    this.cognito = cognito;
    this.service = service;
    this.oauth = oauth;
    this.replies = replies;
    this.devices = new DeviceOperations(cognito.devices(), replies);
    this.tags = new TagOperations(service, replies);
  }

  CreateUserPoolResponse createUserPool(CreateUserPoolRequest r) {
    UserPool pool = replies.run(cognito.signInPolicies().createUserPool(UserAuthShapes.given(r.policies()), r.userPoolTierAsString(),
        () -> devices.createUserPool(r.deviceConfiguration(),
            () -> tags.kept(PoolOptionShapes.createUserPool(service, r, () -> PoolMfaShapes.createUserPool(service, r)),
                r.hasUserPoolTags(),
                r.userPoolTags()))));
    return replies.respond(CreateUserPoolResponse.builder()
        .userPool(PoolOptionShapes.withOptions(DeviceOperations.withDevices(PoolMfaShapes.withMfa(LambdaConfigShapes
            .withLambdaConfig(Shapes.pool(pool, 0), pool), pool), pool), pool)),
        CreateUserPoolResponse.class);
  }

  DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest r) {
    Results.PoolDescription d = replies.run(service.poolConfiguration().describeUserPool(new Requests.DescribeUserPool(r.userPoolId())));
    return replies.respond(DescribeUserPoolResponse.builder()
        .userPool(PoolOptionShapes.withOptions(DeviceOperations.withDevices(PoolMfaShapes.withMfa(LambdaConfigShapes.withLambdaConfig(
            Shapes.pool(d.pool(), d.estimatedNumberOfUsers()), d.pool()), d.pool()), d.pool()), d.pool())),
        DescribeUserPoolResponse.class);
  }

  UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest r) {
    replies.run(cognito.signInPolicies().updateUserPool(r.userPoolId(), UserAuthShapes.given(r.policies()), r.userPoolTierAsString(),
        () -> devices.updateUserPool(r.deviceConfiguration(),
            () -> tags.kept(PoolOptionShapes.updateUserPool(service, r, () -> PoolMfaShapes.updateUserPool(service, r)),
                r.hasUserPoolTags(),
                r.userPoolTags()))));
    return replies.respond(UpdateUserPoolResponse.builder(), UpdateUserPoolResponse.class);
  }

  /** AddCustomAttributes: the rules are {@link SchemaOperations#addCustomAttributes}'s. */
  AddCustomAttributesResponse addCustomAttributes(AddCustomAttributesRequest r) {
    replies.run(cognito.schemaOperations().addCustomAttributes(new Requests.AddCustomAttributes(r.userPoolId(),
        SchemaShapes.definitions(r.hasCustomAttributes(), r.customAttributes()))));
    return replies.respond(AddCustomAttributesResponse.builder(), AddCustomAttributesResponse.class);
  }

  DeleteUserPoolResponse deleteUserPool(DeleteUserPoolRequest r) {
    replies.run(service.poolConfiguration().deleteUserPool(new Requests.DeleteUserPool(r.userPoolId())));
    cognito.groups().removePool(new UserPoolId(r.userPoolId()));
    return replies.respond(DeleteUserPoolResponse.builder(), DeleteUserPoolResponse.class);
  }

  CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest r) {
    return oauth.createUserPoolClient(r, new Requests.CreateUserPoolClient(r.userPoolId(), r.clientName(),
        Shapes.listOrNull(r.hasExplicitAuthFlows(), r.explicitAuthFlowsAsStrings()), r.preventUserExistenceErrorsAsString(),
        r.authSessionValidity(), r.generateSecret(), r.accessTokenValidity(), r.idTokenValidity(), r.refreshTokenValidity(),
        Shapes.units(r.tokenValidityUnits()), Shapes.listOrNull(r.hasReadAttributes(), r.readAttributes()),
        Shapes.listOrNull(r.hasWriteAttributes(), r.writeAttributes()),
        Shapes.rotation(r.refreshTokenRotation())));
  }

  DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest r) {
    AppClient client = replies.run(
        service.poolConfiguration().describeUserPoolClient(new Requests.DescribeUserPoolClient(r.userPoolId(), r.clientId())));
    return replies.respond(DescribeUserPoolClientResponse.builder().userPoolClient(Shapes.client(new UserPoolId(r.userPoolId()), client)),
        DescribeUserPoolClientResponse.class);
  }

  /** ListUserPools: the pools by id, {@code MaxResults} at a time. */
  ListUserPoolsResponse listUserPools(ListUserPoolsRequest r) {
    Results.PoolPage page = replies
        .run(service.poolConfiguration().listUserPools(new Requests.ListUserPools(r.maxResults(), r.nextToken())));
    return replies.respond(ListUserPoolsResponse.builder()
        .userPools(page.userPools().map(p -> UserPoolDescriptionType.builder().id(p.id().value()).name(p.name())
            .creationDate(p.creationDate()).lastModifiedDate(p.lastModifiedDate()).build()).toJavaList())
        .nextToken(page.nextToken().getOrNull()), ListUserPoolsResponse.class);
  }

  /** ListUserPoolClients: the pool's app clients by id, {@code MaxResults} (default 60) at a time. */
  ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest r) {
    Results.ClientPage page = replies.run(
        service.poolConfiguration().listUserPoolClients(new Requests.ListUserPoolClients(r.userPoolId(), r.maxResults(), r.nextToken())));
    return replies.respond(ListUserPoolClientsResponse.builder()
        .userPoolClients(page.userPoolClients().map(c -> UserPoolClientDescription.builder().clientId(c.clientId().value())
            .userPoolId(r.userPoolId()).clientName(c.clientName()).build()).toJavaList())
        .nextToken(page.nextToken().getOrNull()), ListUserPoolClientsResponse.class);
  }

  /** UpdateUserPoolClient: members left out go back to their defaults, as in Cognito (the OAuth members to no OAuth). */
  UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest r) {
    return oauth.updateUserPoolClient(r, new Requests.UpdateUserPoolClient(r.userPoolId(), r.clientId(), r.clientName(),
        Shapes.listOrNull(r.hasExplicitAuthFlows(), r.explicitAuthFlowsAsStrings()), r.preventUserExistenceErrorsAsString(),
        r.authSessionValidity(), r.accessTokenValidity(), r.idTokenValidity(), r.refreshTokenValidity(),
        Shapes.units(r.tokenValidityUnits()), Shapes.listOrNull(r.hasReadAttributes(), r.readAttributes()),
        Shapes.listOrNull(r.hasWriteAttributes(), r.writeAttributes()),
        Shapes.rotation(r.refreshTokenRotation())));
  }

  DeleteUserPoolClientResponse deleteUserPoolClient(DeleteUserPoolClientRequest r) {
    replies.run(service.poolConfiguration().deleteUserPoolClient(new Requests.DeleteUserPoolClient(r.userPoolId(), r.clientId())));
    return replies.respond(DeleteUserPoolClientResponse.builder(), DeleteUserPoolClientResponse.class);
  }
}
