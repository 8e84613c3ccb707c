package dev.userpool.testkit.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.pool.AppClient;
import dev.userpool.pool.UserPool;
import dev.userpool.service.Requests;
import dev.userpool.service.Results;
import dev.userpool.user.UserStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InProcessCognitoTest {

  private final InProcessCognito cognito = InProcessCognito.builder().fixedCode("123456").build();

  @Test
  void shouldTakeAnInvitedUserThroughTheNewPasswordChallenge() {
    UserPool pool = cognito.service().poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get();
    AppClient client = cognito.service().poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(
        pool.id().value(), "web", List.of("ALLOW_USER_PASSWORD_AUTH"), null, null, null)).get();
    cognito.service().adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", "Temp-Passw0rd", null, null)).get();

    var first = cognito.service().signIns().initiateAuth(new Requests.InitiateAuth(client.clientId().value(), "USER_PASSWORD_AUTH",
        Map.of("USERNAME", "jane", "PASSWORD", "Temp-Passw0rd"))).get();
    var session = ((Results.NewPasswordRequired) first).session().reveal();
    var answered = cognito.service().signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(client.clientId().value(),
        "NEW_PASSWORD_REQUIRED", session, Map.of("USERNAME", "jane", "NEW_PASSWORD", "Final-Passw0rd"))).get();

    assertThat(answered).isInstanceOf(Results.Authenticated.class);
    assertThat(answered.user().status()).isEqualTo(UserStatus.CONFIRMED);
    assertThat(cognito.mailbox().lastTemporaryPasswordFor("jane")).contains("Temp-Passw0rd");
  }

  @Test
  void shouldExpireATemporaryPasswordWhenTheClockPassesItsValidity() {
    UserPool pool = cognito.service().poolConfiguration().createUserPool(Requests.CreateUserPool.named("app")).get();
    AppClient client = cognito.service().poolConfiguration().createUserPoolClient(new Requests.CreateUserPoolClient(
        pool.id().value(), "web", List.of("ALLOW_USER_PASSWORD_AUTH"), null, null, null)).get();
    cognito.service().adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", "Temp-Passw0rd", null, null)).get();

    cognito.clock().advanceDays(8);
    var refused = cognito.service().signIns().initiateAuth(new Requests.InitiateAuth(client.clientId().value(), "USER_PASSWORD_AUTH",
        Map.of("USERNAME", "jane", "PASSWORD", "Temp-Passw0rd")));

    assertThat(refused.getLeft().message()).isEqualTo("Temporary password has expired and must be reset by an administrator.");
  }
}
