package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.testkit.TestAuthenticator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;

/** The root README's passkey example; RootReadmeTest keeps the README's copy equal. */
class PasskeyExamples {

  @Test
  void registeringAPasskeyWithTheTestAuthenticator() {
    InProcessCognito cognito = InProcessCognito.create();
    InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
    TestPool pool = TestPool.create(cognito);
    client.setUserPoolMfaConfig(b -> b.userPoolId(pool.id().value()).webAuthnConfiguration(w -> w.relyingPartyId("localhost")));
    String token = pool.user("jane").password("Passw0rd!x").confirmed().tokens().accessToken();

    // tag::readme-passkeys[]
    TestAuthenticator phone = TestAuthenticator.es256().origin("http://localhost:5173");
    Document options = client.startWebAuthnRegistration(b -> b.accessToken(token)).credentialCreationOptions();
    client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(phone.register(options)));
    // end::readme-passkeys[]

    assertThat(client.listWebAuthnCredentials(b -> b.accessToken(token)).credentials()).extracting(c -> c.credentialId())
        .containsExactlyElementsOf(phone.credentialIds());
  }
}
