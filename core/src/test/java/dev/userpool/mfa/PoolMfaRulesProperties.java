package dev.userpool.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever writes a pool's MFA configuration, MFA on means a factor is on and MFA off means none is. */
class PoolMfaRulesProperties {

  @Property
  void createUserPoolYieldsAFactorExactlyWhenMfaIsOn(@ForAll("modes") Option<MfaConfiguration> mode,
      @ForAll("messaging") PoolMessaging messaging, @ForAll boolean phoneAutoVerified) {
    coherent(PoolMfaRules.createUserPool(mode, messaging, phoneAutoVerified), messaging);
  }

  @Property
  void updateUserPoolYieldsAFactorExactlyWhenMfaIsOn(@ForAll("current") PoolMfa current, @ForAll("modes") Option<MfaConfiguration> mode,
      @ForAll("messaging") PoolMessaging messaging, @ForAll boolean phoneAutoVerified) {
    Either<CognitoError, PoolMfa> decided = PoolMfaRules.updateUserPool(current, mode, messaging, phoneAutoVerified);
    coherent(decided, messaging);
    decided.forEach(after -> assertThat(after.webAuthn()).isEqualTo(current.webAuthn()));
    if (mode.contains(MfaConfiguration.ON) && current.mode() != MfaConfiguration.ON) {
      assertThat(decided.isLeft()).isTrue();
    }
  }

  private static void coherent(Either<CognitoError, PoolMfa> decided, PoolMessaging messaging) {
    decided.forEach(after -> {
      assertThat(after.factors().isEmpty()).isEqualTo(after.mode() == MfaConfiguration.OFF);
      assertThat(after.messaging()).isEqualTo(messaging);
      assertThat(after.sms().flatMap(PoolMfa.SmsMfa::authenticationMessage).toJavaOptional())
          .isEqualTo(after.sms().isDefined() ? messaging.smsAuthenticationMessage().toJavaOptional() : Optional.empty());
    });
  }

  @Provide
  Arbitrary<Option<MfaConfiguration>> modes() {
    return Arbitraries.of(MfaConfiguration.values()).optional().map(Option::ofOptional);
  }

  @Provide
  Arbitrary<PoolMessaging> messaging() {
    Arbitrary<Option<String>> text = Arbitraries.strings().alpha().ofMaxLength(8).optional().map(Option::ofOptional);
    Arbitrary<SmsConfiguration> sms = text.map(t -> new SmsConfiguration("arn:aws:iam::123456789012:role/r", t, Option.none()));
    Arbitrary<EmailConfiguration> email = Arbitraries.of(EmailSendingAccount.values())
        .map(a -> new EmailConfiguration(a, Option.none(), Option.none(), Option.none(), Option.none()));
    return Combinators.combine(sms.optional(), text, email.optional())
        .as((s, m, e) -> new PoolMessaging(Option.ofOptional(s), m, Option.ofOptional(e)));
  }

  @Provide
  Arbitrary<PoolMfa> current() {
    Arbitrary<Option<PoolMfa.WebAuthn>> webAuthn = Arbitraries.of(Option.<PoolMfa.WebAuthn>none(),
        Option.some(new PoolMfa.WebAuthn(Option.some("example.com"), Option.none())));
    return Combinators.combine(Arbitraries.of(MfaConfiguration.values()), Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of(true, false), webAuthn, messaging())
        .as((mode, token, sms, email, w, m) -> {
          boolean on = mode != MfaConfiguration.OFF;
          boolean anyFactor = token || sms || email;
          return new PoolMfa(mode, on && (token || !anyFactor), on && sms
              ? Option.some(new PoolMfa.SmsMfa(m.smsAuthenticationMessage()))
              : Option.none(), on && email ? Option.some(new PoolMfa.EmailMfa(Option.none(), Option.none())) : Option.none(), w, m);
        });
  }
}
