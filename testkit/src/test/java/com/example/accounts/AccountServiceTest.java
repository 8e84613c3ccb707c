package com.example.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** How an application team tests its own Cognito code with the in-process client. */
class AccountServiceTest {

  private static final String JANE = "jane@example.com";
  private static final String CHOSEN = "Correct-Horse-9!";

  private final InProcessCognito cognito = InProcessCognito.create();
  private AccountService accounts;

  @BeforeEach
  void setUp() {
    CognitoIdentityProviderClient client = InProcessCognitoClient.of(cognito);
    String poolId = client.createUserPool(b -> b.poolName("staff")).userPool().id();
    String clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("backoffice")
        .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
    accounts = new AccountService(client, poolId, clientId);
  }

  @Test
  void shouldTakeAnInvitedUserFromTheTemporaryPasswordToTheirOwn() {
    accounts.invite(JANE);
    String temporary = cognito.mailbox().lastTemporaryPasswordFor(JANE).get();
    assertThat(accounts.hasChosenPassword(JANE)).isFalse();

    AccountService.SignIn first = accounts.signIn(JANE, temporary);
    assertThat(first).isInstanceOf(AccountService.MustChoosePassword.class);

    AccountService.SignedIn signedIn = accounts.choosePassword(JANE, (AccountService.MustChoosePassword) first, CHOSEN);
    assertThat(signedIn.accessToken()).isNotBlank();
    assertThat(accounts.hasChosenPassword(JANE)).isTrue();
    assertThat(accounts.signIn(JANE, CHOSEN)).isInstanceOf(AccountService.SignedIn.class);
    assertThat(accounts.signIn(JANE, temporary)).isEqualTo(new AccountService.Refused("Incorrect username or password."));
  }

  @Test
  void shouldRefuseAnExpiredTemporaryPasswordUntilTheUserIsInvitedAgain() {
    accounts.invite(JANE);
    String temporary = cognito.mailbox().lastTemporaryPasswordFor(JANE).get();

    cognito.clock().advanceDays(8);

    assertThat(accounts.signIn(JANE, temporary))
        .isEqualTo(new AccountService.Refused("Temporary password has expired and must be reset by an administrator."));
    accounts.reinvite(JANE);
    String renewed = cognito.mailbox().lastTemporaryPasswordFor(JANE).get();
    assertThat(accounts.signIn(JANE, renewed)).isInstanceOf(AccountService.MustChoosePassword.class);
  }
}
