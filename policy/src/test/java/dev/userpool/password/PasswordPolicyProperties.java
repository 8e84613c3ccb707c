package dev.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;

class PasswordPolicyProperties {

  private static final Pattern ASCII_WHITESPACE_AT_ENDS = Pattern.compile("^[ \\t\\n\\x0B\\f\\r]+|[ \\t\\n\\x0B\\f\\r]+\\z");

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

  /** The scan against a model written the obvious way: strip the ASCII whitespace at both ends, then look. */
  @Property(tries = 2000)
  void theClassesFoundAreThoseAPlainModelFinds(@ForAll("mixed") String any) {
    PasswordPolicy strict = PasswordPolicy.builder().minimumLength(6)
        .requireLowercase(true).requireUppercase(true).requireNumbers(true).requireSymbols(true).build();
    String inside = ASCII_WHITESPACE_AT_ENDS.matcher(any).replaceAll("");
    List<Class<? extends Violation>> expected = List.<Class<? extends Violation>>empty()
        .appendAll(inside.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? List.empty() : List.of(Violation.MissingLowercase.class))
        .appendAll(inside.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? List.empty() : List.of(Violation.MissingUppercase.class))
        .appendAll(inside.chars().anyMatch(c -> c >= '0' && c <= '9') ? List.empty() : List.of(Violation.MissingNumber.class))
        .appendAll(inside.chars().anyMatch(c -> (PasswordPolicy.SYMBOLS + " ").indexOf(c) >= 0)
            ? List.empty()
            : List.of(Violation.MissingSymbol.class));

    List<Class<? extends Violation>> found = List.ofAll(strict.violations(Password.of(any)))
        .filter(v -> !(v instanceof Violation.TooShort)).map(Violation::getClass);

    assertThat(found).isEqualTo(expected);
  }

  /** Strings up to past the maximum length, mostly ASCII, with whitespace, and letters and digits of other scripts. */
  @Provide
  Arbitrary<String> mixed() {
    Arbitrary<Character> ascii = Arbitraries.chars().range('\u0000', '\u007f');
    Arbitrary<Character> spaces = Arbitraries.chars().with(' ', '\t', '\n', '\u000B', '\f', '\r', '\u00a0', '\u3000');
    Arbitrary<Character> lookalikes = Arbitraries.chars().with('\u00e9', '\u00c9', '\uff21', '\uff41', '\u0663', '\u00bf', '\ud835',
        '\udd38');
    Arbitrary<Character> any = Arbitraries.frequencyOf(
        Tuple.of(6, ascii), Tuple.of(2, spaces), Tuple.of(1, lookalikes), Tuple.of(1, Arbitraries.chars()));
    return any.list().ofMaxSize(300).map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
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
