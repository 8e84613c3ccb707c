package dev.userpool.testkit.spring;

import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Replaces every bean definition of a {@code CognitoIdentityProviderClient} (and of the async client) by one whose
 * instance is the {@link LocalCognito}'s client, under the same name, so qualifiers and {@code @Primary} keep working
 * and the application's own factory method (with its region and credentials) never runs; provides one when the
 * application declares none. Runs after the configuration classes were read, before any bean is made.
 */
final class ClientBeans implements BeanFactoryPostProcessor {

  static final String CLIENT = "cognitoIdentityProviderClient";
  static final String ASYNC_CLIENT = "cognitoIdentityProviderAsyncClient";

  private final LocalCognito local;

  ClientBeans(LocalCognito local) {
    this.local = local;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
    replace(beanFactory, registry, CognitoIdentityProviderClient.class, CLIENT, local::client);
    replace(beanFactory, registry, CognitoIdentityProviderAsyncClient.class, ASYNC_CLIENT, local::asyncClient);
  }

  private static <T> void replace(ConfigurableListableBeanFactory beanFactory, BeanDefinitionRegistry registry, Class<T> type,
      String defaultName, Supplier<T> client) {
    String[] names = beanFactory.getBeanNamesForType(type, true, false);
    if (names.length == 0) {
      registry.registerBeanDefinition(defaultName, definition(type, client, false));
    }
    for (String name : names) {
      boolean primary = registry.containsBeanDefinition(name) && registry.getBeanDefinition(name).isPrimary();
      if (registry.containsBeanDefinition(name)) {
        registry.removeBeanDefinition(name);
      }
      registry.registerBeanDefinition(name, definition(type, client, primary));
    }
  }

  private static <T> BeanDefinition definition(Class<T> type, Supplier<T> client, boolean primary) {
    RootBeanDefinition definition = new RootBeanDefinition(type, client);
    definition.setPrimary(primary);
    definition.setDestroyMethodName(""); // the LocalCognito closes its clients with the context
    return definition;
  }
}
