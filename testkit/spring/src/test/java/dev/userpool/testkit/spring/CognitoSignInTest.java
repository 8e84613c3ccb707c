package dev.userpool.testkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.TestUser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

class CognitoSignInTest {

  private static LocalCognito local;
  private static CognitoSignIn signIn;

  @BeforeAll
  static void start() {
    local = LocalCognito.start(new Settings(AutoConfigureCognito.Mode.IN_PROCESS, "wall", 0L, List.of(), List.of(), true, null));
    signIn = new CognitoSignIn(local.pool());
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @Test
  void aNewNameIsAConfirmedUserInItsGroupsAndTheTokensSayWhich() {
    SignedIn ada = signIn.user("sign-in-ada", "admin", "staff");

    assertThat(payload(ada.accessToken())).contains("\"token_use\":\"access\"").contains("\"cognito:groups\":[\"admin\",\"staff\"]")
        .contains("\"client_id\":\"" + local.pool().clientId().value() + "\"").doesNotContain("\"aud\"");
    assertThat(payload(ada.idToken())).contains("\"token_use\":\"id\"").contains("\"aud\":\"" + local.pool().clientId().value() + "\"");
    assertThat(signIn.user("sign-in-ada").user()).as("the same user the next time").isSameAs(ada.user());
  }

  @Test
  void aUserMadeElsewhereIsPassedAsItsFixture() {
    TestUser bob = local.pool().user("sign-in-bob").confirmed();

    assertThatThrownBy(() -> signIn.user("sign-in-bob")).isInstanceOf(IllegalStateException.class)
        .hasMessage("sign-in-bob is already in the pool, made by a fixture or by the application: pass the TestUser your fixture "
            + "returned to CognitoSignIn.user(TestUser, String...), or pick another name");
    assertThat(payload(signIn.user(bob, "readers").accessToken())).contains("\"username\":\"sign-in-bob\"")
        .contains("\"cognito:groups\":[\"readers\"]");
  }

  @Test
  void theBearerGoesIntoTheAuthorizationHeader() {
    SignedIn cy = signIn.user("sign-in-cy");
    MockHttpServletRequest request = cy.bearer().postProcessRequest(new MockHttpServletRequest());
    HttpHeaders headers = new HttpHeaders();
    cy.idTokenHeaders().accept(headers);

    assertThat(payload(request.getHeader(HttpHeaders.AUTHORIZATION).substring("Bearer ".length()))).contains("\"token_use\":\"access\"");
    assertThat(payload(headers.getFirst(HttpHeaders.AUTHORIZATION).substring("Bearer ".length()))).contains("\"token_use\":\"id\"");
    assertThat(cy.toString()).doesNotContain("eyJ");
  }

  private static String payload(String jwt) {
    return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
  }
}
