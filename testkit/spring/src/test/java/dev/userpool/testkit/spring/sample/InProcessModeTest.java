package dev.userpool.testkit.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.spring.AutoConfigureCognito;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureCognito(userPoolIdProperties = "app.cognito.user-pool-id", clientIdProperties = "app.cognito.client-id")
class InProcessModeTest extends SampleApplicationBase {

  @Test
  void theApplicationsClientIsTheInProcessOneAndTokensCarryAwsIssuer(@Autowired CognitoIdentityProviderClient client) {
    assertThat(client).isInstanceOf(InProcessCognitoClient.class);
    assertThat(cognito.endpoint()).as("no endpoint: the keys alone are served").isEmpty();
    assertThat(environment.getProperty("userpool.cognito.endpoint")).isNull();
    assertThat(cognito.issuer()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + cognito.pool().id().value());
  }

  @Test
  void theTestkitsTypesAreInjected(@Autowired TestPool pool, @Autowired ControllableClock clock, @Autowired RecordingMailbox mailbox) {
    assertThat(pool).isSameAs(cognito.pool());
    assertThat(clock).isSameAs(pool.clock());
    assertThat(mailbox).isSameAs(pool.mailbox());
  }
}
