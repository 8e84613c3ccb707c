package dev.userpool.testkit.webauthn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.TestAuthenticator;
import dev.userpool.error.WebAuthnRefused;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.service.WebAuthnService;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TestUser;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import dev.userpool.user.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnChallengeNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnConfigurationMissingException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnNotEnabledException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnOriginNotAllowedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnRelyingPartyMismatchException;

/** Passkeys through the SDK client, with the test authenticator: registration, the list, deletion, and the sign-in ceremony. */
class PasskeyClientTest {

  private final InProcessCognito cognito = InProcessCognito.create();
  private final InProcessCognitoClient client = InProcessCognitoClient.of(cognito);
  private final TestPool pool = TestPool.create(cognito);
  private final TestUser jane = pool.user("jane").confirmed();
  private final TestAuthenticator phone = TestAuthenticator.es256().origin("http://localhost:5173");

  private void relyingParty(String id, String verification) {
    client.setUserPoolMfaConfig(b -> b.userPoolId(pool.id().value()).webAuthnConfiguration(w -> w.relyingPartyId(id)
        .userVerification(verification)));
  }

  private String token() {
    return jane.tokens().accessToken();
  }

  private Document start(String token) {
    return client.startWebAuthnRegistration(b -> b.accessToken(token)).credentialCreationOptions();
  }

  private String register(TestAuthenticator authenticator) {
    String token = token();
    Document credential = authenticator.register(start(token));
    client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(credential));
    return credential.asMap().get("id").asString();
  }

  @Test
  void shouldOfferTheCreationOptionsOfThePoolsRelyingParty() {
    relyingParty("localhost", "required");
    Document options = start(token());
    assertThat(options.asMap().get("rp").asMap().get("id").asString()).isEqualTo("localhost");
    assertThat(options.asMap().get("user").asMap().get("name").asString()).isEqualTo("jane");
    assertThat(new String(Base64.getUrlDecoder().decode(options.asMap().get("user").asMap().get("id").asString()),
        StandardCharsets.UTF_8)).isEqualTo(jane.sub().value());
    assertThat(options.asMap().get("pubKeyCredParams").asList()).extracting(p -> p.asMap().get("alg").asNumber().intValue())
        .containsExactly(-7, -257);
    assertThat(options.asMap().get("authenticatorSelection").asMap().get("userVerification").asString()).isEqualTo("required");
    assertThat(Base64.getUrlDecoder().decode(options.asMap().get("challenge").asString())).hasSize(32);
    assertThat(options.asMap().get("excludeCredentials").asList()).isEmpty();
  }

  @Test
  void shouldRegisterListAndDeleteAPasskey() {
    relyingParty("localhost", "preferred");
    String id = register(phone);
    ListWebAuthnCredentialsResponse listed = client.listWebAuthnCredentials(b -> b.accessToken(token()));
    assertThat(listed.credentials()).hasSize(1);
    assertThat(listed.credentials().get(0).credentialId()).isEqualTo(id);
    assertThat(listed.credentials().get(0).relyingPartyId()).isEqualTo("localhost");
    assertThat(listed.credentials().get(0).authenticatorTransports()).containsExactly("internal");
    assertThat(listed.credentials().get(0).authenticatorAttachment()).isEqualTo("platform");
    assertThat(listed.nextToken()).isNull();
    Document again = start(token());
    assertThat(again.asMap().get("excludeCredentials").asList()).extracting(d -> d.asMap().get("id").asString()).containsExactly(id);

    client.deleteWebAuthnCredential(b -> b.accessToken(token()).credentialId(id));
    assertThat(client.listWebAuthnCredentials(b -> b.accessToken(token())).credentials()).isEmpty();
    assertThatThrownBy(() -> client.deleteWebAuthnCredential(b -> b.accessToken(token()).credentialId(id)))
        .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("The passkey credential was not found.");
  }

  @Test
  void shouldUseARegistrationChallengeOnce() {
    relyingParty("localhost", "preferred");
    String token = token();
    Document credential = phone.register(start(token));
    client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(credential));
    assertThatThrownBy(() -> client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(credential)))
        .isInstanceOf(WebAuthnChallengeNotFoundException.class)
        .hasMessageStartingWith("The passkey registration challenge was not found or has expired.");
  }

  @Test
  void shouldRefuseAnExpiredChallenge() {
    relyingParty("localhost", "preferred");
    String token = token();
    Document credential = phone.register(start(token));
    cognito.clock().advance(Duration.ofMinutes(6));
    String later = token();
    assertThatThrownBy(() -> client.completeWebAuthnRegistration(b -> b.accessToken(later).credential(credential)))
        .isInstanceOf(WebAuthnChallengeNotFoundException.class);
  }

  @Test
  void shouldRefuseAnotherOriginAndAnotherRelyingParty() {
    relyingParty("example.com", "preferred");
    String token = token();
    Document fromElsewhere = phone.origin("https://evil.example").register(start(token));
    assertThatThrownBy(() -> client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(fromElsewhere)))
        .isInstanceOf(WebAuthnOriginNotAllowedException.class);
    Document forAnotherSite = TestAuthenticator.es256().withRpId("evil.example").register(start(token));
    assertThatThrownBy(() -> client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(forAnotherSite)))
        .isInstanceOf(WebAuthnRelyingPartyMismatchException.class);
    assertThat(client.listWebAuthnCredentials(b -> b.accessToken(token)).credentials()).isEmpty();
  }

  @Test
  void shouldNeedARelyingPartyAndTheEssentialsTier() {
    assertThatThrownBy(() -> start(token())).isInstanceOf(WebAuthnConfigurationMissingException.class);
    relyingParty("localhost", "preferred");
    UserPool current = cognito.store().find(pool.id()).get();
    assertThat(cognito.store().save(current.withTier(Tier.LITE).withVersion(current.version() + 1)).isRight()).isTrue();
    assertThatThrownBy(() -> start(token())).isInstanceOf(WebAuthnNotEnabledException.class)
        .hasMessageStartingWith("Passkeys are not enabled for this user pool.");
  }

  @Test
  void shouldSignInWithARegisteredPasskeyOnceAndNeverWithADeletedOne() {
    relyingParty("localhost", "required");
    String id = register(phone);
    WebAuthnService webAuthn = cognito.webAuthn();
    WebAuthnService.SignInStarted started = webAuthn.beginSignIn(pool.userPool(), pool.clientId(), jane.user()).get();
    assertThat(CredentialIds.of(started.requestOptions().render())).containsExactly(id);
    String assertion = phone.signIn(started.requestOptions().render());
    assertThat(webAuthn.answerSignIn(pool.userPool(), jane.user(), started.session(), assertion).isRight()).isTrue();
    assertThat(webAuthn.answerSignIn(pool.userPool(), jane.user(), started.session(), assertion).getLeft().message())
        .isEqualTo("Invalid session for the user.");

    client.deleteWebAuthnCredential(b -> b.accessToken(token()).credentialId(id));
    WebAuthnService.SignInStarted after = webAuthn.beginSignIn(pool.userPool(), pool.clientId(), jane.user()).get();
    Session session = after.session();
    String stale = phone.signIn(after.requestOptions().render(), id);
    assertThat(webAuthn.answerSignIn(pool.userPool(), jane.user(), session, stale).getLeft())
        .isEqualTo(new WebAuthnRefused(WebAuthnRefused.Reason.ASSERTION_UNKNOWN_CREDENTIAL));
  }
}
