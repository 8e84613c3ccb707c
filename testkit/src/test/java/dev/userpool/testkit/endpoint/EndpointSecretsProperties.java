package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random passwords sent over the wire through every password operation, accepted or refused: no
 * response body, no header and nothing the in-memory store holds shows a plain password. (The test
 * control that reads an invitation's temporary password reveals it on purpose and is not used here.)
 */
class EndpointSecretsProperties {

  @Property(tries = 25)
  void noResponseOrStoredStateShowsAPassword(@ForAll("secrets") List<String> passwords) throws Exception {
    String p0 = passwords.get(0);
    String p1 = passwords.get(1);
    String p2 = passwords.get(2);
    String weak = passwords.get(3).substring(0, 6);
    try (LocalEndpoint endpoint = LocalEndpoint.builder().port(0).start()) {
      URI uri = endpoint.uri();
      List<Wire.Reply> replies = new ArrayList<>();
      Wire.Reply pool = Wire.cognito(uri, "CreateUserPool", json().put("PoolName", "secrets").toString());
      String poolId = pool.json().path("UserPool").path("Id").asText();
      ObjectNode client = json().put("UserPoolId", poolId).put("ClientName", "app");
      client.putArray("ExplicitAuthFlows").add("ALLOW_USER_PASSWORD_AUTH").add("ALLOW_ADMIN_USER_PASSWORD_AUTH");
      String clientId = Wire.cognito(uri, "CreateUserPoolClient", client.toString()).json().path("UserPoolClient").path("ClientId")
          .asText();

      replies.add(Wire.cognito(uri, "AdminCreateUser", json().put("UserPoolId", poolId).put("Username", "jane")
          .put("TemporaryPassword", p0).put("MessageAction", "SUPPRESS").toString()));
      Wire.Reply challenge = Wire.cognito(uri, "AdminInitiateAuth", auth(poolId, clientId, "jane", p0));
      replies.add(challenge);
      String session = challenge.json().path("Session").asText();
      replies.add(Wire.cognito(uri, "RespondToAuthChallenge", answer(clientId, session, weak)));
      replies.add(Wire.cognito(uri, "RespondToAuthChallenge", answer(clientId, session, p1)));
      replies.add(Wire.cognito(uri, "AdminInitiateAuth", auth(poolId, clientId, "jane", p2)));
      replies.add(Wire.cognito(uri, "AdminSetUserPassword", json().put("UserPoolId", poolId).put("Username", "jane")
          .put("Password", weak).put("Permanent", true).toString()));
      replies.add(Wire.cognito(uri, "AdminSetUserPassword", json().put("UserPoolId", poolId).put("Username", "jane")
          .put("Password", p2).put("Permanent", true).toString()));
      replies.add(Wire.cognito(uri, "AdminSetUserPassword", json().put("UserPoolId", poolId).put("Username", "jane")
          .put("Password", " " + p1).put("Permanent", true).toString()));
      replies.add(Wire.cognito(uri, "SignUp", json().put("ClientId", clientId).put("Username", "john").put("Password", p1).toString()));
      replies.add(Wire.cognito(uri, "SignUp", json().put("ClientId", clientId).put("Username", "jill").put("Password", weak).toString()));
      replies.add(Wire.cognito(uri, "AdminGetUser", json().put("UserPoolId", poolId).put("Username", "jane").toString()));

      String everything = replies.toString() + endpoint.cognito().pools().list()
          .flatMap(p -> endpoint.cognito().pools().allUsers(p.id())).toList() + endpoint.cognito().events();
      for (String p : List.of(p0, p1, p2, weak)) {
        assertThat(everything).doesNotContain(p);
      }
      assertThat(replies.get(3).status()).as("the challenge was answered").isEqualTo(200);
    }
  }

  private static ObjectNode json() {
    return Wire.JSON.createObjectNode();
  }

  private static String auth(String poolId, String clientId, String username, String password) {
    ObjectNode request = json().put("UserPoolId", poolId).put("ClientId", clientId).put("AuthFlow", "ADMIN_USER_PASSWORD_AUTH");
    request.putObject("AuthParameters").put("USERNAME", username).put("PASSWORD", password);
    return request.toString();
  }

  private static String answer(String clientId, String session, String newPassword) {
    ObjectNode request = json().put("ClientId", clientId).put("ChallengeName", "NEW_PASSWORD_REQUIRED").put("Session", session);
    request.putObject("ChallengeResponses").put("USERNAME", "jane").put("NEW_PASSWORD", newPassword);
    return request.toString();
  }

  @Provide
  Arbitrary<List<String>> secrets() {
    // A marker prefix keeps accidental matches with the library's own words out; the rest varies.
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#%^&*")
        .ofMinLength(8).ofMaxLength(40)
        .map(s -> "Qz7!" + s)
        .list().ofSize(4).uniqueElements();
  }
}
