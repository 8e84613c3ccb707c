package dev.userpool.testkit.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.store.InMemoryTokenFamilies;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * What a sign-in leaves in memory is dropped once nothing can use it (issue 28): over rounds of sign-ins,
 * each after the clock passed the previous round's refresh tokens' expiry, the registry holds one round's
 * families (with as many digests and index entries), the event log and the mailbox stay within their bounds.
 * Counted in entries, not bytes: the heap over a million sign-ins is the benchmark's (SignInHeapBench).
 */
class SignInStateTest {

  private static final int SIGN_INS = 300;
  private static final int ROUNDS = 4;

  /** An SDK client on the Cognito, a pool and client that allow admin password sign-in and refresh, and jane, CONFIRMED. */
  private record Jane(CognitoIdentityProviderClient client, String pool, String app) {
    static Jane in(InProcessCognito cognito) {
      CognitoIdentityProviderClient client = InProcessCognitoClient.of(cognito);
      String pool = client.createUserPool(b -> b.poolName("load")).userPool().id();
      String app = client.createUserPoolClient(b -> b.userPoolId(pool).clientName("app")
          .explicitAuthFlowsWithStrings("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
      client.adminCreateUser(b -> b.userPoolId(pool).username("jane").temporaryPassword("Temporary1x!").messageAction("SUPPRESS"));
      client.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password("Permanent1x!").permanent(true));
      return new Jane(client, pool, app);
    }
  }

  @Test
  void shouldHoldOneRoundOfFamiliesAndBoundedEventsHoweverManyRoundsOfSignInsCame() {
    InProcessCognito cognito = InProcessCognito.builder().eventsKept(100).build();
    Jane jane = Jane.in(cognito);
    CognitoIdentityProviderClient client = jane.client();
    String pool = jane.pool();
    String app = jane.app();
    InMemoryTokenFamilies families = (InMemoryTokenFamilies) cognito.tokenFamilies();

    for (int round = 1; round <= ROUNDS; round++) {
      for (int i = 0; i < SIGN_INS; i++) {
        client.adminInitiateAuth(b -> b.userPoolId(pool).clientId(app).authFlow("ADMIN_USER_PASSWORD_AUTH")
            .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Permanent1x!")));
      }

      assertThat(families.size()).as("families after round %d", round).isEqualTo(SIGN_INS);
      assertThat(families.indexEntries()).as("digests and index entries after round %d", round).isEqualTo(2 * SIGN_INS);
      assertThat(cognito.events().size()).as("events kept after round %d", round).isEqualTo(100);
      assertThat(cognito.mailbox().all()).hasSizeLessThanOrEqualTo(RecordingMailbox.KEPT);
      cognito.clock().advance(Duration.ofDays(31).plusHours(1));
    }
  }

  @Test
  void shouldKeepEveryFamilySomeTokenCanStillUse() {
    InProcessCognito cognito = InProcessCognito.create();
    Jane jane = Jane.in(cognito);
    CognitoIdentityProviderClient client = jane.client();
    String pool = jane.pool();
    String app = jane.app();
    Map<String, String> password = Map.of("USERNAME", "jane", "PASSWORD", "Permanent1x!");
    String refresh = client.adminInitiateAuth(b -> b.userPoolId(pool).clientId(app).authFlow("ADMIN_USER_PASSWORD_AUTH")
        .authParameters(password)).authenticationResult().refreshToken();
    cognito.clock().advance(Duration.ofDays(30).minusMinutes(1));
    String renewed = client.adminInitiateAuth(b -> b.userPoolId(pool).clientId(app).authFlow("REFRESH_TOKEN_AUTH")
        .authParameters(Map.of("REFRESH_TOKEN", refresh))).authenticationResult().accessToken();
    cognito.clock().advance(Duration.ofMinutes(30));

    client.adminInitiateAuth(b -> b.userPoolId(pool).clientId(app).authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(password));

    assertThat(client.getUser(b -> b.accessToken(renewed)).username()).as("a token renewed before the refresh token expired")
        .isEqualTo("jane");
    assertThat(((InMemoryTokenFamilies) cognito.tokenFamilies()).size()).isEqualTo(2);
  }
}
