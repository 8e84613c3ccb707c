// tag::readme-spring-test[]
package com.example;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.spring.AutoConfigureCognito;
import dev.userpool.testkit.spring.CognitoSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureCognito(userPoolIdProperties = "app.cognito.user-pool-id", clientIdProperties = "app.cognito.client-id")
class GreetingApplicationTest {

  @Autowired MockMvc mvc;
  @Autowired CognitoSignIn signIn; // signed-in users of the local pool, as bearer tokens

  @Test
  void greetsTheSignedInUser() throws Exception {
    mvc.perform(get("/hello").with(signIn.user("jane").bearer())).andExpect(content().string("Hello, jane"));
  }

  @Test
  void refusesAnIdToken() throws Exception {
    mvc.perform(get("/hello").with(signIn.user("jane").idTokenBearer())).andExpect(status().isUnauthorized());
  }

  @Test
  void listsUsersToAdminsThroughTheSdkClient(@Autowired TestPool pool) throws Exception {
    pool.user("bob").confirmed();
    mvc.perform(get("/admin/users").with(signIn.user("jane").bearer())).andExpect(status().isForbidden());
    mvc.perform(get("/admin/users").with(signIn.user("ada", "admin").bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasItems("ada", "bob")));
  }
}
// end::readme-spring-test[]
