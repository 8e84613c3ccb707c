package dev.userpool.testkit.endpoint;

import dev.userpool.testkit.CognitoExtension;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link CognitoEndpointTest}: starts one {@link LocalEndpoint} on a free
 * port per test class, lazily, and closes it when the class is done. Register it with the annotation.
 */
public final class CognitoEndpointExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CognitoEndpointExtension.class);

  /** Creates the extension; JUnit does this when it meets the annotation. */
  public CognitoEndpointExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == EndpointPool.class || type == LocalEndpoint.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running = running(context);
    return parameter.getParameter().getType() == LocalEndpoint.class ? running.endpoint : running.pool;
  }

  /** The endpoint of the test class, started on first use and kept in the class's store, which closes it. */
  private static Running running(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> start(classContext), Running.class);
  }

  /** The context of the outermost test class annotated with {@link CognitoEndpointTest}: the one endpoint's owner. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext found = context;
    for (ExtensionContext c = context; c.getTestClass().isPresent(); c = c.getParent().orElseThrow()) {
      if (c.getTestMethod().isEmpty() && AnnotationSupport.isAnnotated(c.getTestClass(), CognitoEndpointTest.class)) {
        found = c;
      }
    }
    return found;
  }

  private static Running start(ExtensionContext classContext) {
    Optional<CognitoEndpointTest> annotation = classContext.getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, CognitoEndpointTest.class));
    InProcessCognito cognito = InProcessCognito.builder().seed(annotation.map(CognitoEndpointTest::seed).orElse(0L))
        .clock(ControllableClock.parse(annotation.map(CognitoEndpointTest::clock).orElse("wall"))).build();
    TestPool pool = TestPool.create(cognito, CognitoExtension.specOf(classContext));
    LocalEndpoint endpoint;
    try {
      endpoint = LocalEndpoint.builder().cognito(cognito).port(0).start();
    } catch (IOException e) {
      throw new UncheckedIOException("the local endpoint could not bind a free port on 127.0.0.1", e);
    }
    return new Running(endpoint, new EndpointPool(endpoint.uri(), pool));
  }

  /**
   * A started endpoint and its pool; closing the class's store closes the endpoint. Both interfaces, so
   * that JUnit closes it whatever its version (before 5.13 only {@code CloseableResource}); JUnit closes a
   * value that implements both once.
   */
  @SuppressWarnings("deprecation")
  private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final LocalEndpoint endpoint;
    private final EndpointPool pool;

    Running(LocalEndpoint endpoint, EndpointPool pool) {
      this.endpoint = endpoint;
      this.pool = pool;
    }

    @Override
    public void close() {
      endpoint.close();
    }
  }
}
