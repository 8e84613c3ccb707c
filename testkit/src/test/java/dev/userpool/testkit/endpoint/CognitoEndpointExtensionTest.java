package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.userpool.pool.Tier;
import dev.userpool.testkit.WithUserPool;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

@CognitoEndpointTest(seed = 7)
@WithUserPool(passwordHistorySize = 3, tier = Tier.ESSENTIALS)
class CognitoEndpointExtensionTest {

  private static EndpointPool fromBeforeAll;

  @BeforeAll
  static void remember(EndpointPool cognito) {
    fromBeforeAll = cognito;
  }

  @Test
  void shouldServeThePoolOverHttpToTheRealSdk(EndpointPool cognito) {
    cognito.pool().user("jane").password("Temp-Passw0rd!").forceChangePassword();

    try (CognitoIdentityProviderClient sdk = Wire.sdk(cognito.uri())) {
      assertThat(sdk.adminInitiateAuth(r -> r.userPoolId(cognito.userPoolId()).clientId(cognito.clientId())
          .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Temp-Passw0rd!")))
          .challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
      assertThatThrownBy(() -> sdk.adminGetUser(r -> r.userPoolId(cognito.userPoolId()).username("nobody")))
          .isInstanceOf(UserNotFoundException.class);
    }
  }

  @Test
  void shouldRunTheEndpointOnTheWallClockByDefault(LocalEndpoint endpoint) {
    assertThat(endpoint.cognito().clock().isFixed()).isFalse();
  }

  @Test
  void shouldShareOneEndpointAndPoolPerClassOnAFreePortOfLoopback(EndpointPool cognito, LocalEndpoint endpoint) {
    assertThat(cognito).isSameAs(fromBeforeAll);
    assertThat(cognito.uri()).isEqualTo(endpoint.uri());
    assertThat(cognito.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(cognito.uri().getPort()).isNotEqualTo(LocalEndpoint.DEFAULT_PORT).isPositive();
    assertThat(endpoint.cognito()).isSameAs(cognito.pool().cognito());
    assertThat(cognito.userPoolId()).isEqualTo(cognito.pool().id().value());
    assertThat(cognito.clientId()).isEqualTo(cognito.pool().clientId().value());
  }

  @Test
  void shouldMakeThePoolTheClassAnnotationsDescribe(EndpointPool cognito) {
    assertThat(cognito.pool().userPool().passwordPolicy().passwordHistorySize()).isEqualTo(3);
    assertThat(cognito.pool().cognito().seed()).isEqualTo(7);
  }

  @Nested
  class Nesting {
    @Test
    void shouldShareTheEnclosingClasssEndpoint(EndpointPool cognito) {
      assertThat(cognito).isSameAs(fromBeforeAll);
    }
  }

  @Test
  void shouldCloseTheEndpointWhenTheClassIsDone() {
    Sample.seen.clear();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(Sample.class))
        .filters(EngineFilter.includeEngines("junit-jupiter"))
        .configurationParameter(OnlyWhenLaunchedHere.KEY, "true")
        .build(), summary);

    assertThat(summary.getSummary().getTestsSucceededCount()).isEqualTo(2);
    assertThat(Sample.seen).as("one endpoint for both tests").hasSize(1);
    URI closed = Sample.seen.iterator().next();
    assertThatThrownBy(() -> new Socket(closed.getHost(), closed.getPort()).close()).isInstanceOf(ConnectException.class);
  }

  /** A sample class, run only from {@link #shouldCloseTheEndpointWhenTheClassIsDone()} through the launcher. */
  @CognitoEndpointTest
  @ExtendWith(OnlyWhenLaunchedHere.class)
  static class Sample {
    static final Set<URI> seen = ConcurrentHashMap.newKeySet();

    @Test
    void first(EndpointPool cognito) throws IOException {
      connect(cognito.uri());
    }

    @Test
    void second(EndpointPool cognito) throws IOException {
      connect(cognito.uri());
    }

    private static void connect(URI uri) throws IOException {
      seen.add(uri);
      new Socket(uri.getHost(), uri.getPort()).close();
    }
  }

  /** Keeps {@link Sample} from running in the build's own test run. */
  static final class OnlyWhenLaunchedHere implements ExecutionCondition {
    static final String KEY = "userpool.endpoint-sample";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(KEY).isPresent()
          ? ConditionEvaluationResult.enabled("launched by CognitoEndpointExtensionTest")
          : ConditionEvaluationResult.disabled("a sample, run by CognitoEndpointExtensionTest");
    }
  }
}
