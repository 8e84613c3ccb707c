package dev.userpool.testkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.WithUserPool;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizer;

/** Classes configured alike share a context (and its Cognito), as Spring caches contexts by their customizers. */
class CognitoContextCustomizerFactoryTest {

  private final CognitoContextCustomizerFactory factory = new CognitoContextCustomizerFactory();

  @Test
  void classesConfiguredAlikeShareOneContext() {
    assertThat(customizer(First.class)).isEqualTo(customizer(Second.class)).hasSameHashCodeAs(customizer(Second.class));
  }

  @Test
  void anotherModeClockSeedPropertyOrPoolIsAnotherContext() {
    for (Class<?> other : List.of(Endpoint.class, Fixed.class, Seeded.class, WithProperty.class, WithHistory.class)) {
      assertThat(customizer(other)).as(other.getSimpleName()).isNotEqualTo(customizer(First.class));
    }
  }

  @Test
  void aClassWithoutTheAnnotationGetsNothingAndANestedOneItsEnclosingOne() {
    assertThat(customizer(CognitoContextCustomizerFactoryTest.class)).isNull();
    assertThat(customizer(First.Inner.class)).isEqualTo(customizer(First.class));
  }

  @Test
  void withUserPoolOnTheClassConfiguresThePool() {
    WithUserPool pool = WithHistory.class.getAnnotation(WithUserPool.class);
    Settings settings = Settings.of(WithHistory.class.getAnnotation(AutoConfigureCognito.class), pool);

    assertThat(settings.poolSpec().policy().passwordHistorySize()).isEqualTo(5);
    assertThat(Settings.of(First.class.getAnnotation(AutoConfigureCognito.class), null).poolSpec().policy().passwordHistorySize())
        .isZero();
  }

  private ContextCustomizer customizer(Class<?> testClass) {
    return factory.createContextCustomizer(testClass, List.of());
  }

  @AutoConfigureCognito
  static class First {
    @Nested
    class Inner {}
  }

  @AutoConfigureCognito
  static class Second {}

  @AutoConfigureCognito(mode = AutoConfigureCognito.Mode.ENDPOINT)
  static class Endpoint {}

  @AutoConfigureCognito(clock = "fixed")
  static class Fixed {}

  @AutoConfigureCognito(seed = 7)
  static class Seeded {}

  @AutoConfigureCognito(userPoolIdProperties = "app.pool")
  static class WithProperty {}

  @AutoConfigureCognito
  @WithUserPool(passwordHistorySize = 5)
  static class WithHistory {}
}
