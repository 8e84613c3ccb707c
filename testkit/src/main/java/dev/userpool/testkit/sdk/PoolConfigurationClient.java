package dev.userpool.testkit.sdk;

import dev.userpool.testkit.inprocess.InProcessCognito;
import software.amazon.awssdk.services.cognitoidentityprovider.model.*;

/**
 * The pool configuration operations of {@link InProcessCognitoClient}, which extends this class: pools and app clients
 * ({@link PoolOperations}) and their OAuth configuration ({@link OAuthOperations}), each delegating in one line.
 */
abstract class PoolConfigurationClient extends UnimplementedOperations {

  private final PoolOperations pools;
  private final OAuthOperations oauth;

  PoolConfigurationClient(InProcessCognito cognito, Replies replies) {
    this.oauth = new OAuthOperations(cognito.oauth().config(), replies::run, replies::respond);
    this.pools = new PoolOperations(cognito, cognito.service(), oauth, replies);
  }

  @Override
  public CreateUserPoolResponse createUserPool(CreateUserPoolRequest r) {
    return pools.createUserPool(r);
  }

  @Override
  public DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest r) {
    return pools.describeUserPool(r);
  }

  @Override
  public UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest r) {
    return pools.updateUserPool(r);
  }

  @Override
  public AddCustomAttributesResponse addCustomAttributes(AddCustomAttributesRequest r) {
    return pools.addCustomAttributes(r);
  }

  @Override
  public DeleteUserPoolResponse deleteUserPool(DeleteUserPoolRequest r) {
    return pools.deleteUserPool(r);
  }

  @Override
  public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest r) {
    return pools.createUserPoolClient(r);
  }

  @Override
  public DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest r) {
    return pools.describeUserPoolClient(r);
  }

  @Override
  public ListUserPoolsResponse listUserPools(ListUserPoolsRequest r) {
    return pools.listUserPools(r);
  }

  @Override
  public ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest r) {
    return pools.listUserPoolClients(r);
  }

  @Override
  public UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest r) {
    return pools.updateUserPoolClient(r);
  }

  @Override
  public DeleteUserPoolClientResponse deleteUserPoolClient(DeleteUserPoolClientRequest r) {
    return pools.deleteUserPoolClient(r);
  }

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
}
