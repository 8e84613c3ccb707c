package dev.userpool.testkit.spring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.spring.sample.SampleApplication;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.TestContextManager;
import software.amazon.awssdk.core.exception.SdkClientException;

/** A configuration that would answer every request 401 fails the context instead, with the fix in its message. */
class WrongConfigurationTest {

  @Test
  void audiencesSetToTheClientIdFailsWithWhyAndWhatToUseInstead() {
    assertThatThrownBy(() -> load(AudiencesSet.class)).rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("@AutoConfigureCognito: the application's JwtDecoder 'jwtDecoderByJwkKeySetUri' refuses the local pool's "
            + "access and ID tokens (")
        .hasMessageContaining("The aud claim is not valid")
        .hasMessageContaining("Fix: Cognito's access tokens carry client_id, not aud: remove "
            + "spring.security.oauth2.resourceserver.jwt.audiences (or your audience validator) and check client_id");
  }

  @Test
  void aDecoderBuiltFromAKeyInCodeFailsNamingThePropertiesToBuildItFrom() {
    assertThatThrownBy(() -> load(DecoderFromAKeyInCode.class)).rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the application's JwtDecoder 'hardCodedDecoder' refuses the local pool's access and ID tokens")
        .hasMessageContaining("Fix: the decoder does not read the local keys: build it from "
            + "spring.security.oauth2.resourceserver.jwt.jwk-set-uri (set to http://127.0.0.1:")
        .hasMessageContaining("checkJwtDecoder = false");
  }

  @Test
  void theCheckCanBeTurnedOff() throws Exception {
    load(DecoderFromAKeyInCodeUnchecked.class);
  }

  @Test
  void theEndpointModeWithoutAnSdkHttpClientNamesTheDependencyToAdd() {
    SdkClientException none = SdkClientException.create("Unable to load an HTTP implementation from any provider in the chain.");

    assertThatThrownBy(() -> LocalCognito.sdkClient(() -> {
      throw none;
    })).isInstanceOf(IllegalStateException.class).hasCause(none)
        .hasMessageStartingWith("@AutoConfigureCognito(mode = ENDPOINT) builds the AWS SDK's own client, which needs an SDK HTTP "
            + "client on the test classpath: add software.amazon.awssdk:url-connection-client (or apache-client) with test scope, "
            + "or use mode = IN_PROCESS");
  }

  @Test
  void theEndpointModeOnSpringBootsNettyNamesTheVersionToSet() {
    NoClassDefFoundError missing = new NoClassDefFoundError("io/netty/channel/MultiThreadIoEventLoopGroup");

    assertThatThrownBy(() -> Endpoints.start(() -> {
      throw missing;
    })).isInstanceOf(IllegalStateException.class).hasCause(missing)
        .hasMessageStartingWith("@AutoConfigureCognito(mode = ENDPOINT) runs the local endpoint on Netty 4.2, and this classpath has an "
            + "older Netty (Spring Boot 3.5's dependency management pins 4.1): set the property netty.version to 4.2.20.Final")
        .hasMessageEndingWith("(java.lang.NoClassDefFoundError: io/netty/channel/MultiThreadIoEventLoopGroup)");
  }

  /** Loads the context of {@code testClass} as its test would. */
  private static void load(Class<?> testClass) throws Exception {
    new TestContextManager(testClass).prepareTestInstance(testClass.getDeclaredConstructor().newInstance());
  }

  @SpringBootTest(classes = SampleApplication.class,
      properties = "spring.security.oauth2.resourceserver.jwt.audiences=${app.cognito.client-id}")
  @AutoConfigureCognito(clientIdProperties = "app.cognito.client-id", userPoolIdProperties = "app.cognito.user-pool-id")
  static class AudiencesSet {}

  @SpringBootTest(classes = { SampleApplication.class, HardCodedDecoder.class })
  @AutoConfigureCognito(clientIdProperties = "app.cognito.client-id", userPoolIdProperties = "app.cognito.user-pool-id")
  static class DecoderFromAKeyInCode {}

  @SpringBootTest(classes = { SampleApplication.class, HardCodedDecoder.class })
  @AutoConfigureCognito(clientIdProperties = "app.cognito.client-id", userPoolIdProperties = "app.cognito.user-pool-id",
      checkJwtDecoder = false)
  static class DecoderFromAKeyInCodeUnchecked {}

  @TestConfiguration
  static class HardCodedDecoder {
    @Bean
    JwtDecoder hardCodedDecoder() throws NoSuchAlgorithmException {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      return NimbusJwtDecoder.withPublicKey((RSAPublicKey) rsa.generateKeyPair().getPublic()).build();
    }
  }
}
