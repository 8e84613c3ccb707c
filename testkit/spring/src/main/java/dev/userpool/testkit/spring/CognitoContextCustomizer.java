package dev.userpool.testkit.spring;

import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import java.util.function.Supplier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Starts the {@link LocalCognito} of one context and wires it in: its properties first among the environment's
 * sources, its beans for the test, the application's SDK client beans replaced ({@link ClientBeans}), and the
 * start-up check of the application's {@code JwtDecoder}. Two customizers with equal {@link Settings} are equal, so
 * Spring's context cache shares the context (and the Cognito) between test classes configured alike.
 */
final class CognitoContextCustomizer implements ContextCustomizer {

  private static final String JWT_DECODER = "org.springframework.security.oauth2.jwt.JwtDecoder";

  private final Settings settings;

  CognitoContextCustomizer(Settings settings) {
    this.settings = settings;
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
      throw new IllegalStateException("@AutoConfigureCognito needs a context whose bean factory is a DefaultListableBeanFactory "
          + "(as @SpringBootTest's are); this one has " + context.getBeanFactory().getClass().getName());
    }
    LocalCognito local = LocalCognito.start(settings);
    beans.registerDisposableBean("userpoolLocalCognito.closer", local::close);
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("userpoolCognito", local.properties(settings)));

    TestPool pool = local.pool();
    register(beans, "userpoolLocalCognito", LocalCognito.class, () -> local, false);
    register(beans, "userpoolTestPool", TestPool.class, () -> pool, false);
    register(beans, "userpoolInProcessCognito", InProcessCognito.class, pool::cognito, false);
    register(beans, "userpoolMailbox", RecordingMailbox.class, pool::mailbox, false);
    // a fallback: an application's own Clock bean keeps being the one its code gets
    register(beans, "userpoolClock", ControllableClock.class, pool::clock, true);
    register(beans, "userpoolCognitoSignIn", CognitoSignIn.class, () -> new CognitoSignIn(pool), false);

    context.addBeanFactoryPostProcessor(new ClientBeans(local));
    if (settings.checkJwtDecoder() && ClassUtils.isPresent(JWT_DECODER, context.getClassLoader())) {
      context.addApplicationListener(new JwtDecoderCheck(context, local));
    }
  }

  private static <T> void register(BeanDefinitionRegistry registry, String name, Class<T> type, Supplier<T> instance, boolean fallback) {
    RootBeanDefinition definition = new RootBeanDefinition(type, instance);
    definition.setFallback(fallback);
    definition.setDestroyMethodName(""); // closed through userpoolLocalCognito.closer, once
    registry.registerBeanDefinition(name, definition);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CognitoContextCustomizer c && c.settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return settings.hashCode();
  }
}
