package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.TestAuthenticator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnCredentialNotSupportedException;

/**
 * Passkey registration through the SDK, in process and over HTTP: the document members (CredentialCreationOptions,
 * Credential) travel as the JSON values they are, and the answers, codes and messages are the same.
 */
class PasskeyWireTest {

  private static final String PASSWORD = "Blue-Harbor-42!";

  @Test
  void shouldRegisterAPasskeyInProcess() {
    scenario(InProcessCognitoClient.of(InProcessCognito.create()));
  }

  @Test
  void shouldRegisterAPasskeyOverTheWire() throws Exception {
    try (LocalEndpoint endpoint = Wire.start(); CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
      scenario(sdk);
    }
  }

  private static void scenario(CognitoIdentityProviderClient sdk) {
    String pool = sdk.createUserPool(b -> b.poolName("passkeys")).userPool().id();
    String client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
        .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
        .userPoolClient().clientId();
    sdk.setUserPoolMfaConfig(
        b -> b.userPoolId(pool).webAuthnConfiguration(w -> w.relyingPartyId("localhost").userVerification("required")));
    sdk.adminCreateUser(b -> b.userPoolId(pool).username("jane").messageAction("SUPPRESS"));
    sdk.adminSetUserPassword(b -> b.userPoolId(pool).username("jane").password(PASSWORD).permanent(true));
    String token = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult().accessToken();

    Document options = sdk.startWebAuthnRegistration(b -> b.accessToken(token)).credentialCreationOptions();
    assertThat(options.asMap().get("rp").asMap().get("id").asString()).isEqualTo("localhost");
    assertThat(options.asMap().get("timeout").asNumber().longValue()).isEqualTo(300_000L);
    assertThat(options.asMap().get("authenticatorSelection").asMap().get("requireResidentKey").asBoolean()).isTrue();

    TestAuthenticator phone = TestAuthenticator.es256().origin("http://localhost:8080");
    Document refused = phone.withAttestation("fido-u2f").register(options);
    assertThatThrownBy(() -> sdk.completeWebAuthnRegistration(b -> b.accessToken(token).credential(refused)))
        .isInstanceOfSatisfying(WebAuthnCredentialNotSupportedException.class, e -> {
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The credential's attestation format is not supported.");
          assertThat(e.statusCode()).isEqualTo(400);
        });

    Document credential = phone.withAttestation("packed").register(options);
    sdk.completeWebAuthnRegistration(b -> b.accessToken(token).credential(credential));
    ListWebAuthnCredentialsResponse listed = sdk.listWebAuthnCredentials(b -> b.accessToken(token).maxResults(1));
    assertThat(listed.credentials()).hasSize(1);
    assertThat(listed.credentials().get(0).credentialId()).isEqualTo(credential.asMap().get("id").asString());
    assertThat(listed.credentials().get(0).createdAt()).isNotNull();
    sdk.deleteWebAuthnCredential(b -> b.accessToken(token).credentialId(listed.credentials().get(0).credentialId()));
    assertThat(sdk.listWebAuthnCredentials(b -> b.accessToken(token)).credentials()).isEmpty();
  }
}
