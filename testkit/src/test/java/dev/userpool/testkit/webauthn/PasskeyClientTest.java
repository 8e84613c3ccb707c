package dev.userpool.testkit.webauthn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.TestAuthenticator;
import dev.userpool.pool.Tier;
import dev.userpool.pool.UserPool;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.TestUser;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
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

  /** A pool whose SignInPolicy allows PASSWORD and WEB_AUTHN, a client with ALLOW_USER_AUTH, and jane in it. */
  private final class PasskeyPool {
    final String poolId = client.createUserPool(b -> b.poolName("passkeys")
        .policies(p -> p.signInPolicy(s -> s.allowedFirstAuthFactorsWithStrings("PASSWORD", "WEB_AUTHN")))).userPool().id();
    final String clientId = client.createUserPoolClient(b -> b.userPoolId(poolId).clientName("web")
        .explicitAuthFlowsWithStrings("ALLOW_USER_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient()
        .clientId();

    PasskeyPool() {
      client.setUserPoolMfaConfig(b -> b.userPoolId(poolId).webAuthnConfiguration(w -> w.relyingPartyId("localhost")
          .userVerification("required")));
      client.adminCreateUser(b -> b.userPoolId(poolId).username("ana").messageAction("SUPPRESS"));
      client.adminSetUserPassword(b -> b.userPoolId(poolId).username("ana").password("Passw0rd!x").permanent(true));
    }

    String token() {
      return client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_AUTH")
          .authParameters(Map.of("USERNAME", "ana", "PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", "Passw0rd!x")))
          .authenticationResult().accessToken();
    }

    InitiateAuthResponse begin() {
      return client.initiateAuth(b -> b.clientId(clientId).authFlow("USER_AUTH")
          .authParameters(Map.of("USERNAME", "ana", "PREFERRED_CHALLENGE", "WEB_AUTHN")));
    }

    RespondToAuthChallengeResponse answer(InitiateAuthResponse started, String credential) {
      return client.respondToAuthChallenge(b -> b.clientId(clientId).challengeName("WEB_AUTHN").session(started.session())
          .challengeResponses(Map.of("USERNAME", "ana", "CREDENTIAL", credential)));
    }
  }

  @Test
  void shouldOfferWebAuthnOnlyToAUserWithAPasskey() {
    PasskeyPool p = new PasskeyPool();
    InitiateAuthResponse before = p.begin();
    assertThat(before.challengeNameAsString()).isEqualTo("SELECT_CHALLENGE");
    assertThat(before.availableChallengesAsStrings()).containsExactly("PASSWORD", "PASSWORD_SRP");
    String token = p.token();
    client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(phone.register(start(token))));
    InitiateAuthResponse after = p.begin();
    assertThat(after.challengeNameAsString()).isEqualTo("WEB_AUTHN");
    assertThat(after.challengeParameters()).containsKey("CREDENTIAL_REQUEST_OPTIONS");
    assertThat(CredentialIds.of(after.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS")))
        .containsExactlyElementsOf(phone.credentialIds());
  }

  @Test
  void shouldSignInWithAPasskeyOnceAndNeverWithADeletedOne() {
    PasskeyPool p = new PasskeyPool();
    String token = p.token();
    client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(phone.register(start(token))));
    String id = phone.credentialIds().iterator().next();

    InitiateAuthResponse started = p.begin();
    String assertion = phone.signIn(started.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
    RespondToAuthChallengeResponse signedIn = p.answer(started, assertion);
    assertThat(signedIn.authenticationResult().accessToken()).isNotEmpty();
    assertThat(client.getUser(b -> b.accessToken(signedIn.authenticationResult().accessToken())).username()).isEqualTo("ana");
    assertThatThrownBy(() -> p.answer(started, assertion)).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Invalid session for the user, session can only be used once.");

    InitiateAuthResponse again = p.begin();
    assertThatThrownBy(
        () -> p.answer(again, phone.withCounterStep(0).signIn(again.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"))))
        .isInstanceOf(NotAuthorizedException.class).hasMessageStartingWith("The passkey's signature counter did not increase.");

    client.deleteWebAuthnCredential(b -> b.accessToken(token).credentialId(id));
    InitiateAuthResponse afterDelete = p.begin();
    assertThat(afterDelete.challengeNameAsString()).isEqualTo("SELECT_CHALLENGE");
  }

  @Test
  void shouldRefuseAnAssertionForAnotherChallengeAndKeepTheSessionOpen() {
    PasskeyPool p = new PasskeyPool();
    String token = p.token();
    client.completeWebAuthnRegistration(b -> b.accessToken(token).credential(phone.register(start(token))));
    InitiateAuthResponse first = p.begin();
    InitiateAuthResponse second = p.begin();
    String forFirst = phone.signIn(first.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
    assertThatThrownBy(() -> p.answer(second, forFirst)).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("The passkey answered another challenge than this sign-in's.");
    String forSecond = phone.signIn(second.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
    assertThat(p.answer(second, forSecond).authenticationResult()).isNotNull();
  }
}
