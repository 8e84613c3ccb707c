package dev.userpool.testkit.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

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
@AutoConfigureCognito(mode = AutoConfigureCognito.Mode.ENDPOINT, userPoolIdProperties = "app.cognito.user-pool-id",
    clientIdProperties = "app.cognito.client-id")
class EndpointModeTest extends SampleApplicationBase {

  @Test
  void theApplicationsClientIsTheSdksOwnOverHttpAndTokensCarryTheEndpointsIssuer(@Autowired CognitoIdentityProviderClient client) {
    assertThat(client).isNotInstanceOf(InProcessCognitoClient.class);
    assertThat(environment.getProperty("userpool.cognito.endpoint")).isEqualTo(cognito.endpoint().orElseThrow().uri().toString());
    assertThat(client.listUsers(r -> r.userPoolId(cognito.pool().id().value())).users()).isNotNull();
    assertThat(cognito.issuer())
        .isEqualTo(cognito.endpoint().orElseThrow().uri().toString().replaceAll("/$", "") + "/" + cognito.pool().id().value());
  }
}
