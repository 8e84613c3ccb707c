package dev.userpool.testkit.spring;

import dev.userpool.testkit.WithUserPool;
import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Finds {@link AutoConfigureCognito} on a test class (or a class enclosing a {@code @Nested} one) and gives its
 * context a {@link CognitoContextCustomizer}. Registered in {@code META-INF/spring.factories}, so the annotation
 * alone is enough.
 */
public final class CognitoContextCustomizerFactory implements ContextCustomizerFactory {

  /** Created by Spring's test framework through {@code spring.factories}. */
  public CognitoContextCustomizerFactory() {}

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    AutoConfigureCognito annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureCognito.class);
    if (annotation == null) {
      return null;
    }
    WithUserPool pool = TestContextAnnotationUtils.findMergedAnnotation(testClass, WithUserPool.class);
    return new CognitoContextCustomizer(Settings.of(annotation, pool));
  }
}
