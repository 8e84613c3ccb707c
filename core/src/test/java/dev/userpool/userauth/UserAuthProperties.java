package dev.userpool.userauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.mfa.OneTimeCode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class UserAuthProperties {

  @Provide
  Arbitrary<SignInPolicy> policies() {
    return Arbitraries.of(AuthFactor.values()).list().ofMaxSize(4)
        .map(others -> new SignInPolicy(List.of(AuthFactor.PASSWORD).appendAll(others).distinct()));
  }

  @Provide
  Arbitrary<UserFacts> users() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(b, b, b, b).as(UserFacts::new);
  }

  @Property
  void theAvailableChallengesAreAlwaysAmongThePoolsAllowedFactors(@ForAll("policies") SignInPolicy policy,
      @ForAll("users") UserFacts user) {
    Seq<FirstFactor> available = FirstFactors.available(policy, user);
    assertThat(available.map(FirstFactor::factor).forAll(policy::allows)).isTrue();
    assertThat(available.forAll(f -> FirstFactors.row(f).needs().metBy(user))).isTrue();
    assertThat(available).isEqualTo(available.distinct());
  }

  @Property
  void aFactorTheUserHasAndThePoolAllowsIsAlwaysAvailable(@ForAll("policies") SignInPolicy policy, @ForAll("users") UserFacts user,
      @ForAll FirstFactor factor) {
    boolean expected = policy.allows(factor.factor()) && FirstFactors.row(factor).needs().metBy(user);
    assertThat(FirstFactors.available(policy, user).contains(factor)).isEqualTo(expected);
  }

  @Property
  void aPolicyIsAcceptedExactlyWhenItNamesOneToFourFactorsWithPassword(@ForAll("names") Seq<String> names,
      @ForAll("tiers") String tier) {
    Either<?, SignInPolicy> decided = SignInPolicy.decide(Option.some(names), tier);
    boolean known = names.forAll(n -> List.of(AuthFactor.values()).exists(f -> f.name().equals(n)));
    boolean passwordless = names.exists(n -> !n.equals("PASSWORD"));
    boolean expected = !names.isEmpty() && names.size() <= 4 && known && names.contains("PASSWORD")
        && !(passwordless && tier.equals("LITE"));
    assertThat(decided.isRight()).isEqualTo(expected);
    decided.forEach(p -> assertThat(p.allowedFirstAuthFactors().map(Enum::name)).containsExactlyElementsOf(names.distinct()));
  }

  @Provide
  Arbitrary<Seq<String>> names() {
    return Arbitraries.of("PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN", "CUSTOM", "password").list().ofMaxSize(6).map(List::ofAll);
  }

  @Provide
  Arbitrary<String> tiers() {
    return Arbitraries.of("LITE", "ESSENTIALS", "PLUS");
  }

  @Property
  void aCodeIsAcceptedOnlyBeforeItsLifetimeEnds(@ForAll("codes") String code, @ForAll @LongRange(max = 600) long seconds) {
    Instant sent = Instant.parse("2026-01-01T00:00:00Z");
    OneTimeCode otp = OneTimeCode.sent(code, sent);
    assertThat(otp.accepts(code, sent.plusSeconds(seconds))).isEqualTo(Duration.ofSeconds(seconds).compareTo(OneTimeCode.LIFETIME) < 0);
  }

  @Property
  void aWrongCodeIsNeverAccepted(@ForAll("codes") String code, @ForAll("codes") String answer, @ForAll @LongRange(max = 179) long seconds) {
    Instant sent = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(OneTimeCode.sent(code, sent).accepts(answer, sent.plusSeconds(seconds))).isEqualTo(code.equals(answer));
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().numeric().ofLength(OneTimeCode.DIGITS).edgeCases(c -> c.add("000000"));
  }
}
