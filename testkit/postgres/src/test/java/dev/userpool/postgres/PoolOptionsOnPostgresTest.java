package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.userpool.pool.DeletionProtection;
import dev.userpool.pool.RecoveryOption;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;

/** The pool options are kept in the pool document: a pool read back by another connection has them. */
class PoolOptionsOnPostgresTest {

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

  @Test
  void shouldKeepTheAccountRecoverySettingInThePoolDocument() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(
        InProcessCognito.builder().store(TestDatabase.stores().userPools()).build());
    String pool = cognito.createUserPool(b -> b.poolName("recovering").accountRecoverySetting(s -> s.recoveryMechanisms(
        RecoveryOptionType.builder().name("verified_email").priority(2).build(),
        RecoveryOptionType.builder().name("verified_phone_number").priority(1).build()))).userPool().id();

    PostgresStores other = PostgresStores.connect(TestDatabase.url());
    try {
      assertThat(other.userPools().find(new UserPoolId(pool)).get().accountRecoverySetting().get().mechanisms())
          .containsExactly(new RecoveryOption(RecoveryOption.Name.VERIFIED_PHONE_NUMBER, 1),
              new RecoveryOption(RecoveryOption.Name.VERIFIED_EMAIL, 2));
    } finally {
      other.close();
    }
  }

  @Test
  void shouldKeepThePoolsWordsInThePoolDocument() {
    CognitoIdentityProviderClient cognito = InProcessCognitoClient.of(
        InProcessCognito.builder().store(TestDatabase.stores().userPools()).build());
    String pool = cognito.createUserPool(b -> b.poolName("worded").verificationMessageTemplate(t -> t.emailMessage("Acme: {####}"))
        .adminCreateUserConfig(a -> a.inviteMessageTemplate(t -> t.smsMessage("{username} / {####}")))).userPool().id();

    PostgresStores other = PostgresStores.connect(TestDatabase.url());
    try {
      UserPool read = other.userPools().find(new UserPoolId(pool)).get();
      assertThat(read.verificationMessageTemplate().emailMessage()).isEqualTo(Option.some("Acme: {####}"));
      assertThat(read.verificationMessageTemplate().smsMessage()).isEmpty();
      assertThat(read.inviteMessageTemplate().smsMessage()).isEqualTo(Option.some("{username} / {####}"));
    } finally {
      other.close();
    }
  }
}
