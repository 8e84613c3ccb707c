package dev.userpool.testkit.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.spring.CognitoSignIn;
import dev.userpool.testkit.spring.LocalCognito;
import dev.userpool.user.UserStatus;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The sample application's behaviour, which holds in both modes of @AutoConfigureCognito. */
interface SampleApplicationContract {

  MockMvc mvc();

  CognitoSignIn signIn();

  LocalCognito cognito();

  Environment environment();

  private static HttpHeaders headers(Consumer<HttpHeaders> bearer) {
    HttpHeaders headers = new HttpHeaders();
    bearer.accept(headers);
    return headers;
  }

  default TestPool pool() {
    return cognito().pool();
  }

  @Test
  default void theControllerReadsTheAccessTokensClaims() throws Exception {
    mvc().perform(get("/me").with(signIn().user("jane").bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("jane"))
        .andExpect(jsonPath("$.sub").value(pool().find("jane").orElseThrow().sub().value()))
        .andExpect(jsonPath("$.iss").value(cognito().issuer()))
        .andExpect(jsonPath("$.authorities").isEmpty());
  }

  @Test
  default void groupsBecomeRoles() throws Exception {
    mvc().perform(get("/me").with(signIn().user("grace", "admin", "staff").bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.authorities[0]").value("ROLE_admin"))
        .andExpect(jsonPath("$.authorities[1]").value("ROLE_staff"));
  }

  @Test
  default void anIdTokenIsRefusedByTheApplicationsTokenUseCheck() throws Exception {
    mvc().perform(get("/me").with(signIn().user("ivan").idTokenBearer()))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("token_use")));
  }

  @Test
  default void noTokenIsUnauthorized() throws Exception {
    mvc().perform(get("/me")).andExpect(status().isUnauthorized());
  }

  @Test
  default void theAdminEndpointIsForTheAdminGroup() throws Exception {
    String body = "{\"username\": \"refused\", \"email\": \"refused@example.com\"}";
    mvc().perform(post("/admin/users").with(signIn().user("mallory").bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    assertThat(pool().find("refused")).isEmpty();
  }

  @Test
  default void theServiceCreatesUsersThroughTheSdkBean() throws Exception {
    String body = "{\"username\": \"newbie\", \"email\": \"newbie@example.com\"}";
    mvc().perform(post("/admin/users").with(signIn().user("ada", "admin").bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("FORCE_CHANGE_PASSWORD"));

    assertThat(pool().find("newbie").orElseThrow().status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
    assertThat(pool().mailbox().temporaryPassword(pool().id().value(), "newbie")).as("the invitation Cognito sent").isPresent();
    // the async bean, over the same pool; the bearer set through HttpHeaders, as WebTestClient's headers(...) takes it
    mvc().perform(get("/admin/users/newbie").headers(headers(signIn().user("ada").headers())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("FORCE_CHANGE_PASSWORD"));
  }

  @Test
  default void thePropertiesNameTheLocalPool() {
    assertThat(environment().getProperty("app.cognito.user-pool-id")).isEqualTo(pool().id().value());
    assertThat(environment().getProperty("app.cognito.client-id")).isEqualTo(pool().clientId().value());
    assertThat(environment().getProperty("userpool.cognito.user-pool-id")).isEqualTo(pool().id().value());
    assertThat(environment().getProperty(LocalCognito.ISSUER_URI)).isEqualTo(cognito().issuer());
    assertThat(environment().getProperty(LocalCognito.JWK_SET_URI)).isEqualTo(cognito().jwkSetUri())
        .startsWith(cognito().uri().toString());
  }
}
