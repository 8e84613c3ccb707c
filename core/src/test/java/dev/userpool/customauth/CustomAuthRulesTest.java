package dev.userpool.customauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.trigger.CreateAnswer;
import dev.userpool.trigger.DefineAnswer;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.TriggerFailure;
import dev.userpool.user.ChallengeResult;
import dev.userpool.user.CustomAuthSession;
import dev.userpool.user.Session;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomAuthRulesTest {

  private static final List<ChallengeResult> AFTER_SRP_A = List.of(ChallengeResult.SRP_A);

  @Test
  void shouldFollowTheDeveloperGuidesSequence() {
    assertThat(CustomAuthRules.next(DefineAnswer.challenge("PASSWORD_VERIFIER"), AFTER_SRP_A, true, true))
        .isEqualTo(CustomAuthRules.Next.PASSWORD_VERIFIER);
    List<ChallengeResult> verified = AFTER_SRP_A.append(new ChallengeResult("PASSWORD_VERIFIER", true, Option.none()));
    assertThat(CustomAuthRules.next(DefineAnswer.challenge("CUSTOM_CHALLENGE"), verified, true, true))
        .isEqualTo(CustomAuthRules.Next.CUSTOM_CHALLENGE);
    assertThat(CustomAuthRules.next(DefineAnswer.tokens(), verified, true, true)).isEqualTo(CustomAuthRules.Next.ISSUE_TOKENS);
    assertThat(CustomAuthRules.verifiedPassword(verified)).isTrue();
  }

  @Test
  void shouldRefuseAnswersCognitoCannotFollow() {
    assertThat(CustomAuthRules.next(DefineAnswer.challenge("PASSWORD_VERIFIER"), List.empty(), true, true))
        .isEqualTo(CustomAuthRules.Next.INVALID);
    assertThat(CustomAuthRules.next(DefineAnswer.challenge("CUSTOM_CHALLENGE"), List.empty(), true, false))
        .isEqualTo(CustomAuthRules.Next.INVALID);
    assertThat(CustomAuthRules.next(DefineAnswer.challenge("SMS_MFA"), List.empty(), true, true)).isEqualTo(CustomAuthRules.Next.INVALID);
    assertThat(CustomAuthRules.next(new DefineAnswer(Option.none(), false, false), List.empty(), true, true))
        .isEqualTo(CustomAuthRules.Next.INVALID);
    assertThat(CustomAuthRules.next(DefineAnswer.tokens(), List.empty(), false, true)).isEqualTo(CustomAuthRules.Next.FAIL);
  }

  @Test
  void shouldReadTheAnswersAndRefuseMembersOfAnotherType() {
    Json.Obj answer = Json.Obj.empty().with("response", Json.Obj.empty().with("challengeName", Json.text("CUSTOM_CHALLENGE")));
    assertThat(DefineAnswer.read(answer).get()).isEqualTo(DefineAnswer.challenge("CUSTOM_CHALLENGE"));
    Json.Obj wrong = Json.Obj.empty().with("response", Json.Obj.empty().with("issueTokens", Json.text("true")));
    assertThat(DefineAnswer.read(wrong).getLeft().kind()).isEqualTo(TriggerFailure.Kind.INVALID_RESPONSE);
    Json.Obj numbers = Json.Obj.empty().with("response", Json.Obj.empty().with("publicChallengeParameters", Json.Obj.empty()
        .with("n", new Json.Num("5"))));
    assertThat(CreateAnswer.read(numbers).isLeft()).isTrue();
  }

  @Test
  void shouldNeverShowTheSessionOrPrivateParameters() {
    CustomAuthSession round = new CustomAuthSession(Session.parse("AYABsecret-session-text").get(), Instant.EPOCH,
        "CUSTOM_CHALLENGE", List.empty(), LinkedHashMap.of("answer", "5"), Option.none());

    assertThat(round.toString()).doesNotContain("secret").doesNotContain("answer")
        .isEqualTo("CustomAuthSession[CUSTOM_CHALLENGE, 0 steps]");
  }
}
