package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.testkit.jqwik.CognitoDomain;
import dev.userpool.user.ChallengeResult;
import dev.userpool.user.CustomAuthSession;
import dev.userpool.user.Session;
import dev.userpool.user.User;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** A user's open custom sign-in round survives the user's document, private parameters and history included. */
class CustomAuthDocumentsProperties {

  @Property(tries = 200)
  @Domain(CognitoDomain.class)
  void anOpenRoundSurvivesTheDocument(@ForAll User user, @ForAll("rounds") Option<CustomAuthSession> round) {
    User withRound = user.withCustomAuthRound(round, user);

    User back = Documents.user(Documents.ofUser(withRound), withRound.version());

    assertThat(back).usingRecursiveComparison().isEqualTo(withRound);
    assertThat(back.customAuth().map(r -> r.session().reveal())).isEqualTo(round.map(r -> r.session().reveal()));
  }

  @Provide
  Arbitrary<Option<CustomAuthSession>> rounds() {
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(12);
    Arbitrary<ChallengeResult> step = Combinators.combine(Arbitraries.of("SRP_A", "PASSWORD_VERIFIER", "CUSTOM_CHALLENGE"),
        Arbitraries.of(true, false), text.optional().map(Option::ofOptional)).as(ChallengeResult::new);
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(20).ofMaxLength(60).map(s -> Session.parse(s).get()),
        Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond), Arbitraries.of("CUSTOM_CHALLENGE", "PASSWORD_VERIFIER"),
        step.list().ofMaxSize(4).map(List::ofAll), Arbitraries.maps(text, text).ofMaxSize(3).map(LinkedHashMap::ofAll),
        text.optional().map(Option::ofOptional))
        .as(CustomAuthSession::new).optional().map(Option::ofOptional);
  }
}
