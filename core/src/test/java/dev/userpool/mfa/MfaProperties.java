package dev.userpool.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The invariants of the MFA rules: no code without its secret, no code twice, one sequence for every user and pool. */
class MfaProperties {

  private static UserMfa verified(byte[] key, Instant now) {
    UserMfa associated = UserMfa.none().associate(TotpSecret.of(Base32.encode(key)));
    return associated.verify(Totp.code(key, Totp.step(now) - 1), now).get().withSoftwareTokenEnabled();
  }

  @Property
  void aCodeIsNeverAcceptedTwice(@ForAll @Size(32) byte[] key, @ForAll @LongRange(min = 0, max = 4_000_000_000L) long second) {
    Instant now = Instant.ofEpochSecond(second);
    UserMfa mfa = verified(key, now);
    String code = Totp.code(key, now);
    Option<UserMfa> once = mfa.acceptTotp(code, now);
    assertThat(once).isNotEmpty();
    assertThat(once.get().acceptTotp(code, now)).isEmpty();
    // A step is accepted once; 30 s later the same six digits pass only as a later step's own code (one key in a
    // million gives neighbouring steps equal codes: jqwik found one).
    long step = Totp.step(now);
    boolean aLaterStepsCode = List.of(step + 1, step + Totp.WINDOW + 1).exists(s -> Totp.code(key, s).equals(code));
    assertThat(once.get().acceptTotp(code, now.plusSeconds(Totp.STEP_SECONDS)).isDefined()).isEqualTo(aLaterStepsCode);
  }

  @Property
  void noCodeOutsideTheWindowIsAccepted(@ForAll @Size(32) byte[] key, @ForAll @LongRange(min = 0, max = 4_000_000_000L) long second,
      @ForAll("sixDigits") String code) {
    Instant now = Instant.ofEpochSecond(second);
    long step = Totp.step(now);
    // The fixture used step - 1's code; what is left of the window is this step and the next.
    boolean left = List.of(step, step + Totp.WINDOW).exists(s -> Totp.code(key, s).equals(code));
    assertThat(verified(key, now).acceptTotp(code, now).isDefined()).isEqualTo(left);
  }

  @Property
  void theSequenceAsksOnlyForAFactorTheUserCanUseAndSkipsMfaOnlyWhereTheTableSays(@ForAll("pools") PoolMfa pool,
      @ForAll("users") UserMfa user) {
    Option<MfaStep> next = ChallengeSequence.after(pool, user);
    next.flatMap(MfaStep::factor).forEach(f -> assertThat(ChallengeSequence.usable(pool, user)).contains(f));
    boolean tokens = pool.mode() == MfaConfiguration.OFF
        || (pool.mode() == MfaConfiguration.OPTIONAL && ChallengeSequence.usable(pool, user).isEmpty());
    assertThat(next.isEmpty()).isEqualTo(tokens);
  }

  @Provide
  Arbitrary<String> sixDigits() {
    return Arbitraries.strings().numeric().ofLength(6);
  }

  @Provide
  Arbitrary<PoolMfa> pools() {
    return Combinators.combine(Arbitraries.of(MfaConfiguration.values()), Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of(true, false))
        .as((mode, totp, sms, email) -> new PoolMfa(mode, totp, sms ? Option.some(new PoolMfa.SmsMfa(Option.none())) : Option.none(),
            email ? Option.some(new PoolMfa.EmailMfa(Option.none(), Option.none())) : Option.none(), Option.none()));
  }

  @Provide
  Arbitrary<UserMfa> users() {
    return Combinators.combine(Arbitraries.of(MfaType.values()).set(), Arbitraries.of(MfaType.values()).optional())
        .as((enabled, preferred) -> new UserMfa(Option.none(), LinkedHashSet.ofAll(enabled), Option.ofOptional(preferred),
            Option.none()));
  }
}
