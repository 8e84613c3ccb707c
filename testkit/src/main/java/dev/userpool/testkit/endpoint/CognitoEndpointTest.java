package dev.userpool.testkit.endpoint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test class whose code under test talks to Cognito over HTTP (a service with an endpoint
 * setting, another process, a non-Java client): before its first test a {@link LocalEndpoint} starts on
 * a free port of 127.0.0.1 with one pool and app client in it, and after its last test it stops. Declare
 * a parameter of type {@link EndpointPool} (the endpoint's URI and the pool and client ids to use, and the
 * pool's fixtures) or {@link LocalEndpoint} in a test, lifecycle (also static {@code @BeforeAll}) or
 * constructor.
 *
 * <pre>{@code
 * @CognitoEndpointTest
 * class LoginOverHttpTest {
 *   @Test
 *   void signsIn(EndpointPool cognito) {
 *     cognito.pool().user("jane").password("Passw0rd!").confirmed();
 *     MyApp app = new MyApp(cognito.uri(), cognito.userPoolId(), cognito.clientId());
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>The endpoint, its pool and its clock are shared by the tests of the class (users one test creates
 * are there for the next); the pool is made from the {@link dev.userpool.testkit.WithUserPool} on the
 * class, or the defaults. The endpoint accepts any credentials and region.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CognitoEndpointExtension.class)
public @interface CognitoEndpointTest {

  /** The seed of the endpoint's Cognito (ids, subs, codes, generated passwords); the same seed gives the same ids. */
  long seed() default 0;

  /**
   * The endpoint's clock: {@code "wall"} (the default: the real time plus what {@code AdvanceClock} adds),
   * {@code "fixed"} (frozen at {@code 2030-01-01T00:00:00Z} until moved) or an instant (frozen there).
   */
  String clock() default "wall";
}
