package dev.userpool.testkit.spring;

import dev.userpool.testkit.WithUserPool;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@code @SpringBootTest}'s application context a local Cognito, in the spirit of Spring Boot's
 * {@code @AutoConfigure...} test annotations:
 *
 * <ul>
 *   <li>a user pool with one app client (configured by {@link WithUserPool} on the test class, if present) in an
 *       in-process Cognito, served over HTTP by a {@code LocalEndpoint} on a free port of 127.0.0.1;
 *   <li>the application's {@code CognitoIdentityProviderClient} and {@code CognitoIdentityProviderAsyncClient} beans
 *       replaced by clients of that pool (provided when the application declares none);
 *   <li>the resource server's {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} and {@code issuer-uri}
 *       set to the local keys and the tokens' issuer, so the application's own security configuration verifies the
 *       local tokens unchanged;
 *   <li>the pool's ids as properties: {@code userpool.cognito.user-pool-id}, {@code userpool.cognito.client-id}
 *       (and {@code .issuer}, {@code .jwk-set-uri}, {@code .endpoint}, {@code .region}), and under the application's
 *       own names ({@link #userPoolIdProperties()}, {@link #clientIdProperties()});
 *   <li>beans for the test: {@code TestPool} (fixtures), {@code InProcessCognito}, {@code ControllableClock},
 *       {@code RecordingMailbox}, {@link LocalCognito} and {@link CognitoSignIn} (signed-in users' bearer tokens for
 *       MockMvc and WebTestClient).
 * </ul>
 *
 * <p>Test classes with the same settings share one context, as Spring caches contexts, and so one Cognito: name
 * users per test, as with a shared database. Once the context has started, the application's {@code JwtDecoder}
 * (if it has one) must accept a token of the pool, or the context fails with what to change
 * ({@link #checkJwtDecoder()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureCognito {

  /** How the application reaches Cognito. */
  enum Mode {
    /** The SDK beans are the testkit's in-process client: no HTTP for calls; tokens carry AWS's issuer. */
    IN_PROCESS,
    /**
     * The SDK beans are the AWS SDK's own clients over HTTP to the local endpoint (an SDK HTTP client must be on the
     * test classpath, e.g. {@code url-connection-client}); tokens carry the endpoint's issuer, so OpenID discovery
     * from {@code issuer-uri} works too.
     */
    ENDPOINT
  }

  /** In process (the default) or over HTTP. */
  Mode mode() default Mode.IN_PROCESS;

  /** The Cognito's clock: {@code wall} (the default; moved forward by the test), {@code fixed}, or an ISO instant. */
  String clock() default "wall";

  /** The seed of ids, codes, generated passwords and signing keys. */
  long seed() default 0L;

  /** The application's own property names that should hold the pool's id, e.g. {@code app.cognito.user-pool-id}. */
  String[] userPoolIdProperties() default {};

  /** The application's own property names that should hold the app client's id. */
  String[] clientIdProperties() default {};

  /**
   * Whether the context fails to start when the application's {@code JwtDecoder} refuses both an access token and an
   * ID token of the pool (with a message that names the setting to change). On by default.
   */
  boolean checkJwtDecoder() default true;
}
