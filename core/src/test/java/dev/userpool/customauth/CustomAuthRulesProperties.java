package dev.userpool.customauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.trigger.DefineAnswer;
import dev.userpool.user.ChallengeResult;
import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What a DefineAuthChallenge answer can lead to, whatever the answer, the steps so far and the pool. */
class CustomAuthRulesProperties {

  private static final List<String> NAMES = List.of("CUSTOM_CHALLENGE", "PASSWORD_VERIFIER", "SRP_A", "SMS_MFA", "", "custom_challenge");

  @Provide
  Arbitrary<DefineAnswer> answers() {
    Arbitrary<Option<String>> names = Arbitraries.of(NAMES.toJavaList()).injectNull(0.2).map(Option::of);
    return Combinators.combine(names, Arbitraries.of(true, false), Arbitraries.of(true, false)).as(DefineAnswer::new);
  }

  @Provide
  Arbitrary<List<ChallengeResult>> histories() {
    Arbitrary<ChallengeResult> step = Combinators.combine(Arbitraries.of(NAMES.toJavaList()), Arbitraries.of(true, false),
        Arbitraries.strings().alpha().ofMaxLength(5).injectNull(0.5).map(Option::of)).as(ChallengeResult::new);
    return step.list().ofMaxSize(6).map(List::ofAll);
  }

  @Property(tries = 400)
  void tokensOnlyWhenDefineIssuesThemForAKnownUserWithoutFailing(@ForAll("answers") DefineAnswer answer,
      @ForAll("histories") List<ChallengeResult> history, @ForAll boolean userFound, @ForAll boolean canCreate) {
    CustomAuthRules.Next next = CustomAuthRules.next(answer, history, userFound, canCreate);

    if (next == CustomAuthRules.Next.ISSUE_TOKENS) {
      assertThat(answer.issueTokens() && !answer.failAuthentication() && userFound).isTrue();
    }
    if (answer.failAuthentication()) {
      assertThat(next).isEqualTo(CustomAuthRules.Next.FAIL);
    }
  }

  @Property(tries = 400)
  void aChallengeOnlyWhereItCanBeAsked(@ForAll("answers") DefineAnswer answer, @ForAll("histories") List<ChallengeResult> history,
      @ForAll boolean canCreate) {
    CustomAuthRules.Next next = CustomAuthRules.next(answer, history, true, canCreate);

    if (next == CustomAuthRules.Next.CUSTOM_CHALLENGE) {
      assertThat(canCreate).isTrue();
      assertThat(answer.challengeName()).contains("CUSTOM_CHALLENGE");
    }
    if (next == CustomAuthRules.Next.PASSWORD_VERIFIER) {
      assertThat(history.last().challengeName()).isEqualTo("SRP_A");
    }
  }
}
