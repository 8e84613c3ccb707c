package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.pool.DeletionProtection;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;

/** DeletionProtection is kept in the pool document: a pool read back by another connection is still protected. */
class DeletionProtectionOnPostgresTest {

  @Test
  void shouldKeepDeletionProtectionInThePoolDocument() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(
        InProcessCognito.builder().store(TestDatabase.stores().userPools()).build());
    String pool = cognito.createUserPool(b -> b.poolName("kept").deletionProtection(DeletionProtectionType.ACTIVE)).userPool().id();

    PostgresStores other = PostgresStores.connect(TestDatabase.url());
    try {
      assertThat(other.userPools().find(new UserPoolId(pool)).get().deletionProtection()).isEqualTo(DeletionProtection.ACTIVE);
    } finally {
      other.close();
    }
    InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class,
        () -> cognito.deleteUserPool(b -> b.userPoolId(pool)));
    assertThat(e.awsErrorDetails().errorMessage()).startsWith("The user pool cannot be deleted because deletion protection is activated.");
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().deletionProtection()).isEqualTo(DeletionProtectionType.ACTIVE);
  }
}
