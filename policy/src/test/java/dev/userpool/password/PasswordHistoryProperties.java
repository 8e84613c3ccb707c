package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PasswordHistoryProperties {

  private static final PasswordPolicy NO_RULES = PasswordPolicy.builder().minimumLength(6).requireLowercase(false)
      .requireUppercase(false).requireNumbers(false).requireSymbols(false).build();

  @Property
  void historyNeverHoldsMoreThanItsSize(
      @ForAll @Size(max = 40) java.util.List<@IntRange(min = 0, max = 24) Integer> sizes, @ForAll long seed) {
    PasswordHasher hasher = Pbkdf2PasswordHasher.withIterations(1);
    PasswordHistory history = PasswordHistory.start(Salt.random(new Random(seed)::nextBytes));
    int i = 0;
    for (int size : sizes) {
      history = history.record(hasher.hash(Password.of("password-" + i++), history.salt()), size);
      assertThat(history.size()).isLessThanOrEqualTo(size);
    }
  }

  @Property
  void aPasswordAmongTheNewestNIsRejectedAndAnOlderOneAccepted(
      @ForAll @IntRange(min = 1, max = 24) int size,
      @ForAll @IntRange(min = 1, max = 30) int passwordsSet,
      @ForAll @IntRange(min = 0, max = 29) int age) {
    if (age >= passwordsSet) {
      return;
    }
    PasswordPolicy policy = policyWithHistory(size);
    PasswordHasher hasher = Pbkdf2PasswordHasher.withIterations(1);
    PasswordHistory history = historyOf(passwordsSet, size, hasher);
    Password candidate = Password.of("password-" + (passwordsSet - 1 - age));

    var result = policy.evaluate(candidate, history, hasher);

    if (age < size) {
      assertThat(result.getError()).containsExactly(new Violation.ReusedPassword(size));
    } else {
      assertThat(result.isValid()).isTrue();
    }
  }

  @Property
  void historyOffAcceptsTheCurrentPassword(@ForAll @IntRange(min = 1, max = 5) int passwordsSet) {
    PasswordHasher hasher = Pbkdf2PasswordHasher.withIterations(1);
    PasswordHistory history = historyOf(passwordsSet, 0, hasher);

    assertThat(policyWithHistory(0).evaluate(Password.of("password-" + (passwordsSet - 1)), history, hasher).isValid()).isTrue();
  }

  @Property(tries = 50)
  void checkingAHistoryCostsOneKeyDerivationWhateverItsSize(
      @ForAll @IntRange(min = 0, max = 24) int size, @ForAll("candidates") String candidate) {
    PasswordHistory history = historyOf(size, size, Pbkdf2PasswordHasher.withIterations(1));
    CountingHasher counting = CountingHasher.cheapPbkdf2();

    policyWithHistory(size).evaluate(Password.of(candidate), history, counting);

    assertThat(counting.derivations()).isEqualTo(1);
  }

  @Property(tries = 50)
  void aPasswordThatBreaksARuleCostsNoKeyDerivation(@ForAll @IntRange(min = 0, max = 24) int size) {
    PasswordHistory history = historyOf(size, size, Pbkdf2PasswordHasher.withIterations(1));
    CountingHasher counting = CountingHasher.cheapPbkdf2();

    var result = PasswordPolicy.builder().passwordHistorySize(size).build().evaluate(Password.of("short"), history, counting);

    assertThat(result.getError()).first().isInstanceOf(Violation.TooShort.class);
    assertThat(counting.derivations()).isZero();
  }

  @Property(tries = 50)
  void entriesMadeUnderAnEarlierCostAreStillRecognised(
      @ForAll @IntRange(min = 1, max = 10) int size, @ForAll @IntRange(min = 0, max = 9) int age) {
    if (age >= size) {
      return;
    }
    PasswordHistory history = historyOf(size, size, Pbkdf2PasswordHasher.withIterations(1));
    PasswordHasher raised = Pbkdf2PasswordHasher.withIterations(2);

    var result = policyWithHistory(size).evaluate(Password.of("password-" + (size - 1 - age)), history, raised);

    assertThat(result.getError()).containsExactly(new Violation.ReusedPassword(size));
  }

  @Property
  void historyHoldsOnlyHashesThatNeverShowThePassword(@ForAll("candidates") String candidate) {
    PasswordHasher hasher = Pbkdf2PasswordHasher.withIterations(1);
    PasswordHistory history = PasswordHistory.start(Salt.random(new Random(1)::nextBytes));
    history = history.record(hasher.hash(Password.of(candidate), history.salt()), 3);

    assertThat(history.toString()).doesNotContain(candidate);
    assertThat(List.ofAll(history.entries()).map(PasswordHash::toString)).allSatisfy(s -> assertThat(s).doesNotContain(candidate));
  }

  @Provide
  Arbitrary<String> candidates() {
    // The prefix never occurs in the library's own toString texts, so a match can only be a leak.
    return Arbitraries.strings().alpha().numeric().ofMinLength(6).ofMaxLength(30).map(s -> "zq" + s);
  }

  private static PasswordPolicy policyWithHistory(int size) {
    return PasswordPolicy.builder().minimumLength(NO_RULES.minimumLength()).requireLowercase(false).requireUppercase(false)
        .requireNumbers(false).requireSymbols(false).passwordHistorySize(size).build();
  }

  private static PasswordHistory historyOf(int passwordsSet, int size, PasswordHasher hasher) {
    PasswordHistory history = PasswordHistory.start(Salt.random(new Random(passwordsSet)::nextBytes));
    for (int i = 0; i < passwordsSet; i++) {
      history = history.record(hasher.hash(Password.of("password-" + i), history.salt()), size);
    }
    return history;
  }
}
