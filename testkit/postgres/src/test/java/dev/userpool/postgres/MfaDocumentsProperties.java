package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.mfa.Base32;
import dev.userpool.mfa.MfaChallenge;
import dev.userpool.mfa.MfaConfiguration;
import dev.userpool.mfa.MfaSession;
import dev.userpool.mfa.MfaStep;
import dev.userpool.mfa.MfaType;
import dev.userpool.mfa.OneTimeCode;
import dev.userpool.mfa.PoolMfa;
import dev.userpool.mfa.SoftwareToken;
import dev.userpool.mfa.TotpSecret;
import dev.userpool.mfa.UserMfa;
import dev.userpool.pool.UserPool;
import dev.userpool.testkit.jqwik.CognitoDomain;
import dev.userpool.user.User;
import dev.userpool.userauth.AuthFactor;
import dev.userpool.userauth.SignInPolicy;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** A pool's MFA configuration and SignInPolicy, and a user's MFA state (with a sent code), survive their documents, field by field. */
class MfaDocumentsProperties {

  @Property
  @Domain(CognitoDomain.class)
  void aUsersMfaStateSurvivesItsDocument(@ForAll User user, @ForAll("states") UserMfa mfa) {
    User withMfa = user.withMfa(mfa, user, Option.none(), Option.none());
    User back = Documents.user(Documents.ofUser(withMfa), withMfa.version());
    assertThat(back).usingRecursiveComparison().isEqualTo(withMfa);
    assertThat(back.mfa().softwareToken().map(t -> t.secret().reveal())).isEqualTo(mfa.softwareToken().map(t -> t.secret().reveal()));
  }

  @Property
  @Domain(CognitoDomain.class)
  void aPoolsSignInPolicySurvivesItsDocument(@ForAll UserPool pool, @ForAll("factors") Set<AuthFactor> others) {
    UserPool saved = pool.withSignInPolicy(new SignInPolicy(List.of(AuthFactor.PASSWORD).appendAll(others).distinct())).withVersion(4);
    assertThat(Documents.pool(Documents.ofPool(saved), 4).signInPolicy()).isEqualTo(saved.signInPolicy());
  }

  @Provide
  Arbitrary<Set<AuthFactor>> factors() {
    return Arbitraries.of(AuthFactor.values()).set();
  }

  @Property
  @Domain(CognitoDomain.class)
  void aPoolsMfaConfigurationSurvivesItsDocument(@ForAll UserPool pool, @ForAll("configurations") PoolMfa mfa) {
    UserPool saved = pool.withMfa(mfa).withVersion(3);
    assertThat(Documents.pool(Documents.ofPool(saved), 3)).isEqualTo(saved);
  }

  @Provide
  Arbitrary<UserMfa> states() {
    Arbitrary<Option<SoftwareToken>> tokens = Combinators.combine(Arbitraries.bytes().array(byte[].class).ofSize(32),
        Arbitraries.of(true, false), Arbitraries.longs().between(0, 100_000_000L).optional())
        .as((key, verified, step) -> new SoftwareToken(TotpSecret.of(Base32.encode(key)), verified, Option.ofOptional(step)))
        .optional().map(Option::ofOptional);
    Arbitrary<Option<MfaChallenge>> challenges = Combinators.combine(Arbitraries.of(MfaStep.values()),
        Arbitraries.strings().alpha().ofMinLength(20).ofMaxLength(40), Arbitraries.longs().between(0, 4_000_000_000L),
        Arbitraries.of(true, false), Arbitraries.strings().numeric().ofLength(6).optional())
        .as((step, session, at, answered, code) -> new MfaChallenge(step, MfaSession.of(session), Instant.ofEpochSecond(at), answered,
            Option.ofOptional(code).map(c -> OneTimeCode.stored(c, Instant.ofEpochSecond(at)))))
        .optional().map(Option::ofOptional);
    return Combinators.combine(tokens, Arbitraries.of(MfaType.values()).set(), Arbitraries.of(MfaType.values()).optional(), challenges)
        .as((token, enabled, preferred, challenge) -> new UserMfa(token, LinkedHashSet.ofAll(enabled), Option.ofOptional(preferred),
            challenge));
  }

  @Provide
  Arbitrary<PoolMfa> configurations() {
    Arbitrary<Option<String>> text = Arbitraries.strings().ofMaxLength(20).optional().map(Option::ofOptional);
    return Combinators.combine(Arbitraries.of(MfaConfiguration.values()), Arbitraries.of(true, false),
        text.map(PoolMfa.SmsMfa::new).optional(), Combinators.combine(text, text).as(PoolMfa.EmailMfa::new).optional(),
        Combinators.combine(text, text).as(PoolMfa.WebAuthn::new).optional())
        .as((mode, totp, sms, email, webAuthn) -> new PoolMfa(mode, totp, Option.ofOptional(sms), Option.ofOptional(email),
            Option.ofOptional(webAuthn)));
  }
}
