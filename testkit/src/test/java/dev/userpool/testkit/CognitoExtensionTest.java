package dev.userpool.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.CaseSensitivity;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import dev.userpool.service.UserPoolService;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.RecordingMailbox;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

@CognitoTest
@WithUserPool(passwordHistorySize = 2)
class CognitoExtensionTest {

  private InProcessCognito fromBeforeEach;
  private CognitoIdentityProviderClient fromBeforeEachClient;

  @BeforeEach
  void remember(InProcessCognito cognito, CognitoIdentityProviderClient client) {
    fromBeforeEach = cognito;
    fromBeforeEachClient = client;
  }

  @Test
  void shouldInjectOneCognitoIntoEveryParameterOfATest(InProcessCognito cognito, TestPool pool, ControllableClock clock,
      RecordingMailbox mailbox,
      UserPoolService service) {
    assertThat(pool.cognito()).isSameAs(cognito);
    assertThat(clock).isSameAs(cognito.clock());
    assertThat(mailbox).isSameAs(cognito.mailbox());
    assertThat(service).isSameAs(cognito.service());
    assertThat(fromBeforeEach).isSameAs(cognito);
  }

  @Test
  void shouldInjectTheInProcessSdkClientOfTheTestsCognito(CognitoIdentityProviderClient client, InProcessCognitoClient local,
      TestPool pool, InProcessCognito cognito) {
    pool.user("jane").password("Passw0rd!").forceChangePassword();

    assertThat(client).isSameAs(local).isSameAs(fromBeforeEachClient);
    assertThat(local.cognito()).isSameAs(cognito);
    assertThat(client.adminGetUser(r -> r.userPoolId(pool.id().value()).username("jane")).userStatus())
        .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
  }

  @RepeatedTest(2)
  void shouldGiveEachTestAFreshPool(TestPool pool) {
    assertThat(pool.users()).isEmpty();
    pool.user("jane").confirmed();
    assertThat(pool.cognito().pools().list()).hasSize(1);
  }

  @Test
  void shouldMakeThePoolTheClassAnnotationDescribes(TestPool pool) {
    assertThat(pool.userPool().passwordPolicy().passwordHistorySize()).isEqualTo(2);
    assertThat(pool.client().preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrors.LEGACY);
  }

  @Test
  @WithUserPool(minimumLength = 12, tier = Tier.PLUS, aliasAttributes = AliasAttribute.EMAIL,
      preventUserExistenceErrors = PreventUserExistenceErrors.ENABLED)
  void shouldLetAMethodAnnotationReplaceTheClassOne(TestPool pool) {
    assertThat(pool.userPool().passwordPolicy().minimumLength()).isEqualTo(12);
    assertThat(pool.userPool().passwordPolicy().passwordHistorySize()).as("replaced, not merged").isZero();
    assertThat(pool.userPool().tier()).isEqualTo(Tier.PLUS);
    assertThat(pool.userPool().aliasAttributes()).containsExactly(AliasAttribute.EMAIL);
    assertThat(pool.client().preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrors.ENABLED);
  }

  @Test
  @CognitoTest(seed = 42)
  void shouldUseTheSeedOfTheAnnotation(InProcessCognito cognito) {
    assertThat(cognito.seed()).isEqualTo(42);
  }

  @Test
  void shouldRunOnTheWallClockByDefault(ControllableClock clock) {
    assertThat(clock.isFixed()).isFalse();
    assertThat(clock.instant()).isCloseTo(Instant.now(), within(2, ChronoUnit.SECONDS));
  }

  @Test
  @CognitoTest(clock = "fixed")
  void shouldFreezeTheClockWhenAsked(ControllableClock clock) {
    assertThat(clock.isFixed()).isTrue();
    assertThat(clock.instant()).isEqualTo(ControllableClock.DEFAULT_START);
  }

  @Nested
  @CognitoTest(clock = "2031-05-06T07:08:09Z")
  class FrozenAtAnInstant {
    @Test
    void shouldTakeTheNearestClock(ControllableClock clock) {
      assertThat(clock.instant()).hasToString("2031-05-06T07:08:09Z");
    }

    @Test
    @CognitoTest(seed = 3)
    void shouldKeepTheEnclosingClockWhenTheNearestGivesNone(ControllableClock clock, InProcessCognito cognito) {
      assertThat(clock.instant()).hasToString("2031-05-06T07:08:09Z");
      assertThat(cognito.seed()).isEqualTo(3);
    }
  }

  @Test
  void shouldTranslateEveryAnnotationAttributeIntoTheSpec() throws NoSuchMethodException {
    WithUserPool annotation = Annotated.class.getDeclaredMethod("everything").getAnnotation(WithUserPool.class);

    PoolSpec spec = CognitoExtension.specOf(annotation);

    assertThat(spec).isEqualTo(PoolSpec.defaults().name("shop").minimumLength(10).requireUppercase(false).requireLowercase(false)
        .requireNumbers(false).requireSymbols(false).historySize(4).temporaryPasswordValidityDays(2).tier(Tier.PLUS)
        .usernameAttributes(ContactAttribute.EMAIL)
        .autoVerifiedAttributes(ContactAttribute.EMAIL).caseInsensitive()
        .preventUserExistenceErrors(PreventUserExistenceErrors.ENABLED).authSessionValidity(15));
    assertThat(CognitoExtension.specOf(Annotated.class.getDeclaredMethod("defaults").getAnnotation(WithUserPool.class)))
        .isEqualTo(PoolSpec.defaults());
  }

  @Nested
  @CognitoTest(seed = 7)
  class Nested_ {
    @Test
    void shouldInheritTheEnclosingPoolAndTakeItsOwnSeed(TestPool pool, InProcessCognito cognito) {
      assertThat(pool.userPool().passwordPolicy().passwordHistorySize()).isEqualTo(2);
      assertThat(cognito.seed()).isEqualTo(7);
    }
  }

  @Nested
  class WhenATestFails {

    @Test
    void shouldAddTheSeedToTheFailureAndReportIt() {
      Run run = Run.of("failsWithFixedSeed", Map.of());

      Throwable failure = run.failure("failsWithFixedSeed");
      assertThat(failure).isInstanceOf(AssertionError.class);
      assertThat(failure.getSuppressed()).singleElement()
          .extracting(Throwable::getMessage)
          .isEqualTo("userpool seed 1234: replay with @CognitoTest(seed = 1234L) or -Duserpool.seed=1234");
      assertThat(run.reports).contains("userpool.seed=1234");
    }

    @Test
    void shouldReportTheDrawnSeedSoTheFailureReplays() {
      Run first = Run.of("failsWithDrawnSeed", Map.of());
      long drawn = Samples.SEEDS.get(Samples.SEEDS.size() - 1);
      String firstPool = Samples.POOLS.get(Samples.POOLS.size() - 1);

      assertThat(first.failure("failsWithDrawnSeed").getSuppressed()[0].getMessage()).startsWith("userpool seed " + drawn + ":");

      Run replay = Run.of("failsWithDrawnSeed", Map.of(CognitoExtension.SEED_PARAMETER, Long.toString(drawn)));
      assertThat(replay.failure("failsWithDrawnSeed")).isNotNull();
      assertThat(Samples.SEEDS.get(Samples.SEEDS.size() - 1)).isEqualTo(drawn);
      assertThat(Samples.POOLS.get(Samples.POOLS.size() - 1)).as("same seed, same pool id").isEqualTo(firstPool);
    }

    @Test
    void shouldReportTheSeedOfAFailureInBeforeEach() {
      Run run = Run.of("failsInBeforeEach", Map.of(CognitoExtension.SEED_PARAMETER, "99"), FailingSetUp.class);

      assertThat(run.failure("failsInBeforeEach").getSuppressed()).singleElement()
          .extracting(Throwable::getMessage).asString().startsWith("userpool seed 99:");
    }

    @Test
    void shouldLeaveFailuresOfTestsWithoutACognitoAlone() {
      Run run = Run.of("failsWithoutCognito", Map.of());

      assertThat(run.failure("failsWithoutCognito").getSuppressed()).isEmpty();
      assertThat(run.reports).isEmpty();
    }

    @Test
    void shouldReportNothingWhenTheTestPasses() {
      Run run = Run.of("passes", Map.of());

      assertThat(run.results.get("passes").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
      assertThat(run.reports).isEmpty();
    }

    @Test
    void shouldWorkWithWithUserPoolAlone() {
      Run run = Run.of("hasItsPool", Map.of(), OnlyWithUserPool.class);

      assertThat(run.results.get("hasItsPool").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void shouldExplainThatACognitoIsPerTestWhenAskedForInBeforeAll() {
      Run run = Run.of("passes", Map.of(), AsksInBeforeAll.class);

      assertThat(run.containerFailure.getMessage()).contains("a local Cognito is fresh for each test");
    }
  }

  // -- samples run through the launcher; disabled unless a test here launches them

  static final class OnlyWhenLaunchedHere implements ExecutionCondition {
    static final String KEY = "userpool.testkit.samples";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(KEY).isPresent()
          ? ConditionEvaluationResult.enabled("launched by CognitoExtensionTest")
          : ConditionEvaluationResult.disabled("a sample that CognitoExtensionTest runs on purpose");
    }
  }

  @CognitoTest
  @ExtendWith(OnlyWhenLaunchedHere.class)
  static class Samples {
    static final List<Long> SEEDS = new CopyOnWriteArrayList<>();
    static final List<String> POOLS = new CopyOnWriteArrayList<>();

    @Test
    @CognitoTest(seed = 1234)
    void failsWithFixedSeed(TestPool pool) {
      assertThat(pool.users()).hasSize(1);
    }

    @Test
    void failsWithDrawnSeed(TestPool pool) {
      SEEDS.add(pool.cognito().seed());
      POOLS.add(pool.id().value());
      assertThat(pool.users()).hasSize(1);
    }

    @Test
    void failsWithoutCognito() {
      assertThat(1).isEqualTo(2);
    }

    @Test
    void passes(TestPool pool) {
      assertThat(pool.users()).isEmpty();
    }
  }

  @CognitoTest
  @ExtendWith(OnlyWhenLaunchedHere.class)
  static class FailingSetUp {
    @BeforeEach
    void setUp(TestPool pool) {
      assertThat(pool.users()).hasSize(1);
    }

    @Test
    void failsInBeforeEach() {}
  }

  @WithUserPool(passwordHistorySize = 3)
  @ExtendWith(OnlyWhenLaunchedHere.class)
  static class OnlyWithUserPool {
    @Test
    void hasItsPool(TestPool pool) {
      assertThat(pool.userPool().passwordPolicy().passwordHistorySize()).isEqualTo(3);
    }
  }

  @CognitoTest
  @ExtendWith(OnlyWhenLaunchedHere.class)
  static class AsksInBeforeAll {
    @BeforeAll
    static void setUp(InProcessCognito cognito) {}

    @Test
    void passes() {}
  }

  static final class Annotated {
    @WithUserPool(name = "shop", minimumLength = 10, requireUppercase = false, requireLowercase = false, requireNumbers = false,
        requireSymbols = false, passwordHistorySize = 4, temporaryPasswordValidityDays = 2, tier = Tier.PLUS,
        usernameAttributes = ContactAttribute.EMAIL, autoVerifiedAttributes = ContactAttribute.EMAIL,
        caseSensitivity = CaseSensitivity.CASE_INSENSITIVE,
        preventUserExistenceErrors = PreventUserExistenceErrors.ENABLED, authSessionValidity = 15)
    void everything() {}

    @WithUserPool
    void defaults() {}
  }

  /** One launcher run of a sample method, with what it reported. */
  static final class Run implements TestExecutionListener {
    final Map<String, TestExecutionResult> results = new HashMap<>();
    final List<String> reports = new ArrayList<>();
    Throwable containerFailure;

    static Run of(String method, Map<String, String> parameters) {
      return of(method, parameters, Samples.class);
    }

    static Run of(String method, Map<String, String> parameters, Class<?> sampleClass) {
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
          .selectors(selectMethod(sampleClass.getName() + "#" + (sampleClass == Samples.class || sampleClass == OnlyWithUserPool.class
              ? sampleMethod(method)
              : method)))
          .filters(EngineFilter.includeEngines("junit-jupiter"))
          .configurationParameter(OnlyWhenLaunchedHere.KEY, "true")
          .configurationParameters(parameters)
          .build();
      Launcher launcher = LauncherFactory.create();
      Run run = new Run();
      launcher.execute(request, run);
      return run;
    }

    private static String sampleMethod(String name) {
      return name + (name.equals("failsWithoutCognito") ? "" : "(" + TestPool.class.getName() + ")");
    }

    Throwable failure(String method) {
      TestExecutionResult result = results.get(method);
      assertThat(result).as("a result for " + method).isNotNull();
      assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
      return result.getThrowable().orElseThrow();
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (id.isTest()) {
        String name = id.getDisplayName();
        results.put(name.substring(0, name.indexOf('(')), result);
      } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        containerFailure = result.getThrowable().orElse(null);
      }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
      entry.getKeyValuePairs().forEach((k, v) -> reports.add(k + "=" + v));
    }
  }
}
