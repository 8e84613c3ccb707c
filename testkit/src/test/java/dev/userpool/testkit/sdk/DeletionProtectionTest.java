package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.testkit.inprocess.InProcessCognito;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

/**
 * {@code DeletionProtection}: kept and echoed by DescribeUserPool (INACTIVE by default); DeleteUserPool of an ACTIVE pool is
 * InvalidParameterException with Cognito's words (localstack/localstack issue 11947) and deletes nothing, neither the pool
 * nor its users; UpdateUserPool with INACTIVE, or without the member (reset to its default), makes it deletable again.
 */
class DeletionProtectionTest {

  static final String PROTECTED = "The user pool cannot be deleted because deletion protection is activated."
      + " Deletion protection must be inactivated first.";

  /** The rule on any client (the in-memory store here, PostgreSQL in its module). */
  static void shouldRefuseToDeleteAProtectedPool(CognitoIdentityProviderClient cognito) {
    String pool = cognito.createUserPool(b -> b.poolName("kept").deletionProtection(DeletionProtectionType.ACTIVE)).userPool().id();
    cognito.adminCreateUser(b -> b.userPoolId(pool).username("jane"));
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().deletionProtection())
        .isEqualTo(DeletionProtectionType.ACTIVE);

    InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class,
        () -> cognito.deleteUserPool(b -> b.userPoolId(pool)));
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterException");
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().name()).isEqualTo("kept");
    assertThat(cognito.adminGetUser(b -> b.userPoolId(pool).username("jane")).username()).isEqualTo("jane");

    cognito.updateUserPool(b -> b.userPoolId(pool).deletionProtection(DeletionProtectionType.INACTIVE));
    cognito.deleteUserPool(b -> b.userPoolId(pool));
    assertThat(catchThrowableOfType(ResourceNotFoundException.class, () -> cognito.describeUserPool(b -> b.userPoolId(pool))))
        .isNotNull();
  }

  @Test
  void shouldRefuseToDeleteAProtectedPool() {
    shouldRefuseToDeleteAProtectedPool(InProcessCognitoClient.of(InProcessCognito.create()));
  }

  @Test
  void shouldBeInactiveByDefaultAndEchoIt() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(InProcessCognito.create());
    var created = cognito.createUserPool(b -> b.poolName("p")).userPool();
    assertThat(created.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
    assertThat(cognito.describeUserPool(b -> b.userPoolId(created.id())).userPool().deletionProtection())
        .isEqualTo(DeletionProtectionType.INACTIVE);
    cognito.deleteUserPool(b -> b.userPoolId(created.id()));
    assertThat(cognito.listUserPools(b -> b.maxResults(60)).userPools()).isEmpty();
  }

  @Test
  void shouldResetProtectionWhenAnUpdateLeavesItOut() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(InProcessCognito.create());
    String pool = cognito.createUserPool(b -> b.poolName("p")).userPool().id();
    cognito.updateUserPool(b -> b.userPoolId(pool).deletionProtection(DeletionProtectionType.ACTIVE));
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().deletionProtection())
        .isEqualTo(DeletionProtectionType.ACTIVE);
    assertThat(catchThrowableOfType(InvalidParameterException.class, () -> cognito.deleteUserPool(b -> b.userPoolId(pool)))).isNotNull();

    cognito.updateUserPool(b -> b.userPoolId(pool));
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().deletionProtection())
        .isEqualTo(DeletionProtectionType.INACTIVE);
    cognito.deleteUserPool(b -> b.userPoolId(pool));
  }

  @Test
  void shouldLeaveProtectionAsItWasWhenAnUpdateIsRefused() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(InProcessCognito.create());
    String pool = cognito.createUserPool(b -> b.poolName("p").deletionProtection(DeletionProtectionType.ACTIVE)).userPool().id();
    assertThat(catchThrowableOfType(InvalidParameterException.class,
        () -> cognito.updateUserPool(b -> b.userPoolId(pool).policies(p -> p.passwordPolicy(pp -> pp.minimumLength(5)))))).isNotNull();
    assertThat(cognito.describeUserPool(b -> b.userPoolId(pool)).userPool().deletionProtection())
        .isEqualTo(DeletionProtectionType.ACTIVE);
  }
}
