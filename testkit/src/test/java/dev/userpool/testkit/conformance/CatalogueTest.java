package dev.userpool.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.Expect;
import dev.userpool.testkit.sdk.ScenarioTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole catalogue in process, against one InProcessCognito: every rule passes, whatever ran before it. */
class CatalogueTest {

  @Test
  void everyRulePassesInProcess() {
    assertEveryRulePasses(Catalogue.all());
  }

  /** No rule depends on what ran before it: backwards, against one Cognito, every rule still passes. */
  @Test
  void everyRulePassesInTheReverseOrder() {
    List<ConformanceRule> reversed = new ArrayList<>(Catalogue.all());
    Collections.reverse(reversed);
    assertEveryRulePasses(reversed);
  }

  /** Four at a time against one Cognito, every rule passes, and the outcomes keep the catalogue's order. */
  @Test
  void everyRulePassesFourAtATime() {
    ScenarioTarget target = ScenarioTarget.of(InProcessCognito.create());
    List<Integer> done = new ArrayList<>();
    List<Outcome> outcomes = Kit.run(Catalogue.all(), target, () -> {}, p -> done.add(p.done()), 4);

    assertThat(outcomes.stream().filter(o -> o.verdict() != Outcome.Verdict.PASSED && !overHttpOnly(o))
        .map(o -> o.rule().id() + ": " + o.detail())).isEmpty();
    assertThat(outcomes).extracting(Outcome::rule).containsExactlyElementsOf(Catalogue.all());
    assertThat(done).hasSize(Catalogue.all().size()).isSorted().endsWith(Catalogue.all().size());
  }

  /** While rules run side by side the clock stays still: a rule that moves it runs again, alone, after the others. */
  @Test
  void shouldRunTheRulesThatMoveTheClockAloneAfterTheOthers() {
    List<String> moved = new ArrayList<>();
    ScenarioTarget local = ScenarioTarget.local();
    ScenarioTarget target = new ScenarioTarget(local.client(), by -> moved.add(Thread.currentThread().getName()), local.mailbox());
    List<String> finished = new ArrayList<>();
    ConformanceRule clock = new ConformanceRule("tokens.clock", Area.TOKENS, "moves the clock", "https://docs.aws.amazon.com/",
        t -> t.timeTravel().advance(Duration.ofSeconds(1)));
    ConformanceRule still = new ConformanceRule("tokens.still", Area.TOKENS, "does not", "https://docs.aws.amazon.com/", t -> {});

    List<Outcome> outcomes = Kit.run(List.of(clock, still, still), target, () -> {}, p -> finished.add(p.last().rule().id()), 2);

    assertThat(outcomes).extracting(Outcome::verdict).containsOnly(Outcome.Verdict.PASSED);
    assertThat(outcomes).extracting(o -> o.rule().id()).containsExactly("tokens.clock", "tokens.still", "tokens.still");
    assertThat(finished).containsExactly("tokens.still", "tokens.still", "tokens.clock");
    assertThat(moved).containsExactly(Thread.currentThread().getName());
  }

  /** A rule that failed side by side runs again alone, and that outcome is the one reported. */
  @Test
  void shouldRunARuleThatFailedSideBySideAgainAlone() {
    String caller = Thread.currentThread().getName();
    ConformanceRule onlyAlone = new ConformanceRule("lockout.alone", Area.LOCKOUT, "passes only alone", "https://docs.aws.amazon.com/",
        t -> Expect.that(Thread.currentThread().getName().equals(caller), "run alone"));
    ConformanceRule never = new ConformanceRule("lockout.never", Area.LOCKOUT, "fails", "https://docs.aws.amazon.com/",
        t -> Expect.that(false, "never"));

    List<Outcome> outcomes = Kit.run(List.of(onlyAlone, never), ScenarioTarget.local(), () -> {}, p -> {}, 2);

    assertThat(outcomes).extracting(Outcome::verdict).containsExactly(Outcome.Verdict.PASSED, Outcome.Verdict.FAILED);
  }

  @Test
  void shouldListEveryScenarioWithItsAreaAndSource() {
    assertThat(ScenarioRules.unlisted()).as("scenarios of CognitoScenarios to add to ScenarioRules.HOMES").isEmpty();
  }

  @Test
  void shouldHaveUniqueIdsEachInItsArea() {
    assertThat(Catalogue.all()).extracting(ConformanceRule::id).doesNotHaveDuplicates();
    assertThat(Catalogue.all()).allSatisfy(r -> assertThat(r.id()).startsWith(r.area().slug() + "."));
    assertThat(Catalogue.byId("lifecycle.sign-in.user-password-auth.reset-required")).hasValueSatisfying(
        r -> assertThat(r.statement()).contains("PasswordResetRequiredException \"Password reset required for the user\""));
  }

  @Test
  void shouldCoverMfaOAuthTriggersAndTheTokenOperations() {
    assertThat(Catalogue.of(Area.MFA)).extracting(ConformanceRule::id).contains("mfa.verify-software-token.right-code",
        "mfa.verify-software-token.wrong-code", "mfa.sign-in.software-token-challenge", "mfa.sign-in.wrong-code");
    assertThat(Catalogue.of(Area.OAUTH)).extracting(ConformanceRule::id).contains("oauth.resource-server.exists",
        "oauth.client.client-credentials-without-secret", "oauth.domain.taken");
    assertThat(Catalogue.byId("triggers.lambda-config.not-run-refused")).hasValueSatisfying(r -> assertThat(r.statement())
        .contains("\"LambdaConfig members not supported by the userpool library: CustomSMSSender. "));
    assertThat(Catalogue.byId("request-validation.change-password.accessToken.missing")).hasValueSatisfying(r -> assertThat(
        r.statement()).contains("Value null at 'accessToken' failed to satisfy constraint: Member must not be null"));
    assertThat(RequestRules.operations()).contains("GetUser", "GlobalSignOut", "DeleteUser", "RevokeToken",
        "GetTokensFromRefreshToken");
  }

  /** A rule that breaks is reported failed with what was expected, not thrown. */
  @Test
  void shouldReportABrokenRuleAsFailedWithTheExpectation() {
    ConformanceRule broken = new ConformanceRule("groups.broken", Area.GROUPS, "a rule no one follows", "https://docs.aws.amazon.com/",
        target -> target.client().getGroup(b -> b.userPoolId("us-east-1_NoSuchPool0").groupName("admins")));

    Outcome outcome = Kit.check(broken, ScenarioTarget.local());

    assertThat(outcome.verdict()).isEqualTo(Outcome.Verdict.FAILED);
    assertThat(outcome.detail())
        .isEqualTo("unexpected ResourceNotFoundException (400) \"User pool us-east-1_NoSuchPool0 does not exist.\"");
  }

  /** A rule that cannot read an answer (a member the endpoint left out) fails that rule; the run goes on. */
  @Test
  void shouldReportARuleThatCannotReadTheAnswerAsFailed() {
    ConformanceRule unreadable = new ConformanceRule("groups.unreadable", Area.GROUPS, "a rule reading a member left out",
        "https://docs.aws.amazon.com/", target -> {
          String missing = null;
          missing.length();
        });

    List<Outcome> outcomes = Kit.run(List.of(unreadable, unreadable), ScenarioTarget.local(), () -> {}, p -> {});

    assertThat(outcomes).extracting(Outcome::verdict).containsExactly(Outcome.Verdict.FAILED, Outcome.Verdict.FAILED);
    assertThat(outcomes.get(0).detail()).startsWith("unexpected NullPointerException");
  }

  private static void assertEveryRulePasses(List<ConformanceRule> rules) {
    ScenarioTarget target = ScenarioTarget.of(InProcessCognito.create());
    List<Outcome> outcomes = Kit.run(rules, target, () -> {}, p -> {});
    String failures = outcomes.stream().filter(o -> o.verdict() != Outcome.Verdict.PASSED && !overHttpOnly(o))
        .map(o -> o.rule().id() + ": " + o.verdict() + " " + o.detail()).collect(Collectors.joining("\n"));
    assertThat(failures).isEmpty();
    assertThat(outcomes).hasSize(Catalogue.all().size());
  }

  /** The hosted endpoints' rules need the endpoint's URL: in process they are not applicable, and say why. */
  private static boolean overHttpOnly(Outcome o) {
    return OAuthEndpointRules.all().stream().anyMatch(r -> r.id().equals(o.rule().id())) && o.verdict() == Outcome.Verdict.NOT_APPLICABLE
        && o.detail().startsWith("in process: the hosted endpoints are measured over HTTP only");
  }

  @Test
  void shouldCoverMfaSetupTheHostedEndpointsAndFunctionsThatRun() {
    assertThat(Catalogue.of(Area.MFA)).extracting(ConformanceRule::id).contains("mfa.mfa-setup.complete", "mfa.select-mfa-type.choice");
    assertThat(Catalogue.of(Area.OAUTH)).extracting(ConformanceRule::id).contains("oauth.token-endpoint.invalid-client",
        "oauth.token-endpoint.client-credentials", "oauth.well-known.jwks");
    assertThat(Catalogue.of(Area.TRIGGERS)).extracting(ConformanceRule::id).contains("triggers.pre-sign-up.auto-confirm",
        "triggers.pre-token-generation.claim-added");
    assertThat(Catalogue.of(Area.REQUEST_VALIDATION)).extracting(ConformanceRule::id).contains(
        "request-validation.create-user-pool.policies.passwordPolicy.minimumLength.below",
        "request-validation.create-user-pool-client.explicitAuthFlows.enum", "request-validation.update-user-pool.userPoolId.missing");
  }
}
