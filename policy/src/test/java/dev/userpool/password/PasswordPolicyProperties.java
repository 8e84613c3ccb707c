package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class PasswordPolicyProperties {

  private static final List<Class<? extends Violation>> REPORT_ORDER = List.of(
      Violation.TooShort.class, Violation.MissingLowercase.class, Violation.MissingUppercase.class,
      Violation.MissingNumber.class, Violation.MissingSymbol.class);

  @Property
  void everyPasswordThatSatisfiesThePolicyIsAccepted(@ForAll("policyAndSatisfying") Tuple2<PasswordPolicy, String> pair) {
    assertThat(pair.get1().evaluate(Password.of(pair.get2())).isValid()).isTrue();
  }

  @Property
  void removingARequiredClassYieldsExactlyThatViolation(
      @ForAll("policyAndSatisfying") Tuple2<PasswordPolicy, String> pair, @ForAll("classes") String removed) {
    PasswordPolicy policy = strictOn(pair.get1(), removed);
    String without = pair.get2().chars().filter(c -> removed.indexOf(c) < 0)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    // Pad with a character of another class so that only the removed class is missing.
    String padded = without + "\u00e9".repeat(Math.max(0, policy.minimumLength() - without.length()));

    Seq<Violation> found = policy.violations(Password.of(padded));

    assertThat(found).hasSize(1);
    assertThat(found.head()).isInstanceOf(expectedViolation(removed));
  }

  @Property
  void theGeneratorsOutputAlwaysPasses(@ForAll("policies") PasswordPolicy policy, @ForAll long seed) {
    Password generated = policy.generateTemporaryPassword(new Random(seed)::nextBytes);

    assertThat(policy.violations(generated)).isEmpty();
    assertThat(Password.parse("temporaryPassword", generated.reveal()).isValid()).isTrue();
  }

  @Property
  void evaluationNeverThrowsAndReportsInCognitosOrder(@ForAll("policies") PasswordPolicy policy, @ForAll String any) {
    Seq<Violation> found = policy.violations(Password.of(any));

    List<Integer> positions = List.ofAll(found).map(v -> REPORT_ORDER.indexWhere(c -> c.isInstance(v)));
    assertThat(positions).doesNotContain(-1);
    assertThat(positions.sorted().distinct()).isEqualTo(positions);
  }

  @Property
  void tooShortExactlyWhenFewerCodePointsThanTheMinimum(@ForAll("policies") PasswordPolicy policy, @ForAll String any) {
    boolean tooShort = policy.violations(Password.of(any)).exists(v -> v instanceof Violation.TooShort);

    assertThat(tooShort).isEqualTo(any.codePointCount(0, any.length()) < policy.minimumLength());
  }

  @Provide
  Arbitrary<PasswordPolicy> policies() {
    return PolicyArbitraries.policies();
  }

  @Provide
  Arbitrary<Tuple2<PasswordPolicy, String>> policyAndSatisfying() {
    return PolicyArbitraries.policies().flatMap(p -> PolicyArbitraries.satisfying(p).map(s -> Tuple.of(p, s)));
  }

  @Provide
  Arbitrary<String> classes() {
    return Arbitraries.of(PolicyArbitraries.LOWER, PolicyArbitraries.UPPER, PolicyArbitraries.DIGITS, PasswordPolicy.SYMBOLS);
  }

  private static PasswordPolicy strictOn(PasswordPolicy p, String removed) {
    return PasswordPolicy.builder().minimumLength(p.minimumLength())
        .requireLowercase(p.requireLowercase() || removed.equals(PolicyArbitraries.LOWER))
        .requireUppercase(p.requireUppercase() || removed.equals(PolicyArbitraries.UPPER))
        .requireNumbers(p.requireNumbers() || removed.equals(PolicyArbitraries.DIGITS))
        .requireSymbols(p.requireSymbols() || removed.equals(PasswordPolicy.SYMBOLS))
        .build();
  }

  private static Class<? extends Violation> expectedViolation(String removed) {
    if (removed.equals(PolicyArbitraries.LOWER)) {
      return Violation.MissingLowercase.class;
    }
    if (removed.equals(PolicyArbitraries.UPPER)) {
      return Violation.MissingUppercase.class;
    }
    if (removed.equals(PolicyArbitraries.DIGITS)) {
      return Violation.MissingNumber.class;
    }
    return Violation.MissingSymbol.class;
  }
}
