package dev.userpool.testkit;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test class (or method) whose tests each get a fresh in-memory Cognito: declare a parameter
 * of type {@link InProcessCognito}, {@link TestPool}, {@link ControllableClock}, {@link RecordingMailbox},
 * {@link dev.userpool.service.UserPoolService}, or the AWS SDK's
 * {@link software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient} (the
 * in-process {@link dev.userpool.testkit.sdk.InProcessCognitoClient}, no network) in a test, {@code @BeforeEach}
 * or {@code @AfterEach} method, and every parameter of one test shares the same instance. The pool is made from the nearest
 * {@link WithUserPool} (method, then class, then enclosing classes), or the API's defaults.
 *
 * <pre>{@code
 * @CognitoTest
 * @WithUserPool(passwordHistorySize = 5)
 * class PasswordChangeTest {
 *   @Test
 *   void shouldRefuseAReusedPassword(TestPool pool) {
 *     pool.user("jane").password("Passw0rd!").confirmed();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>For code that must talk HTTP (another process, a framework that takes an endpoint URL), see
 * {@link dev.userpool.testkit.endpoint.CognitoEndpointTest}.
 *
 * <p><b>Seeds.</b> Ids, subs, salts, codes and generated passwords come from a seeded source. Unless a
 * seed is given here (the nearest annotation that gives one wins) or as the configuration parameter
 * {@value CognitoExtension#SEED_PARAMETER} (a system property, or {@code junit-platform.properties}),
 * each test draws a new seed. When a test that used a local Cognito fails, the failure carries the seed
 * (a suppressed exception saying how to replay it) and the test publishes it as the report entry
 * {@value CognitoExtension#SEED_PARAMETER}.
 *
 * <p><b>Clock.</b> Each local Cognito runs on the {@link ControllableClock#wall() wall clock} plus what the
 * test moves it forward, so that a token verifier in the test that reads the real clock judges its tokens
 * sensibly. {@code @CognitoTest(clock = "fixed")} (or an instant, {@code "2030-01-01T00:00:00Z"}; the nearest
 * annotation that gives one wins, then the configuration parameter {@value CognitoExtension#CLOCK_PARAMETER})
 * freezes it, for dates that are the same on every run.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CognitoExtension.class)
public @interface CognitoTest {

  /** The value of {@link #seed()} that means "no seed given". */
  long NO_SEED = Long.MIN_VALUE;

  /** The seed of every local Cognito this annotation covers; {@link #NO_SEED} (the default) draws one per test. */
  long seed() default NO_SEED;

  /**
   * The clock of every local Cognito this annotation covers: {@code "wall"}, {@code "fixed"} (frozen at
   * {@link ControllableClock#DEFAULT_START}) or an instant (frozen there); empty (the default) leaves it to an
   * enclosing annotation, then to the configuration parameter {@value CognitoExtension#CLOCK_PARAMETER}, then
   * the wall clock.
   */
  String clock() default "";
}
