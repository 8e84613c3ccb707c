package dev.userpool.testkit.spring.sample;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/** Calls Cognito through the application's SDK beans. */
@Service
class UserAdmin {

  private final CognitoIdentityProviderClient cognito;
  private final CognitoIdentityProviderAsyncClient cognitoAsync;
  private final String poolId;

  UserAdmin(CognitoIdentityProviderClient cognito, CognitoIdentityProviderAsyncClient cognitoAsync,
      @Value("${app.cognito.user-pool-id}") String poolId) {
    this.cognito = cognito;
    this.cognitoAsync = cognitoAsync;
    this.poolId = poolId;
  }

  /** AdminCreateUser: Cognito emails the temporary password. */
  String invite(String username, String email) {
    return cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username)
        .userAttributes(AttributeType.builder().name("email").value(email).build())).user().userStatusAsString();
  }

  /** AdminGetUser, through the async client. */
  String status(String username) {
    return cognitoAsync.adminGetUser(r -> r.userPoolId(poolId).username(username)).join().userStatusAsString();
  }
}
