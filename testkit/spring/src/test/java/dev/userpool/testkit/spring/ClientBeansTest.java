package dev.userpool.testkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

class ClientBeansTest {

  private static LocalCognito local;

  @BeforeAll
  static void start() {
    local = LocalCognito.start(new Settings(AutoConfigureCognito.Mode.IN_PROCESS, "wall", 0L, List.of(), List.of(), true, null));
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @Test
  void anApplicationWithoutClientBeansIsGivenBoth() {
    try (AnnotationConfigApplicationContext context = context(NoClients.class)) {
      assertThat(context.getBean(ClientBeans.CLIENT)).isSameAs(local.client()).isInstanceOf(InProcessCognitoClient.class);
      assertThat(context.getBean(CognitoIdentityProviderAsyncClient.class)).isSameAs(local.asyncClient());
    }
  }

  @Test
  void everyClientBeanIsReplacedUnderItsNameAndItsFactoryMethodNeverRuns() {
    try (AnnotationConfigApplicationContext context = context(TwoClients.class)) {
      assertThat(context.getBean("first")).isSameAs(local.client());
      assertThat(context.getBean("second")).isSameAs(local.client());
      assertThat(context.getBean(CognitoIdentityProviderClient.class)).as("@Primary kept: one is chosen").isSameAs(local.client());
      assertThat(context.getBean("async")).isSameAs(local.asyncClient());
    }
  }

  @Test
  void theAsyncClientAnswersWithTheSynchronousOnesOutcome() {
    CognitoIdentityProviderAsyncClient async = local.asyncClient();
    String pool = local.pool().id().value();
    local.pool().user("async-jane").confirmed();

    assertThat(async.adminGetUser(r -> r.userPoolId(pool).username("async-jane")).join().username()).isEqualTo("async-jane");
    assertThat(async.adminGetUser(r -> r.userPoolId(pool).username("nobody"))).failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .havingCause().isInstanceOf(UserNotFoundException.class).withMessageStartingWith("User does not exist.");
    assertThat(async.listUsersPaginator(r -> r.userPoolId(pool)).users().subscribe(u -> {}).thenApply(done -> "listed").join())
        .isEqualTo("listed");
    assertThat(async.serviceName()).isEqualTo(CognitoIdentityProviderAsyncClient.SERVICE_NAME);
  }

  private static AnnotationConfigApplicationContext context(Class<?> configuration) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.register(configuration);
    context.addBeanFactoryPostProcessor(new ClientBeans(local));
    context.refresh();
    return context;
  }

  @Configuration
  static class NoClients {}

  @Configuration
  static class TwoClients {
    @Bean
    @Primary
    CognitoIdentityProviderClient first() {
      throw new AssertionError("the application's factory method ran");
    }

    @Bean
    CognitoIdentityProviderClient second() {
      throw new AssertionError("the application's factory method ran");
    }

    @Bean
    CognitoIdentityProviderAsyncClient async() {
      throw new AssertionError("the application's factory method ran");
    }
  }
}
