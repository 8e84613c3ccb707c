package dev.userpool.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestsTest {

  private static final String SECRET = "Qz7!secret-Passw0rd";

  @Test
  void requestsCarryingSecretsShowEverythingButTheSecrets() {
    List<Object> requests = List.of(
        new Requests.SignUp("client1", "jane", SECRET, List.of(new Requests.AttributeType("email", SECRET))),
        new Requests.ConfirmSignUp("client1", "jane", SECRET),
        new Requests.AdminCreateUser("us-east-1_x", "jane", SECRET, null, null),
        new Requests.AdminSetUserPassword("us-east-1_x", "jane", SECRET, true),
        new Requests.InitiateAuth("client1", "USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", SECRET)),
        new Requests.AdminInitiateAuth("us-east-1_x", "client1", "ADMIN_USER_PASSWORD_AUTH", Map.of("PASSWORD", SECRET)),
        new Requests.RespondToAuthChallenge("client1", "NEW_PASSWORD_REQUIRED", SECRET, Map.of("NEW_PASSWORD", SECRET)),
        new Requests.AdminRespondToAuthChallenge("us-east-1_x", "client1", "NEW_PASSWORD_REQUIRED", SECRET, Map.of("NEW_PASSWORD", SECRET)),
        new Requests.ChangePassword("us-east-1_x", "sub", SECRET, SECRET),
        new Requests.ConfirmForgotPassword("client1", "jane", SECRET, SECRET));

    for (Object request : requests) {
      String shown = request.toString();
      // Secrets in members show as ***; secrets in parameter maps are left out, only the map's keys show.
      assertThat(shown).doesNotContain(SECRET).containsAnyOf("***", "Parameters=[").startsWith(request.getClass().getSimpleName() + "[");
      assertThat(shown).containsAnyOf("jane", "NEW_PASSWORD_REQUIRED", "sub", "PASSWORD");
    }
  }

  @Test
  void absentParametersShowAsNull() {
    assertThat(new Requests.InitiateAuth("client1", "USER_PASSWORD_AUTH", null).toString()).endsWith("authParameters=null]");
  }
}
