package dev.userpool.testkit;

import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The JUnit 5 extension behind {@link CognitoTest} and {@link WithUserPool}: resolves the parameters,
 * one fresh {@link InProcessCognito} and {@link TestPool} per test, and reports the seed of a failed test.
 * Register it with either annotation rather than by hand.
 */
public final class CognitoExtension implements ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  /** The configuration parameter (or system property) that sets the seed, and the report entry that shows it. */
  public static final String SEED_PARAMETER = "userpool.seed";
  /** The configuration parameter (or system property) that sets the clock: {@code wall}, {@code fixed} or an instant. */
  public static final String CLOCK_PARAMETER = "userpool.clock";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CognitoExtension.class);
  private static final String COGNITO = "cognito";
  private static final String POOL = "pool";
  private static final String CLIENT = "client";
  private static final List<Class<?>> INJECTED = List.of(InProcessCognito.class, TestPool.class, ControllableClock.class,
      RecordingMailbox.class, UserPoolService.class, CognitoIdentityProviderClient.class, InProcessCognitoClient.class);

  /** Creates the extension; JUnit does this when it meets either annotation. */
  public CognitoExtension() {}

  // -- parameters

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (!(parameter.getDeclaringExecutable() instanceof Method) || context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException("a local Cognito is fresh for each test: ask for "
          + parameter.getParameter().getType().getSimpleName() + " in a test, @BeforeEach or @AfterEach method");
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == TestPool.class) {
      return pool(context);
    }
    if (type == CognitoIdentityProviderClient.class || type == InProcessCognitoClient.class) {
      return context.getStore(NAMESPACE).getOrComputeIfAbsent(CLIENT, key -> InProcessCognitoClient.of(cognito(context)),
          InProcessCognitoClient.class);
    }
    InProcessCognito cognito = cognito(context);
    if (type == ControllableClock.class) {
      return cognito.clock();
    }
    if (type == RecordingMailbox.class) {
      return cognito.mailbox();
    }
    if (type == UserPoolService.class) {
      return cognito.service();
    }
    return cognito;
  }

  private static InProcessCognito cognito(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(COGNITO,
        key -> InProcessCognito.builder().seed(seedOf(context)).clock(clockOf(context)).build(), InProcessCognito.class);
  }

  private static TestPool pool(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(POOL,
        key -> TestPool.create(cognito(context), specOf(context)), TestPool.class);
  }

  // -- configuration

  /** The nearest annotation that gives a clock, then the configuration parameter, then the wall clock. */
  static ControllableClock clockOf(ExtensionContext context) {
    String spec = nearest(context, CognitoTest.class).stream().map(CognitoTest::clock).filter(c -> !c.isBlank()).findFirst()
        .or(() -> context.getConfigurationParameter(CLOCK_PARAMETER)).orElse("wall");
    try {
      return ControllableClock.parse(spec);
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException(CLOCK_PARAMETER + ": " + e.getMessage(), e);
    }
  }

  /** The nearest annotation that gives a seed, then the configuration parameter, then a new seed. */
  static long seedOf(ExtensionContext context) {
    for (CognitoTest test : nearest(context, CognitoTest.class)) {
      if (test.seed() != CognitoTest.NO_SEED) {
        return test.seed();
      }
    }
    Optional<String> configured = context.getConfigurationParameter(SEED_PARAMETER);
    if (configured.isPresent()) {
      try {
        return Long.parseLong(configured.get().trim());
      } catch (NumberFormatException e) {
        throw new ParameterResolutionException(SEED_PARAMETER + " must be a whole number: " + configured.get(), e);
      }
    }
    long seed;
    do {
      seed = new SplittableRandom().nextLong();
    } while (seed == CognitoTest.NO_SEED);
    return seed;
  }

  /**
   * The pool the nearest {@link WithUserPool} describes (on the test method, its class, then the classes
   * enclosing that), or the defaults: for extensions of your own that make pools the way this one does.
   */
  public static PoolSpec specOf(ExtensionContext context) {
    List<WithUserPool> found = nearest(context, WithUserPool.class);
    return found.isEmpty() ? PoolSpec.defaults() : specOf(found.get(0));
  }

  /** The spec an annotation describes (also read by the Spring Boot integration, userpool-spring-boot-test). */
  public static PoolSpec specOf(WithUserPool a) {
    return PoolSpec.defaults()
        .name(a.name())
        .minimumLength(a.minimumLength())
        .requireUppercase(a.requireUppercase())
        .requireLowercase(a.requireLowercase())
        .requireNumbers(a.requireNumbers())
        .requireSymbols(a.requireSymbols())
        .historySize(a.passwordHistorySize())
        .temporaryPasswordValidityDays(a.temporaryPasswordValidityDays())
        .tier(a.tier())
        .usernameAttributes(a.usernameAttributes())
        .aliasAttributes(a.aliasAttributes())
        .autoVerifiedAttributes(a.autoVerifiedAttributes())
        .caseSensitivity(a.caseSensitivity())
        .preventUserExistenceErrors(a.preventUserExistenceErrors())
        .authSessionValidity(a.authSessionValidity());
  }

  /** The annotations on the test method, its class, and the classes enclosing that, nearest first. */
  private static <A extends Annotation> List<A> nearest(ExtensionContext context, Class<A> type) {
    List<AnnotatedElement> elements = new ArrayList<>();
    context.getTestMethod().ifPresent(elements::add);
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      elements.add(c);
    }
    List<A> found = new ArrayList<>();
    for (AnnotatedElement e : elements) {
      AnnotationSupport.findAnnotation(e, type).ifPresent(found::add);
    }
    return found;
  }

  // -- failures

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    throw withSeed(context, throwable);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    throw withSeed(context, throwable);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    throw withSeed(context, throwable);
  }

  /** The failure, carrying the seed of the test's local Cognito if it had one. */
  private static Throwable withSeed(ExtensionContext context, Throwable failure) {
    InProcessCognito cognito = context.getStore(NAMESPACE).get(COGNITO, InProcessCognito.class);
    if (cognito == null || failure instanceof TestAbortedException) {
      return failure;
    }
    for (Throwable s : failure.getSuppressed()) {
      if (s instanceof ReplaySeed) {
        return failure;
      }
    }
    long seed = cognito.seed();
    failure.addSuppressed(new ReplaySeed(seed));
    context.publishReportEntry(SEED_PARAMETER, Long.toString(seed));
    return failure;
  }

  /** Rides along a failure to say which seed replays it; it has no stack trace of its own. */
  static final class ReplaySeed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReplaySeed(long seed) {
      super("userpool seed " + seed + ": replay with @CognitoTest(seed = " + seed + "L) or -D" + SEED_PARAMETER + "=" + seed,
          null, false, false);
    }
  }
}
