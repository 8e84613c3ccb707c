package dev.userpool.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.support.Fixtures;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class ClientSecretTest {

  static final ClientId CLIENT = new ClientId("1example23456789");
  static final ClientSecret SECRET = ClientSecret.of("1example23456789abcdefghijklmnopqrstuvwxyz0123456");
  static final AppClient WITH_SECRET = AppClient.builder().clientId(CLIENT).clientName("server").clientSecret(Option.some(SECRET)).build();

  // Expected hashes computed with Python's hmac/hashlib/base64 (an independent implementation).
  @Test
  void shouldComputeTheHashAsTheDeveloperGuideDescribes() {
    assertThat(SECRET.secretHash("jane.doe", CLIENT)).isEqualTo("vx9eIzVncveXMD7VAMcMtGYqdeaTLHsnNwajRXuRMvY=");
    assertThat(ClientSecret.of("s3cr3t").secretHash("Jürgen", new ClientId("abc")))
        .isEqualTo("ZLhhw+nUkrN5dwlfzH8q2RtfQMtxTnOrzmKlhh9vnIQ=");
  }

  @Test
  void shouldAcceptTheRightHashOnly() {
    assertThat(WITH_SECRET.checkSecretHash("jane.doe", Option.some("vx9eIzVncveXMD7VAMcMtGYqdeaTLHsnNwajRXuRMvY=")))
        .isEmpty();
    assertThat(WITH_SECRET.checkSecretHash("jane.doe2", Option.some("vx9eIzVncveXMD7VAMcMtGYqdeaTLHsnNwajRXuRMvY=")))
        .map(CognitoError::message).containsExactly("Unable to verify secret hash for client 1example23456789");
    assertThat(WITH_SECRET.checkSecretHash("jane.doe", Option.some("not base64!"))).map(CognitoError::message)
        .containsExactly("Unable to verify secret hash for client 1example23456789");
    assertThat(WITH_SECRET.checkSecretHash("jane.doe", Option.none())).map(CognitoError::message)
        .containsExactly("Client 1example23456789 is configured for secret but secret was not received");
  }

  @Test
  void shouldIgnoreAHashSentToAClientWithoutSecret() {
    AppClient plain = AppClient.builder().clientId(CLIENT).clientName("spa").build();
    assertThat(plain.checkSecretHash("jane.doe", Option.some("anything"))).isEmpty();
    assertThat(plain.checkSecretHash("jane.doe", Option.none())).isEmpty();
  }

  @Test
  void shouldRefuseAsNotAuthorized() {
    assertThat(WITH_SECRET.checkSecretHash("jane.doe", Option.none()).get().cognitoError()).isEqualTo("NotAuthorizedException");
  }

  @Test
  void shouldNeverPrintTheSecret() {
    ClientSecret generated = ClientSecret.generate(Fixtures.seeded(3));
    assertThat(generated.reveal()).hasSize(ClientSecret.GENERATED_LENGTH).matches("[a-z0-9]+");
    assertThat(generated.toString()).doesNotContain(generated.reveal());
    assertThat(AppClient.builder().clientId(CLIENT).clientName("x").clientSecret(Option.some(generated)).build().toString())
        .doesNotContain(generated.reveal());
  }
}
